import type { Text } from '../types';

/** How many applicable units met an item's target, against the bloc's minimum share. */
export interface TargetAggregate {
  itemId: string;
  meeting: number;
  /** Units the item applies to that reported (verdict other than 'not-applicable'). */
  applicable: number;
  /** 100 * meeting / applicable; null when no unit applies. */
  percent: number | null;
  minPercent: number;
  /** percent >= minPercent; null when percent is null. */
  met: boolean | null;
  /** Codes of applicable units that entered a value that does not meet the target (or is invalid). */
  notMet: string[];
  /** Codes of applicable units that left the item blank. */
  notEntered: string[];
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
