import { PLAN, batchConsolidation, expectedTotals } from '../../../test/consolidation/batch-fixture';
import { trendSheet } from './trend-sheet';

const { c, settings } = batchConsolidation();
const spec = trendSheet(c, PLAN, settings, 'vi');
const at = (address: string) => spec.cells.find((x) => x.address === address)?.value;

describe('trendSheet', () => {
  it('has a column per year from the plan first year to the latest year of the batch', () => {
    expect(['D8', 'E8', 'F8', 'G8', 'H8'].map(at)).toEqual(
      ['2021', '2022', '2023', '2024', '2025'].map((text) => ({ text })),
    );
    expect(at('I8')).toBeUndefined();
  });

  it.each(PLAN.blocTargets.map((t, i) => [t.itemId, i] as const))(
    '%s: the percent of each year equals a recomputation; years without reports are blank',
    (itemId, i) => {
      const row = 9 + i;
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
    const row = 9 + PLAN.blocTargets.length;
    expect(['D', 'E', 'F', 'G', 'H'].map((col) => at(`${col}${row}`))).toEqual(
      [0, 0, 0, 1, 5].map((number) => ({ number })),
    );
    const chart = spec.charts?.[0];
    expect(chart).toMatchObject({ type: 'line', categories: 'D8:H8' });
    expect(chart?.series).toHaveLength(PLAN.blocTargets.length);
    expect(chart?.series[0]).toEqual({ name: '1.1', values: 'D9:H9' });
  });

  it('is named "Xu hướng" ("Trend" in English) and prints on A4 landscape', () => {
    expect(spec.name).toBe('Xu hướng');
    expect(trendSheet(c, PLAN, settings, 'en').name).toBe('Trend');
    expect(spec.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: 1 });
  });
});
