import { aBlocInput, anEntry, aReport, aUnit, settingsAsOf, type Typed } from '../../../test/builders';
import { testPlan } from '../../../test/plans/test-plan';
import { deAn04 } from '../../plans/de-an-04/plan';
import type { Plan } from '../plan/plan-types';
import type { UnitReport } from '../report/report-types';
import type { Settings, Unit } from '../settings/settings-types';
import { addDays } from '../text';
import {
  completionDate,
  milestoneStatusText,
  milestoneStatuses,
  statusOf,
  yearlyDue,
} from './milestone-status';
import type { MilestoneRow } from './milestone-types';

/** A report of `year` saying the October study was held (or not) on a date. */
const studyReport = (year: number, answer: Typed, date?: string, reportDate = `${year}-12-10`): UnitReport =>
  aReport({
    stamp: { year },
    reportDate,
    entries: [anEntry('ii2_study_article', answer, date !== undefined ? { date } : {})],
  });

function rowsOf(
  milestoneId: string,
  reportsByYear: Record<number, UnitReport | undefined>,
  s: Settings,
  unit: Unit = aUnit(),
  plan: Plan = deAn04,
): MilestoneRow[] {
  return milestoneStatuses(plan, s, { kind: 'unit', unit, reportsByYear }).filter(
    (r) => r.milestoneId === milestoneId,
  );
}

describe('statusOf: the day before, of and after the due date', () => {
  const due = '2025-10-31';
  it.each([
    ['done the day before', addDays(due, -1), '2025-11-15', 'done-on-time'],
    ['done on the day', due, '2025-11-15', 'done-on-time'],
    ['done the day after', addDays(due, 1), '2025-11-15', 'done-late'],
    ['not done, the day before', undefined, addDays(due, -1), 'due-soon'],
    ['not done, on the day', undefined, due, 'due-soon'],
    ['not done, the day after', undefined, addDays(due, 1), 'overdue'],
    ['not done, 30 days before', undefined, addDays(due, -30), 'due-soon'],
    ['not done, 31 days before', undefined, addDays(due, -31), 'not-yet-due'],
    ['done after the as-of date (not known yet)', '2025-10-20', '2025-10-10', 'due-soon'],
  ] as const)('%s', (_name, done, asOf, status) => {
    expect(statusOf(due, done, asOf, 30)).toBe(status);
  });
});

describe('milestoneStatuses: a unit milestone through its report, around the due date', () => {
  const due = '2025-10-31';
  it.each([
    ['done the day before', addDays(due, -1), 'done-on-time'],
    ['done on the day', due, 'done-on-time'],
    ['done the day after', addDays(due, 1), 'done-late'],
  ])('%s', (_name, doneOn, status) => {
    const rows = rowsOf(
      'unit_october_study',
      { 2025: studyReport(2025, 'Có', doneOn) },
      settingsAsOf('2025-12-31'),
    );
    expect(rows.find((r) => r.year === 2025)).toEqual({
      milestoneId: 'unit_october_study',
      who: 'unit',
      year: 2025,
      unitCode: 'DV900',
      due,
      done: doneOn,
      status,
    });
  });

  it.each([
    ['the day before', addDays(due, -1), 'due-soon'],
    ['the day of', due, 'due-soon'],
    ['the day after', addDays(due, 1), 'overdue'],
  ])('not reported, as of %s', (_name, asOf, status) => {
    const rows = rowsOf('unit_october_study', {}, settingsAsOf(asOf));
    expect(rows.find((r) => r.year === 2025)?.status).toBe(status);
  });
});

describe('milestoneStatuses: the October study, 2022-2026', () => {
  const reports = {
    2022: studyReport(2022, 'Có', '20/10/2022'),
    2023: studyReport(2023, 'Có', '05/11/2023'),
    2024: studyReport(2024, 'Có', undefined, '2024-12-10'), // no date: the report date stands in
    2025: studyReport(2025, 'Không'),
  };

  it('as of 27/11/2026: 2022-2025 from the reports, 2026 overdue without a report', () => {
    const rows = rowsOf('unit_october_study', reports, settingsAsOf('2026-11-27'));
    expect(rows.map((r) => [r.year, r.due, r.done, r.status])).toEqual([
      [2022, '2022-10-31', '2022-10-20', 'done-on-time'],
      [2023, '2023-10-31', '2023-11-05', 'done-late'],
      [2024, '2024-10-31', '2024-12-10', 'done-late'],
      [2025, '2025-10-31', undefined, 'overdue'],
      [2026, '2026-10-31', undefined, 'overdue'],
    ]);
  });

  it.each([
    ['2026-10-15', 'due-soon'],
    ['2026-10-01', 'due-soon'],
    ['2026-09-30', 'not-yet-due'],
  ])('as of %s, 2026 is %s', (asOf, status) => {
    const rows = rowsOf('unit_october_study', reports, settingsAsOf(asOf));
    expect(rows.map((r) => r.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(rows.at(-1)?.status).toBe(status);
  });

  it('a 2026 report done on 20/10/2026 is on time as of 15/10/2026 only once it is that date', () => {
    const withNext = { ...reports, 2026: studyReport(2026, 'Có', '20/10/2026', '2026-10-25') };
    expect(rowsOf('unit_october_study', withNext, settingsAsOf('2026-10-15')).at(-1)?.status).toBe(
      'due-soon',
    );
    expect(rowsOf('unit_october_study', withNext, settingsAsOf('2026-11-27')).at(-1)?.status).toBe(
      'done-on-time',
    );
  });

  it('ignores a date from an earlier year in a yearly milestone', () => {
    const rows = rowsOf(
      'unit_october_study',
      { 2025: studyReport(2025, 'Có', '15/10/2024') },
      settingsAsOf('2025-12-31'),
    );
    expect(rows.find((r) => r.year === 2025)).toMatchObject({ status: 'overdue' });
  });
});

describe('milestoneStatuses: one-off milestones', () => {
  it('take the earliest completion date of any year', () => {
    const reports = {
      2022: aReport({ stamp: { year: 2022 }, entries: [anEntry('ii1_plan', 'Có', { date: '20/01/2022' })] }),
      2023: aReport({ stamp: { year: 2023 }, entries: [anEntry('ii1_plan', 'Có', { date: '28/12/2021' })] }),
    };
    expect(rowsOf('unit_plan', reports, settingsAsOf('2024-01-01'))).toEqual([
      {
        milestoneId: 'unit_plan',
        who: 'unit',
        unitCode: 'DV900',
        due: '2022-01-31',
        done: '2021-12-28',
        status: 'done-on-time',
      },
    ]);
  });

  it('count a model only when the count meets the target', () => {
    const reports = {
      2022: aReport({ stamp: { year: 2022 }, entries: [anEntry('ii4_model_dvk', 0)] }),
      2023: aReport({
        stamp: { year: 2023 },
        entries: [anEntry('ii4_model_dvk', 2, { date: '01/03/2023' })],
      }),
    };
    expect(rowsOf('unit_first_model', reports, settingsAsOf('2024-01-01'))[0]).toMatchObject({
      done: '2023-03-01',
      status: 'done-late',
    });
  });

  it('are not applicable to a unit that did not exist yet', () => {
    const unit = aUnit({ activeFrom: 2023 });
    const rows = milestoneStatuses(deAn04, settingsAsOf('2025-12-31'), {
      kind: 'unit',
      unit,
      reportsByYear: {},
    });
    expect(rows.find((r) => r.milestoneId === 'unit_dissemination')?.status).toBe('not-applicable');
    expect(rows.filter((r) => r.milestoneId === 'unit_october_study').map((r) => r.year)).toEqual([
      2023, 2024, 2025,
    ]);
  });

  it('stop for a unit merged away', () => {
    const unit = aUnit({ activeTo: 2024, mergedInto: 'DV005' });
    const rows = milestoneStatuses(deAn04, settingsAsOf('2026-11-27'), {
      kind: 'unit',
      unit,
      reportsByYear: {},
    });
    expect(rows.filter((r) => r.milestoneId === 'unit_yearly_report').map((r) => r.year)).toEqual([
      2022, 2023, 2024,
    ]);
  });
});

describe('milestoneStatuses: deadlines from settings', () => {
  it.each<[string, Partial<Settings>, string, number | undefined, string]>([
    ['the report deadline setting', { reportDeadline: '12-01' }, 'unit_yearly_report', 2025, '2025-12-01'],
    [
      'a yearly override',
      { deadlineOverrides: { unit_october_study: '11-15' } },
      'unit_october_study',
      2025,
      '2025-11-15',
    ],
    [
      'a one-off override',
      { deadlineOverrides: { unit_plan: '2022-03-31' } },
      'unit_plan',
      undefined,
      '2022-03-31',
    ],
    [
      'an override beats the report deadline',
      { reportDeadline: '12-01', deadlineOverrides: { unit_yearly_report: '12-20' } },
      'unit_yearly_report',
      2025,
      '2025-12-20',
    ],
  ])('%s', (_name, overrides, milestoneId, year, due) => {
    const rows = rowsOf(milestoneId, {}, settingsAsOf('2025-12-31', overrides));
    expect(rows.find((r) => r.year === year)?.due).toBe(due);
  });

  it('the yearly report is done by the report date', () => {
    const reports = { 2025: aReport({ reportDate: '2025-12-16' }) };
    expect(rowsOf('unit_yearly_report', reports, settingsAsOf('2025-12-31')).at(-1)).toMatchObject({
      due: '2025-12-15',
      done: '2025-12-16',
      status: 'done-late',
    });
  });

  it('29/02 falls back to 28/02 in common years', () => {
    expect(yearlyDue(2025, 2, 29)).toBe('2025-02-28');
    expect(yearlyDue(2024, 2, 29)).toBe('2024-02-29');
  });
});

describe('milestoneStatuses: the bloc', () => {
  const s = settingsAsOf('2025-12-31');
  const blocInputs = {
    2022: aBlocInput(2022, [
      anEntry('bloc_departments_inspected', 3, { date: '30/11/2022' }),
      anEntry('bloc_evaluate_2022', '15/12/2022'),
    ]),
    2023: aBlocInput(2023, [anEntry('bloc_departments_inspected', 1, { date: '30/11/2023' })]),
    2025: aBlocInput(2025, [anEntry('bloc_final_2025', '20/12/2025')]),
  };
  const rows = milestoneStatuses(deAn04, s, { kind: 'bloc', blocInputs });
  const find = (id: string, year?: number) => rows.find((r) => r.milestoneId === id && r.year === year);

  it.each<[string, string, number | undefined, string]>([
    ['3 departments inspected meet "2-3"', 'bloc_inspect_departments', 2022, 'done-on-time'],
    ['1 department inspected is not done', 'bloc_inspect_departments', 2023, 'overdue'],
    ['no input for the year', 'bloc_inspect_departments', 2024, 'overdue'],
    ['a one-off date', 'bloc_evaluate_2022', undefined, 'done-on-time'],
    ['a one-off date in a later input', 'bloc_final_2025', undefined, 'done-on-time'],
    ['a one-off without a date', 'bloc_interim_2023', undefined, 'overdue'],
  ])('%s: %s %s is %s', (_name, id, year, status) => {
    expect(find(id, year)?.status).toBe(status);
  });

  it('has only bloc rows, without a unit code', () => {
    expect(rows.every((r) => r.who === 'bloc' && r.unitCode === undefined)).toBe(true);
  });
});

describe('milestoneStatuses: plan IV, inspections of 2-3 departments a year are judged on the count (≥ 2), not on a date', () => {
  const counts: [number, number | undefined, string | undefined][] = [
    [2021, 2, undefined],
    [2022, 1, undefined],
    [2023, 3, undefined],
    [2024, 1, '20/11/2024'],
    [2025, 2, undefined],
  ];
  const blocInputs = Object.fromEntries(
    counts.map(([y, n, date]) => [
      y,
      aBlocInput(y, n === undefined ? [] : [anEntry('bloc_departments_inspected', n, date ? { date } : {})]),
    ]),
  );
  const rows = milestoneStatuses(deAn04, settingsAsOf('2025-12-31'), { kind: 'bloc', blocInputs });
  const of = (year: number) =>
    rows.find((r) => r.milestoneId === 'bloc_inspect_departments' && r.year === year) as MilestoneRow;

  it.each<[string, number, string, string]>([
    ['1 of 2 without a date, past due: not met', 2022, 'overdue', 'Chưa đạt (1/2)'],
    ['3 of 2 without a date: met', 2023, 'done-on-time', 'Đạt (3/2)'],
    ['1 of 2 with a date: not met', 2024, 'overdue', 'Chưa đạt (1/2)'],
    ['2 of 2 without a date: met', 2025, 'done-on-time', 'Đạt (2/2)'],
  ])('%s (%s)', (_name, year, status, text) => {
    expect(of(year).status).toBe(status);
    expect(milestoneStatusText(of(year), 'vi')).toBe(text);
    expect(of(year).count).toEqual({ value: counts.find(([y]) => y === year)?.[1], min: 2 });
  });

  it.each<[string, number | undefined, string, string]>([
    ['no count, past due', undefined, '2026-01-05', 'Quá hạn'],
    ['no count, due soon', undefined, '2025-12-20', 'Sắp đến hạn'],
    ['1 of 2 before the due date', 1, '2025-06-30', 'Chưa đến hạn'],
  ])('%s: the status word', (_name, n, asOf, text) => {
    const input =
      n === undefined ? {} : { 2025: aBlocInput(2025, [anEntry('bloc_departments_inspected', n)]) };
    const r = milestoneStatuses(deAn04, settingsAsOf(asOf), { kind: 'bloc', blocInputs: input }).find(
      (x) => x.milestoneId === 'bloc_inspect_departments' && x.year === 2025,
    ) as MilestoneRow;
    expect(milestoneStatusText(r, 'vi')).toBe(text);
  });
});

describe('milestoneStatuses: a milestone whose item does not apply to the unit', () => {
  const plan: Plan = {
    ...testPlan,
    milestones: [
      ...testPlan.milestones,
      {
        id: 't_coverage_due',
        who: 'unit',
        label: { vi: 'Bao phủ', en: 'Coverage' },
        clause: 'A.2',
        when: { vi: 'Tháng 12', en: 'December' },
        schedule: { kind: 'yearly', month: 12, day: 31, fromYear: 2030 },
        doneBy: { kind: 'item-date', itemId: 't_coverage' },
      },
    ],
  };
  it('is not applicable', () => {
    const rows = rowsOf(
      't_coverage_due',
      {},
      settingsAsOf('2031-06-01'),
      aUnit({ resolvesTthc: false }),
      plan,
    );
    expect(rows.map((r) => [r.year, r.status])).toEqual([
      [2030, 'not-applicable'],
      [2031, 'not-applicable'],
    ]);
  });
});

describe('completionDate', () => {
  it.each<[string, Typed, Typed | undefined, string | undefined]>([
    ['"Có" with a date', 'Có', '01/02/2025', '2025-02-01'],
    ['"Có" without a date: the report date', 'Có', undefined, '2025-12-10'],
    ['"Không" with a date', 'Không', '01/02/2025', undefined],
    ['"Không áp dụng"', 'Không áp dụng', undefined, undefined],
  ])('%s', (_name, typed, date, expected) => {
    const entry = anEntry('ii1_plan', typed, date !== undefined ? { date } : {});
    expect(completionDate(entry, deAn04.items[0], '2025-12-10')).toBe(expected);
  });
});

describe('milestoneStatuses: II.4 is cumulative, the first model is done once', () => {
  /** A report of `year` counting `n` "Dân vận khéo" models, the first dated `date`. */
  const modelReport = (year: number, n: number, date: string): UnitReport =>
    aReport({ stamp: { year }, entries: [anEntry('ii4_model_dvk', n, { date })] });

  it.each<[string, Record<number, UnitReport>, string | undefined, string]>([
    [
      'II.4: the 2025 report alone, its model built in 2022: on time, not late',
      { 2025: modelReport(2025, 2, '15/06/2022') },
      '2022-06-15',
      'done-on-time',
    ],
    [
      'II.4: the earliest date of any year wins over a later year’s',
      { 2023: modelReport(2023, 1, '10/03/2023'), 2025: modelReport(2025, 1, '20/11/2022') },
      '2022-11-20',
      'done-on-time',
    ],
    [
      'II.4: a first model built in 2023 is late',
      { 2025: modelReport(2025, 1, '10/03/2023') },
      '2023-03-10',
      'done-late',
    ],
    [
      'Đề án 04 (01/10/2021): a date before the scheme is not a completion',
      { 2025: modelReport(2025, 1, '15/06/2021') },
      undefined,
      'overdue',
    ],
  ])('%s', (_name, reports, done, status) => {
    const [row] = rowsOf('unit_first_model', reports, settingsAsOf('2025-12-31'));
    expect(row?.done).toBe(done);
    expect(row?.status).toBe(status);
  });
});
