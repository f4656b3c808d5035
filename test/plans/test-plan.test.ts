/**
 * The core works with any plan: a second, small plan goes through every function, and no core
 * file names Đề án 04 or its ids.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { aggregateBloc, evaluateIndicators } from '../../src/core/consolidate/aggregate';
import { milestoneStatuses } from '../../src/core/milestones/milestone-status';
import { effectivePlan } from '../../src/core/plan/effective-plan';
import { loadPlan } from '../../src/core/plan/plan-schema';
import type { Settings } from '../../src/core/settings/settings-types';
import { validateReport } from '../../src/core/validate/validate-report';
import { deAn04 } from '../../src/plans/de-an-04/plan';
import { anEntry, aReport, aUnit, metEntries, settingsAsOf, type Typed } from '../builders';
import { testPlan } from './test-plan';

const settings: Settings = { ...settingsAsOf('2031-12-31'), reportDeadline: '12-15' };
const report = (entries = metEntries(testPlan, { year: 2031 }), year = 2031) =>
  aReport({ stamp: { planId: testPlan.id, year }, entries });

describe('the test plan', () => {
  it('loads', () => {
    expect(loadPlan(testPlan).ok).toBe(true);
  });

  it('validates a report meeting every target without findings', () => {
    const check = validateReport(report(), testPlan, settings, aUnit());
    expect(check.findings).toEqual([]);
    expect(check.verdicts).toEqual({ t_policy: 'met', t_coverage: 'met', t_events: 'met' });
  });

  it.each<[string, Typed, string]>([
    ['t_coverage', '80', 'met'],
    ['t_coverage', '79,9', 'not-met'],
    ['t_events', 1, 'not-met'],
    ['t_events', 2, 'met'],
    ['t_events', 4, 'met'],
    ['t_events', 5, 'not-met'],
    ['t_policy', 'Không', 'not-met'],
  ])('%s = %s is %s', (itemId, typed, verdict) => {
    const check = validateReport(
      report([anEntry(itemId, typed, { plan: testPlan })]),
      testPlan,
      settings,
      aUnit(),
    );
    expect(check.verdicts[itemId]).toBe(verdict);
  });

  it('reads dates against its own period', () => {
    const check = validateReport(
      report([anEntry('t_policy', 'Có', { plan: testPlan, date: '01/12/2029' })]),
      testPlan,
      settings,
      aUnit(),
    );
    expect(check.findings.map((f) => f.code)).toContain('VALUE.RANGE');
    expect(check.findings.find((f) => f.code === 'VALUE.RANGE')?.message.vi).toContain('01/01/2030');
  });

  it('applies threshold overrides', () => {
    const s = { ...settings, thresholdOverrides: { t_coverage: 90 } };
    expect(effectivePlan(testPlan, s).items[1]?.target).toEqual({ op: '>=', value: 90 });
  });

  it('expands its milestones over its own years', () => {
    const rows = milestoneStatuses(testPlan, settings, {
      kind: 'unit',
      unit: aUnit(),
      reportsByYear: {
        2030: report(metEntries(testPlan, { year: 2030, doneOn: '2030-03-15' }), 2030),
        2031: report(metEntries(testPlan, { year: 2031, doneOn: '2031-04-02' }), 2031),
      },
    });
    expect(rows.map((r) => [r.milestoneId, r.year, r.status])).toEqual([
      ['t_policy_due', undefined, 'done-on-time'],
      ['t_events_yearly', 2030, 'done-on-time'],
      ['t_events_yearly', 2031, 'done-late'],
    ]);
  });

  it('aggregates its bloc target', () => {
    const units = [0, 1, 2, 3].map((i) => aUnit({ code: `T${i}` }));
    const checks = [true, true, true, false].map((good, i) => {
      const unit = units[i]!;
      const entries = good ? metEntries(testPlan) : [anEntry('t_coverage', 10, { plan: testPlan })];
      return { unit, check: validateReport(report(entries), testPlan, settings, unit) };
    });
    // The denominator is the unit list of the year: here exactly the four units that reported.
    expect(aggregateBloc(testPlan, { ...settings, units }, 2031, checks)).toEqual([
      {
        itemId: 't_coverage',
        meeting: 3,
        applicable: 4,
        reported: 4,
        missing: 0,
        percent: 75,
        minPercent: 75,
        met: true,
        notMet: ['T3'],
        notEntered: [],
        notReported: [],
      },
    ]);
  });

  it('evaluates its indicator (up 2 places a year)', () => {
    const ranks = { 2030: { t_rank: 10 }, 2031: { t_rank: 9 } };
    expect(evaluateIndicators(testPlan, ranks, 2031)[0]).toMatchObject({
      indicatorId: 't_rank',
      status: 'not-met',
    });
  });
});

describe('the core', () => {
  const coreFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return coreFiles(path);
      return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
    });
  const ids = [
    deAn04.id,
    ...deAn04.items.map((i) => i.id),
    ...deAn04.blocItems.map((i) => i.id),
    ...deAn04.milestones.map((m) => m.id),
    ...deAn04.provinceIndicators.map((p) => p.id),
  ];

  const withoutComments = (text: string) =>
    text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

  it.each(
    coreFiles(resolve(__dirname, '../../src/core')).map((f) => [f.split('src/core/')[1] ?? f, f] as const),
  )('%s names no id of Đề án 04 in its code', (_name, file) => {
    const code = withoutComments(readFileSync(file, 'utf8'));
    expect(ids.filter((id) => new RegExp(`['"\`]${id}['"\`]`).test(code))).toEqual([]);
  });
});
