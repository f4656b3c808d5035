/**
 * A1 addresses as Office.js reads and writes them: 'B7', 'B7:D9', "'Tổng hợp'!$E$12". Rows and
 * columns are 1-based, as in the sheet spec.
 */

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 'B7' or '$B$7' -> { row: 7, col: 2 }; null for anything else. */
export function parseCell(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m || !m[1] || !m[2]) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** 'B7', 'B7:D9' (any corner order, '$' allowed) -> a rectangle; null for anything else. */
export function parseRect(a1: string): Rect | null {
  const [a, b, extra] = a1.split(':');
  if (a === undefined || extra !== undefined) return null;
  const p = parseCell(a);
  const q = b === undefined ? p : parseCell(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rectAddress(r: Rect): string {
  const tl = `${columnLetters(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${columnLetters(r.right)}${r.bottom}`;
}

export function rectRows(r: Rect): number {
  return r.bottom - r.top + 1;
}

export function rectCols(r: Rect): number {
  return r.right - r.left + 1;
}

/** Excel writes a sheet name bare only when it is a plain identifier; otherwise quoted, '' for '. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Splits a reference as Office.js returns it ("Sheet1!$E$12", "='Tổng hợp'!$E$12:$E$14",
 * "E12") into its sheet (unquoted) and its address without '$'.
 */
export function splitSheetRef(ref: string): { sheet?: string; address: string } {
  const s = ref.trim().replace(/^=/, '');
  const quoted = /^'((?:[^']|'')*)'!(.*)$/.exec(s);
  if (quoted) return { sheet: (quoted[1] ?? '').replace(/''/g, "'"), address: stripDollars(quoted[2] ?? '') };
  const bang = s.lastIndexOf('!');
  if (bang < 0) return { address: stripDollars(s) };
  return { sheet: s.slice(0, bang), address: stripDollars(s.slice(bang + 1)) };
}

function stripDollars(a: string): string {
  return a.replace(/\$/g, '');
}

/**
 * Splits a list of areas as RangeAreas.address returns it ("Sheet1!A1:C1, Sheet1!B3:D3"); commas
 * inside a quoted sheet name are not separators.
 */
export function splitAreas(list: string): string[] {
  const out: string[] = [];
  let current = '';
  let inQuote = false;
  for (const ch of list) {
    if (ch === "'") inQuote = !inQuote;
    if (ch === ',' && !inQuote) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
