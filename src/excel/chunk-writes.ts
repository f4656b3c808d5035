import { CELL_STYLE_FIELDS, type CellStyle, type SpecCell, type SpecValue } from '../core/sheet/sheet-spec';
import { isoToSerial } from '../core/text/excel-date';
import { parseCell, rectAddress, rectCols, rectRows, type Rect } from './a1-address';

/**
 * Turning a sheet spec's cells into few, bounded Office.js operations: cells are grouped into
 * rectangular blocks written with one `values` / `numberFormat` / `formulas` assignment each, and
 * every queued operation is charged against a request budget, because Excel on the web rejects a
 * request (everything queued before one `context.sync()`) over 5 MB.
 */

export const DEFAULT_REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * Bytes one queued operation costs beyond its data: the action and its object path in the JSON
 * request (`{"Id":..,"ActionType":..,"Name":"Values","ObjectPathId":..}` plus the `GetRange` path
 * that names the range), about 100-200 bytes each. Rounded up so the estimate stays an upper bound.
 */
export const OP_OVERHEAD_BYTES = 200;

/** Bytes of a string in UTF-8 (the request is JSON; Vietnamese letters take 2-3 bytes each). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // a surrogate pair is one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

/** Upper-bound estimate of the bytes a value adds to a request: its JSON in UTF-8. */
export function estimatePayloadBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Length(json);
}

/** Estimated bytes of one operation on `address` carrying `value`. */
export function opBytes(address: string, value?: unknown): number {
  return OP_OVERHEAD_BYTES + utf8Length(address) + estimatePayloadBytes(value);
}

/**
 * Charges queued operations against a request budget. When the next operation would push the
 * pending request over the budget, the pending request is sent first (an extra sync), so no
 * request exceeds the budget unless one operation alone does (a single cell cannot). For a unit
 * report everything fits in one request.
 */
export class SyncBudget {
  /** Syncs this budget has issued (the flushes, including the final one). */
  syncs = 0;
  largestRequestBytes = 0;
  totalBytes = 0;
  private pending = 0;

  constructor(
    private readonly sync: () => Promise<void>,
    readonly limitBytes: number = DEFAULT_REQUEST_BUDGET_BYTES,
  ) {}

  /** Queues an operation (run `op`) costing `bytes`, sending the pending request first if needed. */
  async queue(bytes: number, op: () => void): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.limitBytes) await this.flush();
    op();
    this.pending += bytes;
    this.totalBytes += bytes;
  }

  /** Sends what is pending (always syncs, so the caller's last flush is the final sync). */
  async flush(): Promise<void> {
    this.largestRequestBytes = Math.max(this.largestRequestBytes, this.pending);
    this.pending = 0;
    this.syncs++;
    await this.sync();
  }
}

export type OfficeValue = string | number | boolean;

export const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';
/** Excel's Text number format: input is kept as typed, never parsed. */
export const TEXT_FORMAT = '@';

export interface OfficeCell {
  /** For `range.values`; null leaves the cell as it is (Office.js skips nulls in a 2-D array). */
  value: OfficeValue | null;
  /** For `range.formulas`, with the leading '='. */
  formula: string | null;
  numberFormat: string | null;
}

/**
 * How a spec value is written.
 * - Text gets a leading apostrophe. Office.js documents that a value starting with '=', '+' or '-'
 *   is taken as a formula, and like typing it also turns '0075', '1/2' or 'TRUE' into numbers,
 *   dates and booleans. The apostrophe is Excel's own "this is text" prefix: it is not part of the
 *   value (`values` reads back without it), so input cells keep their numeric format for what the
 *   user types later. Never both: a Text-formatted cell ('@', the unit list's code and name
 *   columns) takes its input unparsed, so an apostrophe there would stay in the value ("'DV001");
 *   text goes into a '@' cell as it is, and '@' already keeps it from being a formula.
 * - Dates are Excel serials with the style's date format (dd/mm/yyyy by default).
 * - Formulas go to `formulas`; the core's cached result is not written (Excel calculates).
 */
export function officeCell(v: SpecValue, numFmt?: string): OfficeCell {
  const fmt = numFmt ?? null;
  if (v === null) return { value: null, formula: null, numberFormat: fmt };
  if ('text' in v) {
    const text = fmt === TEXT_FORMAT ? v.text : `'${v.text}`;
    return { value: v.text === '' ? null : text, formula: null, numberFormat: fmt };
  }
  if ('number' in v) return { value: v.number, formula: null, numberFormat: fmt };
  if ('bool' in v) return { value: v.bool, formula: null, numberFormat: fmt };
  if ('date' in v) {
    const serial = isoToSerial(v.date);
    // A date the core could not express as a serial stays visible as text rather than vanish.
    if (serial === null) return { value: `'${v.date}`, formula: null, numberFormat: fmt };
    return { value: serial, formula: null, numberFormat: fmt ?? DEFAULT_DATE_FORMAT };
  }
  return { value: null, formula: `=${v.formula}`, numberFormat: fmt };
}

type Grid<T> = (T | null)[][];

export interface CellBlock {
  rect: Rect;
  values: Grid<OfficeValue> | null;
  numberFormats: Grid<string> | null;
  formulas: Grid<string> | null;
}

const grid = <T>(rows: number, cols: number): Grid<T> =>
  Array.from({ length: rows }, () => new Array<T | null>(cols).fill(null));

const hasAny = <T>(g: Grid<T>): boolean => g.some((row) => row.some((x) => x !== null));

/**
 * Groups cells into blocks of consecutive rows (a gap of more than `maxGapRows` empty rows starts a
 * new block), each as wide as its cells. Cells a block covers but the spec does not are null, which
 * Office.js leaves untouched. A spec with several cells at one address keeps the last.
 */
export function cellBlocks(cells: readonly SpecCell[], maxGapRows = 1): CellBlock[] {
  const placed = new Map<string, { row: number; col: number; cell: OfficeCell }>();
  for (const c of cells) {
    const p = parseCell(c.address);
    if (!p) continue;
    placed.set(`${p.row}:${p.col}`, { ...p, cell: officeCell(c.value, c.style?.numFmt) });
  }
  const sorted = [...placed.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  const bands: (typeof sorted)[] = [];
  for (const e of sorted) {
    const band = bands[bands.length - 1];
    const last = band?.[band.length - 1];
    if (band && last && e.row <= last.row + 1 + maxGapRows) band.push(e);
    else bands.push([e]);
  }
  const blocks: CellBlock[] = [];
  for (const band of bands) {
    const first = band[0];
    const last = band[band.length - 1];
    if (!first || !last) continue;
    // A loop, not Math.min(...cols): spreading a band of 125,000+ cells overflows the call stack.
    let left = first.col;
    let right = first.col;
    for (const e of band) {
      if (e.col < left) left = e.col;
      if (e.col > right) right = e.col;
    }
    const rect: Rect = { top: first.row, bottom: last.row, left, right };
    const values = grid<OfficeValue>(rectRows(rect), rectCols(rect));
    const formats = grid<string>(rectRows(rect), rectCols(rect));
    const formulas = grid<string>(rectRows(rect), rectCols(rect));
    for (const e of band) {
      const r = e.row - rect.top;
      const c = e.col - rect.left;
      (values[r] as (OfficeValue | null)[])[c] = e.cell.value;
      (formats[r] as (string | null)[])[c] = e.cell.numberFormat;
      (formulas[r] as (string | null)[])[c] = e.cell.formula;
    }
    const block = {
      rect,
      values: hasAny(values) ? values : null,
      numberFormats: hasAny(formats) ? formats : null,
      formulas: hasAny(formulas) ? formulas : null,
    };
    if (block.values || block.numberFormats || block.formulas) blocks.push(block);
  }
  return blocks;
}

/** The largest single operation a block needs (values, number formats or formulas). */
export function blockOpBytes(b: CellBlock): number {
  const address = rectAddress(b.rect);
  return Math.max(
    b.values ? opBytes(address, b.values) : 0,
    b.numberFormats ? opBytes(address, b.numberFormats) : 0,
    b.formulas ? opBytes(address, b.formulas) : 0,
  );
}

function subBlock(b: CellBlock, rect: Rect): CellBlock | null {
  const cut = <T>(g: Grid<T> | null): Grid<T> | null => {
    if (!g) return null;
    const part = g
      .slice(rect.top - b.rect.top, rect.bottom - b.rect.top + 1)
      .map((row) => row.slice(rect.left - b.rect.left, rect.right - b.rect.left + 1));
    return hasAny(part) ? part : null;
  };
  const out = { rect, values: cut(b.values), numberFormats: cut(b.numberFormats), formulas: cut(b.formulas) };
  return out.values || out.numberFormats || out.formulas ? out : null;
}

/**
 * Splits a block until each of its operations fits `maxOpBytes`: halves by rows, then (for a single
 * row) by columns. A single cell is never split.
 */
export function splitBlock(b: CellBlock, maxOpBytes: number): CellBlock[] {
  const rows = rectRows(b.rect);
  const cols = rectCols(b.rect);
  if (blockOpBytes(b) <= maxOpBytes || (rows === 1 && cols === 1)) return [b];
  const { top, left, bottom, right } = b.rect;
  const halves: Rect[] =
    rows > 1
      ? [
          { top, left, right, bottom: top + Math.floor(rows / 2) - 1 },
          { top: top + Math.floor(rows / 2), left, right, bottom },
        ]
      : [
          { top, bottom, left, right: left + Math.floor(cols / 2) - 1 },
          { top, bottom, left: left + Math.floor(cols / 2), right },
        ];
  return halves.flatMap((h) => {
    const part = subBlock(b, h);
    return part ? splitBlock(part, maxOpBytes) : [];
  });
}

/** The parts of a cell style written as range formats (the number format goes with the values). */
export type RangeStyle = Omit<CellStyle, 'numFmt'>;

/** What `styleGroups` does not group: borders are grouped apart (`borderGroups`), the number format goes with the values. */
const NOT_RANGE_FORMATS: readonly (keyof CellStyle)[] = ['border', 'borderBottom', 'numFmt'];
type RangeFormat = Exclude<(typeof CELL_STYLE_FIELDS)[number], 'border' | 'borderBottom' | 'numFmt'>;

/** The formats grouped by `styleGroups`. */
export const STYLE_KEYS: readonly RangeFormat[] = CELL_STYLE_FIELDS.filter(
  (k): k is RangeFormat => !NOT_RANGE_FORMATS.includes(k),
);

/** The style without defaults (false flags, absent values) and borders, or null when nothing remains. */
export function rangeStyle(s: CellStyle | undefined): RangeStyle | null {
  if (!s) return null;
  const out: Record<string, unknown> = {};
  for (const k of STYLE_KEYS) {
    const v = s[k];
    if (v !== undefined && v !== false) out[k] = v;
  }
  return Object.keys(out).length ? (out as RangeStyle) : null;
}

/**
 * Covers a set of cells with rectangles: runs of adjacent columns in a row, stacked with the same
 * run in the rows below. Exact (covers those cells and no others), and few for table-shaped sheets.
 */
export function coverRects(points: readonly { row: number; col: number }[]): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const p of points) {
    const cols = byRow.get(p.row);
    if (cols) cols.push(p.col);
    else byRow.set(p.row, [p.col]);
  }
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const c of cols) {
      const run = runs[runs.length - 1];
      if (run && c === run[1] + 1) run[1] = c;
      else runs.push([c, c]);
    }
    const seen = new Set<string>();
    for (const [l, r] of runs) {
      const key = `${l}:${r}`;
      seen.add(key);
      const rect = open.get(key);
      if (rect && rect.bottom === row - 1) rect.bottom = row;
      else {
        if (rect) done.push(rect);
        open.set(key, { top: row, bottom: row, left: l, right: r });
      }
    }
    for (const [key, rect] of open) {
      if (!seen.has(key)) {
        done.push(rect);
        open.delete(key);
      }
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Each styled cell with its position; as for values, the last cell at an address wins. */
function styledCells(cells: readonly SpecCell[]): { row: number; col: number; style: CellStyle }[] {
  const last = new Map<string, SpecCell>();
  for (const c of cells) last.set(c.address.replace(/\$/g, '').toUpperCase(), c);
  const out: { row: number; col: number; style: CellStyle }[] = [];
  for (const c of last.values()) {
    const p = parseCell(c.address);
    if (p && c.style) out.push({ ...p, style: c.style });
  }
  return out;
}

export interface StyleGroup {
  style: RangeStyle;
  rects: Rect[];
}

/**
 * One group per format and value (bold; fill FFF2CC; centred...), each covered by as few rectangles
 * as `coverRects` finds. Formats are set independently of each other (bold does not change a fill),
 * so a table whose rows differ only in fill still gets its alignment and wrapping as one rectangle
 * each; grouping by whole style cut it into a rectangle per row, each carrying every format again.
 */
export function styleGroups(cells: readonly SpecCell[]): StyleGroup[] {
  const groups = new Map<string, StyleGroup & { points: { row: number; col: number }[] }>();
  for (const c of styledCells(cells)) {
    const style = rangeStyle(c.style);
    if (!style) continue;
    for (const k of STYLE_KEYS) {
      if (style[k] === undefined) continue;
      const key = `${k}=${JSON.stringify(style[k])}`;
      const g = groups.get(key) ?? { style: { [k]: style[k] }, rects: [], points: [] };
      g.points.push(c);
      groups.set(key, g);
    }
  }
  return [...groups.values()].map((g) => ({ style: g.style, rects: coverRects(g.points) }));
}

/**
 * The cells `border` draws a thin line around (`boxed`) and those with only the line under them
 * (`underlined`), each covered by rectangles. Borders are grouped apart from the other formats
 * because they do not depend on them: a bordered table whose rows differ in fill or alignment is
 * one rectangle of borders (six edges on the whole range draw every cell's four sides), where
 * grouping by whole style cut it into thousands of rectangles of six edges each (docs/performance.md).
 */
export function borderGroups(cells: readonly SpecCell[]): { boxed: Rect[]; underlined: Rect[] } {
  const boxed: { row: number; col: number }[] = [];
  const underlined: { row: number; col: number }[] = [];
  for (const c of styledCells(cells)) {
    if (c.style.border) boxed.push(c);
    else if (c.style.borderBottom) underlined.push(c);
  }
  return { boxed: coverRects(boxed), underlined: coverRects(underlined) };
}

/** Consecutive indexes with equal keys, as [from, to, item] runs. */
export function runsOf<T>(
  items: readonly { index: number; key: string; item: T }[],
): { from: number; to: number; item: T }[] {
  const sorted = [...items].sort((a, b) => a.index - b.index);
  const out: { from: number; to: number; item: T; key: string }[] = [];
  for (const it of sorted) {
    const last = out[out.length - 1];
    if (last && last.key === it.key && it.index === last.to + 1) last.to = it.index;
    else out.push({ from: it.index, to: it.index, item: it.item, key: it.key });
  }
  return out.map(({ from, to, item }) => ({ from, to, item }));
}
