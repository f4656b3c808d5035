import { settingsAsOf } from '../../../test/builders';
import { deAn04 } from '../../plans/de-an-04/plan';
import { effectivePlan, parseMonthDay } from './effective-plan';
import type { Plan } from './plan-types';

const item = (p: Plan, id: string) => p.items.find((i) => i.id === id);
const milestone = (p: Plan, id: string) => p.milestones.find((m) => m.id === id);

describe('effectivePlan', () => {
  it('is the plan itself with default settings', () => {
    expect(effectivePlan(deAn04, settingsAsOf('2025-01-01'))).toEqual(deAn04);
  });

  it.each([
    ['ii3_satisfaction', 85, { op: '>', value: 85 }],
    ['ii3_ontime', 95, { op: '>=', value: 95 }],
    ['ii5_cadres', 2, { op: '>=', value: 2 }],
    ['ii1_plan', 3, { op: 'yes' }],
  ])('overrides the threshold of %s', (id, n, target) => {
    const p = effectivePlan(deAn04, settingsAsOf('2025-01-01', { thresholdOverrides: { [id]: n } }));
    expect(item(p, id)?.target).toEqual(target);
  });

  it('overrides bloc items and bloc targets too', () => {
    const s = settingsAsOf('2025-01-01', {
      thresholdOverrides: { bloc_departments_inspected: 3 },
      blocTargetOverrides: { ii3_ontime: 90 },
    });
    const p = effectivePlan(deAn04, s);
    expect(p.blocItems[0]?.target).toEqual({ op: '>=', value: 3 });
    expect(p.blocTargets.find((t) => t.itemId === 'ii3_ontime')?.minPercent).toBe(90);
  });

  it.each<[string, Record<string, string>, string, string, unknown]>([
    ['the report deadline', {}, '11-30', 'unit_yearly_report', { month: 11, day: 30 }],
    [
      'a yearly override',
      { unit_october_study: '10-15' },
      '12-15',
      'unit_october_study',
      { month: 10, day: 15 },
    ],
    [
      'an override of the report milestone',
      { unit_yearly_report: '12-20' },
      '11-30',
      'unit_yearly_report',
      { month: 12, day: 20 },
    ],
    [
      'a one-off override',
      { bloc_final_2025: '2026-01-15' },
      '12-15',
      'bloc_final_2025',
      { due: '2026-01-15' },
    ],
    [
      'a malformed override (ignored)',
      { unit_plan: '15/03/2022' },
      '12-15',
      'unit_plan',
      { due: '2022-01-31' },
    ],
    [
      'a yearly form on a one-off (ignored)',
      { unit_plan: '03-15' },
      '12-15',
      'unit_plan',
      { due: '2022-01-31' },
    ],
  ])('applies %s', (_name, deadlineOverrides, reportDeadline, id, schedule) => {
    const p = effectivePlan(deAn04, settingsAsOf('2025-01-01', { deadlineOverrides, reportDeadline }));
    expect(milestone(p, id)?.schedule).toMatchObject(schedule as object);
  });

  it('leaves yearly milestones not done by the report date alone', () => {
    const p = effectivePlan(deAn04, settingsAsOf('2025-01-01', { reportDeadline: '11-30' }));
    expect(milestone(p, 'unit_review')?.schedule).toMatchObject({ month: 12, day: 31 });
  });

  it('does not change the plan it is given', () => {
    const before = JSON.stringify(deAn04);
    effectivePlan(
      deAn04,
      settingsAsOf('2025-01-01', { thresholdOverrides: { ii3_satisfaction: 50 }, reportDeadline: '01-01' }),
    );
    expect(JSON.stringify(deAn04)).toBe(before);
  });
});

describe('parseMonthDay', () => {
  it.each([
    ['12-15', { month: 12, day: 15 }],
    ['02-29', { month: 2, day: 29 }],
    ['02-30', null],
    ['13-01', null],
    ['1-5', null],
  ])('%s', (s, expected) => {
    expect(parseMonthDay(s)).toEqual(expected);
  });
});
