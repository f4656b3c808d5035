import type { PrintSpec, SheetSpec } from './sheet-spec';

/**
 * Where a sheet's printed pages begin, estimated from what the spec states (row heights,
 * column widths, paper, margins, fit to one page wide, repeated rows, manual breaks), so that
 * the core can place manual page breaks that keep a block of rows on one page (a signature
 * block, a table with its header). Excel and LibreOffice paginate by themselves and the core
 * cannot ask them, and they differ: LibreOffice draws columns wider, so fitting the width shrinks
 * the page more and a page holds more rows. The model keeps both ends of that spread (Excel
 * near the least, LibreOffice near the most); a block is left without a break only when
 * neither end splits it.
 */

/** A4 in points, portrait. */
const A4 = { width: 8.27 * 72, height: 11.69 * 72 };
/** Excel's default margins (inches) when the spec states none. */
const DEFAULT_MARGINS = { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 };
/** Height of a row the spec gives no height (Times New Roman 12 in Excel, rounded up). */
const DEFAULT_ROW = 16;
/** A page holds between these shares of the height computed for Excel's zoom (see above). */
const LEAST = 0.96;
const MOST = 1.1;

/** A column `chars` wide in points, as Excel draws it (7 pixels a character plus 5 of padding). */
const columnPoints = (chars: number): number => (chars * 7 + 5) * 0.75;

const rowSpan = (rows: string): [number, number] => {
  const [a, b] = rows.split(':').map((r) => Number(r.replace(/\$/g, '')));
  return [a ?? 1, b ?? a ?? 1];
};

/** Last row and last column (1-based) of the print area 'A1:H80'. */
function areaEnd(area: string): { row: number; col: number } {
  const m = /:\$?([A-Z]+)\$?(\d+)$/i.exec(area);
  if (!m) return { row: 0, col: 0 };
  const col = [...(m[1] as string).toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

/** The sheet's layout as the paginator needs it. */
export interface PageModel {
  /** Printed height of each row (0 when hidden), index = row number. */
  heights: number[];
  /** Height a page holds at least, in the sheet's points (before scaling to fit the width). */
  capacity: number;
  /** Height a page may hold at most (a renderer that shrinks the sheet more). */
  capacityMost: number;
  /** Rows repeated at the top of the pages after the first. */
  titles?: [number, number];
  lastRow: number;
}

export function pageModel(spec: SheetSpec, lastRow?: number): PageModel {
  const p: PrintSpec = spec.print;
  const end = p.area ? areaEnd(p.area) : { row: 0, col: spec.columns.length };
  const last = lastRow ?? (end.row || Math.max(0, ...(spec.rows?.map((r) => r.row) ?? [])));
  const portrait = p.orientation === 'portrait';
  const m = p.margins ?? DEFAULT_MARGINS;
  const pageWidth = (portrait ? A4.width : A4.height) - (m.left + m.right) * 72;
  const pageHeight = (portrait ? A4.height : A4.width) - (m.top + m.bottom) * 72;
  const sheetWidth = spec.columns
    .slice(0, end.col || spec.columns.length)
    .reduce((s, c) => s + (c.hidden ? 0 : columnPoints(c.width)), 0);
  // Fit to one page wide shrinks the whole sheet (Excel rounds the zoom down to a whole percent).
  const scale = sheetWidth > pageWidth ? Math.floor((100 * pageWidth) / sheetWidth) / 100 : 1;
  const heights = Array.from({ length: last + 1 }, () => DEFAULT_ROW);
  heights[0] = 0;
  for (const r of spec.rows ?? []) {
    if (r.row > last) continue;
    if (r.hidden) heights[r.row] = 0;
    else if (r.height !== undefined) heights[r.row] = r.height;
  }
  return {
    heights,
    capacity: (pageHeight * LEAST) / scale,
    capacityMost: (pageHeight * MOST) / scale,
    ...(p.repeatRows ? { titles: rowSpan(p.repeatRows) } : {}),
    lastRow: last,
  };
}

const sum = (heights: number[], from: number, to: number): number => {
  let s = 0;
  for (let r = from; r <= to; r++) s += heights[r] ?? 0;
  return s;
};

/**
 * The first row of every printed page, the manual breaks (a break above each row) included, for
 * pages holding `capacity` (by default the least).
 */
export function pageStarts(
  model: PageModel,
  breaks: readonly number[] = [],
  capacity = model.capacity,
): number[] {
  const forced = new Set(breaks);
  const titles = model.titles ? sum(model.heights, model.titles[0], model.titles[1]) : 0;
  const starts = [1];
  let used = 0;
  for (let r = 1; r <= model.lastRow; r++) {
    const h = model.heights[r] ?? 0;
    const start = starts[starts.length - 1] as number;
    const full = used + h > capacity && r > start;
    if ((forced.has(r) && r > start) || full) {
      starts.push(r);
      // Repeated rows print above the rows of every page after the one they first appear on.
      used = model.titles && r > model.titles[1] ? titles : 0;
    }
    used += h;
  }
  return starts;
}

/** Whether rows `from`..`to` fit on one page (under the repeated rows, if any). */
export function fitsOnePage(model: PageModel, from: number, to: number): boolean {
  const titles =
    model.titles && from > model.titles[1] ? sum(model.heights, model.titles[0], model.titles[1]) : 0;
  return titles + sum(model.heights, from, to) <= model.capacity;
}

/** The page (0-based) that row `row` prints on. */
const pageOf = (starts: readonly number[], row: number): number => starts.filter((s) => s <= row).length - 1;

/** How many page heights between the least and the most are tried (see keptWhole). */
const SPREAD_STEPS = 24;

/**
 * Whether rows `from`..`to` print on one page for every page height between the least and the
 * most: the page boundaries move with the height, so a block whole at both ends can still be
 * split by a height in between (the summary's signature block was, in LibreOffice).
 */
export function keptWhole(model: PageModel, breaks: readonly number[], from: number, to: number): boolean {
  const step = (model.capacityMost - model.capacity) / SPREAD_STEPS;
  const capacities = Array.from({ length: SPREAD_STEPS + 1 }, (_, i) => model.capacity + i * step);
  return capacities.every((capacity) => {
    const starts = pageStarts(model, breaks, capacity);
    return pageOf(starts, from) === pageOf(starts, to);
  });
}

/**
 * Manual breaks that keep each block (rows `from`..`to`, in order down the sheet) on one page:
 * a break above a block that either end of the pagination's spread would split, when the block
 * fits a page. A block taller than a page is left to break where it must.
 */
export function keepTogether(
  model: PageModel,
  blocks: readonly { from: number; to: number }[],
  breaks: readonly number[] = [],
): number[] {
  const out = [...breaks];
  for (const block of blocks) {
    if (!keptWhole(model, out, block.from, block.to) && fitsOnePage(model, block.from, block.to))
      out.push(block.from);
  }
  return out.sort((a, b) => a - b);
}
