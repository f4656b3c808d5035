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
}

export type MilestoneInput =
  | { kind: 'unit'; unit: Unit; reportsByYear: Record<number, UnitReport | undefined> }
  | { kind: 'bloc'; blocInputs: Record<number, BlocInput | undefined> };
