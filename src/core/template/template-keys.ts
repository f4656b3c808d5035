import type { StampProblem } from '../messages/intake-messages';
import type { RawCell, RawSheet } from '../report/report-types';

/**
 * The key contract: how any tool (this add-in, exceljs, openpyxl, a person) finds the cells of a
 * report by item id, whatever rows or columns a unit inserted. docs/template-format.md describes
 * it for people writing other tools; this file is its single implementation.
 *
 * - One STAMP cell, a text `baocao;kind=report;plan=de-an-04;version=2;unit=DV001;year=2025`
 *   (values URI-encoded). Its column is the KEY COLUMN (hidden), its row the first COLUMN-KEY
 *   ROW (hidden).
 * - A column-key row names the columns: the cell of that row in each column holds the column's
 *   key ('value', 'date', 'note', 'verdict', 'field'...). A later row whose key-column cell is
 *   '#columns' starts a new set of column keys for the rows below it (the bloc sheet has two
 *   tables with different columns).
 * - A keyed row carries its key in the key column: an item id ('ii3_satisfaction'), a part of a
 *   ratio item ('ii3_ontime:num', 'ii3_ontime:den'), a header field ('@unit_name'), a milestone
 *   ('ms:unit_plan') or a province indicator ('rank:pci').
 * - A value is at (row of its key, column of its column key). Inserting rows or columns anywhere,
 *   or moving whole rows, keeps every key next to its cells, and any reader that can read cell
 *   values can follow it. Defined names are not used for keys: see docs/template-format.md.
 */

export const STAMP_MARK = 'baocao';
export const COLUMNS_MARK = '#columns';

/** 'consolidation': a sheet this program wrote as output (consolidated table, summary ...). */
export type SheetKind = 'report' | 'bloc' | 'consolidation';

export interface Stamp {
  kind: SheetKind;
  planId: string;
  version: number;
  /** Report sheets only. */
  unitCode?: string;
  year: number;
}

/** Column keys. */
export const COL = {
  /** Report table: the item's label and target in words (for people and other tools). */
  label: 'label',
  target: 'target',
  /** Report table: the result (numerator of a ratio), completion date, note, assessment. */
  value: 'value',
  date: 'date',
  note: 'note',
  verdict: 'verdict',
  /** Report header: the value of a header field row ('@unit_name' ...). */
  field: 'field',
  /** Milestone blocks: due date, completion date, status. */
  due: 'due',
  done: 'done',
  status: 'status',
} as const;

/** Column key of a year in the bloc sheet's year tables: 'y2025'. */
export const yearColumn = (year: number): string => `y${year}`;

/** Row keys of the report header. */
export const FIELD = {
  unitName: '@unit_name',
  year: '@year',
  reportDate: '@report_date',
  preparer: '@preparer',
} as const;

export const numKey = (itemId: string): string => `${itemId}:num`;
export const denKey = (itemId: string): string => `${itemId}:den`;
export const milestoneKey = (milestoneId: string): string => `ms:${milestoneId}`;
export const rankKey = (indicatorId: string): string => `rank:${indicatorId}`;

export function formatStamp(s: Stamp): string {
  const parts: [string, string | number | undefined][] = [
    ['kind', s.kind],
    ['plan', s.planId],
    ['version', s.version],
    ['unit', s.unitCode],
    ['year', s.year],
  ];
  return [
    STAMP_MARK,
    ...parts.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`),
  ].join(';');
}

export type { StampProblem };

export type StampReading = { ok: true; stamp: Stamp } | { ok: false; problem: StampProblem };

/** A version is 1-3 digits, a year 4 digits (a year Excel can hold): nothing else is read. */
const VERSION_DIGITS = /^[1-9]\d{0,2}$/;
const YEAR_DIGITS = /^(19|[2-9]\d)\d{2}$/;

/** The stamp in a cell's text, why it is broken, or null when the text is not marked as a stamp. */
export function readStamp(text: string): StampReading | null {
  const [mark, ...parts] = text.trim().split(';');
  if (mark !== STAMP_MARK) return null;
  const fields: Record<string, string> = {};
  for (const p of parts) {
    const i = p.indexOf('=');
    if (i <= 0) continue;
    const key = p.slice(0, i).trim();
    if (key in fields) return { ok: false, problem: 'repeated' };
    try {
      fields[key] = decodeURIComponent(p.slice(i + 1).trim());
    } catch {
      return { ok: false, problem: 'escape' };
    }
  }
  const kind = fields.kind;
  if (kind !== 'report' && kind !== 'bloc' && kind !== 'consolidation') return { ok: false, problem: 'kind' };
  if (!fields.plan) return { ok: false, problem: 'plan' };
  if (!VERSION_DIGITS.test(fields.version ?? '')) return { ok: false, problem: 'version' };
  if (!YEAR_DIGITS.test(fields.year ?? '')) return { ok: false, problem: 'year' };
  const stamp: Stamp = {
    kind,
    planId: fields.plan,
    version: Number(fields.version),
    year: Number(fields.year),
    ...(fields.unit !== undefined ? { unitCode: fields.unit } : {}),
  };
  return { ok: true, stamp };
}

/** The stamp in a cell's text, or null when the text is not a stamp (or a broken one). */
export function parseStamp(text: string): Stamp | null {
  const read = readStamp(text);
  return read?.ok ? read.stamp : null;
}

// --- A1 addresses (1-based rows and columns) --------------------------------------------------

export function colLetter(col: number): string {
  let s = '';
  for (let x = col; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export const a1 = (row: number, col: number): string => `${colLetter(col)}${row}`;

export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  return m ? { row: Number(m[2]), col: colNumber(m[1] ?? '') } : null;
}

/** The cell at a 1-based row and column of a raw sheet. */
export function cellAt(sheet: RawSheet, row: number, col: number): RawCell | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

// --- Locating keys ------------------------------------------------------------------------------

export interface KeyedRow {
  row: number;
  /** Column keys in force for this row: key -> 1-based column. */
  columns: Record<string, number>;
}

export interface SheetKeys {
  stamp: Stamp;
  /** Where the stamp is (A1). */
  stampCell: string;
  keyColumn: number;
  /** Row key -> its row and the column keys in force there. */
  rows: Map<string, KeyedRow>;
  /** Keys found on more than one row (the first one is used). */
  duplicates: string[];
}

const textOf = (cell: RawCell | undefined): string | undefined =>
  typeof cell?.v === 'string' ? cell.v.trim() : undefined;

/** A stamp found in a sheet, and where (1-based). */
export interface FoundStamp {
  stamp: Stamp;
  row: number;
  col: number;
}

/** A cell marked as a stamp that cannot be read, and why. */
export interface BrokenStamp {
  problem: StampProblem;
  cell: string;
  text: string;
}

/**
 * One pass over the sheet: the first readable stamp (row by row), and the first cell marked as a
 * stamp that could not be read (so a damaged stamp is named, never taken for "no stamp").
 */
export function scanStamp(sheet: RawSheet): { found: FoundStamp | null; broken: BrokenStamp | null } {
  let broken: BrokenStamp | null = null;
  for (let r = 0; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const t = textOf(cells[c]);
      if (t === undefined || !t.startsWith(STAMP_MARK + ';')) continue;
      const read = readStamp(t);
      if (read?.ok) return { found: { stamp: read.stamp, row: r + 1, col: c + 1 }, broken };
      if (read && broken === null) broken = { problem: read.problem, cell: a1(r + 1, c + 1), text: t };
    }
  }
  return { found: null, broken };
}

/** The first stamp cell in the sheet (row by row), if any. */
export function findStamp(sheet: RawSheet): FoundStamp | null {
  return scanStamp(sheet).found;
}

function columnKeysOf(sheet: RawSheet, row: number, keyColumn: number): Record<string, number> {
  const out: Record<string, number> = {};
  const cells = sheet.rows[row - 1] ?? [];
  cells.forEach((cell, i) => {
    const t = textOf(cell);
    if (t && i + 1 !== keyColumn && !(t in out)) out[t] = i + 1;
  });
  return out;
}

/** Reads the stamp, the key column and every keyed row; null when the sheet has no stamp. */
export function locateKeys(sheet: RawSheet): SheetKeys | null {
  const found = findStamp(sheet);
  if (!found) return null;
  const { stamp, row: stampRow, col: keyColumn } = found;
  const rows = new Map<string, KeyedRow>();
  const duplicates: string[] = [];
  let columns = columnKeysOf(sheet, stampRow, keyColumn);
  for (let r = stampRow + 1; r <= sheet.rows.length; r++) {
    const key = textOf(cellAt(sheet, r, keyColumn));
    if (!key) continue;
    if (key === COLUMNS_MARK) {
      columns = columnKeysOf(sheet, r, keyColumn);
      continue;
    }
    if (rows.has(key)) {
      if (!duplicates.includes(key)) duplicates.push(key);
      continue;
    }
    rows.set(key, { row: r, columns });
  }
  return { stamp, stampCell: a1(stampRow, keyColumn), keyColumn, rows, duplicates };
}

/** The address of a keyed value, or undefined when the row key or the column key is missing. */
export function keyedAddress(keys: SheetKeys, rowKey: string, columnKey: string): string | undefined {
  const row = keys.rows.get(rowKey);
  const col = row?.columns[columnKey];
  return row && col !== undefined ? a1(row.row, col) : undefined;
}
