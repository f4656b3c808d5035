/**
 * A chart described once, as plain data, over cells of the sheet that carries it (SheetSpec.charts).
 * `src/excel` draws it with Office.js (sheet.charts.add) and `src/xlsx` writes it as a DrawingML
 * chart part; both read the same spec, so the chart inside Excel and the chart in the file agree
 * (test/excel/chart-parity.test.ts). Ranges are A1 ranges of the sheet's own table, one row or one
 * column each, so the chart follows edits of those cells.
 */
export interface ChartSpec {
  /** In the workbook's language. */
  title: string;
  /** 'column': clustered vertical bars (Excel's ColumnClustered); 'line': lines with markers. */
  type: 'column' | 'line';
  /** Category labels: one row or one column of this sheet, e.g. 'A20:A35'. */
  categories: string;
  /** One series per values range (same length as `categories`); names are plain text. */
  series: ChartSeriesSpec[];
  /** The value axis's fixed bounds (percentages: 0 to 100), so charts of different years compare. */
  valueAxis?: { min: number; max: number };
  /** Placed over these cells: the top-left cell and the bottom-right cell it covers. */
  anchor: { from: string; to: string };
}

export interface ChartSeriesSpec {
  name: string;
  values: string;
  /** 'RRGGBB'; absent = the viewer's own palette. */
  color?: string;
}

/**
 * Distinct colours for charts with many series (the trend's 15 targets): the viewers' own palettes
 * repeat after 6 to 10 colours, so two targets would share a line colour. No grey (the target's
 * colour in the summary chart), no two alike.
 */
export const SERIES_PALETTE: readonly string[] = [
  '1F77B4',
  'D62728',
  '2CA02C',
  'FF7F0E',
  '9467BD',
  '8C564B',
  'E377C2',
  '17BECF',
  'BCBD22',
  '393B79',
  'AD494A',
  '637939',
  '8C6D31',
  '7B4173',
  '000000',
  'E6550D',
];

/** The value axis of a chart of percentages: always 0 to 100, so a 40% bar never looks full. */
export const PERCENT_AXIS: NonNullable<ChartSpec['valueAxis']> = { min: 0, max: 100 };
