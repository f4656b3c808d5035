import type { BlocInput, UnitReport } from '../report/report-types';
import type { Unit } from '../settings/settings-types';
import type { IsoDate } from '../types';

/**
 * A milestone's state as of a date:
 * not-yet-due -> due-soon (within `dueSoonDays`, the due day included) -> overdue (the day after),
 * or done-on-time | done-late once a completion date on or before the as-of date is known.
 * 'not-applicable': the unit was not active then, or the milestone's item does not apply to it.
 */
export type { MilestoneStatus } from '../messages/vocabulary';
import type { MilestoneStatus } from '../messages/vocabulary';

export interface MilestoneRow {
  milestoneId: string;
  who: 'unit' | 'bloc';
  /** The reporting year of a yearly milestone; absent for one-off milestones. */
  year?: number;
  unitCode?: string;
  due: IsoDate;
  done?: IsoDate;
  status: MilestoneStatus;
  /**
   * A yearly bloc milestone whose item is a count with a minimum (IV: "2-3 sở, ban, ngành" a
   * year, count ≥ 2) is judged on the year's count, not on a completion date: the count entered
   * (if any) and the minimum. Printed "Đạt (3/2)" / "Chưa đạt (1/2)" (milestoneStatusText).
   */
  count?: { value?: number; min: number };
}

export type MilestoneInput =
  | { kind: 'unit'; unit: Unit; reportsByYear: Record<number, UnitReport | undefined> }
  | { kind: 'bloc'; blocInputs: Record<number, BlocInput | undefined> };
