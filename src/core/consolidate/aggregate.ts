import { effectivePlan } from '../plan/effective-plan';
import type { Plan } from '../plan/plan-types';
import type { Settings, Unit } from '../settings/settings-types';
import { indicatorMessage } from '../messages/messages';
import type { ReportCheck } from '../validate/validate-types';
import type { IndicatorState, IndicatorStatus, TargetAggregate } from './aggregate-types';

export type { IndicatorState, IndicatorStatus, TargetAggregate } from './aggregate-types';

/**
 * The bloc's targets ("100% of grassroots committees ...") for one year, from the checks of the
 * units that reported. A unit counts as applicable unless its verdict is 'not-applicable'; it
 * counts as meeting only with 'met'. A missing verdict (an item the unit's template did not have)
 * counts as not entered. `year` is part of the contract for callers; the checks are that year's.
 */
export function aggregateBloc(
  plan: Plan,
  settings: Settings,
  year: number,
  checks: { unit: Unit; check: ReportCheck }[],
): TargetAggregate[] {
  void year;
  const ep = effectivePlan(plan, settings);
  return ep.blocTargets.map((t) => {
    let meeting = 0;
    let applicable = 0;
    const notMet: string[] = [];
    const notEntered: string[] = [];
    for (const { unit, check } of checks) {
      const verdict = check.verdicts[t.itemId] ?? 'not-entered';
      if (verdict === 'not-applicable') continue;
      applicable++;
      if (verdict === 'met') meeting++;
      else if (verdict === 'not-entered') notEntered.push(unit.code);
      else notMet.push(unit.code);
    }
    const percent = applicable === 0 ? null : (100 * meeting) / applicable;
    // Rounded before comparing so 49/50 = 98% meets a 98% target despite binary noise.
    const met = percent === null ? null : Math.round(percent * 1e9) / 1e9 >= t.minPercent;
    return {
      itemId: t.itemId,
      meeting,
      applicable,
      percent,
      minPercent: t.minPercent,
      met,
      notMet,
      notEntered,
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
