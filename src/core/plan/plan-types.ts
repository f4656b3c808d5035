import type { IsoDate, Text } from '../types';

/**
 * A plan is data: the items a unit reports, the targets, the milestones. Đề án 04 is one plan
 * (src/plans/de-an-04); nothing in the core may refer to it by name.
 * Every value the plan text does not state carries `assumed` (a sentence saying what was
 * assumed and why) and can be overridden in settings.
 */
export interface Plan {
  id: string; // e.g. 'de-an-04'
  title: Text; // "Kế hoạch triển khai thực hiện Đề án 04 ..."
  shortTitle: Text; // "Đề án 04"
  /** The scheme as Party documents name it in a title: "Đề án số 04-ĐA/TU"; absent = shortTitle. */
  documentName?: Text;
  /** First reporting year; the plan runs "2021-2025 and the following years". */
  firstYear: number;
  /**
   * The scheme's own date (Đề án 04-ĐA/TU: 01/10/2021). Nothing done for it can be earlier:
   * a completion or report date before it is invalid.
   */
  startDate: IsoDate;
  /** The last year of the named period (reviews); later years still report. */
  periodEndYear: number;
  /** Sections in display order (II.1 ... II.6, III). */
  sections: PlanSection[];
  items: ReportItem[];
  milestones: Milestone[];
  blocTargets: BlocTarget[];
  provinceIndicators: ProvinceIndicator[];
  /**
   * Items an older template version keyed differently from their id, by version
   * (e.g. version 1 had 'ii2_study' for 'ii2_study_article'). Read through this mapping.
   */
  legacyKeys?: Record<number, LegacyItemKey[]>;
  /** Items of the bloc's own input sheet (e.g. departments inspected per year). */
  blocItems: ReportItem[];
  /** Rules tying entries of one report together (optional; absent = none). */
  consistency?: ConsistencyRule[];
}

/**
 * A rule between items of one report, checked as a warning ('CONSISTENCY.SUM_EXCEEDS').
 * 'sum-le': the sum of `items` (blank counts as 0) must not exceed the value of `max`,
 * e.g. models by field cannot outnumber all models.
 */
export interface ConsistencyRule {
  kind: 'sum-le';
  id: string;
  items: string[];
  max: string;
  /** What the sum is, for messages ("Tổng số mô hình theo lĩnh vực"). */
  label: Text;
  clause?: string;
}

export interface PlanSection {
  id: string; // 'II.1'
  title: Text;
  /** 'target' sections are section II of the plan; 'task' sections are section III. */
  kind: 'target' | 'task' | 'milestone';
}

/**
 * How a value is typed. 'ratio' is two whole counts (e.g. dossiers on time / all dossiers),
 * entered in two cells; its measure is num/den as a percent.
 */
export type ValueKind = 'yesno' | 'count' | 'percent' | 'date' | 'rank' | 'ratio' | 'text';

/**
 * Which units an item applies to: all, or those with one flag of the unit list (see
 * `appliesToUnit`): 'resolves-tthc' units that resolve administrative procedures (giải quyết
 * TTHC), 'publishes-tthc' units that publish them (công bố, công khai TTHC), 'department' the
 * provincial departments, boards and sectors (sở, ban, ngành).
 */
export type Applicability = 'all' | 'resolves-tthc' | 'publishes-tthc' | 'department';

/**
 * The rule an entry must meet. Thresholds of percent and ratio items are in percent (0-100).
 * 'yes' means the answer must be "Có".
 */
export type TargetRule =
  | { op: 'yes' }
  | { op: '>=' | '>' | '<=' | '<' | '='; value: number }
  | { op: 'between'; min: number; max: number };

export interface ReportItem {
  id: string; // stable id, e.g. 'ii3_satisfaction'; never renumbered
  section: string; // 'II.3'
  label: Text;
  /** Unit of measure: "%", "mô hình", "lớp", "hồ sơ"... */
  measure: Text;
  kind: ValueKind;
  /** Labels of the two cells of a ratio item. */
  ratio?: { num: Text; den: Text };
  applicability: Applicability;
  target?: TargetRule;
  /**
   * 'once': done once in the plan period (reported as "done by now"); 'yearly': each year, its
   * date within the report's year; 'cumulative': counted since the plan began (a model built in
   * 2022 and still running counts in 2025), its date the first one, from any year since
   * `startDate`.
   */
  frequency: 'once' | 'yearly' | 'cumulative';
  /** The plan clause it comes from, e.g. 'II.3'. */
  clause: string;
  /** Set when the plan is silent on this item's target or details. */
  assumed?: Text;
  /** The entry is required (blank is an error-level finding "not entered"). */
  required: boolean;
  /** A "Có" needs a completion date in the date column. */
  needsDate?: boolean;
}

/**
 * A deadline. One-off milestones have a due date; yearly ones a day and month, expanded for
 * every reporting year from `fromYear` to the as-of year (inclusive).
 * status: not-yet-due -> due-soon -> overdue, or done-on-time | done-late once done.
 */
export interface Milestone {
  id: string;
  who: 'unit' | 'bloc';
  label: Text;
  clause: string;
  /**
   * The plan's own wording of when ("Kỳ sinh hoạt chi bộ tháng 01/2022", "Quý IV/2021"), or,
   * where the plan names no time, words saying so; never an invented time (the due date, set
   * with `assumed`, is where an assumption goes).
   */
  when: Text;
  schedule:
    | { kind: 'once'; due: IsoDate }
    | { kind: 'yearly'; month: number; day: number; fromYear: number; toYear?: number };
  /**
   * How completion is known: the completion date of an item (the template's date column),
   * the report's own date, or a bloc input.
   */
  doneBy:
    { kind: 'item-date'; itemId: string } | { kind: 'report-date' } | { kind: 'bloc-date'; itemId: string };
  assumed?: Text;
}

/** Share of applicable units that must meet an item's target ("100% cấp ủy cơ sở"). */
export interface BlocTarget {
  itemId: string;
  /** Minimum percent of applicable units meeting the target. */
  minPercent: number;
  clause: string;
  assumed?: Text;
  /**
   * What a unit meeting the target has done, as one verb phrase for the summary's sentences
   * ("đã xây dựng chương trình, kế hoạch thực hiện Đề án 04"); the unit criterion is added in
   * brackets when it is not a plain yes. Absent: the sentence names the item's label.
   */
  deed?: Text;
}

/**
 * Province indicators (PAR INDEX, PAPI, PCI, SIPAS): ranks among provinces, entered by the
 * consolidating office. 'top' = rank <= value by `byYear`; 'improve' = rank goes up by at least
 * `value` places each year.
 */
export interface ProvinceIndicator {
  id: string; // 'par_index'
  label: Text;
  rule: { kind: 'top'; rank: number; byYear: number } | { kind: 'improve'; places: number };
  clause: string;
  assumed?: Text;
}

/** How an older template version keyed one item. */
export interface LegacyItemKey {
  itemId: string;
  key: string;
  /** How the old cell was typed, when it differs from the item's kind (a rate for a ratio). */
  kind?: ValueKind;
}

/**
 * A province indicator's state in a year (core/consolidate computes it; the catalogue words it).
 * 'top': met when the rank is within the target by its year; before then on-track or not-yet.
 * 'improve': met / not-met against the year before. 'no-data': a needed rank is missing.
 */
export type IndicatorState = 'met' | 'not-met' | 'on-track' | 'not-yet' | 'no-data';

/**
 * The settings that change the plan's numbers and dates (core/settings' Settings has them). Kept
 * here, as a shape, so the plan depends on nothing above it.
 */
export interface PlanOverrides {
  /** Item target overrides by item id. */
  thresholdOverrides: Record<string, number>;
  /** Milestone due-date overrides: 'YYYY-MM-DD' for one-off, 'MM-DD' for yearly. */
  deadlineOverrides: Record<string, string>;
  /** Bloc target overrides: item id -> minimum percent of units. */
  blocTargetOverrides: Record<string, number>;
  /** The yearly report deadline as 'MM-DD'. */
  reportDeadline: string;
}
