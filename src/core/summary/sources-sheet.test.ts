import { BROKEN_FILE, PLAN, REPORTS, batchConsolidation } from '../../../test/consolidation/batch-fixture';
import { cellsOf, formatImportedAt, sourcesSheet } from './sources-sheet';

const { c, settings } = batchConsolidation();
const spec = sourcesSheet(c, PLAN, settings, 'vi');
const texts = spec.cells.flatMap((x) => (x.value && 'text' in x.value ? [x.value.text] : []));
const rowOf = (text: string): number => {
  const cell = spec.cells.find((x) => x.value && 'text' in x.value && x.value.text === text);
  return Number(cell?.address.replace(/^[A-Z]+/, ''));
};
const at = (address: string) => spec.cells.find((x) => x.address === address)?.value;

describe('sourcesSheet', () => {
  it('lists every source with its verdict, imported time and reason', () => {
    for (const r of [...REPORTS.map((x) => x.file), BROKEN_FILE]) expect(texts).toContain(r);
    expect(texts).toEqual(
      expect.arrayContaining(['Trùng lặp', 'Mẫu cũ', 'Bị từ chối', 'Đơn vị không có trong danh sách']),
    );
    const row = rowOf('so-noi-vu-2025-ban-nhap.xlsx');
    expect(String((at(`B${row + 1}`) as { text: string }).text)).toMatch(/^Lý do: Trùng lặp: /);
    expect(texts).toContain('20/01/2026 08:30');
  });

  it('traces each consolidated value to its file, sheet and cell', () => {
    const first = c.accepted[0];
    if (!first) throw new Error('no accepted report');
    const file = c.sources[first.sourceIndex]?.file ?? '';
    // Part II: the last row holding the file name is the trace row.
    const rows = spec.cells
      .filter((x) => x.value && 'text' in x.value && x.value.text === file)
      .map((x) => x.address);
    const traceRow = Number(rows[rows.length - 1]?.replace(/^[A-Z]+/, ''));
    expect(at(`C${traceRow}`)).toEqual({ text: first.report.source.sheet });
    expect(at(`D${traceRow}`)).toEqual({ text: first.unit.name });
    expect(at(`E${traceRow}`)).toEqual({ text: first.report.entries.ii1_plan?.cell });
    const ratioCol = String.fromCharCode(69 + PLAN.blocTargets.findIndex((t) => t.itemId === 'ii3_ontime'));
    const e = first.report.entries.ii3_ontime;
    expect(at(`${ratioCol}${traceRow}`)).toEqual({ text: `${e?.cell} / ${e?.denCell}` });
    expect(
      texts.some((t) =>
        t.includes(`mục 1.1 của “${first.unit.name}” lấy từ ô ${first.report.entries.ii1_plan?.cell}`),
      ),
    ).toBe(true);
  });

  it('formats the import time and the cells of a ratio', () => {
    expect(formatImportedAt('2026-01-20T08:30:00+07:00', 'vi')).toBe('20/01/2026 08:30');
    expect(formatImportedAt('2026-01-20', 'vi')).toBe('20/01/2026');
    expect(formatImportedAt('hôm nay', 'vi')).toBe('hôm nay');
    const a = c.accepted[0];
    if (a) expect(cellsOf(a, 'không-có')).toBe('');
  });

  it('is named "Nguồn" ("Sources" in English)', () => {
    expect(spec.name).toBe('Nguồn');
    expect(sourcesSheet(c, PLAN, settings, 'en').name).toBe('Sources');
  });
});
