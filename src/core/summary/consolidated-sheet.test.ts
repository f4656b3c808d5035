import { aUnit } from '../../../test/builders';
import {
  PLAN,
  REPORTS,
  YEAR,
  batchConsolidation,
  expectedCells,
  expectedTotals,
} from '../../../test/consolidation/batch-fixture';
import { evaluate } from '../../../test/consolidation/eval-formula';
import type { SheetSpec, SpecValue } from '../sheet/sheet-spec';
import { buildConsolidated, consolidatedSheet } from './consolidated-sheet';

const { c, settings } = batchConsolidation();
const { spec, layout } = buildConsolidated(c, PLAN, settings, 'vi');

const valueAt = (s: SheetSpec, address: string): SpecValue | undefined =>
  s.cells.find((x) => x.address === address)?.value;
const textAt = (s: SheetSpec, address: string): string | undefined => {
  const v = valueAt(s, address);
  return v && 'text' in v ? v.text : undefined;
};
const colLetter = (n: number): string => String.fromCharCode(64 + n);
const WORDS = { met: 'Đạt', 'not-met': 'Chưa đạt', blank: 'Chưa nhập', 'n/a': '—' } as const;

describe('consolidatedSheet', () => {
  it('is an A4 landscape annex in Times New Roman, one page wide, titles repeated, panes frozen, filtered', () => {
    expect(spec.name).toBe(`Tổng hợp ${YEAR}`);
    expect(spec.font.name).toBe('Times New Roman');
    expect(spec.print).toMatchObject({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      repeatRows: '8:10',
    });
    expect(spec.freeze).toEqual({ rows: 10, columns: 2 });
    expect(spec.autoFilter).toBe(`A10:${colLetter(layout.noteColumn)}${layout.lastDataRow}`);
  });

  it('carries the Party header, the bold capital title and the italic annex caption', () => {
    const texts = spec.cells.map((x) => (x.value && 'text' in x.value ? x.value.text : ''));
    expect(texts).toEqual(
      expect.arrayContaining([
        'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH',
        'BAN TUYÊN GIÁO',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'Nghệ An, ngày 20 tháng 01 năm 2026',
        'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN ĐỀ ÁN 04 NĂM 2025',
        '(Kèm theo Báo cáo số ...-BC/BTG, ngày ... của Ban Tuyên giáo Đảng ủy Khối)',
      ]),
    );
    const title = spec.cells.find((x) => textAt(spec, x.address)?.startsWith('BIỂU TỔNG HỢP'));
    expect(title?.style).toMatchObject({ bold: true });
    const caption = spec.cells.find((x) => textAt(spec, x.address)?.startsWith('(Kèm theo'));
    expect(caption?.style).toMatchObject({ italic: true });
  });

  it('has "TT" first, a short code per target and the unit criterion under it, "Ghi chú" last', () => {
    expect(textAt(spec, 'A8')).toBe('TT');
    expect(textAt(spec, `${colLetter(layout.noteColumn)}8`)).toBe('Ghi chú');
    expect(textAt(spec, `${colLetter(layout.columns.ii1_plan as number)}9`)).toBe('1.1');
    expect(textAt(spec, `${colLetter(layout.columns.ii3_ontime as number)}10`)).toBe('≥ 98%');
    expect(textAt(spec, `${colLetter(layout.columns.ii5_cadres as number)}10`)).toBe('1–2');
    expect(Object.keys(layout.columns)).toHaveLength(PLAN.blocTargets.length);
  });

  it('groups units by kind, in Vietnamese order, numbered within each group', () => {
    const names = c.units.map((u) => [layout.unitRows[u.code] as number, u.name] as const);
    for (const [row, name] of names) expect(textAt(spec, `B${row}`)).toBe(name);
    expect(textAt(spec, `A${layout.firstDataRow}`)).toBe('I. ĐẢNG BỘ CƠ SỞ');
    const firstCell = (layout.unitRows.U08 as number) - 1;
    expect(textAt(spec, `A${firstCell}`)).toBe('II. CHI BỘ CƠ SỞ');
    expect(valueAt(spec, `A${layout.unitRows.U08}`)).toEqual({ number: 1 });
  });

  it('shows each unit verdict as the test judges the values typed, highlighted', () => {
    for (const [code, verdicts] of expectedCells()) {
      for (const [itemId, judged] of Object.entries(verdicts)) {
        const address = `${colLetter(layout.columns[itemId] as number)}${layout.unitRows[code]}`;
        expect({ code, itemId, text: textAt(spec, address) }).toEqual({ code, itemId, text: WORDS[judged] });
      }
    }
    const red = spec.cells.find(
      (x) => x.address === `${colLetter(layout.columns.ii5_cadres as number)}${layout.unitRows.U04}`,
    );
    expect(red?.style).toMatchObject({ fill: 'FFC7CE' });
    expect(spec.conditionalFormats.map((f) => f.formula)).toEqual(
      expect.arrayContaining([expect.stringMatching(/="Đạt"$/), expect.stringMatching(/="Chưa đạt"$/)]),
    );
  });

  it('shows units not reported as a grey "Chưa báo cáo" row with the days overdue', () => {
    for (const code of ['U02', 'U06']) {
      const row = layout.unitRows[code] as number;
      const cell = spec.cells.find((x) => x.address === `C${row}`);
      expect(cell?.value).toEqual({ text: 'Chưa báo cáo' });
      expect(cell?.style).toMatchObject({ fill: 'D9D9D9' });
      expect(textAt(spec, `${colLetter(layout.noteColumn)}${row}`)).toBe('Quá hạn 36 ngày');
    }
  });

  it('totals are live formulas whose cached results equal a recomputation from the values typed', () => {
    const expected = expectedTotals();
    for (const t of PLAN.blocTargets) {
      const col = colLetter(layout.columns[t.itemId] as number);
      const { meeting, applicable } = expected[t.itemId] as { meeting: number; applicable: number };
      const rate = applicable === 0 ? '' : meeting / applicable;
      const verdict =
        applicable === 0 ? '—' : (100 * meeting) / applicable >= t.minPercent ? 'Đạt' : 'Chưa đạt';
      const cells = [
        [layout.totals.meeting, meeting],
        [layout.totals.applicable, applicable],
        [layout.totals.rate, rate],
        [layout.totals.assessment, verdict],
      ] as const;
      for (const [row, want] of cells) {
        const v = valueAt(spec, `${col}${row}`);
        if (!v || !('formula' in v)) throw new Error(`${col}${row} is not a formula`);
        // The cached result (what a reader that does not calculate sees) and the formula itself.
        expect({ at: `${col}${row}`, cached: v.result }).toEqual({ at: `${col}${row}`, cached: want });
        expect({ at: `${col}${row}`, live: evaluate(v.formula, spec) }).toEqual({
          at: `${col}${row}`,
          live: want,
        });
      }
      expect(valueAt(spec, `${col}${layout.totals.target}`)).toEqual({ number: t.minPercent / 100 });
    }
  });

  it('counts with COUNTIF over the whole column of units', () => {
    const col = colLetter(layout.columns.ii1_plan as number);
    const v = valueAt(spec, `${col}${layout.totals.meeting}`);
    expect(v).toMatchObject({
      formula: `COUNTIF(${col}${layout.firstDataRow}:${col}${layout.lastDataRow},"Đạt")`,
    });
  });

  it('explains every code in a legend below the table', () => {
    const texts = spec.cells.map((x) => textAt(spec, x.address) ?? '');
    expect(texts).toContain(
      '1.1: Đã xây dựng chương trình, kế hoạch thực hiện Đề án 04. Tiêu chí của đơn vị: Có; chỉ tiêu của Khối: 100% cấp ủy cơ sở (mục II.1).',
    );
    expect(texts.filter((t) => /^\d\.\d: /.test(t))).toHaveLength(PLAN.blocTargets.length);
  });

  it('writes unit names as text, never as formulas, even when they look like one', () => {
    const odd = aUnit({ code: 'U01', name: '=HYPERLINK("http://x")' });
    const settings2 = { ...settings, units: settings.units.map((u) => (u.code === 'U01' ? odd : u)) };
    const c2 = { ...c, units: c.units.map((u) => (u.code === 'U01' ? odd : u)) };
    const s = consolidatedSheet(c2, PLAN, settings2, 'vi');
    expect(s.cells.map((x) => x.value)).toContainEqual({ text: '=HYPERLINK("http://x")' });
    const formulas = s.cells.flatMap((x) => (x.value && 'formula' in x.value ? [x.value.formula] : []));
    expect(formulas.every((f) => /^(COUNTIF|IF)\(/.test(f))).toBe(true);
  });

  it('has English headings with lang "en"', () => {
    const en = consolidatedSheet(c, PLAN, settings, 'en');
    expect(en.name).toBe(`Consolidated ${YEAR}`);
    expect(en.cells.map((x) => x.value)).toEqual(
      expect.arrayContaining([
        { text: 'No.' },
        { text: 'Not reported' },
        { text: 'COMMUNIST PARTY OF VIET NAM' },
      ]),
    );
  });

  it('has a row for every active unit and no other', () => {
    expect(Object.keys(layout.unitRows).sort()).toEqual(c.units.map((u) => u.code).sort());
    expect(REPORTS.length).toBeGreaterThan(0);
  });
});
