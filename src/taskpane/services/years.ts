import type { Plan } from '../../core/plan/plan-types';
import { reportYearRange } from '../../core/plan/report-years';
import { isoParts } from '../../core/text';
import type { IsoDate } from '../../core/types';

export function yearOf(iso: IsoDate, fallback: number): number {
  return isoParts(iso)?.year ?? fallback;
}

/** Reporting years a user may pick: those the plan and the settings cover (`reportYearRange`). */
export function reportYears(plan: Plan, asOf: IsoDate): number[] {
  const { first, last } = reportYearRange(plan, asOf);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The year a template is most likely wanted for: the as-of year, kept within the plan's years. */
export function defaultReportYear(plan: Plan, asOf: IsoDate): number {
  const years = reportYears(plan, asOf);
  const y = yearOf(asOf, plan.firstYear);
  return Math.min(Math.max(y, years[0] ?? y), years[years.length - 1] ?? y);
}
