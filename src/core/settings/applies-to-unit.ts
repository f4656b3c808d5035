import type { Unit } from './settings-types';
import type { Applicability, ReportItem } from '../plan/plan-types';

/** The unit-list flag each applicability reads ('all' reads none). */
export const APPLICABILITY_FLAG: Record<Exclude<Applicability, 'all'>, UnitFlag> = {
  'resolves-tthc': 'resolvesTthc',
  'publishes-tthc': 'publishesTthc',
  department: 'isDepartment',
};

/** The unit properties the plan's items can depend on. */
export type UnitFlag = 'resolvesTthc' | 'publishesTthc' | 'isDepartment';

/**
 * Whether an item applies to a unit: the one place that decides it (report rules, template,
 * milestones, consolidation and samples all ask here).
 */
export function appliesToUnit(item: Pick<ReportItem, 'applicability'>, unit: Unit): boolean {
  return item.applicability === 'all' || unit[APPLICABILITY_FLAG[item.applicability]];
}
