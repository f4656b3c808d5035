import type { IsoDate, Lang } from '../types';

/** A reporting unit (a grassroots party organization), with its history. */
export interface Unit {
  code: string; // stable code, e.g. 'DV001'
  name: string; // as the user spells it (kept for display)
  kind: 'dang-bo-co-so' | 'chi-bo-co-so';
  /** Resolves administrative procedures (giải quyết TTHC): II.3's on-time and satisfaction items apply. */
  resolvesTthc: boolean;
  /** Publishes administrative procedures (công bố, công khai TTHC): II.3's publication item applies. */
  publishesTthc: boolean;
  /** A provincial department, board or sector (sở, ban, ngành): III.2's steering board, III.4's code of conduct. */
  isDepartment: boolean;
  /** Active from this year (inclusive); absent = since the plan's start. */
  activeFrom?: number;
  /** Active until this year (inclusive); absent = still active. */
  activeTo?: number;
  /** Former and alternative names; a report under any of them finds this unit. */
  aliases: string[];
  /** Code of the unit it was merged into (then `activeTo` is the last year it reported itself). */
  mergedInto?: string;
  /** Its names by reporting year (a rename); a year no span covers uses `name`. */
  names?: YearSpan[];
  /**
   * The Party organization directly above it by reporting year, printed on line 1 of its
   * report; a year no span covers uses the organization names' `unitSuperior`.
   */
  superiors?: YearSpan[];
}

/** A name held over reporting years, `from`..`to` inclusive; open ends when absent. */
export interface YearSpan {
  from?: number;
  to?: number;
  name: string;
}

/**
 * Organization names printed in document headers, for one period: the names change (on
 * 13/02/2025 the provincial blocs were replaced, DOMAIN.md), so `Settings.org` is a list of
 * periods and every sheet takes the names valid on its date (org-names.ts).
 */
export interface OrgNames {
  /** First day these names apply; absent = from the start. */
  from?: IsoDate;
  /** Last day these names apply; absent = still in force. */
  to?: IsoDate;
  /** Line 1 of the consolidating committee's documents, e.g. "ĐẢNG BỘ TỈNH NGHỆ AN" */
  superior: string;
  /** The consolidating committee, e.g. "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" */
  issuer: string;
  /** Its standing committee, to which units report (plan V.3), e.g. "Ban Thường vụ Đảng ủy Khối" */
  standingCommittee: string;
  /** The consolidating office (plan V.1), e.g. "Ban Tuyên giáo Đảng ủy Khối" */
  consolidatingOffice: string;
  /** Line 1 of a unit's report: the Party organization directly above the units, e.g. "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH" */
  unitSuperior: string;
  /** e.g. "Nghệ An" */
  place: string;
  /** Names no plan or public decision confirms: the Settings panel marks them "(giả định)". */
  assumed: boolean;
}

/** Limits for reading untrusted files; every one a setting with a safe default. */
export interface ReadLimits {
  maxFileBytes: number;
  maxUncompressedBytes: number;
  maxZipEntries: number;
  maxSheets: number;
  maxCells: number;
  maxMillisPerFile: number;
}

export interface Settings {
  asOf: IsoDate;
  dueSoonDays: number;
  lang: Lang;
  /** Item target overrides by item id (same shape as the plan's TargetRule threshold). */
  thresholdOverrides: Record<string, number>;
  /** Milestone due-date overrides: 'YYYY-MM-DD' for one-off, 'MM-DD' for yearly. */
  deadlineOverrides: Record<string, string>;
  /** Bloc target overrides: item id -> minimum percent of units. */
  blocTargetOverrides: Record<string, number>;
  /** The units' yearly report deadline as 'MM-DD' (the plan names no date; assumed default 15/12). */
  reportDeadline: string;
  /** The organization names by period, in date order, without overlaps. */
  org: OrgNames[];
  units: Unit[];
  limits: ReadLimits;
}
