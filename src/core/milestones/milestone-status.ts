import { appliesToUnit } from '../settings/applies-to-unit';
import { effectivePlan } from '../plan/effective-plan';
import type { Milestone, Plan, ReportItem } from '../plan/plan-types';
import type { ItemEntry } from '../report/report-types';
import type { Settings } from '../settings/settings-types';
import { isActive } from '../settings/units-active';
import { daysBetween, daysInMonth, isoFromParts, isoParts } from '../text';
import type { IsoDate, Lang } from '../types';
import { ITEM_VERDICT_WORDS, MILESTONE_STATUS_WORDS } from '../messages/vocabulary';
import { meetsTarget } from '../validate/target';
import type { MilestoneInput, MilestoneRow, MilestoneStatus } from './milestone-types';

export type { MilestoneInput, MilestoneRow, MilestoneStatus } from './milestone-types';

/**
 * The status of a milestone due on `due`, done on `done` (if known), as of `asOf`.
 * A completion after `asOf` is not known yet as of that day, so it does not count.
 */
export function statusOf(
  due: IsoDate,
  done: IsoDate | undefined,
  asOf: IsoDate,
  dueSoonDays: number,
): MilestoneStatus {
  if (done !== undefined && done <= asOf) return done <= due ? 'done-on-time' : 'done-late';
  if (asOf > due) return 'overdue';
  return daysBetween(asOf, due) <= dueSoonDays ? 'due-soon' : 'not-yet-due';
}

/** The due date of a yearly milestone in `year`; 29/02 falls back to 28/02 in common years. */
export function yearlyDue(year: number, month: number, day: number): IsoDate {
  return isoFromParts(year, month, Math.min(day, daysInMonth(year, month))) as IsoDate;
}

/**
 * The rows of a unit's or the bloc's milestones as of `settings.asOf`, with deadlines as
 * overridden in settings. One-off milestones give one row (done = the earliest completion date
 * found in any year's report: II.4's first model, built in 2022 and reported again in 2025 with
 * its 2022 date, is done on time); yearly ones a row per year from max(fromYear,
 * plan.firstYear, unit.activeFrom) to min(as-of year, toYear, unit.activeTo), done from that
 * year's report. A date before the scheme's own (`plan.startDate`) is not plausible and is
 * ignored.
 * Rows are in the plan's milestone order, then by year.
 */
export function milestoneStatuses(plan: Plan, settings: Settings, input: MilestoneInput): MilestoneRow[] {
  const ep = effectivePlan(plan, settings);
  const asOfYear = isoParts(settings.asOf)?.year ?? ep.firstYear;
  const who = input.kind;
  const unit = input.kind === 'unit' ? input.unit : undefined;
  const items = new Map((who === 'unit' ? ep.items : ep.blocItems).map((i) => [i.id, i]));
  const rows: MilestoneRow[] = [];

  for (const m of ep.milestones.filter((x) => x.who === who)) {
    const item = m.doneBy.kind === 'report-date' ? undefined : items.get(m.doneBy.itemId);
    const applies = !unit || !item || appliesToUnit(item, unit);
    const row = (due: IsoDate, done: IsoDate | undefined, year?: number): MilestoneRow => ({
      milestoneId: m.id,
      who,
      ...(year !== undefined ? { year } : {}),
      ...(unit ? { unitCode: unit.code } : {}),
      due,
      ...(done !== undefined ? { done } : {}),
      status: applies ? statusOf(due, done, settings.asOf, settings.dueSoonDays) : 'not-applicable',
    });
    const s = m.schedule;
    if (s.kind === 'once') {
      const dueYear = isoParts(s.due)?.year ?? ep.firstYear;
      if (unit && !isActive(unit, dueYear)) {
        rows.push({ ...row(s.due, undefined), status: 'not-applicable' });
        continue;
      }
      const dates = years(input)
        .map((y) => doneIn(m, item, input, y))
        .filter((d): d is IsoDate => d !== undefined && d >= ep.startDate && d <= settings.asOf)
        .sort();
      rows.push(row(s.due, dates[0]));
      continue;
    }
    const first = Math.max(s.fromYear, ep.firstYear, unit?.activeFrom ?? -Infinity);
    const last = Math.min(asOfYear, s.toYear ?? Infinity, unit?.activeTo ?? Infinity);
    const min = countMinimum(m, item);
    for (let y = first; y <= last; y++) {
      // A yearly milestone of year Y is done within Y (or after it, late), never before it.
      const done = doneIn(m, item, input, y);
      const plausible = done !== undefined && done >= `${y}-01-01` && done >= ep.startDate;
      const r = row(yearlyDue(y, s.month, s.day), plausible ? done : undefined, y);
      rows.push(min === undefined ? r : countRow(r, yearCount(m, input, y), min));
    }
  }
  return rows;
}

/**
 * The minimum count of a yearly bloc milestone judged on a count (its item is a count with a
 * "≥ n" target: IV's "2-3 sở, ban, ngành" a year, ≥ 2), or undefined for a date milestone.
 */
export function countMinimum(m: Milestone, item: ReportItem | undefined): number | undefined {
  if (m.who !== 'bloc' || m.schedule.kind !== 'yearly' || item?.kind !== 'count') return undefined;
  return item.target?.op === '>=' ? item.target.value : undefined;
}

/** The count a year's bloc input gives for a count milestone's item, if a number was entered. */
function yearCount(m: Milestone, input: MilestoneInput, year: number): number | undefined {
  if (input.kind !== 'bloc' || m.doneBy.kind === 'report-date') return undefined;
  const v = input.blocInputs[year]?.entries[m.doneBy.itemId]?.value;
  return v?.kind === 'number' ? v.n : undefined;
}

/**
 * A count milestone's year: met when the count reaches the minimum, whatever its date (the
 * count is the year's; a missing date is not a missed target); a count below the minimum is not
 * met once the year's due date has passed; with no count the dates decide, as for any milestone.
 */
function countRow(r: MilestoneRow, value: number | undefined, min: number): MilestoneRow {
  const count = { ...(value !== undefined ? { value } : {}), min };
  if (r.status === 'not-applicable') return { ...r, count };
  if (value !== undefined && value >= min) return { ...r, status: 'done-on-time', count };
  return { ...r, count };
}

/**
 * A milestone row's status in words: a count milestone's entered count against its minimum
 * ("Đạt (3/2)", once past due "Chưa đạt (1/2)"), otherwise the status word ("Quá hạn").
 */
export function milestoneStatusText(r: MilestoneRow, lang: Lang): string {
  const value = r.count?.value;
  if (r.count && value !== undefined && (r.status === 'done-on-time' || r.status === 'overdue')) {
    const verdict = ITEM_VERDICT_WORDS[r.status === 'overdue' ? 'not-met' : 'met'][lang];
    return `${verdict} (${value}/${r.count.min})`;
  }
  return MILESTONE_STATUS_WORDS[r.status][lang];
}

function years(input: MilestoneInput): number[] {
  const record = input.kind === 'unit' ? input.reportsByYear : input.blocInputs;
  return Object.keys(record).map(Number);
}

/** The completion date a year's report (or bloc input) gives for a milestone, if any. */
function doneIn(
  m: Milestone,
  item: ReportItem | undefined,
  input: MilestoneInput,
  year: number,
): IsoDate | undefined {
  if (input.kind === 'unit') {
    const report = input.reportsByYear[year];
    if (!report) return undefined;
    if (m.doneBy.kind === 'report-date') return report.reportDate;
    return completionDate(report.entries[m.doneBy.itemId], item, report.reportDate);
  }
  const bloc = input.blocInputs[year];
  if (!bloc || m.doneBy.kind === 'report-date') return undefined;
  return completionDate(bloc.entries[m.doneBy.itemId], item, undefined);
}

/**
 * When an entry says its item was done: a date item's own date; otherwise, if the answer is
 * "done" ("Có", or a number meeting the item's target, or above 0 without one), its date column,
 * or else the report's date (the latest it can have been done; the rules warn that the date is
 * missing).
 */
export function completionDate(
  entry: ItemEntry | undefined,
  item: ReportItem | undefined,
  reportDate: IsoDate | undefined,
): IsoDate | undefined {
  if (!entry) return undefined;
  const v = entry.value;
  if (v.kind === 'date') return v.iso;
  const done =
    v.kind === 'yes' ||
    (v.kind === 'number' &&
      (item?.target !== undefined && item.target.op !== 'yes' ? meetsTarget(item.target, v.n) : v.n > 0));
  if (!done) return undefined;
  return entry.date?.kind === 'date' ? entry.date.iso : reportDate;
}
