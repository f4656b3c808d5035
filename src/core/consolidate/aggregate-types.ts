import type { Text } from '../types';

/**
 * How many units met an item's target, against the bloc's minimum share. The share is over every
 * unit active in the year to which the item applies, whether or not it reported: a unit with no
 * accepted report has not shown that it meets the target, so it counts against the share
 * (DOMAIN.md, "The bloc's shares").
 */
export interface TargetAggregate {
  itemId: string;
  meeting: number;
  /** Units active in the year to which the item applies (reported or not). */
  applicable: number;
  /** Applicable units with an accepted report. */
  reported: number;
  /** Applicable units without an accepted report: `applicable - reported`. */
  missing: number;
  /** 100 * meeting / applicable; null when no unit applies. */
  percent: number | null;
  minPercent: number;
  /**
   * percent >= minPercent and no applicable unit missing: a target is never met while applicable
   * units have not reported. null when percent is null.
   */
  met: boolean | null;
  /** Codes of applicable units that entered a value that does not meet the target (or is invalid). */
  notMet: string[];
  /** Codes of applicable units that left the item blank. */
  notEntered: string[];
  /** Codes of applicable units without an accepted report, in the order of the unit list. */
  notReported: string[];
}

/**
 * 'top': met / not-met from the target year on; before it, on-track (already in the top) or
 * not-yet. 'improve': met / not-met against the year before. 'no-data': a needed rank is missing.
 */
export type { IndicatorState } from '../plan/plan-types';
import type { IndicatorState } from '../plan/plan-types';

export interface IndicatorStatus {
  indicatorId: string;
  year: number;
  rank?: number;
  previousRank?: number;
  status: IndicatorState;
  message: Text;
}
