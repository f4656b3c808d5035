/**
 * What the formats a sheet was written with look like, cell by cell, from two sides: the sheet
 * spec (each cell's style, as the file writer writes it per cell) and the operations the Excel
 * double recorded as applied (range formats and border edges, set on rectangles). Borders are
 * compared as the lines drawn, because Excel shows a line between two cells whichever of them
 * carries it: `h r c` is the line under row r at column c, `v r c` the line right of column c at
 * row r (row 0 and column 0 are the top and left edges).
 */
import type { CellStyle, SheetSpec } from '../../src/core/sheet/sheet-spec';
import { parseCell, parseRect, type Rect } from '../../src/excel/a1-address';
import { STYLE_KEYS } from '../../src/excel/chunk-writes';
import type { RecordedOp } from './excel-double';

export interface Rendered {
  /** Cell (A1) -> its formats as a style ("bold", "fill"...), without borders and number formats. */
  cells: Map<string, Record<string, unknown>>;
  lines: Set<string>;
}

const a1 = (row: number, col: number): string => {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row}`;
};

function eachCell(r: Rect, f: (row: number, col: number) => void): void {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(row, col);
}

function setFormat(out: Rendered, r: Rect, key: string, value: unknown): void {
  eachCell(r, (row, col) => {
    const at = a1(row, col);
    out.cells.set(at, { ...out.cells.get(at), [key]: value });
  });
}

const boxLines = (row: number, col: number): string[] => [
  `h ${row - 1} ${col}`,
  `h ${row} ${col}`,
  `v ${row} ${col - 1}`,
  `v ${row} ${col}`,
];

/** The formats each cell of the spec asks for (the last cell at an address wins, as when written). */
export function specFormats(spec: SheetSpec): Rendered {
  const out: Rendered = { cells: new Map(), lines: new Set() };
  const last = new Map<string, CellStyle | undefined>();
  for (const c of spec.cells) last.set(c.address.replace(/\$/g, '').toUpperCase(), c.style);
  for (const [address, style] of last) {
    const p = parseCell(address);
    if (!p || !style) continue;
    const formats = Object.fromEntries(
      STYLE_KEYS.flatMap((k) => {
        const v = style[k as keyof CellStyle];
        return v === undefined || v === false ? [] : [[k, v]];
      }),
    );
    if (Object.keys(formats).length) out.cells.set(address, formats);
    const lines = style.border ? boxLines(p.row, p.col) : style.borderBottom ? [`h ${p.row} ${p.col}`] : [];
    for (const l of lines) out.lines.add(l);
  }
  return out;
}

const H = { Left: 'left', Center: 'center', Right: 'right' } as Record<string, string>;
const V = { Top: 'top', Center: 'middle', Bottom: 'bottom' } as Record<string, string>;

/** The style key and value an applied range-format operation stands for, or null for others. */
function formatOf(part: string, name: string, value: unknown): [string, unknown] | null {
  const hex = (v: unknown) => String(v).replace(/^#/, '');
  const map: Record<string, Record<string, () => [string, unknown]>> = {
    'format.font': {
      bold: () => ['bold', value],
      italic: () => ['italic', value],
      underline: () => ['underline', value === 'Single'],
      size: () => ['size', value],
      color: () => ['color', hex(value)],
    },
    'format.fill': { color: () => ['fill', hex(value)] },
    format: {
      horizontalAlignment: () => ['hAlign', H[String(value)]],
      verticalAlignment: () => ['vAlign', V[String(value)]],
      wrapText: () => ['wrap', value],
    },
    'format.protection': { locked: () => ['unlocked', value === false] },
  };
  return map[part]?.[name]?.() ?? null;
}

function edgeLines(r: Rect, edge: string): string[] {
  const out: string[] = [];
  eachCell(r, (row, col) => {
    if (edge === 'EdgeTop' && row === r.top) out.push(`h ${row - 1} ${col}`);
    if (edge === 'EdgeBottom' && row === r.bottom) out.push(`h ${row} ${col}`);
    if (edge === 'InsideHorizontal' && row < r.bottom) out.push(`h ${row} ${col}`);
    if (edge === 'EdgeLeft' && col === r.left) out.push(`v ${row} ${col - 1}`);
    if (edge === 'EdgeRight' && col === r.right) out.push(`v ${row} ${col}`);
    if (edge === 'InsideVertical' && col < r.right) out.push(`v ${row} ${col}`);
  });
  return out;
}

/**
 * The formats the applied operations on one sheet gave its cells. The whole sheet's default font
 * (`getRange()`, no address) and column and row formats are not cell styles and are left out.
 */
export function renderedFormats(ops: readonly RecordedOp[]): Rendered {
  const out: Rendered = { cells: new Map(), lines: new Set() };
  for (const op of ops) {
    if (!op.applied || op.kind !== 'set') continue;
    const m = /^sheet#\d+!([A-Z]+\d+(?::[A-Z]+\d+)?)\.(.+)$/.exec(op.target);
    const rect = m?.[1] ? parseRect(m[1]) : null;
    const part = m?.[2];
    if (!rect || !part) continue;
    const edge = /^borders\[(\w+)\]$/.exec(part)?.[1];
    if (edge) {
      if (op.name === 'style' && op.value === 'Continuous')
        for (const l of edgeLines(rect, edge)) out.lines.add(l);
      continue;
    }
    const f = formatOf(part, op.name, op.value);
    if (f && f[1] !== false) setFormat(out, rect, f[0], f[1]);
  }
  return out;
}
