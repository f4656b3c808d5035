import { aUnit } from '../../../test/builders';
import {
  PLAN,
  REPORTS,
  YEAR,
  batchConsolidation,
  batchInput,
  expectedCells,
  expectedTotals,
} from '../../../test/consolidation/batch-fixture';
import { evaluate } from '../../../test/consolidation/eval-formula';
import { consolidate } from '../consolidate/consolidate';
import type { Unit } from '../settings/settings-types';
import type { SheetSpec, SpecValue } from '../sheet/sheet-spec';
import { buildConsolidated, consolidatedSheet, legendLine } from './consolidated-sheet';
import { targetColumns } from './target-columns';
import type { TargetColumn } from './target-columns';

const { c, settings } = batchConsolidation();
/** The batch consolidated with some units of the list changed. */
const consolidatedOf = (changes: Record<string, Partial<Unit>>) => {
  const s2 = { ...settings, units: settings.units.map((u) => ({ ...u, ...changes[u.code] })) };
  return { c: consolidate({ ...batchInput(), settings: s2 }), settings: s2 };
};
const { spec, layout } = buildConsolidated(c, PLAN, settings, 'vi');

const valueAt = (s: SheetSpec, address: string): SpecValue | undefined =>
  s.cells.find((x) => x.address === address)?.value;
const textAt = (s: SheetSpec, address: string): string | undefined => {
  const v = valueAt(s, address);
  return v && 'text' in v ? v.text : undefined;
};
const colLetter = (n: number): string => String.fromCharCode(64 + n);
// The table header's first row: under the Party header and the annex title block.
const head = layout.firstDataRow - 3;
const WORDS = { met: 'Đạt', 'not-met': 'Chưa đạt', blank: 'Chưa nhập', 'n/a': '—' } as const;

describe('consolidatedSheet', () => {
  it('is an A4 landscape annex in Times New Roman, one page wide, titles repeated, panes frozen, filtered', () => {
    expect(spec.name).toBe(`Tổng hợp ${YEAR}`);
    expect(spec.font.name).toBe('Times New Roman');
    expect(spec.print).toMatchObject({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      repeatRows: `${head}:${head + 2}`,
    });
    expect(spec.freeze).toEqual({ rows: head + 2, columns: 2 });
    expect(spec.autoFilter).toBe(`A${head + 2}:${colLetter(layout.noteColumn)}${layout.lastDataRow}`);
  });

  it('36-HD/VPTW: an annex with the office header (no number, no date), "PHỤ LỤC 1", its title in bold capitals, the rule, the caption', () => {
    // The consolidation is dated 20/01/2026: the names valid then (DOMAIN.md, assumed defaults).
    expect(c.asOf).toBe('2026-01-20');
    const lines: [string, string, object][] = [
      ['A1', 'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH', {}],
      ['A2', 'BAN TUYÊN GIÁO VÀ DÂN VẬN', { bold: true }],
      ['A3', '*', {}],
      ['A5', 'PHỤ LỤC 1', { bold: true }],
      [
        'A6',
        'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN ĐỀ ÁN SỐ 04-ĐA/TU NĂM 2025 CỦA CÁC CẤP ỦY CƠ SỞ',
        { bold: true },
      ],
      [
        'A8',
        '(Kèm theo Báo cáo số    -BC/BTGDV, ngày ... của Ban Tuyên giáo và Dân vận Đảng ủy Ủy ban nhân dân tỉnh)',
        { italic: true },
      ],
    ];
    for (const [address, text, style] of lines) {
      expect(textAt(spec, address)).toBe(text);
      expect(spec.cells.find((x) => x.address === address)?.style).toMatchObject(style);
    }
    const texts = spec.cells.map((x) => (x.value && 'text' in x.value ? x.value.text : ''));
    expect(texts).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(texts.filter((t) => /^Số .*-BC/.test(t) || t.startsWith('Nghệ An, ngày'))).toEqual([]);
  });

  it('names the bloc and its Propaganda Board on an annex dated before 13/02/2025', () => {
    const early = consolidatedSheet({ ...c, asOf: '2025-01-20' }, PLAN, settings, 'vi');
    expect(textAt(early, 'A1')).toBe('ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH');
    expect(textAt(early, 'A2')).toBe('BAN TUYÊN GIÁO');
    expect(textAt(early, 'A8')).toBe(
      '(Kèm theo Báo cáo số    -BC/BTG, ngày ... của Ban Tuyên giáo Đảng ủy Khối)',
    );
  });

  it('has "TT" first, a short code per target and the unit criterion under it, "Ghi chú" last', () => {
    expect(textAt(spec, `A${head}`)).toBe('TT');
    expect(textAt(spec, `${colLetter(layout.noteColumn)}${head}`)).toBe('Ghi chú');
    expect(textAt(spec, `${colLetter(layout.columns.ii1_plan as number)}${head + 1}`)).toBe('1.1');
    expect(textAt(spec, `${colLetter(layout.columns.ii5_cadres as number)}${head + 2}`)).toBe('≥ 1');
    expect(Object.keys(layout.columns)).toHaveLength(PLAN.blocTargets.length);
  });

  // Values the plan does not state are marked "(giả định)" as on the summary; "at least 100%"
  // of a percentage is written "100%".
  it.each<[string, string, string, string]>([
    ['II.3 3.1: the unit criterion ≥ 98% is assumed', 'ii3_ontime', '≥ 98% (giả định)', '98%'],
    ['II.3 3.2: the share of 100% is assumed', 'ii3_satisfaction', '> 90%', '100% (giả định)'],
    ['II.3 3.3: đạt 100% is "100%", not "≥ 100%"', 'ii3_published', '100%', '100%'],
    ['II.1 1.1: the plan states both', 'ii1_plan', 'Có', '100%'],
  ])('%s', (_name, itemId, criterion, share) => {
    const col = colLetter(layout.columns[itemId] as number);
    expect(textAt(spec, `${col}${head + 2}`)).toBe(criterion);
    expect(textAt(spec, `${col}${layout.totals.target}`)).toBe(share);
    const t = targetColumns(PLAN).find((x) => x.itemId === itemId) as TargetColumn;
    expect(legendLine(t, 'vi')).toContain(
      `Tiêu chí của đơn vị: ${criterion}; chỉ tiêu của Đề án: ${share.replace('%', '% cấp ủy cơ sở')}`,
    );
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

  it('shows units not reported as grey "Chưa báo cáo" cells where the target applies, "—" elsewhere, with the days overdue', () => {
    for (const code of ['U02', 'U06']) {
      const row = layout.unitRows[code] as number;
      const cell = spec.cells.find((x) => x.address === `C${row}`);
      expect(cell?.value).toEqual({ text: 'Chưa báo cáo' });
      expect(cell?.style).toMatchObject({ fill: 'D9D9D9' });
      expect(textAt(spec, `${colLetter(layout.noteColumn)}${row}`)).toBe(
        'Quá hạn 36 ngày (hạn giả định 15/12/2025)',
      );
    }
    // A unit that does not handle procedures and has not reported is not counted for II.3.
    const c2 = consolidatedOf({ U02: { resolvesTthc: false, publishesTthc: false, isDepartment: false } });
    const { spec: s2, layout: l2 } = buildConsolidated(c2.c, PLAN, c2.settings, 'vi');
    const at = (itemId: string) => textAt(s2, `${colLetter(l2.columns[itemId] as number)}${l2.unitRows.U02}`);
    expect([at('ii1_plan'), at('ii3_ontime')]).toEqual(['Chưa báo cáo', '—']);
  });

  it('II 100% cấp ủy cơ sở: totals are live formulas over every applicable unit whose cached results equal a recomputation', () => {
    const expected = expectedTotals();
    for (const t of PLAN.blocTargets) {
      const col = colLetter(layout.columns[t.itemId] as number);
      const { meeting, applicable, missing } = expected[t.itemId] as {
        meeting: number;
        applicable: number;
        missing: number;
      };
      const rate = applicable === 0 ? '' : meeting / applicable;
      const verdict =
        applicable === 0
          ? '—'
          : (100 * meeting) / applicable >= t.minPercent && missing === 0
            ? 'Đạt'
            : 'Chưa đạt';
      const cells = [
        [layout.totals.meeting, meeting],
        [layout.totals.applicable, applicable],
        [layout.totals.missing, missing],
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
      expect(textAt(spec, `${col}${layout.totals.target}`)).toMatch(new RegExp(`^${t.minPercent}%`));
    }
  });

  it('II.3 ít nhất 98%: the live assessment is never "Đạt" while a unit has not reported, even above the share', () => {
    // 49 of 50 is 98%: met only if nobody is missing.
    const ii3 = PLAN.blocTargets.find((t) => t.itemId === 'ii3_ontime');
    expect(ii3?.minPercent).toBe(98);
    const col = colLetter(layout.columns.ii3_ontime as number);
    const v = valueAt(spec, `${col}${layout.totals.assessment}`);
    expect(v && 'formula' in v ? v.formula : '').toContain(`IF(${col}${layout.totals.missing}>0,"Chưa đạt"`);
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
      '1.1: Đã xây dựng chương trình, kế hoạch thực hiện Đề án 04. Tiêu chí của đơn vị: Có; chỉ tiêu của Đề án: 100% cấp ủy cơ sở (mục II.1).',
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

describe('consolidatedSheet Ghi chú: whose report a row comes from', () => {
  // U05 (Giao thông vận tải) merged into U04 (Xây dựng) after 2024: its 2025 report counts for U04.
  it.each<[string, string, boolean]>([
    ['the successor of a merged unit', 'U04', true],
    ['a unit reporting for itself', 'U01', false],
  ])('%s', (_name, code, merged) => {
    const note = textAt(spec, `${colLetter(layout.noteColumn)}${layout.unitRows[code]}`) ?? '';
    expect(note.includes('Số liệu từ báo cáo của Đảng bộ Sở Giao thông vận tải (đã sáp nhập)')).toBe(merged);
  });
});
