import {
  EXPECTED_NOT_REPORTED,
  PLAN,
  REPORTS,
  YEAR,
  batchConsolidation,
  batchInput,
  expectedTotals,
} from '../../../test/consolidation/batch-fixture';
import { aBlocInput, anEntry } from '../../../test/builders';
import { consolidate } from '../consolidate/consolidate';
import { milestoneStatuses } from '../milestones/milestone-status';
import type { SheetSpec } from '../sheet/sheet-spec';
import type { IsoDate } from '../types';
import { keptWhole, pageModel } from '../sheet/print-pages';
import type { TargetAggregate } from '../consolidate/aggregate-types';
import {
  committeesSince,
  milestoneSentences,
  reportingSentences,
  summarySheet,
  targetSentence,
  targetSentences,
} from './summary-sheet';
import { reminders } from './reminder-list';
import { targetColumns } from './target-columns';
import type { TargetColumn } from './target-columns';

const { c, settings } = batchConsolidation();
const spec = summarySheet(c, PLAN, settings, 'vi');
const texts = (s: SheetSpec): string[] =>
  s.cells.flatMap((x) => (x.value && 'text' in x.value ? [x.value.text.trim()] : []));

/** "97,2" -> 97.2 */
const viNumber = (s: string): number => Number(s.replace(/\./g, '').replace(',', '.'));

describe('summarySheet: the sentences carry the numbers', () => {
  const expected = expectedTotals();
  const sentences = targetSentences(c, PLAN, settings, 'vi');

  it('has one sentence per bloc target, in the plan order', () => {
    expect(sentences.map((s) => s.itemId)).toEqual(PLAN.blocTargets.map((t) => t.itemId));
  });

  it.each(
    PLAN.blocTargets.map(
      (t) => [`${t.clause} ${t.minPercent}% cấp ủy cơ sở: ${t.itemId}`, t.itemId, t.minPercent] as const,
    ),
  )(
    '%s: "m/n cấp ủy cơ sở (p%) ...; chỉ tiêu x%: đạt|chưa đạt, k cấp ủy chưa báo cáo" matches a recomputation over all units',
    (_name, itemId, minPercent) => {
      const s = sentences.find((x) => x.itemId === itemId)?.text ?? '';
      const m =
        /^\d\.\d\. (\d+)\/(\d+) cấp ủy cơ sở(?: thuộc diện áp dụng)? \(([\d.,]+)%\) [^“”"]+(?:“Dân vận(?: khéo)?”[^“”"]*)?; chỉ tiêu ([\d.,]+)%(?: \(giả định\))?: (đạt|chưa đạt)(?:, (\d+) cấp ủy chưa báo cáo)?\.$/.exec(
          s,
        );
      if (!m) throw new Error(`Unexpected sentence: ${s}`);
      const want = expected[itemId] as { meeting: number; applicable: number; missing: number };
      const pct = (100 * want.meeting) / want.applicable;
      expect(Number(m[1])).toBe(want.meeting);
      expect(Number(m[2])).toBe(want.applicable);
      expect(viNumber(m[3] as string)).toBeCloseTo(pct, 1);
      expect(viNumber(m[4] as string)).toBe(minPercent);
      // Never "đạt" while an applicable unit has not reported.
      expect(m[5]).toBe(pct >= minPercent && want.missing === 0 ? 'đạt' : 'chưa đạt');
      expect(Number(m[6] ?? 0)).toBe(want.missing);
      // The sentence is printed on the sheet as it is.
      expect(texts(spec)).toContain(s);
    },
  );

  it('II.1, II.3: one verb phrase per item, the criterion in brackets, no quoted labels', () => {
    expect(sentences[0]?.text).toBe(
      '1.1. 4/7 cấp ủy cơ sở (57,1%) đã xây dựng chương trình, kế hoạch thực hiện Đề án 04; chỉ tiêu 100%: chưa đạt, 2 cấp ủy chưa báo cáo.',
    );
    expect(sentences.find((s) => s.itemId === 'ii3_satisfaction')?.text).toBe(
      '3.2. 2/5 cấp ủy cơ sở thuộc diện áp dụng (40%) đạt mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính (trên 90%); chỉ tiêu 100% (giả định): chưa đạt, 2 cấp ủy chưa báo cáo.',
    );
  });

  // Issue 13 §1: with 1 of 68 units reporting, every target read "1/1 ... đạt".
  it.each<[string, number, number, string]>([
    [
      'II.1 100% cấp ủy cơ sở: 1 of 68 reported',
      68,
      1,
      '1.1. 1/68 cấp ủy cơ sở (1,5%) đã xây dựng chương trình, kế hoạch thực hiện Đề án 04; chỉ tiêu 100%: chưa đạt, 67 cấp ủy chưa báo cáo.',
    ],
    [
      'II.1 100% cấp ủy cơ sở: 65 of 68 reported',
      68,
      65,
      '1.1. 65/68 cấp ủy cơ sở (95,6%) đã xây dựng chương trình, kế hoạch thực hiện Đề án 04; chỉ tiêu 100%: chưa đạt, 3 cấp ủy chưa báo cáo.',
    ],
    [
      'II.1 100% cấp ủy cơ sở: all 68 reported',
      68,
      68,
      '1.1. 68/68 cấp ủy cơ sở (100%) đã xây dựng chương trình, kế hoạch thực hiện Đề án 04; chỉ tiêu 100%: đạt.',
    ],
  ])('%s', (_name, units, reported, sentence) => {
    const t = targetColumns(PLAN).find((x) => x.itemId === 'ii1_plan') as TargetColumn;
    const a: TargetAggregate = {
      itemId: 'ii1_plan',
      meeting: reported,
      applicable: units,
      reported,
      missing: units - reported,
      percent: (100 * reported) / units,
      minPercent: 100,
      met: reported === units,
      notMet: [],
      notEntered: [],
      notReported: [],
    };
    expect(targetSentence(t, a, units, 'vi')).toBe(sentence);
  });

  // The plan sets satisfaction "trên 90%" (II.3) but names no share of units: 100% is assumed.
  it.each([
    ['II.3 satisfaction: the share of units is assumed', 'ii3_satisfaction', 'chỉ tiêu 100% (giả định)'],
    ['II.3 on time: the unit criterion 98% is assumed', 'ii3_ontime', '(từ 98% trở lên, giả định)'],
    ['II.1 plan: the plan states 100%', 'ii1_plan', 'chỉ tiêu 100%:'],
  ])('marks what the plan does not state: %s', (_name, itemId, words) => {
    expect(sentences.find((s) => s.itemId === itemId)?.text).toContain(words);
  });

  it('no printed sentence carries a raw code, nested quotes, "Có 0 ..." or processing words', () => {
    const all = texts(spec).join('\n');
    expect(all).not.toMatch(/[A-Z]+\.[A-Z_]+/);
    expect(all).not.toMatch(/“[^”]*“/);
    expect(all).not.toMatch(/Có 0 |\b0 (lỗi|cảnh báo|báo cáo|tệp)\b/);
    expect(all).not.toMatch(/Đã nhập|dùng cho xu hướng/);
    // No English on the Vietnamese sheet.
    expect(all).not.toMatch(/\b(the|of|committees?|targets?|met|reports?|units?|overdue|due)\b/i);
  });

  it('names the units that missed each target', () => {
    const cadres = sentences.find((s) => s.itemId === 'ii5_cadres');
    expect(cadres?.missed).toBe('Chưa đạt (1): Đảng bộ Sở Xây dựng. Chưa báo cáo (2): danh sách ở mục V.');
    const plan = sentences.find((s) => s.itemId === 'ii1_plan');
    expect(plan?.missed).toBe(
      'Chưa nhập (1): Đảng bộ Sở Nông nghiệp và Môi trường. Chưa báo cáo (2): danh sách ở mục V.',
    );
  });

  it('names a unit whose figure cannot be read as "to be corrected", not as having missed the target', () => {
    const input = batchInput();
    const source = input.sources.find(
      (x) => x.read.ok && x.read.value.stamp.year === YEAR && x.read.value.entries['ii5_cadres'],
    );
    if (!source?.read.ok) throw new Error('the batch has no 2025 report with II.5 cadres');
    const report = source.read.value;
    report.entries['ii5_cadres'] = anEntry('ii5_cadres', 'hai người');
    const invalid = consolidate(input);
    const unit = invalid.accepted.find((a) => a.report === report)?.unit;
    expect(unit && invalid.accepted.find((a) => a.unit === unit)?.check.verdicts['ii5_cadres']).toBe(
      'invalid',
    );
    const missed = targetSentences(invalid, PLAN, settings, 'vi').find(
      (x) => x.itemId === 'ii5_cadres',
    )?.missed;
    expect(missed).toContain(`Số liệu không hợp lệ, chưa tính là đạt (1): ${unit?.name}.`);
    expect(missed?.split('Số liệu không hợp lệ')[0]).not.toContain(unit?.name);
    // Still counted against the share: it has not shown that it meets the target.
    const a = invalid.aggregates.find((x) => x.itemId === 'ii5_cadres');
    expect(a?.notMet).toContain(unit?.code);
  });

  it('counts the files left out for the year consolidated only, as Nguồn does', () => {
    const input = batchInput();
    const source = input.sources.find((x) => x.read.ok && x.read.value.stamp.year === YEAR);
    if (!source?.read.ok) throw new Error('the batch has no 2025 report');
    // The same unit's 2024 report, sent twice: one of the two is a duplicate, of 2024.
    const lastYear = { ...source.read.value, stamp: { ...source.read.value.stamp, year: YEAR - 1 } };
    for (const file of ['a-2024.xlsx', 'b-2024.xlsx'])
      input.sources.push({ file, sheet: `Báo cáo ${YEAR - 1}`, read: { ok: true, value: lastYear } });
    const withOld = consolidate(input);
    expect(withOld.counts.duplicate).toBe(c.counts.duplicate + 1);
    expect(reportingSentences(withOld, 'vi')).toEqual(reportingSentences(c, 'vi'));
  });

  it('counts the reports to correct as the reminder list does (one rule, never two numbers)', () => {
    const toCorrect = reminders(c).filter((r) => r.kind === 'to-correct').length;
    expect(toCorrect).toBe(1);
    expect(reportingSentences(c, 'vi').join(' ')).toContain(`${toCorrect} báo cáo cần cấp ủy bổ sung, sửa`);
  });

  it('states how many committees reported, then what was not consolidated, without jargon', () => {
    const [first, ...rest] = reportingSentences(c, 'vi');
    const m =
      /^(\d+)\/(\d+) cấp ủy cơ sở \(([\d,]+)%\) đã gửi báo cáo năm 2025; (\d+) cấp ủy chưa báo cáo\.$/.exec(
        first ?? '',
      );
    const counted = REPORTS.filter(
      (r) => r.year === YEAR && ['accepted', 'accepted-with-findings', 'old-template'].includes(r.expected),
    ).length;
    const expectedUnits = settings.units.filter((u) => u.activeTo === undefined || u.activeTo >= YEAR).length;
    expect(m?.slice(1, 5)).toEqual([
      String(counted),
      String(expectedUnits),
      `${(Math.round((1000 * counted) / expectedUnits) / 10).toString().replace('.', ',')}`,
      String(EXPECTED_NOT_REPORTED.length),
    ]);
    expect(rest).toEqual([
      'Trong các báo cáo đã nhận có 1 báo cáo cần cấp ủy bổ sung, sửa, 1 báo cáo dùng mẫu cũ.',
      'Không tổng hợp 1 báo cáo trùng lặp, 1 báo cáo của đơn vị không có trong danh sách, 1 tệp không sử dụng được (chi tiết ở trang Nguồn).',
    ]);
  });

  it.each<[string, { dueAssumed?: true }, string]>([
    ['a deadline the plan states', {}, 'hạn 15/12/2025'],
    [
      'the assumed default deadline, never printed as the plan’s',
      { dueAssumed: true },
      'hạn giả định 15/12/2025',
    ],
  ])('V.3 báo cáo hằng năm: names the committees that reported after %s', (_name, assumed, deadline) => {
    const first = c.accepted[0] as (typeof c.accepted)[number];
    const late = {
      ...c,
      accepted: [
        { ...first, late: { due: '2025-12-15', reportDate: '2025-12-20', daysLate: 5, ...assumed } },
      ],
    };
    expect(reportingSentences(late, 'vi')).toContain(
      `1 cấp ủy gửi báo cáo sau ${deadline}: ${first.unit.name} (20/12/2025).`,
    );
  });

  it("V.3: a committee not reported whose report is on last year's template says so beside its name", () => {
    const note = {
      vi: 'báo cáo dùng mẫu năm 2024, lập ngày 10/12/2025: có thể đơn vị dùng nhầm mẫu',
      en: 'x',
    };
    const [u, ...others] = c.notReported;
    const withNote = {
      ...c,
      notReported: [
        { ...u!, wrongTemplate: { templateYear: 2024, reportDate: '2025-12-10', sourceIndex: 0, note } },
        ...others,
      ],
    };
    expect(texts(summarySheet(withNote, PLAN, settings, 'vi'))).toContain(`${u!.name} (${note.vi})`);
  });

  it('lists the units not reported in a table with due dates and days overdue', () => {
    expect(texts(spec)).toEqual(
      expect.arrayContaining(['V. ĐƠN VỊ CHƯA BÁO CÁO (2)', 'Chi bộ Sở Ngoại vụ', 'Đảng bộ Sở Tài chính']),
    );
    const row = spec.cells.find(
      (x) => x.value && 'text' in x.value && x.value.text === 'Chi bộ Sở Ngoại vụ',
    )?.address;
    const r = Number(row?.replace(/^[A-Z]+/, ''));
    expect(spec.cells.find((x) => x.address === `F${r}`)?.value).toEqual({ number: 2024 });
    expect(spec.cells.find((x) => x.address === `G${r}`)?.value).toEqual({ date: '2025-12-15' });
    expect(spec.cells.find((x) => x.address === `H${r}`)?.value).toEqual({ number: 36 });
  });

  it('has a column chart, achievement beside the bloc target, over a data table whose numbers are the aggregates', () => {
    const chart = spec.charts?.[0];
    expect(chart).toMatchObject({
      type: 'column',
      title: 'Tỷ lệ đạt theo mục tiêu năm 2025 (%)',
      valueAxis: { min: 0, max: 100 },
    });
    expect(chart?.series.map((s) => s.name)).toEqual(['Tỷ lệ đạt (%)', 'Chỉ tiêu (%)']);
    const [, from, to] = /^A(\d+):A(\d+)$/.exec(chart?.categories ?? '') ?? [];
    expect(Number(to) - Number(from) + 1).toBe(PLAN.blocTargets.length);
    expect(chart?.series.map((s) => s.values)).toEqual([`F${from}:F${to}`, `G${from}:G${to}`]);
    // A Party table's first column is "TT" (36-HD/VPTW), numbered as the plan's targets ("1.1").
    expect(spec.cells.find((x) => x.address === `A${Number(from) - 1}`)?.value).toEqual({ text: 'TT' });
    expect(spec.cells.find((x) => x.address === `A${from}`)?.value).toEqual({ text: '1.1' });
    PLAN.blocTargets.forEach((t, i) => {
      const want = expected[t.itemId] as { meeting: number; applicable: number };
      const r = Number(from) + i;
      expect(spec.cells.find((x) => x.address === `E${r}`)?.value).toEqual({
        text: `${want.meeting}/${want.applicable}`,
      });
      const pct = spec.cells.find((x) => x.address === `F${r}`)?.value;
      expect(pct && 'number' in pct ? pct.number : NaN).toBeCloseTo(
        (100 * want.meeting) / want.applicable,
        9,
      );
    });
  });

  it('lists the province indices and the milestones', () => {
    expect(texts(spec)).toEqual(
      expect.arrayContaining([
        'III. CÁC CHỈ SỐ CẤP TỈNH',
        'IV. CÁC MỐC THỜI GIAN',
        expect.stringMatching(/^– Chỉ số Cải cách hành chính \(PAR INDEX\)/),
      ]),
    );
    const ms = milestoneSentences(c, PLAN, settings, 'vi');
    // U08 answered "Không" on the yearly review: its review milestone of 2025 is overdue.
    expect(ms.unit).toContain(
      'Sơ kết, tổng kết, biểu dương khen thưởng trong năm (hạn giả định 31/12/2025): 1 cấp ủy quá hạn: Chi bộ Bảo tàng Nghệ An.',
    );
    // Done late is listed too, after the overdue ones.
    expect(ms.unit.some((x) => x.includes('cấp ủy hoàn thành muộn'))).toBe(true);
    const firstLate = ms.unit.findIndex((x) => x.includes('hoàn thành muộn'));
    expect(ms.unit.slice(firstLate).every((x) => x.includes('hoàn thành muộn'))).toBe(true);
    expect(ms.bloc.length).toBeGreaterThan(0);
  });

  it('prints on A4 portrait (a BÁO CÁO; only annexes are landscape) in Times New Roman with the Party header', () => {
    expect(spec.name).toBe(`Tóm tắt ${YEAR}`);
    expect(spec.print).toMatchObject({ orientation: 'portrait', paper: 'A4', fitToWidth: 1 });
    // About one portrait page wide at full size (90 characters), so 12-point text stays 12 points.
    expect(spec.columns.reduce((sum, c) => sum + c.width, 0)).toBeLessThanOrEqual(95);
    expect(spec.font.name).toBe('Times New Roman');
    expect(texts(spec)).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('36-HD/VPTW: the office header with number and date level, "BÁO CÁO", its subject, Nơi nhận, signature', () => {
    const at = (address: string) => {
      const v = spec.cells.find((x) => x.address === address)?.value;
      return v && 'text' in v ? v.text : undefined;
    };
    // Dated 20/01/2026: the names valid then (DOMAIN.md; assumed defaults).
    expect(['A1', 'A2', 'A3', 'A4'].map(at)).toEqual([
      'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH',
      'BAN TUYÊN GIÁO VÀ DÂN VẬN',
      '*',
      'Số      -BC/BTGDV',
    ]);
    expect(at('E4')).toBe('Nghệ An, ngày 20 tháng 01 năm 2026');
    expect(['A6', 'A7'].map(at)).toEqual(['BÁO CÁO', 'tóm tắt kết quả thực hiện Đề án số 04-ĐA/TU năm 2025']);
    expect(texts(spec)).toEqual(
      expect.arrayContaining([
        'Nơi nhận:',
        '- Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh (để báo cáo),',
        '- Lưu Ban Tuyên giáo và Dân vận.',
        'TRƯỞNG BAN',
      ]),
    );
  });

  it('has no placeholder where the chart sits: its rows hold no cells, the chart covers them', () => {
    expect(texts(spec).filter((t) => /Biểu đồ|Chart|data in/.test(t))).toEqual([]);
    const anchor = spec.charts?.[0]?.anchor;
    const [from, to] = [anchor?.from, anchor?.to].map((a) => Number(a?.replace(/^[A-Z]+/, '')));
    expect(to! - from!).toBeGreaterThanOrEqual(14);
    const rowOf = (address: string): number => Number(address.replace(/^[A-Z]+/, ''));
    expect(spec.cells.filter((x) => rowOf(x.address) >= from! && rowOf(x.address) <= to!)).toEqual([]);
  });

  it('speaks English with lang "en"', () => {
    const en = targetSentences(c, PLAN, settings, 'en');
    expect(en[0]?.text).toBe(
      '1.1. 4/7 grassroots committees (57.1%) have built a programme or plan to carry out Scheme 04; target 100%: not met, 2 committee(s) have not reported.',
    );
    expect(summarySheet(c, PLAN, settings, 'en').name).toBe(`Summary ${YEAR}`);
  });
});

describe('summary printing', () => {
  const rowOf = (text: string): number =>
    Number(
      spec.cells
        .find((c) => c.value !== null && 'text' in c.value && c.value.text.startsWith(text))
        ?.address.replace(/^[A-Z]+/, ''),
    );
  const [, , lastTarget] = /^A(\d+):A(\d+)$/.exec(spec.charts?.[0]?.categories ?? '') ?? [];

  it.each([
    // Print titles repeat one header on every page; this sheet has two tables, kept whole instead.
    ['table V, from its heading', 'V. ĐƠN VỊ CHƯA BÁO CÁO', () => rowOf('VI. ') - 2],
    ['table VI, from its heading', 'VI. ', () => Number(lastTarget)],
    ['the signature block', 'Nơi nhận:', () => rowOf('TRƯỞNG BAN') + 2],
  ])('%s is on one page', (_case, first, last) => {
    const model = pageModel(spec);
    const [from, to] = [rowOf(first), last()];
    expect(to).toBeGreaterThan(from);
    expect(keptWhole(model, spec.print.rowBreaks ?? [], from, to)).toBe(true);
  });
});

describe('milestoneSentences: plan IV, the yearly inspections (2-3 departments, ≥ 2) are judged on the count', () => {
  const blocInputs = {
    2022: aBlocInput(2022, [anEntry('bloc_departments_inspected', 1)]),
    2023: aBlocInput(2023, [anEntry('bloc_departments_inspected', 3)]),
    2024: aBlocInput(2024, [anEntry('bloc_departments_inspected', 2, { date: '20/11/2024' })]),
  };
  const bloc = milestoneSentences(
    { ...c, blocMilestones: milestoneStatuses(PLAN, settings, { kind: 'bloc', blocInputs }) },
    PLAN,
    settings,
    'vi',
  ).bloc.filter((s) => s.startsWith('Phối hợp kiểm tra'));
  const label = 'Phối hợp kiểm tra công tác dân vận từ 2-3 sở, ban, ngành cấp tỉnh';

  it.each<[string, number, string | undefined]>([
    ['1 inspected in 2022: not met', 2022, `${label} (năm 2022): chưa đạt (1/2).`],
    ['3 inspected in 2023, no date: met, not listed', 2023, undefined],
    ['2 inspected in 2024: met, not listed', 2024, undefined],
    ['no count for 2025: overdue', 2025, `${label} (năm 2025): quá hạn.`],
  ])('%s', (_name, year, line) => {
    expect(bloc.filter((s) => s.includes(`năm ${year}`) || s.includes(`/${year})`))).toEqual(
      line ? [line] : [],
    );
  });
});

describe('summarySheet wording: the names valid on its date (20/01/2026, after the bloc ended 13/02/2025)', () => {
  it('IV.2 names the committees that held the tasks since 2021, each with its days; no other line names the bloc', () => {
    const heading =
      '2. Của cấp ủy cấp trên (Ban Thường vụ Đảng ủy Khối đến 12/02/2025; Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh từ 13/02/2025) (quá hạn, chưa đạt, sắp đến hạn, hoàn thành muộn):';
    expect(texts(spec)).toContain(heading);
    expect(texts(spec).filter((t) => t !== heading && /Khối|KHỐI/.test(t))).toEqual([]);
  });

  it.each<[string, IsoDate, IsoDate, string]>([
    [
      'one committee over the whole span',
      '2025-03-01',
      '2026-01-20',
      'Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh',
    ],
    ['before the reorganisation only', '2021-01-01', '2024-12-31', 'Ban Thường vụ Đảng ủy Khối'],
  ])('committeesSince: %s', (_name, from, to, words) => {
    expect(committeesSince(settings.org, from, to, 'vi')).toBe(words);
  });
});
