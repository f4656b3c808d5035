import type { ChartSpec } from '../core/sheet/chart-spec';
import { parseRect, rectCols, rectRows } from './a1-address';
import type { Queue } from './apply-sheets';

/**
 * Draws a sheet spec's chart (core/sheet/chart-spec.ts) with Office.js: the same type, title,
 * ranges and place as the chart part the file writer adds (src/xlsx/write-charts.ts), so a
 * consolidation written into the open workbook and one written to a file show the same charts
 * (test/excel/chart-parity.test.ts). Queued with the sheet's other writes (no sync of its own).
 */

/** Excel.ChartType for each spec type: clustered columns; lines with a marker at each point. */
export const CHART_TYPES = { column: 'ColumnClustered', line: 'LineMarkers' } as const;

export async function addChart(sheet: Excel.Worksheet, c: ChartSpec, q: Queue): Promise<void> {
  const first = c.series[0];
  const shape = first ? parseRect(first.values) : null;
  if (!first || !shape) return;
  const axis = c.valueAxis;
  await q(
    first.values,
    c,
    () => {
      // The chart is made from the first series' range, read as one series (a column range by
      // columns, a row range by rows); the other series are added with their own ranges.
      const seriesBy = rectRows(shape) >= rectCols(shape) ? 'Columns' : 'Rows';
      const chart = sheet.charts.add(CHART_TYPES[c.type], sheet.getRange(first.values), seriesBy);
      chart.title.text = c.title;
      chart.setPosition(c.anchor.from, c.anchor.to);
      if (axis) {
        chart.axes.valueAxis.minimum = axis.min;
        chart.axes.valueAxis.maximum = axis.max;
      }
      c.series.forEach((s, i) => {
        const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
        series.name = s.name;
        const color = s.color;
        if (color && c.type === 'line') series.format.line.color = `#${color}`;
        else if (color) series.format.fill.setSolidColor(`#${color}`);
        if (i > 0) series.setValues(sheet.getRange(s.values));
        series.setXAxisValues(sheet.getRange(c.categories));
      });
    },
    3 + (axis ? 2 : 0) + c.series.length * 4,
  );
}
