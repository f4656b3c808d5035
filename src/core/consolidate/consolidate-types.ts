import type { Plan } from '../plan/plan-types';
import type { BlocInput, UnitReport } from '../report/report-types';
import type { Settings, Unit } from '../settings/settings-types';
import type { Finding, IsoDate, Result, Text } from '../types';
import type { MilestoneRow } from '../milestones/milestone-types';
import type { ReportCheck } from '../validate/validate-types';
import type { IndicatorStatus, TargetAggregate } from './aggregate-types';
import type { InputFile, VerificationRecord } from '../verify/fingerprint';

/**
 * One report sheet offered for consolidation. The front doors read the files and parse the
 * sheets; a workbook with several report sheets gives several sources, and a file that could not
 * be read (or a sheet that is not a report) gives a source whose `read` failed. Unit and year
 * come from the template's stamp inside the sheet, never from the file name.
 */
export interface SourceInput {
  file: string;
  sheet?: string;
  /** Modification date of the file, the second tie-break between duplicates. */
  modified?: IsoDate;
  /** SHA-256 of the file's bytes (hex), from the front door that read them; see core/verify. */
  sha256?: string;
  read: Result<UnitReport>;
}

export interface ConsolidationInput {
  plan: Plan;
  settings: Settings;
  /** The reporting year being consolidated. */
  year: number;
  sources: SourceInput[];
  /** The consolidating office's own yearly inputs (province ranks, bloc milestone dates). */
  blocInputs?: BlocInput[];
  /** When the batch was imported, ISO date-time, passed in (the core has no clock). */
  importedAt: string;
  /**
   * Every input the front door read for this batch (reports, bloc data files, files skipped as
   * our own output), with its hash: what the verification record lists. Absent = none.
   */
  files?: InputFile[];
}

/**
 * What became of a source. 'accepted', 'accepted-with-findings' and 'old-template' are
 * consolidated; 'other-year' is not consolidated for the chosen year but feeds the trend;
 * 'duplicate', 'unknown-unit' and 'rejected' are left out.
 */
export type { SourceVerdict } from '../messages/vocabulary';
import type { SourceVerdict } from '../messages/vocabulary';

/** Why a source was rejected. */
export type RejectReason =
  | 'unreadable'
  | 'not-a-report'
  | 'other-plan'
  | 'newer-template'
  | 'keys-missing'
  // Whose report it is cannot be told: the typed unit name designates another listed unit than
  // the stamp, or reports of one unit and year give different names (needs a person's decision).
  | 'unit-mismatch';

/** A unit as a short reference (code and current name). */
export interface UnitRef {
  code: string;
  name: string;
}

export interface SourceRow {
  /** Position in `ConsolidationInput.sources`; other rows refer to a source by it. */
  index: number;
  file: string;
  sheet?: string;
  modified?: IsoDate;
  /** SHA-256 of the source's file (or sheet of the open workbook), when the front door gave it. */
  sha256?: string;
  /** The unit's code and name as written in the sheet (absent when the sheet was unreadable). */
  writtenCode?: string;
  writtenName?: string;
  /** The unit of the list the report was matched to, and how. */
  unit?: UnitRef;
  matchedVia?: 'code' | 'name' | 'alias' | 'merged';
  year?: number;
  templateVersion?: number;
  reportDate?: IsoDate;
  verdict: SourceVerdict;
  rejectReason?: RejectReason;
  /** One sentence saying what happened and, where something is wrong, what to do. */
  reason: Text;
  /** Read findings plus, for reports that were checked, the rule findings. */
  findings: Finding[];
  /** 'duplicate': the index of the source kept in its place. */
  keptIndex?: number;
  /** The kept source of a group: the indices of the duplicates left out. */
  duplicateIndices?: number[];
  /** 'unknown-unit': up to three units of the list the name resembles. */
  suggestions?: UnitRef[];
  /** A counted report dated after the yearly report deadline. */
  late?: Lateness;
  /**
   * 'other-year': the report is stamped with an earlier year's template but dated nearer the
   * deadline of the year consolidated than its own: the unit may have used the wrong template.
   */
  wrongTemplate?: WrongTemplate;
}

/** A report dated after the deadline of its year (the `reportDeadline` setting). */
export interface Lateness {
  due: IsoDate;
  reportDate: IsoDate;
  daysLate: number;
  /** The deadline is a setting's assumed default (the plan names no date): "hạn giả định". */
  dueAssumed?: true;
}

/** A report on an earlier year's template, dated as a report of the year consolidated. */
export interface WrongTemplate {
  /** The year stamped in the template. */
  templateYear: number;
  reportDate: IsoDate;
  sourceIndex: number;
  /** "báo cáo dùng mẫu năm 2024, lập ngày 10/12/2025: có thể đơn vị dùng nhầm mẫu" */
  note: Text;
}

/** A report that counts for its unit and year. */
export interface AcceptedReport {
  sourceIndex: number;
  unit: Unit;
  report: UnitReport;
  check: ReportCheck;
  verdict: 'accepted' | 'accepted-with-findings' | 'old-template';
  /** Present when the report is dated after the deadline. */
  late?: Lateness;
}

/** An active unit with no accepted report for the year: what a reminder needs. */
export interface NotReportedUnit {
  code: string;
  name: string;
  kind: Unit['kind'];
  /** The latest earlier year with an accepted report in this batch, if any. */
  lastReportedYear?: number;
  /** Due date of the yearly report, from the report milestone (settings apply). */
  due?: IsoDate;
  /** Days past `due` as of `settings.asOf`; 0 when not yet due. */
  daysOverdue: number;
  /** `due` is a setting's assumed default (the plan names no date): "hạn giả định". */
  dueAssumed?: true;
  /** A report of the unit that looks like this year's report on last year's template. */
  wrongTemplate?: WrongTemplate;
}

/** A bloc target's achievement in one year. */
export interface TrendPoint {
  year: number;
  /** Accepted reports of that year in the batch. */
  reports: number;
  meeting: number;
  /** Units active that year the item applies to, reported or not; 0 for a year with no report. */
  applicable: number;
  /** Percent 0-100, null for a year with no report in the batch or no applicable unit. */
  percent: number | null;
  met: boolean | null;
}

export interface TrendRow {
  itemId: string;
  minPercent: number;
  points: TrendPoint[];
}

export interface ConsolidationCounts {
  sources: number;
  accepted: number;
  acceptedWithFindings: number;
  oldTemplate: number;
  duplicate: number;
  unknownUnit: number;
  otherYear: number;
  rejected: number;
  /** Units active in the year. */
  expected: number;
  /** Active units with an accepted report. */
  reported: number;
  notReported: number;
  /** Counted reports dated after the deadline. */
  late: number;
}

export interface Consolidation {
  planId: string;
  year: number;
  asOf: IsoDate;
  importedAt: string;
  /** One row per source, in input order. */
  sources: SourceRow[];
  /** Units active in the year, grouped by kind (đảng bộ cơ sở first), Vietnamese order. */
  units: Unit[];
  /** The year's accepted reports, in the order of `units`. */
  accepted: AcceptedReport[];
  aggregates: TargetAggregate[];
  indicators: IndicatorStatus[];
  /**
   * Every milestone of the units that reported, with its status as of `asOf` (one-off ones and
   * those of `year`); the yearly report itself is in `notReported` and `late`.
   */
  unitMilestones: MilestoneRow[];
  /** Every bloc milestone up to the year, with its status. */
  blocMilestones: MilestoneRow[];
  notReported: NotReportedUnit[];
  /** Years with at least one counted or other-year report in the batch, ascending. */
  yearsWithReports: number[];
  /** Years of the trend, from the plan's first year to the latest year in the batch. */
  trendYears: number[];
  trend: TrendRow[];
  counts: ConsolidationCounts;
  /** What `baocao verify` checks a folder against later: the inputs' hashes and the fingerprint. */
  verification: VerificationRecord;
}
