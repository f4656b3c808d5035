/**
 * The workbook behind the Excel double (excel-double.ts): sheets, cells, names, merges, and the
 * rules Excel applies to them. Each rule cites the page or issue it models.
 */
import { parseCell, parseRect, rectAddress, type Rect } from '../../src/excel/a1-address';

export interface FakeCell {
  v: string | number | boolean | null;
  f?: string;
  fmt?: string;
  error?: string;
  quotePrefix?: boolean;
  /** format.protection.locked = false (cells are locked by default). */
  unlocked?: boolean;
}

/**
 * A chart as Office.js made it: the type and source range of Worksheet.charts.add(type, source,
 * seriesBy), then what the adapter set (title, position, value axis bounds, each series' name,
 * values and categories as A1 ranges of the sheet).
 */
export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  position?: { from: string; to?: string };
  valueAxis: { min?: number; max?: number };
  series: { name?: string; values?: string; categories?: string; color?: string }[];
}

export interface FakeSheet {
  id: number;
  name: string;
  cells: Map<string, FakeCell>;
  /** Worksheet-scoped names: name -> A1 address. */
  names: Map<string, string>;
  merges: string[];
  /** Ranges that carry a data validation or a conditional format (what the merge rule needs). */
  validated: string[];
  formatted: string[];
  protected: boolean;
  /** Excel.SheetVisibility (ExcelApi 1.1). */
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  deleted: boolean;
  charts: FakeChart[];
}

export interface FakeSheetInit {
  name: string;
  cells?: Record<string, Partial<FakeCell>>;
  names?: Record<string, string>;
  merges?: string[];
  protected?: boolean;
  visibility?: FakeSheet['visibility'];
}

/**
 * Hosts the double can pretend to be. Requirement sets per host: "Excel JavaScript API requirement
 * sets", https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * (Excel on the web has every set; Microsoft 365 on Windows and Mac have 1.20 from 2509 / 16.100;
 * Office 2021 on Windows stops at 1.14). Payload limits: "Resource limits and performance
 * optimization for Office Add-ins", section "Excel add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
 * ("Excel on the web has a payload size limit for requests and responses of 5MB"); no limit is
 * documented for desktop and Mac, so none is applied there.
 */
export type HostProfile = 'web' | 'desktop' | 'mac' | 'desktop-2021';

export const PROFILES: Record<HostProfile, { apiMinor: number; payloadLimitBytes: number }> = {
  web: { apiMinor: 20, payloadLimitBytes: 5 * 1024 * 1024 },
  desktop: { apiMinor: 20, payloadLimitBytes: Infinity },
  mac: { apiMinor: 20, payloadLimitBytes: Infinity },
  'desktop-2021': { apiMinor: 14, payloadLimitBytes: Infinity },
};

export function officeError(code: string, message: string, location?: string): Error {
  // Office.js rejects with an OfficeExtension.Error: name 'RichApi.Error', a code, debugInfo.
  return Object.assign(new Error(message), {
    name: 'RichApi.Error',
    code,
    debugInfo: { code, message, ...(location ? { errorLocation: location } : {}) },
  });
}

export const cellKey = (row: number, col: number): string =>
  rectAddress({ top: row, left: col, bottom: row, right: col });

/**
 * Sheet names: at most 31 characters, none of \ / ? * : [ ], not starting or ending with an
 * apostrophe, not blank, not "History", unique without case. "Rename a worksheet",
 * https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 * Returns the error Excel raises, or undefined when the name is accepted.
 */
export function sheetNameError(name: string, taken: (lower: string) => boolean): Error | undefined {
  if (
    name.trim() === '' ||
    name.length > 31 ||
    /[\\/?*:[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === 'history'
  ) {
    return officeError('InvalidArgument', `The sheet name "${name}" is not valid.`, 'Worksheet.name');
  }
  if (taken(name.toLowerCase())) {
    return officeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`, 'Worksheet.name');
  }
  return undefined;
}

export function newSheet(id: number, name: string): FakeSheet {
  return {
    id,
    name,
    cells: new Map(),
    names: new Map(),
    merges: [],
    validated: [],
    formatted: [],
    protected: false,
    visibility: 'Visible',
    deleted: false,
    charts: [],
  };
}

export function initSheet(id: number, init: FakeSheetInit): FakeSheet {
  const sheet = newSheet(id, init.name);
  for (const [a1, c] of Object.entries(init.cells ?? {})) sheet.cells.set(a1, { v: null, ...c });
  for (const [n, a] of Object.entries(init.names ?? {})) sheet.names.set(n, a);
  sheet.merges.push(...(init.merges ?? []));
  sheet.protected = init.protected === true;
  sheet.visibility = init.visibility ?? 'Visible';
  return sheet;
}

export const rectCells = (r: Rect): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.left <= inner.left &&
    outer.right >= inner.right &&
    outer.top <= inner.top &&
    outer.bottom >= inner.bottom
  );
}

/** The merged areas a range cuts: overlapping without containing them whole. */
export function cutMerges(sheet: FakeSheet, r: Rect): string[] {
  return sheet.merges.filter((m) => {
    const mr = parseRect(m);
    return mr !== null && overlaps(mr, r) && !contains(r, mr);
  });
}

/** The used range: cells with a value (valuesOnly) or with anything. */
export function usedRect(sheet: FakeSheet, valuesOnly: boolean, within?: Rect): Rect | undefined {
  let rect: Rect | undefined;
  for (const [a1, c] of sheet.cells) {
    if (valuesOnly && c.v === null && !c.f && !c.error) continue;
    if (!valuesOnly && c.v === null && !c.f && !c.error && !c.fmt) continue;
    const p = parseCell(a1);
    if (!p) continue;
    if (
      within &&
      (p.row < within.top || p.row > within.bottom || p.col < within.left || p.col > within.right)
    )
      continue;
    rect = rect
      ? {
          top: Math.min(rect.top, p.row),
          left: Math.min(rect.left, p.col),
          bottom: Math.max(rect.bottom, p.row),
          right: Math.max(rect.right, p.col),
        }
      : { top: p.row, left: p.col, bottom: p.row, right: p.col };
  }
  return rect;
}

/**
 * A grid written to `values`, `formulas` or `numberFormat` must have the range's shape; a single
 * value is applied to every cell. Otherwise Excel fails the request with InvalidArgument, "The
 * number of rows or columns in the input array doesn't match the size or dimensions of the range."
 * (office-js issue #1025, https://github.com/OfficeDev/office-js/issues/1025).
 */
export function eachInput(
  rect: Rect,
  grid: unknown,
  what: string,
  f: (row: number, col: number, v: unknown) => void,
): void {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(grid)) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) f(rect.top + r, rect.left + c, grid);
    return;
  }
  if (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw officeError(
      'InvalidArgument',
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      `Range.${what}`,
    );
  }
  grid.forEach((row: unknown[], r) => row.forEach((v, c) => f(rect.top + r, rect.left + c, v)));
}

/**
 * What Excel makes of input set through `values` (as if typed) or `formulas`:
 * - null leaves the cell as it is ("Set values or formulas": null input is ignored for the cell,
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values);
 * - a leading apostrophe makes the rest text, and is not part of the value (`values` reads back
 *   without it: office-js issue #6687, https://github.com/OfficeDev/office-js/issues/6687) ...
 * - ... except in a Text-formatted cell (numberFormat "@"), where Excel does not parse input at all,
 *   so the apostrophe is kept as a character ("Format numbers as text": a Text cell shows exactly
 *   what is entered, https://support.microsoft.com/office/format-numbers-as-text-583160db-29f4-4c6a-b8ab-de4e9d3bc3a5).
 *   Issue 17 names this as the likely behaviour; TESTING.md has the check by hand.
 * - '=...' (and '+'/'-' followed by non-numbers) is a formula, '0075' a number, TRUE a boolean.
 */
export function enterInput(
  sheet: FakeSheet,
  row: number,
  col: number,
  input: unknown,
  via: 'values' | 'formulas',
): void {
  if (input === null || input === undefined) return;
  const key = cellKey(row, col);
  const prev = sheet.cells.get(key);
  const keep: Partial<FakeCell> = {
    ...(prev?.fmt ? { fmt: prev.fmt } : {}),
    ...(prev?.unlocked ? { unlocked: true } : {}),
  };
  const put = (c: Omit<FakeCell, 'fmt' | 'unlocked'>) => sheet.cells.set(key, { ...keep, ...c });
  if (input === '') {
    if (Object.keys(keep).length) put({ v: null });
    else sheet.cells.delete(key);
    return;
  }
  if (typeof input !== 'string') {
    put({ v: input as number | boolean });
    return;
  }
  if (keep.fmt === '@' && via === 'values') {
    put({ v: input });
    return;
  }
  if (input.startsWith("'")) {
    put({ v: input.slice(1), quotePrefix: true });
    return;
  }
  if (input.startsWith('=') || (/^[+-]/.test(input) && Number.isNaN(Number(input)))) {
    put({ v: null, f: input.replace(/^[=+]/, '') });
    return;
  }
  if (input.trim() !== '' && !Number.isNaN(Number(input))) put({ v: Number(input) });
  else if (/^(true|false)$/i.test(input)) put({ v: input.toLowerCase() === 'true' });
  else put({ v: input });
}

/** How Office.js reports one cell through `values`, `formulas`, `numberFormat` and `valueTypes`. */
export const cellViews = {
  values: (c: FakeCell | undefined): unknown => (c?.error ? c.error : (c?.v ?? '')),
  formulas: (c: FakeCell | undefined): unknown => (c?.f ? `=${c.f}` : c?.error ? c.error : (c?.v ?? '')),
  numberFormat: (c: FakeCell | undefined): unknown => c?.fmt ?? 'General',
  valueTypes: (c: FakeCell | undefined): unknown =>
    c?.error
      ? 'Error'
      : c === undefined || c.v === null || c.v === ''
        ? 'Empty'
        : typeof c.v === 'string'
          ? 'String'
          : typeof c.v === 'number'
            ? 'Double'
            : 'Boolean',
};

/** 'A:B' and '1:2' as rectangles (whole columns or rows); other forms as parseRect. */
export function anyRect(address: string): Rect | null {
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(address);
  if (cols) {
    const a = parseCell(`${cols[1]}1`);
    const b = parseCell(`${cols[2]}1`);
    if (a && b)
      return { top: 1, left: Math.min(a.col, b.col), bottom: 1048576, right: Math.max(a.col, b.col) };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows) {
    const a = Number(rows[1]);
    const b = Number(rows[2]);
    return { top: Math.min(a, b), left: 1, bottom: Math.max(a, b), right: 16384 };
  }
  return parseRect(address);
}
