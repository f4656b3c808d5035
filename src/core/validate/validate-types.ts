import type { Finding } from '../types';

/**
 * An item's outcome for one unit and year. Precedence, first that holds:
 * not-applicable (the item does not apply to the unit, or "Không áp dụng" on an optional item)
 * -> invalid (the entry cannot be read or is out of range) -> not-entered (blank, or
 * "Không áp dụng" on a required item) -> no-target (the plan sets none) -> met | not-met.
 */
export type { ItemVerdict } from '../messages/vocabulary';
import type { ItemVerdict } from '../messages/vocabulary';

export interface ReportCheck {
  /** The rules' findings, in item order, then report-level ones. `report.readFindings` are not repeated. */
  findings: Finding[];
  verdicts: Record<string, ItemVerdict>;
  /** The number compared with the target: the percent for percent and ratio items, the count... */
  measures: Record<string, number | undefined>;
}
