import { fitsOnePage, keepTogether, pageModel, pageStarts } from './print-pages';
import type { PageModel } from './print-pages';
import type { SheetSpec } from './sheet-spec';

/** A model of `rows` rows of `height` points, pages holding `capacity` (the most 10% more). */
const model = (rows: number, height: number, capacity: number, titles?: [number, number]): PageModel => ({
  heights: [0, ...Array.from({ length: rows }, () => height)],
  capacity,
  capacityMost: capacity * 1.1,
  ...(titles ? { titles } : {}),
  lastRow: rows,
});

const spec = (over: Partial<SheetSpec['print']>, columns: number[]): SheetSpec => ({
  name: 'S',
  font: { name: 'Times New Roman', size: 12 },
  columns: columns.map((width) => ({ width })),
  rows: [
    { row: 2, height: 40 },
    { row: 3, hidden: true },
  ],
  cells: [],
  merges: [],
  validations: [],
  conditionalFormats: [],
  names: {},
  print: { orientation: 'portrait', paper: 'A4', fitToWidth: 1, area: 'A1:B10', ...over },
});

describe('pageStarts', () => {
  it.each([
    ['one page', model(5, 20, 100), [], [1]],
    ['a full page breaks before the row that does not fit', model(12, 20, 100), [], [1, 6, 11]],
    ['a manual break starts a page', model(12, 20, 100), [3], [1, 3, 8]],
    // Rows 1-2 repeat on later pages: each of those holds 3 rows under them.
    ['repeated rows take room on the pages after the first', model(12, 20, 100, [1, 2]), [], [1, 6, 9, 12]],
  ] as const)('%s', (_case, m, breaks, starts) => {
    expect(pageStarts(m, breaks)).toEqual(starts);
  });
});

describe('keepTogether', () => {
  it.each([
    ['a block the page end splits moves to the next page', { from: 4, to: 7 }, [4]],
    ['a block on one page stays', { from: 1, to: 4 }, []],
    // 20-point rows: pages of the least (100) and the most (110) height both hold 5 rows.
    ['a block whole at both ends of the spread stays', { from: 7, to: 8 }, []],
    ['a block taller than a page is left to break where it must', { from: 2, to: 9 }, []],
  ] as const)('%s', (_case, block, breaks) => {
    expect(keepTogether(model(12, 20, 100), [block])).toEqual(breaks);
  });

  it('breaks above a block that only the tallest pages would split', () => {
    // 18-point rows: pages of the least height (100) hold 5 rows, of the most (110) 6, so block
    // 6-7 is split only by the tallest pages.
    const m: PageModel = { ...model(12, 18, 100), capacityMost: 110 };
    expect(pageStarts(m, [], 100)).toEqual([1, 6, 11]);
    expect(pageStarts(m, [], 110)).toEqual([1, 7]);
    expect(keepTogether(m, [{ from: 6, to: 7 }])).toEqual([6]);
  });
});

describe('fitsOnePage', () => {
  it.each([
    [1, 5, true],
    [1, 6, false],
    // Below the repeated rows 1-2 (40 points), a page holds 3 rows.
    [4, 6, true],
    [4, 7, false],
  ])('rows %i-%i: %s', (from, to, fits) => {
    expect(fitsOnePage({ ...model(12, 20, 100), titles: [1, 2] }, from, to)).toBe(fits);
  });
});

describe('pageModel', () => {
  it('reads row heights (hidden rows take none), the print area and the page', () => {
    const m = pageModel(spec({ margins: { top: 1, bottom: 1, left: 1, right: 1 } }, [10, 10]));
    expect(m.lastRow).toBe(10);
    expect(m.heights.slice(1, 5)).toEqual([16, 40, 0, 16]);
    // A4 portrait is 841.7 points tall; less 2 inches of margins, 96% of it.
    expect(m.capacity).toBeCloseTo((11.69 * 72 - 144) * 0.96, 1);
  });

  it.each([
    ['narrow enough: full size', [40, 40], 1],
    // 200 characters: (200 * 7 + 10) * 0.75 = 1057.5 points on a 6.27-inch (451.4 pt) page.
    ['too wide: shrunk to one page wide (whole percent)', [100, 100], 0.42],
  ] as const)('%s', (_case, columns, scale) => {
    const m = pageModel(spec({ margins: { top: 1, bottom: 1, left: 1, right: 1 } }, [...columns]));
    expect(m.capacity).toBeCloseTo(((11.69 * 72 - 144) * 0.96) / scale, 1);
  });
});
