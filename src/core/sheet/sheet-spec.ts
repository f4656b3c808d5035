import type { ChartSpec } from './chart-spec';

export type { ChartSeriesSpec, ChartSpec } from './chart-spec';

/**
 * A sheet described once, as plain data. `src/excel` writes it into the open workbook and
 * `src/xlsx` writes it to a file; both must produce the same sheet. Addresses are A1 strings;
 * rows and columns are 1-based.
 */

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number; // points
  color?: string; // 'RRGGBB'
  fill?: string; // 'RRGGBB'
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  /** Thin bottom border only: the rule under "ĐẢNG CỘNG SẢN VIỆT NAM" in a document header. */
  borderBottom?: boolean;
  numFmt?: string; // Excel number format, e.g. '0.0', 'dd/mm/yyyy', '@' for text
  /** Unlocked = the user may edit it when the sheet is protected (input cells). */
  unlocked?: boolean;
}

/**
 * Every field of a CellStyle, in a fixed order: what the adapters walk to write a style or to tell
 * two styles apart. The check below stops the build when a field is added and not listed.
 */
export const CELL_STYLE_FIELDS = [
  'bold',
  'italic',
  'underline',
  'size',
  'color',
  'fill',
  'hAlign',
  'vAlign',
  'wrap',
  'border',
  'borderBottom',
  'numFmt',
  'unlocked',
] as const satisfies readonly (keyof CellStyle)[];
const everyFieldListed: Exclude<keyof CellStyle, (typeof CELL_STYLE_FIELDS)[number]> extends never
  ? true
  : never = true;
void everyFieldListed;

/**
 * A cell. Text from users is always `{ text }`: adapters write it as a string value (never
 * parsed, never a formula, even when it starts with '=', '+', '-' or '@').
 * A formula carries its result as computed by the core, so readers that do not calculate
 * (and exceljs, which writes no cached results by itself) still see a value.
 */
export type SpecValue =
  | { text: string }
  | { number: number }
  | { bool: boolean }
  | { date: string } // ISO date, written as an Excel date serial with a date format
  | { formula: string; result: string | number | boolean | null } // formula without '='
  | null;

export interface SpecCell {
  address: string; // 'B7'
  value: SpecValue;
  style?: CellStyle;
}

export interface DataValidationSpec {
  range: string; // 'E12' or 'E12:E30'
  rule:
    | { kind: 'list'; values: string[] }
    | { kind: 'whole'; min: number; max?: number }
    | { kind: 'decimal'; min: number; max: number }
    | { kind: 'date'; min: string; max: string } // ISO dates
    | { kind: 'textLength'; max: number };
  prompt?: { title: string; message: string };
  error: { title: string; message: string };
}

/** Conditional formatting: an Excel formula evaluated relative to the top-left cell of `range`. */
export interface ConditionalFormatSpec {
  range: string;
  formula: string; // without '=', e.g. 'H12="Chưa đạt"'
  fill: string; // 'RRGGBB'
  fontColor?: string;
  priority: number;
}

export interface PrintSpec {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  fitToWidth: 1;
  /** Rows repeated at the top of each printed page, e.g. '9:10'. */
  repeatRows?: string;
  /** Print area, e.g. 'A1:H80'. */
  area?: string;
  margins?: { top: number; bottom: number; left: number; right: number }; // inches
  centerHorizontally?: boolean;
  /**
   * Manual page breaks: a new page begins at each of these rows (a break above the row), so
   * that a block the core keeps together (a signature, a table with its header) is not split.
   */
  rowBreaks?: number[];
}

export interface SheetSpec {
  name: string;
  /** Default font for the whole sheet (Party documents: Times New Roman). */
  font: { name: string; size: number };
  columns: { width: number; hidden?: boolean }[]; // widths in characters, from column A
  rows?: { row: number; height?: number; hidden?: boolean }[];
  cells: SpecCell[];
  merges: string[]; // 'A1:C1'
  validations: DataValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  /** Workbook-scoped defined names pointing into this sheet: name -> A1 address. */
  names: Record<string, string>;
  /** Freeze panes below this row / right of this column (0 = none). */
  freeze?: { rows: number; columns: number };
  /** Autofilter range, e.g. 'A5:Z80'. */
  autoFilter?: string;
  /**
   * Protect every locked cell, without a password (anyone may unprotect on purpose; the
   * protection keeps the keyed rows and formulas from being changed by mistake).
   */
  protection?: Record<string, never>;
  print: PrintSpec;
  /** Charts over this sheet's own cells (chart-spec.ts); both adapters draw them. */
  charts?: ChartSpec[];
  /** Sheet tab colour 'RRGGBB'. */
  tabColor?: string;
}
