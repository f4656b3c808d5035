import { PLAN, YEAR, batchConsolidation } from '../../../test/consolidation/batch-fixture';
import { consolidationSheets } from './consolidation-sheets';

describe('consolidationSheets', () => {
  const { c, settings } = batchConsolidation();

  it.each([
    ['vi', [`Tổng hợp ${YEAR}`, `Tóm tắt ${YEAR}`, 'Xu hướng', 'Nguồn']],
    ['en', [`Consolidated ${YEAR}`, `Summary ${YEAR}`, 'Trend', 'Sources']],
  ] as const)('gives the four sheets in order (%s)', (lang, names) => {
    const sheets = consolidationSheets(c, PLAN, settings, lang);
    expect(sheets.map((s) => s.name)).toEqual(names);
    // Excel's limit on sheet names.
    for (const s of sheets) expect(s.name.length).toBeLessThanOrEqual(31);
  });

  it('prints every sheet on A4 landscape in Times New Roman, one page wide', () => {
    for (const s of consolidationSheets(c, PLAN, settings, 'vi')) {
      expect(s.font.name).toBe('Times New Roman');
      expect(s.print).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: 1 });
    }
  });

  it('writes unit text as text cells only: the only formulas are the totals', () => {
    for (const s of consolidationSheets(c, PLAN, settings, 'vi')) {
      const formulas = s.cells.flatMap((x) => (x.value && 'formula' in x.value ? [x.value.formula] : []));
      for (const f of formulas) expect(f).toMatch(/^(COUNTIF|IF)\(/);
    }
  });
});
