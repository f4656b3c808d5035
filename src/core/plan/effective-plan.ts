import { isoFromParts, isoParts } from '../text';
import type { Milestone, Plan, PlanOverrides, ReportItem, TargetRule } from './plan-types';

/**
 * The plan with the user's settings applied; every rule reads thresholds and deadlines from
 * here, never from the plan directly.
 * - `thresholdOverrides[itemId]` replaces the target's `value`; for a 'between' rule it
 *   replaces `min` (the plan's lower bound is the one people argue about: "1-2 cadres");
 *   a 'yes' rule has no number and ignores it.
 * - Yearly milestones completed by the report's own date take their day and month from
 *   `reportDeadline`; `deadlineOverrides[milestoneId]` then wins over both ('YYYY-MM-DD' for a
 *   one-off milestone, 'MM-DD' for a yearly one). A value of the wrong form is ignored
 *   (parseSettings rejects it before it gets here).
 * - `blocTargetOverrides[itemId]` replaces a bloc target's `minPercent`.
 * The input plan is not changed.
 */
export function effectivePlan(plan: Plan, settings: PlanOverrides): Plan {
  const withThreshold = (item: ReportItem): ReportItem => {
    const override = settings.thresholdOverrides[item.id];
    if (override === undefined || item.target === undefined) return item;
    return { ...item, target: overrideTarget(item.target, override) };
  };
  return {
    ...plan,
    items: plan.items.map(withThreshold),
    blocItems: plan.blocItems.map(withThreshold),
    milestones: plan.milestones.map((m) => overrideDeadline(m, settings)),
    blocTargets: plan.blocTargets.map((t) => {
      const override = settings.blocTargetOverrides[t.itemId];
      return override === undefined ? t : { ...t, minPercent: override };
    }),
  };
}

function overrideTarget(rule: TargetRule, n: number): TargetRule {
  switch (rule.op) {
    case 'yes':
      return rule;
    case 'between':
      return { ...rule, min: n };
    default:
      return { ...rule, value: n };
  }
}

/** 'MM-DD' -> month and day, checked against a leap year so 29/02 is allowed. */
export function parseMonthDay(s: string): { month: number; day: number } | null {
  const m = /^(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return isoFromParts(2024, month, day) === null ? null : { month, day };
}

function overrideDeadline(m: Milestone, settings: PlanOverrides): Milestone {
  const s = m.schedule;
  if (s.kind === 'once') {
    const due = settings.deadlineOverrides[m.id];
    return due !== undefined && isoParts(due) !== null ? { ...m, schedule: { ...s, due } } : m;
  }
  const fromReport = m.doneBy.kind === 'report-date' ? parseMonthDay(settings.reportDeadline) : null;
  const override = settings.deadlineOverrides[m.id];
  const md = (override !== undefined ? parseMonthDay(override) : null) ?? fromReport;
  return md ? { ...m, schedule: { ...s, month: md.month, day: md.day } } : m;
}
