import { PLAN, YEAR, batchConsolidation } from '../../../test/consolidation/batch-fixture';
import { textCellsOf } from '../../../test/builders';
import { consolidationSheets, isConsolidationSheet } from './consolidation-sheets';

describe('consolidationSheets', () => {
  const { c, settings } = batchConsolidation();

  it.each([
    ['vi', [`Tổng hợp ${YEAR}`, `Tóm tắt ${YEAR}`, 'Xu hướng', 'Nguồn', 'Đôn đốc báo cáo']],
    ['en', [`Consolidated ${YEAR}`, `Summary ${YEAR}`, 'Trend', 'Sources', 'Reminders']],
  ] as const)('gives the five sheets in order (%s)', (lang, names) => {
    const sheets = consolidationSheets(c, PLAN, settings, lang);
    expect(sheets.map((s) => s.name)).toEqual(names);
    // Excel's limit on sheet names.
    for (const s of sheets) expect(s.name.length).toBeLessThanOrEqual(31);
  });

  it('prints every sheet on A4 in Times New Roman, one page wide: the summary (a BÁO CÁO) and the reminder list portrait, the others landscape', () => {
    for (const s of consolidationSheets(c, PLAN, settings, 'vi')) {
      expect(s.font.name).toBe('Times New Roman');
      const orientation =
        s.name.startsWith('Tóm tắt') || s.name === 'Đôn đốc báo cáo' ? 'portrait' : 'landscape';
      expect({ name: s.name, ...s.print }).toMatchObject({
        name: s.name,
        paper: 'A4',
        orientation,
        fitToWidth: 1,
      });
    }
  });

  it('writes unit text as text cells only: the only formulas are the totals', () => {
    for (const s of consolidationSheets(c, PLAN, settings, 'vi')) {
      const formulas = s.cells.flatMap((x) => (x.value && 'formula' in x.value ? [x.value.formula] : []));
      for (const f of formulas) expect(f).toMatch(/^(COUNTIF|IF)\(/);
    }
  });

  it('stamps every sheet as the program output in a hidden column, so a later batch skips it', () => {
    for (const s of consolidationSheets(c, PLAN, settings, 'vi')) {
      expect(s.columns[s.columns.length - 1]).toEqual({ width: 2, hidden: true });
      expect(isConsolidationSheet(textCellsOf(s))).toBe(true);
    }
  });

  it.each<[string, string, boolean]>([
    ['a consolidation stamp', 'baocao;kind=consolidation;plan=de-an-04;version=1;year=2025', true],
    ['a report stamp', 'baocao;kind=report;plan=de-an-04;version=2;unit=DV001;year=2025', false],
    ['plain text', 'Tổng hợp 2025', false],
  ])('tells its own output by %s', (_name, text, expected) => {
    expect(isConsolidationSheet({ name: 'x', rows: [[{ v: text }]], names: {} })).toBe(expected);
  });
});
