import { effectivePlan } from '../plan/effective-plan';
import type { Plan } from '../plan/plan-types';
import type { Settings, Unit } from '../settings/settings-types';
import { indicatorMessage } from '../messages/messages';
import { activeUnits } from '../settings/units-active';
import { appliesToUnit } from '../settings/applies-to-unit';
import type { ReportCheck } from '../validate/validate-types';
import type { IndicatorState, IndicatorStatus, TargetAggregate } from './aggregate-types';

export type { IndicatorState, IndicatorStatus, TargetAggregate } from './aggregate-types';

/**
 * The bloc's targets ("100% of grassroots committees ...") for one year. The denominator is every
 * unit active in `year` to which the item applies: a unit that reported is judged by its verdict
 * ('not-applicable' leaves it out, 'met' counts as meeting, a missing verdict as not entered); a
 * unit with no accepted report is applicable when the unit list's flags say so (`appliesToUnit`, the
 * template's rule), and counts as not meeting, listed as not reported.
 */
export function aggregateBloc(
  plan: Plan,
  settings: Settings,
  year: number,
  checks: { unit: Unit; check: ReportCheck }[],
): TargetAggregate[] {
  const ep = effectivePlan(plan, settings);
  const byCode = new Map(checks.map((c) => [c.unit.code, c.check]));
  const silent = activeUnits(settings.units, year).filter((u) => !byCode.has(u.code));
  return ep.blocTargets.map((t) => {
    let meeting = 0;
    let reported = 0;
    const notMet: string[] = [];
    const notEntered: string[] = [];
    for (const { unit, check } of checks) {
      const verdict = check.verdicts[t.itemId] ?? 'not-entered';
      if (verdict === 'not-applicable') continue;
      reported++;
      if (verdict === 'met') meeting++;
      else if (verdict === 'not-entered') notEntered.push(unit.code);
      else notMet.push(unit.code);
    }
    const item = ep.items.find((i) => i.id === t.itemId);
    const notReported = silent.filter((u) => item === undefined || appliesToUnit(item, u)).map((u) => u.code);
    const applicable = reported + notReported.length;
    const percent = applicable === 0 ? null : (100 * meeting) / applicable;
    // Rounded before comparing so 49/50 = 98% meets a 98% target despite binary noise.
    const reached = percent !== null && Math.round(percent * 1e9) / 1e9 >= t.minPercent;
    return {
      itemId: t.itemId,
      meeting,
      applicable,
      reported,
      missing: notReported.length,
      percent,
      minPercent: t.minPercent,
      met: percent === null ? null : reached && notReported.length === 0,
      notMet,
      notEntered,
      notReported,
    };
  });
}

/**
 * Province indicators in `year` from the ranks entered by the consolidating office
 * (ranksByYear[year][indicatorId]).
 */
export function evaluateIndicators(
  plan: Plan,
  ranksByYear: Record<number, Record<string, number | undefined>>,
  year: number,
): IndicatorStatus[] {
  return plan.provinceIndicators.map((ind) => {
    const rank = ranksByYear[year]?.[ind.id];
    const previousRank = ranksByYear[year - 1]?.[ind.id];
    let status: IndicatorState;
    const rule = ind.rule;
    if (rule.kind === 'top') {
      if (rank === undefined) status = 'no-data';
      else if (year >= rule.byYear) status = rank <= rule.rank ? 'met' : 'not-met';
      else status = rank <= rule.rank ? 'on-track' : 'not-yet';
    } else if (rank === undefined || previousRank === undefined) status = 'no-data';
    else status = previousRank - rank >= rule.places ? 'met' : 'not-met';
    const usesPrevious = rule.kind === 'improve' && previousRank !== undefined;
    return {
      indicatorId: ind.id,
      year,
      ...(rank !== undefined ? { rank } : {}),
      ...(usesPrevious ? { previousRank } : {}),
      status,
      message: indicatorMessage(ind, year, status, rank, usesPrevious ? previousRank : undefined),
    };
  });
}
