import {
  aParsedEntry,
  anEntry,
  aReport,
  aUnit,
  metEntries,
  settingsAsOf,
  type EntryOptions,
  type Typed,
} from '../../../test/builders';
import { deAn04 } from '../../plans/de-an-04/plan';
import { testPlan } from '../../../test/plans/test-plan';
import type { ReportItem } from '../plan/plan-types';
import type { ItemEntry, ParsedValue } from '../report/report-types';
import type { Settings, Unit } from '../settings/settings-types';
import { convertUnicodeToTcvn3 } from '../text';
import { validateReport } from './validate-report';

const settings = settingsAsOf('2026-01-15');

/** Checks a report holding only `entry` and returns what concerns its item. */
function checkOne(entry: ItemEntry, opts: { unit?: Unit; s?: Settings; reportDate?: string } = {}) {
  const report = aReport({ entries: [entry], ...(opts.reportDate ? { reportDate: opts.reportDate } : {}) });
  const check = validateReport(report, deAn04, opts.s ?? settings, 'unit' in opts ? opts.unit : aUnit());
  return {
    verdict: check.verdicts[entry.itemId],
    measure: check.measures[entry.itemId],
    findings: check.findings.filter((f) => f.itemId === entry.itemId),
    codes: check.findings.filter((f) => f.itemId === entry.itemId).map((f) => `${f.code}:${f.severity}`),
  };
}

const one = (itemId: string, typed: Typed, options?: EntryOptions) =>
  checkOne(anEntry(itemId, typed, options));

describe('validateReport: a report meeting every target', () => {
  it('has no findings and every item with a target is met', () => {
    const check = validateReport(aReport({ entries: metEntries() }), deAn04, settings, aUnit());
    expect(check.findings).toEqual([]);
    for (const item of deAn04.items) expect(check.verdicts[item.id]).toBe(item.target ? 'met' : 'no-target');
  });
});

describe('validateReport: every target at its boundary', () => {
  it.each<[string, string, Typed, Typed | undefined, 'met' | 'not-met', number | undefined]>([
    ['satisfaction exactly 90 is not above 90', 'ii3_satisfaction', '90', undefined, 'not-met', 90],
    ['satisfaction 90,1', 'ii3_satisfaction', '90,1', undefined, 'met', 90.1],
    ['satisfaction 90.1%', 'ii3_satisfaction', '90.1%', undefined, 'met', 90.1],
    ['satisfaction 0.901 in a % cell', 'ii3_satisfaction', { v: 0.901, fmt: '0.0%' }, undefined, 'met', 90.1],
    ['satisfaction 0.9 in a % cell', 'ii3_satisfaction', { v: 0.9, fmt: '0%' }, undefined, 'not-met', 90],
    ['on time 98/100', 'ii3_ontime', 98, 100, 'met', 98],
    ['on time 49/50 (98%)', 'ii3_ontime', 49, 50, 'met', 98],
    ['on time 979/1000 (97,9%)', 'ii3_ontime', 979, 1000, 'not-met', 97.9],
    ['published 100%', 'ii3_published', 250, 250, 'met', 100],
    ['published 99%', 'ii3_published', 99, 100, 'not-met', 99],
    ['II.5 leader 1', 'ii5_leader', 1, undefined, 'met', 1],
    ['II.5 leader 0', 'ii5_leader', 0, undefined, 'not-met', 0],
    ['II.5 "phân công 1 đồng chí lãnh đạo" is a floor: leaders 2', 'ii5_leader', 2, undefined, 'met', 2],
    ['II.5 cadres 1', 'ii5_cadres', 1, undefined, 'met', 1],
    ['II.5 cadres 2', 'ii5_cadres', '02', undefined, 'met', 2],
    ['II.5 cadres 0', 'ii5_cadres', 0, undefined, 'not-met', 0],
    ['II.5 "1-2 cán bộ" is not a ceiling: cadres 3', 'ii5_cadres', 3, undefined, 'met', 3],
    ['II.5 "1-2 cán bộ" is not a ceiling: cadres 5', 'ii5_cadres', 5, undefined, 'met', 5],
    ['models 1', 'ii4_model_dvk', 1, undefined, 'met', 1],
    ['models 0', 'ii4_model_dvk', 0, undefined, 'not-met', 0],
    ['bright spots (state bodies) 1', 'ii4_bright_dvcq', '01 điểm sáng', undefined, 'met', 1],
    ['bright spots (state bodies) 0', 'ii4_bright_dvcq', 0, undefined, 'not-met', 0],
    ['bright spots (democracy) 3', 'ii4_bright_qcdc', 3, undefined, 'met', 3],
    ['bright spots (democracy) 0', 'ii4_bright_qcdc', '0', undefined, 'not-met', 0],
    ['training 1', 'ii5_training', 1, undefined, 'met', 1],
    ['training 0', 'ii5_training', 0, undefined, 'not-met', 0],
    ['plan "Có"', 'ii1_plan', 'Có', undefined, 'met', undefined],
    ['plan "Không"', 'ii1_plan', 'Không', undefined, 'not-met', undefined],
    ['dissemination "x"', 'ii1_dissemination', 'x', undefined, 'met', undefined],
    ['directives TRUE', 'ii2_directives', true, undefined, 'met', undefined],
    ['directives "KHÔNG"', 'ii2_directives', 'KHÔNG', undefined, 'not-met', undefined],
    ['study "có"', 'ii2_study_article', 'có', undefined, 'met', undefined],
    ['regulation "Chưa"', 'ii5_regulation', 'Chưa', undefined, 'not-met', undefined],
    ['review 1', 'ii6_review', 1, undefined, 'met', undefined],
  ])('%s', (_name, itemId, typed, den, verdict, measure) => {
    const r = one(itemId, typed, { ...(den !== undefined ? { den } : {}), date: '30/06/2025' });
    expect(r.verdict).toBe(verdict);
    expect(r.measure).toBe(measure);
    if (verdict === 'met') expect(r.codes).toEqual([]);
    else expect(r.codes).toContain('TARGET.NOT_MET:warning');
  });

  it('words the value and the target: "88,5%, chưa đạt chỉ tiêu (trên 90%)"', () => {
    const [f] = one('ii3_satisfaction', '88,5%').findings;
    expect(f).toMatchObject({
      code: 'TARGET.NOT_MET',
      severity: 'warning',
      itemId: 'ii3_satisfaction',
      unitCode: 'DV900',
      cell: 'E15',
      sheet: 'Báo cáo 2025',
      file: 'dv002-2025.xlsx',
      value: '88,5%',
      target: 'trên 90%',
    });
    expect(f?.message.vi).toContain('88,5%, chưa đạt chỉ tiêu (trên 90%)');
    expect(f?.message.vi).toContain('ô E15');
    expect(f?.message.en).toContain('88.5%, does not meet the target (above 90%)');
  });

  it.each([
    ['ii3_ontime', 97, 100, 'từ 98% trở lên', '97/100 (97%)'],
    ['ii3_published', 99, 100, 'đạt 100%', '99/100 (99%)'],
    ['ii5_leader', 0, undefined, 'từ 1 người trở lên', '0 người'],
    ['ii5_cadres', 0, undefined, 'từ 1 người trở lên', '0 người'],
    ['ii4_model_dvk', 0, undefined, 'từ 1 mô hình trở lên', '0 mô hình'],
    ['ii1_plan', 'Không', undefined, 'Có', 'Không'],
  ])('%s words its target as %s', (itemId, typed, den, target, value) => {
    const f = one(itemId, typed, den !== undefined ? { den } : {}).findings.find(
      (x) => x.code === 'TARGET.NOT_MET',
    );
    expect(f?.target).toBe(target);
    expect(f?.value).toBe(value);
    expect(f?.message.vi).toContain(`${value}, chưa đạt chỉ tiêu (${target})`);
  });
});

describe('validateReport: value forms through parseValue', () => {
  it.each<[string, string, Typed, string[], string]>([
    ['percent with a decimal comma', 'ii3_satisfaction', '95,5', [], 'met'],
    ['percent as a fraction in a % cell', 'ii3_satisfaction', { v: 0.955, fmt: '0.0%' }, [], 'met'],
    ['percent above 100', 'ii3_satisfaction', '120', ['VALUE.RANGE:error'], 'invalid'],
    ['negative percent', 'ii3_satisfaction', -5, ['VALUE.RANGE:error'], 'invalid'],
    [
      '0.98 in a plain cell is 0,98% (not guessed)',
      'ii3_satisfaction',
      0.98,
      ['TARGET.NOT_MET:warning'],
      'not-met',
    ],
    ['words instead of a number', 'ii3_satisfaction', 'khoảng 90', ['VALUE.KIND:error'], 'invalid'],
    [
      'an Excel error value',
      'ii3_satisfaction',
      { v: null, error: '#DIV/0!' },
      ['VALUE.KIND:error'],
      'invalid',
    ],
    [
      'a formula without a cached value',
      'ii5_leader',
      { v: null, formula: 'B2+B3' },
      ['VALUE.KIND:error'],
      'invalid',
    ],
    ['a count with a fraction', 'ii4_model_dvk', '1,5', ['VALUE.KIND:error'], 'invalid'],
    ['a negative count', 'ii5_training', '-1', ['VALUE.RANGE:error'], 'invalid'],
    ['a count with its unit word', 'ii4_bright_dvcq', '02 điểm sáng', [], 'met'],
    ['a yes/no item answered in words', 'ii2_directives', 'Đã làm xong', ['VALUE.KIND:error'], 'invalid'],
    ['a TCVN3 "Có"', 'ii2_directives', convertUnicodeToTcvn3('Có'), [], 'met'],
    [
      '"Không áp dụng" on a required item',
      'ii2_directives',
      'Không áp dụng',
      ['VALUE.NA_ON_REQUIRED:warning'],
      'not-entered',
    ],
    ['"KAD" on an optional item', 'iii4_conference', 'KAD', [], 'not-applicable'],
    ['a blank required item', 'ii2_directives', '  ', ['VALUE.REQUIRED:warning'], 'not-entered'],
    ['a blank optional item', 'iii4_conference', null, [], 'not-entered'],
    ['an optional item without a target', 'ii6_commended_collectives', 3, [], 'no-target'],
  ])('%s', (_name, itemId, typed, codes, verdict) => {
    const r = one(itemId, typed);
    expect(r.codes).toEqual(codes);
    expect(r.verdict).toBe(verdict);
  });

  it('flags legacy-encoded text the parser could not read', () => {
    const r = checkOne(
      aParsedEntry('ii2_directives', { kind: 'invalid', raw: 'Cã', reason: 'legacy-encoding' }),
    );
    expect(r.codes).toEqual(['VALUE.KIND:error']);
    expect(r.findings[0]?.message.vi).toContain('TCVN3/VNI');
  });

  it.each([
    ['a fractional count', 'ii4_model_dvk', 1.5, 'phải là số nguyên'],
    ['a negative number', 'ii5_leader', -2, 'không được là số âm'],
  ])('range-checks %s even when the parser lets it through', (_name, itemId, n, words) => {
    const r = checkOne(aParsedEntry(itemId, { kind: 'number', n }));
    expect(r.codes).toEqual(['VALUE.RANGE:error']);
    expect(r.findings[0]?.message.vi).toContain(words);
  });

  it('rejects a value of the wrong kind', () => {
    const r = checkOne(aParsedEntry('ii5_leader', { kind: 'yes' }));
    expect(r.codes).toEqual(['VALUE.KIND:error']);
    expect(r.verdict).toBe('invalid');
  });
});

describe('validateReport: ranks (a plan with a rank item)', () => {
  const rankItem: ReportItem = {
    id: 'x_rank',
    section: 'A',
    label: { vi: 'Thứ hạng', en: 'Rank' },
    measure: { vi: 'hạng', en: 'rank' },
    kind: 'rank',
    applicability: 'all',
    target: { op: '<=', value: 15 },
    frequency: 'yearly',
    clause: 'A',
    required: true,
  };
  const plan = { ...testPlan, items: [rankItem], milestones: [], blocTargets: [] };

  it.each<[string, ParsedValue, string[], string]>([
    ['rank 15', { kind: 'number', n: 15 }, [], 'met'],
    ['rank 16', { kind: 'number', n: 16 }, ['TARGET.NOT_MET:warning'], 'not-met'],
    ['rank 0', { kind: 'number', n: 0 }, ['VALUE.RANGE:error'], 'invalid'],
    ['rank 2.5', { kind: 'number', n: 2.5 }, ['VALUE.RANGE:error'], 'invalid'],
  ])('%s', (_name, value, codes, verdict) => {
    const check = validateReport(
      aReport({ entries: [aParsedEntry('x_rank', value)] }),
      plan,
      settings,
      aUnit(),
    );
    expect(check.findings.filter((f) => f.itemId).map((f) => `${f.code}:${f.severity}`)).toEqual(codes);
    expect(check.verdicts.x_rank).toBe(verdict);
  });

  it('words a rank target', () => {
    const check = validateReport(
      aReport({ entries: [aParsedEntry('x_rank', { kind: 'number', n: 16 })] }),
      plan,
      settings,
    );
    expect(check.findings[0]?.target).toBe('không quá hạng 15');
  });
});

describe('validateReport: ratios', () => {
  it.each<[string, Typed, Typed, string[], string]>([
    ['a part above its whole is invalid, not met', 120, 100, ['CONSISTENCY.RATIO:error'], 'invalid'],
    [
      'II.3 1,300 on time of 1,200 dossiers is invalid',
      '1.300',
      '1.200',
      ['CONSISTENCY.RATIO:error'],
      'invalid',
    ],
    ['a part equal to its whole', 1200, 1200, [], 'met'],
    ['whole 0 with a part', 5, 0, ['CONSISTENCY.RATIO:error'], 'invalid'],
    ['both 0', 0, 0, ['CONSISTENCY.RATIO:error'], 'invalid'],
    ['whole missing', 98, '', ['VALUE.PART_MISSING:warning'], 'not-entered'],
    ['part missing', '', 100, ['VALUE.PART_MISSING:warning'], 'not-entered'],
    ['both missing', '', '', ['VALUE.REQUIRED:warning'], 'not-entered'],
    ['a decimal part', '98,5', 100, ['VALUE.KIND:error'], 'invalid'],
    ['thousands separators', '1.234', '1.300', ['TARGET.NOT_MET:warning'], 'not-met'],
  ])('%s', (_name, num, den, codes, verdict) => {
    const r = one('ii3_ontime', num, { den });
    expect(r.codes).toEqual(codes);
    expect(r.verdict).toBe(verdict);
  });

  it("points a zero whole at the whole's cell", () => {
    const [f] = one('ii3_ontime', 5, { den: 0 }).findings;
    expect(f?.cell).toBe('F14');
    expect(f?.value).toBe('5/0');
  });
});

describe('validateReport: completion dates', () => {
  it.each<[string, string, Typed, Typed | undefined, string[]]>([
    ['"Có" with its date', 'ii2_study_article', 'Có', '15/10/2025', []],
    ['"Có" without a date', 'ii2_study_article', 'Có', undefined, ['CONSISTENCY.DATE_MISSING:warning']],
    [
      '"Không" with a date',
      'ii2_study_article',
      'Không',
      '15/10/2025',
      ['CONSISTENCY.DATE_WITHOUT_YES:info', 'TARGET.NOT_MET:warning'],
    ],
    ['a count above 0 without a date', 'ii4_model_dvk', 2, undefined, ['CONSISTENCY.DATE_MISSING:warning']],
    [
      'a count of 0 with a date',
      'ii4_model_dvk',
      0,
      '2025-05-01',
      ['CONSISTENCY.DATE_WITHOUT_YES:info', 'TARGET.NOT_MET:warning'],
    ],
    ['a date before the plan period', 'ii1_plan', 'Có', '20/12/2020', ['VALUE.RANGE:error']],
    [
      'Đề án 04 (01/10/2021): a date the day before it',
      'ii1_plan',
      'Có',
      '30/09/2021',
      ['VALUE.RANGE:error'],
    ],
    [
      'Đề án 04 (01/10/2021): a date in 2021 before it',
      'ii5_regulation',
      'Có',
      '15/03/2021',
      ['VALUE.RANGE:error'],
    ],
    ['Đề án 04 (01/10/2021): its own date', 'ii1_plan', 'Có', '01/10/2021', []],
    ['II.4 cumulative: the first model built in 2022', 'ii4_model_dvk', 2, '15/06/2022', []],
    ['II.4 cumulative: a model built the year before', 'ii4_model_dvk', 1, '20/11/2024', []],
    [
      'II.4 cumulative: a model dated before the scheme',
      'ii4_model_dvk',
      1,
      '15/06/2021',
      ['VALUE.RANGE:error'],
    ],
    ['a date after the reporting year', 'ii2_study_article', 'Có', '05/01/2026', ['VALUE.RANGE:error']],
    ['a date after the report date', 'ii2_study_article', 'Có', '12/12/2025', ['VALUE.RANGE:error']],
    ['a yearly item dated the year before', 'ii2_study_article', 'Có', '15/10/2024', ['VALUE.RANGE:error']],
    ['a one-off item done in an earlier year', 'ii1_plan', 'Có', '20/01/2022', []],
    ['an impossible date', 'ii1_plan', 'Có', '31/02/2025', ['VALUE.KIND:error']],
    ['a date serial in a date cell', 'ii1_plan', 'Có', { v: 45945, fmt: 'dd/mm/yyyy' }, []],
    ['no date needed', 'ii2_directives', 'Có', undefined, []],
  ])('%s', (_name, itemId, typed, date, codes) => {
    const r = one(itemId, typed, date !== undefined ? { date } : {});
    expect(r.codes).toEqual(codes);
  });

  it('says which date is wrong and where', () => {
    const [f] = one('ii2_study_article', 'Có', { date: '12/12/2025' }).findings;
    expect(f?.cell).toBe('G13');
    expect(f?.message.vi).toContain('ngày sau ngày báo cáo 10/12/2025');
  });
});

describe('validateReport: applicability', () => {
  const noTthc = aUnit({ resolvesTthc: false, publishesTthc: false, isDepartment: false });

  it.each<[string, Typed, string[]]>([
    ['a value is ignored with an info', '95', ['TARGET.NOT_APPLICABLE_ENTERED:info']],
    ['a blank is fine', null, []],
    ['"Không áp dụng" is fine', 'Không áp dụng', []],
  ])('item not applying to the unit: %s', (_name, typed, codes) => {
    const r = checkOne(anEntry('ii3_satisfaction', typed), { unit: noTthc });
    expect(r.codes).toEqual(codes);
    expect(r.verdict).toBe('not-applicable');
    expect(r.measure).toBeUndefined();
  });

  // Three different properties of a unit, each read by the items the plan addresses to it.
  it.each<[string, string, Partial<Unit>, 'met' | 'not-applicable']>([
    ['II.3 on time binds units resolving TTHC', 'ii3_ontime', { resolvesTthc: true }, 'met'],
    ['II.3 on time: not a unit publishing only', 'ii3_ontime', { publishesTthc: true }, 'not-applicable'],
    ['II.3 satisfaction binds units resolving TTHC', 'ii3_satisfaction', { resolvesTthc: true }, 'met'],
    ['II.3 satisfaction: not a department', 'ii3_satisfaction', { isDepartment: true }, 'not-applicable'],
    ['II.3 publication binds units publishing TTHC', 'ii3_published', { publishesTthc: true }, 'met'],
    [
      'II.3 publication: not a unit resolving only',
      'ii3_published',
      { resolvesTthc: true },
      'not-applicable',
    ],
    ['III.2 steering board binds sở, ban, ngành', 'iii2_steering_board', { isDepartment: true }, 'met'],
    [
      'III.2 steering board: not a TTHC unit',
      'iii2_steering_board',
      { resolvesTthc: true },
      'not-applicable',
    ],
    ['III.4 code of conduct binds sở, ban, ngành', 'iii4_code_of_conduct', { isDepartment: true }, 'met'],
    [
      'III.4 code of conduct: not a TTHC unit',
      'iii4_code_of_conduct',
      { publishesTthc: true },
      'not-applicable',
    ],
    ['II.2 binds every unit', 'ii2_directives', {}, 'met'],
  ])('%s', (_name, itemId, flag, verdict) => {
    const unit = aUnit({ resolvesTthc: false, publishesTthc: false, isDepartment: false, ...flag });
    const entries = metEntries().filter((e) => e.itemId === itemId);
    const check = validateReport(aReport({ entries }), deAn04, settings, unit);
    // Items without a target are 'no-target' when they apply.
    const expected =
      verdict === 'met' && !deAn04.items.find((i) => i.id === itemId)?.target ? 'no-target' : verdict;
    expect(check.verdicts[itemId]).toBe(expected);
  });

  it('without a unit, TTHC items apply only when some were filled in', () => {
    const none = validateReport(aReport({ entries: [anEntry('ii2_directives', 'Có')] }), deAn04, settings);
    expect(none.verdicts.ii3_satisfaction).toBe('not-applicable');
    const some = validateReport(aReport({ entries: [anEntry('ii3_satisfaction', '95')] }), deAn04, settings);
    expect(some.verdicts.ii3_satisfaction).toBe('met');
    expect(some.verdicts.ii3_ontime).toBe('not-entered');
    expect(some.findings.map((f) => f.itemId)).toContain('ii3_ontime');
  });
});

describe("validateReport: the plan's sum rule (models by field)", () => {
  const run = (total: number, byField: number[]) =>
    validateReport(
      aReport({
        entries: [
          anEntry('ii4_model_dvk', total, { date: '30/06/2025' }),
          ...byField.map((n, i) =>
            anEntry(
              ['iii5_models_admin', 'iii5_models_citizens', 'iii5_models_economy', 'iii5_models_security'][
                i
              ] ?? '',
              n,
            ),
          ),
        ],
      }),
      deAn04,
      settings,
      aUnit(),
    ).findings.filter((f) => f.code === 'CONSISTENCY.SUM_EXCEEDS');

  it.each([
    [2, [1, 2], 1],
    [3, [1, 2], 0],
    [3, [], 0],
    [0, [0, 0, 0, 1], 1],
  ])('total %d, by field %j: %d finding(s)', (total, byField, n) => {
    expect(run(total, byField)).toHaveLength(n);
  });

  it('names the sum and the total', () => {
    const [f] = run(2, [1, 2]);
    expect(f).toMatchObject({ severity: 'warning', itemId: 'ii4_model_dvk', value: '3', target: '≤ 2' });
    expect(f?.message.vi).toContain('Tổng số mô hình “Dân vận khéo” theo lĩnh vực (3) lớn hơn');
  });
});

describe('validateReport: the report date', () => {
  it.each<[string, string | undefined, string, string[]]>([
    ['missing', undefined, '2026-01-15', ['REPORT.DATE_MISSING:warning']],
    ['after the as-of date', '2025-12-10', '2025-12-01', ['REPORT.DATE_FUTURE:warning']],
    ['on the as-of date', '2025-12-10', '2025-12-10', []],
    ['before Đề án 04 (01/10/2021)', '2021-09-30', '2026-01-15', ['REPORT.DATE_RANGE:error']],
    ['on the day of Đề án 04', '2021-10-01', '2026-01-15', []],
  ])('%s', (_name, reportDate, asOf, codes) => {
    const report = aReport({ entries: metEntries() });
    if (reportDate === undefined) delete report.reportDate;
    else report.reportDate = reportDate;
    const check = validateReport(report, deAn04, settingsAsOf(asOf), aUnit());
    expect(
      check.findings.filter((f) => f.code.startsWith('REPORT.')).map((f) => `${f.code}:${f.severity}`),
    ).toEqual(codes);
  });
});

describe('validateReport: thresholds come from settings', () => {
  it.each<[string, Record<string, number>, string, Typed, string]>([
    ['a lower satisfaction threshold', { ii3_satisfaction: 85 }, 'ii3_satisfaction', '88,5', 'met'],
    ['a higher on-time threshold', { ii3_ontime: 99 }, 'ii3_ontime', 98, 'not-met'],
    ['a higher cadre minimum', { ii5_cadres: 2 }, 'ii5_cadres', 1, 'not-met'],
    ['a yes rule ignores a number', { ii1_plan: 5 }, 'ii1_plan', 'Có', 'met'],
  ])('%s', (_name, thresholdOverrides, itemId, typed, verdict) => {
    const s = settingsAsOf('2026-01-15', { thresholdOverrides });
    const entry = anEntry(itemId, typed, itemId === 'ii3_ontime' ? { den: 100 } : { date: '30/06/2025' });
    expect(checkOne(entry, { s }).verdict).toBe(verdict);
  });
});
