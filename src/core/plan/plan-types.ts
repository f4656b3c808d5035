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

/** Which units an item applies to. */
export type Applicability = 'all' | 'handles-tthc';

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
  /** 'once': done once in the plan period (reported as "done by now"); 'yearly': each year. */
  frequency: 'once' | 'yearly';
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
  /** The plan's own wording of when ("chi bộ meeting of 01/2022", "Quý IV/2021"). */
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
