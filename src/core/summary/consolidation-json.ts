import type {
  Consolidation,
  ConsolidationCounts,
  Lateness,
  RejectReason,
  SourceVerdict,
  WrongTemplate,
} from '../consolidate/consolidate-types';
import type { IndicatorState } from '../consolidate/aggregate-types';
import type { MilestoneRow, MilestoneStatus } from '../milestones/milestone-types';
import { effectivePlan } from '../plan/effective-plan';
import type { Plan } from '../plan/plan-types';
import type { Settings, Unit } from '../settings/settings-types';
import type { Finding, Severity, Text } from '../types';
import type { ItemVerdict } from '../validate/validate-types';
import type { VerificationRecord } from '../verify/fingerprint';
import { cellsOf } from './sources-sheet';
import { targetColumns, type TargetColumn } from './target-columns';

/**
 * A consolidation as plain, versioned JSON for other programs (CSV exporters, dashboards). Every
 * field is documented in docs/consolidation-json.md. The shape is stable within a schema
 * version: absent values are `null` (never missing keys), lists are always lists. Strings from
 * units (names, notes, file names) are kept exactly as read: consumers must treat every string
 * as text (a name may begin with "=", "+", "-" or "@"), and nothing here is escaped for them.
 */

export const CONSOLIDATION_JSON_SCHEMA_VERSION = 2;

/** The `kind` every consolidation JSON carries, so a folder scan can tell it from a report. */
export const CONSOLIDATION_JSON_KIND = 'baocao-consolidation';

/** A report dated after the deadline. */
export interface LateJson {
  due: string;
  reportDate: string;
  daysLate: number;
  /** `due` is a setting's assumed default (the plan names no report date). */
  dueAssumed: boolean;
}

/** A report on an earlier year's template dated as a report of the year consolidated. */
export interface WrongTemplateJson {
  templateYear: number;
  reportDate: string;
  sourceIndex: number;
  note: Text;
}

export interface FindingJson {
  code: string;
  severity: Severity;
  message: Text;
  itemId: string | null;
  unitCode: string | null;
  file: string | null;
  sheet: string | null;
  cell: string | null;
  value: string | null;
  target: string | null;
}

export interface SourceJson {
  index: number;
  file: string;
  sheet: string | null;
  modified: string | null;
  sha256: string | null;
  writtenCode: string | null;
  writtenName: string | null;
  unitCode: string | null;
  unitName: string | null;
  matchedVia: 'code' | 'name' | 'alias' | 'merged' | null;
  year: number | null;
  templateVersion: number | null;
  reportDate: string | null;
  verdict: SourceVerdict;
  counted: boolean;
  rejectReason: RejectReason | null;
  reason: Text;
  keptIndex: number | null;
  duplicateIndices: number[];
  suggestions: { code: string; name: string }[];
  late: LateJson | null;
  wrongTemplate: WrongTemplateJson | null;
  findings: FindingJson[];
}

export interface TargetJson {
  itemId: string;
  code: string;
  section: string;
  label: Text;
  criterion: Text;
  minPercent: number;
  /** True when the plan states the unit criterion or the share of units not as shown: see `assumedNote`. */
  assumed: boolean;
  /** What was assumed, in the plan data's words; null when nothing was. */
  assumedNote: Text | null;
  meeting: number;
  /** Units active in the year the item applies to, reported or not. */
  applicable: number;
  /** Of those, units with a counted report. */
  reported: number;
  /** Of those, units without a counted report (`applicable - reported`). */
  missing: number;
  percent: number | null;
  met: boolean | null;
  notMet: string[];
  notEntered: string[];
  notReported: string[];
}

export interface UnitJson {
  code: string;
  name: string;
  kind: Unit['kind'];
  /** The unit-list flags that decide which items apply (`appliesToUnit`). */
  resolvesTthc: boolean;
  publishesTthc: boolean;
  isDepartment: boolean;
  reported: boolean;
  sourceIndex: number | null;
  /** By item id, every item of the plan; null when the unit did not report. */
  verdicts: Record<string, ItemVerdict> | null;
  measures: Record<string, number | null> | null;
  /** By item id: the cell the value was read from ("E16", "E20 / E21" for a ratio). */
  cells: Record<string, string> | null;
  late: LateJson | null;
}

export interface NotReportedJson {
  code: string;
  name: string;
  kind: Unit['kind'];
  lastReportedYear: number | null;
  due: string | null;
  /** `due` is a setting's assumed default (the plan names no report date). */
  dueAssumed: boolean;
  daysOverdue: number;
  wrongTemplate: WrongTemplateJson | null;
}

export interface IndicatorJson {
  indicatorId: string;
  label: Text;
  year: number;
  rank: number | null;
  previousRank: number | null;
  status: IndicatorState;
  message: Text;
}

export interface MilestoneJson {
  milestoneId: string;
  label: Text;
  who: 'unit' | 'bloc';
  unitCode: string | null;
  year: number | null;
  due: string;
  /** True when the plan states no such due date (a setting's default): see `assumedNote`. */
  assumed: boolean;
  assumedNote: Text | null;
  done: string | null;
  status: MilestoneStatus;
  /** A milestone judged on a yearly count (IV: departments inspected, ≥ 2): the count and its minimum. */
  count: { value: number | null; min: number } | null;
}

export interface TrendJson {
  years: number[];
  targets: {
    itemId: string;
    code: string;
    minPercent: number;
    points: {
      year: number;
      reports: number;
      meeting: number;
      applicable: number;
      percent: number | null;
      met: boolean | null;
    }[];
  }[];
}

export interface ConsolidationJson {
  kind: typeof CONSOLIDATION_JSON_KIND;
  schemaVersion: typeof CONSOLIDATION_JSON_SCHEMA_VERSION;
  planId: string;
  planTitle: Text;
  year: number;
  asOf: string;
  importedAt: string;
  counts: ConsolidationCounts;
  sources: SourceJson[];
  targets: TargetJson[];
  units: UnitJson[];
  notReported: NotReportedJson[];
  yearsWithReports: number[];
  indicators: IndicatorJson[];
  milestones: { unit: MilestoneJson[]; bloc: MilestoneJson[] };
  trend: TrendJson;
  verification: VerificationJson;
}

/** The record `baocao verify` checks against (core/verify/fingerprint.ts, docs "Verification"). */
export interface VerificationJson {
  version: number;
  algorithm: 'sha256';
  fingerprint: string;
  planId: string;
  planSha256: string;
  year: number;
  settingsSha256: string;
  /** The settings the consolidation used, so `settingsSha256` can be recomputed; null when not given. */
  settings: Settings | null;
  files: { name: string; kind: 'file' | 'sheet'; sha256: string | null }[];
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const copyText = (t: Text | undefined): Text | null => (t ? { vi: t.vi, en: t.en } : null);

/** The plan's notes on what it does not state of a target: the unit criterion, then the share. */
function targetAssumedNote(plan: Plan, t: TargetColumn): Text | null {
  const notes = [
    t.criterionAssumed ? t.item.assumed : undefined,
    t.minPercentAssumed ? plan.blocTargets.find((b) => b.itemId === t.itemId)?.assumed : undefined,
  ].filter((n): n is Text => n !== undefined);
  return notes.length ? { vi: notes.map((n) => n.vi).join(' '), en: notes.map((n) => n.en).join(' ') } : null;
}

function findingJson(f: Finding): FindingJson {
  return {
    code: f.code,
    severity: f.severity,
    message: { vi: f.message.vi, en: f.message.en },
    itemId: orNull(f.itemId),
    unitCode: orNull(f.unitCode),
    file: orNull(f.file),
    sheet: orNull(f.sheet),
    cell: orNull(f.cell),
    value: orNull(f.value),
    target: orNull(f.target),
  };
}

function lateJson(l: Lateness | undefined): LateJson | null {
  if (!l) return null;
  return { due: l.due, reportDate: l.reportDate, daysLate: l.daysLate, dueAssumed: l.dueAssumed === true };
}

function wrongTemplateJson(w: WrongTemplate | undefined): WrongTemplateJson | null {
  return w
    ? {
        templateYear: w.templateYear,
        reportDate: w.reportDate,
        sourceIndex: w.sourceIndex,
        note: { ...w.note },
      }
    : null;
}

/**
 * Whether parsed JSON is a consolidation this program wrote (so a folder scan skips it): the
 * `kind` mark, or, for files of schema version 1 written before the mark, its top-level shape.
 */
export function isConsolidationJson(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const o = value as Record<string, unknown>;
  if (o.kind === CONSOLIDATION_JSON_KIND) return true;
  return (
    o.schemaVersion === 1 &&
    typeof o.planId === 'string' &&
    Array.isArray(o.sources) &&
    Array.isArray(o.targets)
  );
}

/**
 * The JSON of a consolidation. `settings` gives the bloc-target overrides the table used; without
 * it the plan's own targets are shown (the numbers themselves always come from `c`).
 */
export function consolidationJson(c: Consolidation, plan: Plan, settings?: Settings): ConsolidationJson {
  const ep = settings ? effectivePlan(plan, settings) : plan;
  const milestoneLabel = (id: string): Text => {
    const m = ep.milestones.find((x) => x.id === id);
    return m ? { ...m.label } : { vi: id, en: id };
  };
  const milestoneAssumed = (id: string): Text | undefined => ep.milestones.find((x) => x.id === id)?.assumed;
  const milestone = (m: MilestoneRow): MilestoneJson => ({
    milestoneId: m.milestoneId,
    label: milestoneLabel(m.milestoneId),
    who: m.who,
    unitCode: orNull(m.unitCode),
    year: orNull(m.year),
    due: m.due,
    assumed: milestoneAssumed(m.milestoneId) !== undefined,
    assumedNote: copyText(milestoneAssumed(m.milestoneId)),
    done: orNull(m.done),
    status: m.status,
    count: m.count ? { value: orNull(m.count.value), min: m.count.min } : null,
  });
  const columns = targetColumns(ep);
  const aggregates = new Map(c.aggregates.map((a) => [a.itemId, a]));
  const accepted = new Map(c.accepted.map((a) => [a.unit.code, a]));
  const codes = new Map(columns.map((t) => [t.itemId, t.code]));

  return {
    kind: CONSOLIDATION_JSON_KIND,
    schemaVersion: CONSOLIDATION_JSON_SCHEMA_VERSION,
    planId: c.planId,
    planTitle: { ...plan.shortTitle },
    year: c.year,
    asOf: c.asOf,
    importedAt: c.importedAt,
    counts: { ...c.counts },
    sources: c.sources.map((s) => ({
      index: s.index,
      file: s.file,
      sheet: orNull(s.sheet),
      modified: orNull(s.modified),
      sha256: orNull(s.sha256),
      writtenCode: orNull(s.writtenCode),
      writtenName: orNull(s.writtenName),
      unitCode: s.unit?.code ?? null,
      unitName: s.unit?.name ?? null,
      matchedVia: orNull(s.matchedVia),
      year: orNull(s.year),
      templateVersion: orNull(s.templateVersion),
      reportDate: orNull(s.reportDate),
      verdict: s.verdict,
      counted:
        s.verdict === 'accepted' || s.verdict === 'accepted-with-findings' || s.verdict === 'old-template',
      rejectReason: orNull(s.rejectReason),
      reason: { ...s.reason },
      keptIndex: orNull(s.keptIndex),
      duplicateIndices: [...(s.duplicateIndices ?? [])],
      suggestions: (s.suggestions ?? []).map((u) => ({ code: u.code, name: u.name })),
      late: lateJson(s.late),
      wrongTemplate: wrongTemplateJson(s.wrongTemplate),
      findings: s.findings.map(findingJson),
    })),
    targets: columns.map((t) => {
      const a = aggregates.get(t.itemId);
      return {
        itemId: t.itemId,
        code: t.code,
        section: t.item.section,
        label: { ...t.item.label },
        criterion: { ...t.criterion },
        minPercent: a?.minPercent ?? t.minPercent,
        assumed: t.criterionAssumed || t.minPercentAssumed,
        assumedNote: targetAssumedNote(ep, t),
        meeting: a?.meeting ?? 0,
        applicable: a?.applicable ?? 0,
        reported: a?.reported ?? 0,
        missing: a?.missing ?? 0,
        percent: a?.percent ?? null,
        met: a?.met ?? null,
        notMet: [...(a?.notMet ?? [])],
        notEntered: [...(a?.notEntered ?? [])],
        notReported: [...(a?.notReported ?? [])],
      };
    }),
    units: c.units.map((u) => {
      const a = accepted.get(u.code);
      return {
        code: u.code,
        name: u.name,
        kind: u.kind,
        resolvesTthc: u.resolvesTthc,
        publishesTthc: u.publishesTthc,
        isDepartment: u.isDepartment,
        reported: a !== undefined,
        sourceIndex: a ? a.sourceIndex : null,
        verdicts: a ? { ...a.check.verdicts } : null,
        measures: a
          ? Object.fromEntries(
              Object.entries(a.check.measures).map(([id, n]) => [id, n === undefined ? null : n]),
            )
          : null,
        cells: a
          ? Object.fromEntries(
              plan.items.map((i) => [i.id, cellsOf(a, i.id)] as const).filter(([, cell]) => cell !== ''),
            )
          : null,
        late: lateJson(a?.late),
      };
    }),
    notReported: c.notReported.map((n) => ({
      code: n.code,
      name: n.name,
      kind: n.kind,
      lastReportedYear: orNull(n.lastReportedYear),
      due: orNull(n.due),
      dueAssumed: n.dueAssumed === true,
      daysOverdue: n.daysOverdue,
      wrongTemplate: wrongTemplateJson(n.wrongTemplate),
    })),
    yearsWithReports: [...c.yearsWithReports],
    indicators: c.indicators.map((i) => ({
      indicatorId: i.indicatorId,
      label: {
        ...(plan.provinceIndicators.find((p) => p.id === i.indicatorId)?.label ?? {
          vi: i.indicatorId,
          en: i.indicatorId,
        }),
      },
      year: i.year,
      rank: orNull(i.rank),
      previousRank: orNull(i.previousRank),
      status: i.status,
      message: { ...i.message },
    })),
    milestones: { unit: c.unitMilestones.map(milestone), bloc: c.blocMilestones.map(milestone) },
    trend: {
      years: [...c.trendYears],
      targets: c.trend.map((t) => ({
        itemId: t.itemId,
        code: codes.get(t.itemId) ?? t.itemId,
        minPercent: t.minPercent,
        points: t.points.map((p) => ({ ...p })),
      })),
    },
    verification: verificationJson(c.verification, settings),
  };
}

function verificationJson(r: VerificationRecord, settings: Settings | undefined): VerificationJson {
  return {
    version: r.version,
    algorithm: 'sha256',
    fingerprint: r.fingerprint,
    planId: r.planId,
    planSha256: r.planSha256,
    year: r.year,
    settingsSha256: r.settingsSha256,
    settings: settings ? (JSON.parse(JSON.stringify(settings)) as Settings) : null,
    files: r.files.map((f) => ({ name: f.name, kind: f.kind, sha256: f.sha256 })),
  };
}
