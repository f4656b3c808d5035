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
}

/** Organization names printed in document headers. */
export interface OrgNames {
  /** e.g. "ĐẢNG BỘ TỈNH NGHỆ AN" */
  superior: string;
  /** e.g. "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" */
  issuer: string;
  /** e.g. "Nghệ An" */
  place: string;
  /** The consolidating office, e.g. "Ban Tuyên giáo Đảng ủy Khối" */
  consolidatingOffice: string;
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
  org: OrgNames;
  units: Unit[];
  limits: ReadLimits;
}
