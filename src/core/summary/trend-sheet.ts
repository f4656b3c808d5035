import type { Consolidation } from '../consolidate/consolidate-types';
import type { Plan } from '../plan/plan-types';
import type { Settings } from '../settings/settings-types';
import type { CellStyle, SheetSpec } from '../sheet/sheet-spec';
import { numberFormats } from '../sheet/number-formats';
import { COLORS } from '../template/report-template';
import { SheetBuilder, lineHeight } from '../template/sheet-builder';
import { a1 } from '../template/template-keys';
import type { Lang } from '../types';
import { orgNamesOn } from '../settings/org-names';
import { SUMMARY_FONT, placeAnnexHead } from './consolidated-sheet';
import { PERCENT_AXIS, SERIES_PALETTE } from '../sheet/chart-spec';
import { targetColumns } from './target-columns';
import { heightOf } from '../template/text-fit';

/**
 * "Xu hướng": each bloc target's achievement (percent of applicable units meeting it) for every
 * year from the plan's first year to the latest year in the batch, as a table and a line chart
 * over it. A year without accepted reports is left blank, not 0.
 */

const BOX: CellStyle = { border: true, vAlign: 'middle', wrap: true, size: 11 };
const CENTER: CellStyle = { ...BOX, hAlign: 'center' };
const HEAD: CellStyle = { ...CENTER, bold: true, fill: COLORS.header };
const W = { tt: 6, label: 50, goal: 11, year: 9 };

const T = {
  sheet: { vi: 'Xu hướng', en: 'Trend' },
  // The second annex of the office's report, after the consolidated table.
  title: { vi: 'PHỤ LỤC 2', en: 'ANNEX 2' },
  subject: (plan: Plan, from: number, to: number, lang: Lang): string => {
    const name = (plan.documentName ?? plan.shortTitle)[lang];
    return lang === 'vi'
      ? `xu hướng kết quả thực hiện ${name} qua các năm ${from}–${to}`
      : `trend of the results of ${name}, ${from}–${to}`;
  },
  subtitle: {
    vi: 'Tỷ lệ cấp ủy cơ sở đạt từng mục tiêu qua các năm (%), trên tổng số cấp ủy thuộc diện áp dụng của mỗi năm; cấp ủy chưa báo cáo tính là chưa đạt',
    en: 'Share of grassroots committees meeting each target by year (%), over all the committees it applied to that year; committees not reported count as not meeting it',
  },
  // The plan's numbering of the targets ("1.1", "3.2"), as a Party table's first column.
  tt: { vi: 'TT', en: 'No.' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  goal: { vi: 'Chỉ tiêu (%)', en: 'Target (%)' },
  reports: { vi: 'Số báo cáo đã nhận', en: 'Reports received' },
  chart: { vi: 'Tỷ lệ đạt theo năm (%)', en: 'Share met by year (%)' },
  blank: {
    vi: 'Ô để trống: năm đó chưa có báo cáo nào được nhận, hoặc không có đơn vị thuộc diện áp dụng.',
    en: 'A blank cell: no report was received for that year, or no unit was applicable.',
  },
};

export function trendSheet(c: Consolidation, plan: Plan, settings: Settings, lang: Lang): SheetSpec {
  const targets = targetColumns(plan, settings);
  const years = c.trendYears;
  const firstYearCol = 4;
  const lastCol = firstYearCol + years.length - 1;
  const widths = [W.tt, W.label, W.goal, ...years.map(() => W.year)];
  const full = widths.reduce((s, x) => s + x, 0);
  const b = new SheetBuilder();
  // An annex of the office's report, like the consolidated table; names valid on its date.
  const from = years[0] ?? c.year;
  const to = years[years.length - 1] ?? c.year;
  const titleEnd = placeAnnexHead(b, {
    org: orgNamesOn(settings.org, c.asOf),
    lang,
    widths,
    left: [1, 2],
    right: [3, lastCol],
    kind: T.title[lang],
    subject: T.subject(plan, from, to, lang),
  });
  b.merge(
    titleEnd,
    1,
    titleEnd,
    lastCol,
    { text: T.subtitle[lang] },
    { hAlign: 'center', italic: true, wrap: true },
  );
  b.height(titleEnd, heightOf(T.subtitle[lang], full, 12));

  const headRow = titleEnd + 2;
  b.put(headRow, 1, { text: T.tt[lang] }, HEAD);
  b.put(headRow, 2, { text: T.target[lang] }, HEAD);
  b.put(headRow, 3, { text: T.goal[lang] }, HEAD);
  years.forEach((y, i) => b.put(headRow, firstYearCol + i, { text: String(y) }, HEAD));
  b.height(headRow, lineHeight(2, 11));
  let row = headRow + 1;
  const trend = new Map(c.trend.map((t) => [t.itemId, t]));
  const fmt = numberFormats(lang);
  for (const t of targets) {
    const label = t.item.label[lang];
    b.put(row, 1, { text: t.code }, CENTER);
    b.put(row, 2, { text: label }, BOX);
    b.put(row, 3, { number: t.minPercent }, { ...CENTER, numFmt: fmt.general });
    const points = new Map((trend.get(t.itemId)?.points ?? []).map((p) => [p.year, p]));
    years.forEach((y, i) => {
      const p = points.get(y);
      const style: CellStyle = {
        ...CENTER,
        numFmt: fmt.decimal1,
        ...(p?.met === true
          ? { color: COLORS.green.font }
          : p?.met === false
            ? { color: COLORS.red.font }
            : {}),
      };
      b.put(row, firstYearCol + i, p && p.percent !== null ? { number: p.percent } : null, style);
    });
    b.height(row, heightOf(label, W.label, 11));
    row++;
  }
  b.merge(row, 1, row, 3, { text: T.reports[lang] }, { ...BOX, bold: true, fill: COLORS.section });
  years.forEach((y, i) => {
    const reports = c.trend[0]?.points.find((p) => p.year === y)?.reports ?? 0;
    b.put(row, firstYearCol + i, { number: reports }, { ...CENTER, bold: true, numFmt: fmt.integer });
  });
  row += 1;
  b.merge(row, 1, row, lastCol, { text: T.blank[lang] }, { italic: true, wrap: true, size: 11 });
  b.height(row, heightOf(T.blank[lang], full, 11));
  row += 2;
  const chartFrom = row;
  // The chart (spec.charts) covers these rows; they hold no cells of their own.
  const chartTo = row + 18;

  return b.build({
    name: T.sheet[lang],
    font: { ...SUMMARY_FONT },
    columns: widths.map((width) => ({ width })),
    names: {},
    freeze: { rows: headRow, columns: 2 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      repeatRows: `${headRow}:${headRow}`,
      area: `A1:${a1(chartTo, lastCol)}`,
      margins: { top: 0.6, bottom: 0.6, left: 0.6, right: 0.5 },
      centerHorizontally: true,
    },
    tabColor: '7F6000',
    charts: [
      {
        title: T.chart[lang],
        type: 'line',
        categories: `${a1(headRow, firstYearCol)}:${a1(headRow, lastCol)}`,
        series: targets.map((t, i) => ({
          name: t.code,
          values: `${a1(headRow + 1 + i, firstYearCol)}:${a1(headRow + 1 + i, lastCol)}`,
          color: SERIES_PALETTE[i % SERIES_PALETTE.length],
        })),
        valueAxis: PERCENT_AXIS,
        anchor: { from: a1(chartFrom, 1), to: a1(chartTo, lastCol) },
      },
    ],
  });
}
