import { estimateLines, lineHeight } from './sheet-builder';

/**
 * How many letters of Times New Roman fit in one unit of Excel column width (the digit width of
 * the workbook's default font): about 1.45 at 11 pt, measured on LibreOffice's print of the
 * consolidated table, less for larger or bold text, with 5% to spare. Rows of wrapped and merged
 * cells do not grow by themselves when a file is opened, so their heights come from this.
 */
export function textFit(size: number, bold = false): number {
  return ((1.45 * 11) / size) * (bold ? 0.9 : 1) * 0.95;
}

/** Capitals take about a fifth more room than the lower case the fit above was measured on. */
const CAPITALS = 0.8;

const inCapitals = (text: string): boolean => /\p{Lu}/u.test(text) && text === text.toUpperCase();

/** Lines `text` takes in a column (or merged columns) `width` wide, less the cell's inner margins. */
export function linesOf(text: string, width: number, size: number, bold = false): number {
  const fit = textFit(size, bold) * (inCapitals(text) ? CAPITALS : 1);
  return estimateLines(text, Math.max(1, width - 0.7), fit);
}

/** Row height in points for `text` wrapped in `width`. */
export function heightOf(text: string, width: number, size: number, bold = false): number {
  return lineHeight(linesOf(text, width, size, bold), size);
}
