import { isoParts } from '../text';
import type { IsoDate } from '../types';
import type { Plan } from './plan-types';

/**
 * The reporting years a plan and the settings cover: from the plan's first year to the later of
 * its period's last year and the year after the as-of date ("2021-2025 and the following years":
 * next year's template may be made in December). A year outside has no template and nothing to
 * consolidate, so `template` and `consolidate` refuse it.
 */
export function reportYearRange(plan: Plan, asOf: IsoDate): { first: number; last: number } {
  const asOfYear = isoParts(asOf)?.year ?? plan.firstYear;
  return { first: plan.firstYear, last: Math.max(asOfYear + 1, plan.periodEndYear) };
}

export function isReportYear(plan: Plan, asOf: IsoDate, year: number): boolean {
  const { first, last } = reportYearRange(plan, asOf);
  return year >= first && year <= last;
}
