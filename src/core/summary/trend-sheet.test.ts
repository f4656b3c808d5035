import { PLAN, batchConsolidation, expectedTotals } from '../../../test/consolidation/batch-fixture';
import { trendSheet } from './trend-sheet';

const { c, settings } = batchConsolidation();
const spec = trendSheet(c, PLAN, settings, 'vi');
const at = (address: string) => spec.cells.find((x) => x.address === address)?.value;
const textAt = (address: string): string | undefined => {
  const v = at(address);
  return v && 'text' in v ? v.text : undefined;
};
// The table starts under the header and the annex title block: the row of its year headings.
const head = Number(
  spec.cells.find((x) => /^D\d+$/.test(x.address) && textAt(x.address) === '2021')?.address.slice(1),
);

describe('trendSheet', () => {
  it('has a column per year from the plan first year to the latest year of the batch', () => {
    expect(['D', 'E', 'F', 'G', 'H'].map((col) => at(`${col}${head}`))).toEqual(
      ['2021', '2022', '2023', '2024', '2025'].map((text) => ({ text })),
    );
    expect(at(`I${head}`)).toBeUndefined();
    // A Party table's first column is "TT" (36-HD/VPTW), numbered as the plan's targets.
    expect([at(`A${head}`), at(`A${head + 1}`)]).toEqual([{ text: 'TT' }, { text: '1.1' }]);
  });

  it.each(PLAN.blocTargets.map((t, i) => [t.itemId, i] as const))(
    '%s: the percent of each year equals a recomputation; years without reports are blank',
    (itemId, i) => {
      const row = head + 1 + i;
      const y2024 = expectedTotals(2024)[itemId] as { meeting: number; applicable: number };
      const y2025 = expectedTotals(2025)[itemId] as { meeting: number; applicable: number };
      const pct = (t: { meeting: number; applicable: number }) =>
        t.applicable === 0 ? null : { number: (100 * t.meeting) / t.applicable };
      expect([at(`D${row}`), at(`E${row}`), at(`F${row}`)]).toEqual([null, null, null]);
      expect(at(`G${row}`)).toEqual(pct(y2024));
      expect(at(`H${row}`)).toEqual(pct(y2025));
    },
  );

  it('counts the reports of each year and draws a line per target over the table', () => {
    const row = head + 1 + PLAN.blocTargets.length;
    expect(['D', 'E', 'F', 'G', 'H'].map((col) => at(`${col}${row}`))).toEqual(
      [0, 0, 0, 1, 5].map((number) => ({ number })),
    );
    const chart = spec.charts?.[0];
    expect(chart).toMatchObject({
      type: 'line',
      title: 'Tỷ lệ đạt theo năm (%)',
      categories: `D${head}:H${head}`,
      valueAxis: { min: 0, max: 100 },
    });
    expect(chart?.series).toHaveLength(PLAN.blocTargets.length);
    expect(chart?.series[0]).toEqual({ name: '1.1', values: `D${head + 1}:H${head + 1}`, color: '1F77B4' });
    // Every target's line has its own colour (the viewers' palettes repeat after 6-10).
    const colours = (chart?.series ?? []).map((x) => x.color);
    expect(colours.every((x) => x !== undefined)).toBe(true);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('is the second annex of the office report (36-HD/VPTW): "PHỤ LỤC 2", its subject, the caption', () => {
    expect(textAt('A5')).toBe('PHỤ LỤC 2');
    expect(textAt('A6')).toBe('XU HƯỚNG KẾT QUẢ THỰC HIỆN ĐỀ ÁN SỐ 04-ĐA/TU QUA CÁC NĂM 2021–2025');
    // Dated after 13/02/2025: the office of that date's names (DOMAIN.md, assumed defaults).
    expect(c.asOf > '2025-02-13').toBe(true);
    expect(textAt('A8')).toBe(
      '(Kèm theo Báo cáo số    -BC/BTGDV, ngày ... của Ban Tuyên giáo và Dân vận Đảng ủy Ủy ban nhân dân tỉnh)',
    );
  });

  it('has no placeholder where the chart sits: no "Biểu đồ …" text, no English', () => {
    const texts = spec.cells.map((x) => textAt(x.address) ?? '');
    expect(texts.filter((t) => /Biểu đồ|Chart|data in/.test(t))).toEqual([]);
    const from = Number(spec.charts?.[0]?.anchor.from.replace(/^[A-Z]+/, ''));
    expect(spec.cells.filter((x) => Number(x.address.replace(/^[A-Z]+/, '')) >= from)).toEqual([]);
  });

  it('is named "Xu hướng" ("Trend" in English) and prints on A4 landscape', () => {
    expect(spec.name).toBe('Xu hướng');
    expect(trendSheet(c, PLAN, settings, 'en').name).toBe('Trend');
    expect(spec.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: 1 });
  });
});
