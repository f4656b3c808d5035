import type { Consolidation } from '../consolidate/consolidate-types';
import type { CellStyle, SheetSpec } from '../sheet/sheet-spec';
import { COLORS } from '../template/report-template';
import { SheetBuilder, lineHeight } from '../template/sheet-builder';
import { a1 } from '../template/template-keys';
import { heightOf, linesOf } from '../template/text-fit';
import type { Lang } from '../types';
import { SUMMARY_FONT } from './consolidated-sheet';
import { REMINDER_PARTS, REMINDER_WORDS as T, reminders, summaryLine, unitLabel } from './reminder-list';

/**
 * The "Đôn đốc báo cáo" sheet of a consolidation (issue 15 §4): the reminder list of
 * reminder-list.ts as a table that prints on A4 portrait with its header repeated on every page.
 */

const SIZE = 10;
const BOX: CellStyle = { border: true, vAlign: 'top', wrap: true, size: SIZE };
const CENTER: CellStyle = { ...BOX, hAlign: 'center' };
const HEAD: CellStyle = { ...CENTER, vAlign: 'middle', bold: true, fill: COLORS.header };
/** TT, unit, what, cell, sheet, file: fits A4 portrait at about 85% (fitToWidth). */
const WIDTHS = [5, 24, 50, 7, 14, 22];

/** The "Đôn đốc báo cáo" sheet: one row per thing to ask for, the unit merged over its rows. */
export function reminderSheet(c: Consolidation, lang: Lang): SheetSpec {
  const list = reminders(c);
  const last = WIDTHS.length;
  const full = WIDTHS.reduce((s, w) => s + w, 0);
  const width = (col: number): number => WIDTHS[col - 1] ?? 10;
  const b = new SheetBuilder();
  let row = 1;
  const para = (text: string, style: CellStyle): void => {
    const size = style.size ?? 12;
    b.merge(row, 1, row, last, { text }, { wrap: true, vAlign: 'top', ...style });
    b.height(row, heightOf(text, full, size, style.bold));
    row++;
  };
  para(T.title(c.year)[lang], { bold: true, size: 13, hAlign: 'center' });
  para(summaryLine(c, list)[lang], { italic: true, size: 11, hAlign: 'center' });
  row++;

  const headRow = row;
  const heads = [T.tt, T.unit, T.what, T.cell, T.sheetName, T.file];
  heads.forEach((h, i) => b.put(row, i + 1, { text: h[lang] }, HEAD));
  b.height(row, lineHeight(1, SIZE));
  row++;
  if (list.length === 0) para(T.none[lang], { italic: true, size: 11 });

  for (const kind of REMINDER_PARTS) {
    const part = list.filter((r) => r.kind === kind);
    if (part.length === 0) continue;
    b.merge(row, 1, row, last, { text: `${T.part[kind][lang]} (${part.length})` }, { ...BOX, bold: true });
    b.height(row, lineHeight(1, SIZE));
    row++;
    part.forEach((r, i) => {
      const first = row;
      for (const l of r.lines) {
        const values: [number, string][] = [
          [3, l.what[lang]],
          [4, l.cell ?? ''],
          [5, l.sheet ?? ''],
          [6, l.file ?? ''],
        ];
        let lines = 1;
        for (const [col, text] of values) {
          b.put(row, col, text ? { text } : null, col === 4 ? CENTER : BOX);
          lines = Math.max(lines, linesOf(text, width(col), SIZE));
        }
        b.height(row, lineHeight(lines, SIZE));
        row++;
      }
      // The unit once, merged over its lines; a unit with one line must fit its name in that row.
      b.merge(first, 1, row - 1, 1, { number: i + 1 }, CENTER);
      b.merge(first, 2, row - 1, 2, { text: unitLabel(r, lang) }, BOX);
      if (row - 1 === first) b.height(first, heightOf(unitLabel(r, lang), width(2), SIZE));
    });
  }
  const lastRow = row - 1;

  return b.build({
    name: T.sheet[lang],
    font: { ...SUMMARY_FONT },
    columns: WIDTHS.map((w) => ({ width: w })),
    names: {},
    freeze: { rows: headRow, columns: 0 },
    print: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: 1,
      repeatRows: `${headRow}:${headRow}`,
      area: `A1:${a1(lastRow, last)}`,
      margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4 },
      centerHorizontally: true,
    },
    tabColor: 'C00000',
  });
}
