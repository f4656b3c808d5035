import { milestoneStatuses, yearlyDue } from '../milestones/milestone-status';
import type { MilestoneRow } from '../milestones/milestone-status';
import { effectivePlan } from '../plan/effective-plan';
import type { Plan } from '../plan/plan-types';
import type { BlocInput, UnitReport } from '../report/report-types';
import { duplicateNamesDisagree, unitNameMismatch } from '../messages/unit-messages';
import { resolveUnit } from '../settings/resolve-unit';
import { typedNameIdentity, unitConflict, unitOfTypedName } from '../settings/unit-of-name';
import type { Settings, Unit } from '../settings/settings-types';
import { activeUnits, isActive } from '../settings/units-active';
import { CURRENT_TEMPLATE_VERSION } from '../template/template-versions';
import { daysBetween, sortVi } from '../text';
import type { Finding, IsoDate } from '../types';
import { validateReport } from '../validate/validate-report';
import { verificationRecord } from '../verify/fingerprint';
import type { ReportCheck } from '../validate/validate-types';
import { aggregateBloc, evaluateIndicators } from './aggregate';
import type {
  AcceptedReport,
  Consolidation,
  ConsolidationCounts,
  ConsolidationInput,
  Lateness,
  NotReportedUnit,
  RejectReason,
  SourceInput,
  SourceRow,
  SourceVerdict,
  TrendRow,
  UnitRef,
  WrongTemplate,
} from './consolidate-types';
import { keepRule, namesDisagree, rankDuplicates } from './duplicates';
import {
  acceptedReason,
  duplicateReason,
  isCounted,
  rejectedReason,
  unknownUnitReason,
  wrongTemplateNote,
} from './verdicts';

export type * from './consolidate-types';

/** Reading codes that say why a sheet could not be used; anything else is 'unreadable'. */
const REJECT_REASONS: Record<string, RejectReason> = {
  'TEMPLATE.NOT_A_REPORT': 'not-a-report',
  'FILE.NO_REPORT_SHEET': 'not-a-report',
  'TEMPLATE.OTHER_PLAN': 'other-plan',
  'TEMPLATE.VERSION': 'newer-template',
  'TEMPLATE.KEYS_MISSING': 'keys-missing',
};

/** A readable report matched to an active unit: a candidate for its unit and year. */
interface Candidate {
  index: number;
  file: string;
  sheet?: string;
  modified?: IsoDate;
  sha256?: string;
  reportDate?: IsoDate;
  report: UnitReport;
  unit: Unit;
  via: 'code' | 'name' | 'alias' | 'merged';
  year: number;
  /** What the typed unit name designates (typedNameIdentity), for the duplicate rule. */
  nameIdentity: string;
}

interface Kept extends Candidate {
  check: ReportCheck;
  verdict: SourceVerdict;
  late?: Lateness;
  wrongTemplate?: WrongTemplate;
}

/**
 * Consolidates a batch of unit reports for `input.year`. Each source gets a verdict:
 * - rejected: unreadable, not a report, another plan, a template newer than this build, keys
 *   deleted (the reading finding says which);
 * - unknown-unit: resolveUnit found no unit (with up to 3 suggestions), or the unit is not active
 *   in the report's year; a renamed unit's report under its old name resolves by alias, and a
 *   merged unit's report for a year after its `activeTo` resolves to the unit it merged into;
 * - rejected 'unit-mismatch' (whose report is it): the typed unit name designates another listed
 *   unit than the stamp, or reports of one unit and year give different unit names (then none of
 *   them is counted: a date must not decide which unit's report survives);
 * - duplicate: another report of the same unit and year was kept (latest report date, then
 *   latest modification, then the last in file name order); the kept one lists its duplicates;
 * - other-year: a kept report of another year, left out of the table and used for the trend;
 * - old-template (read through an older layout), accepted-with-findings (errors or warnings from
 *   reading or the rules; invalid values count as not met), accepted: consolidated.
 * Units active in the year without a consolidated report are "not reported".
 */
export function consolidate(input: ConsolidationInput): Consolidation {
  const { plan, settings, year } = input;
  const rows: SourceRow[] = [];
  const candidates: Candidate[] = [];

  input.sources.forEach((source, index) => {
    const classified = classify(source, index, plan, settings);
    if ('row' in classified) rows[index] = classified.row;
    else candidates.push(classified.candidate);
  });

  // Duplicates: one kept report per unit and year.
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = `${c.unit.code}\u0000${c.year}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const kept: Kept[] = [];
  for (const group of groups.values()) {
    if (namesDisagree(group)) {
      for (const c of group) rows[c.index] = namesDisagreeRow(c, group);
      continue;
    }
    const [best, ...rest] = rankDuplicates(group);
    if (!best) continue;
    for (const d of rest) {
      rows[d.index] = {
        ...baseRow(d),
        verdict: 'duplicate',
        keptIndex: best.index,
        reason: duplicateReason({
          unitName: d.unit.name,
          year: d.year,
          kept: best,
          self: d,
          rule: keepRule(best, d),
        }),
        findings: d.report.readFindings,
      };
    }
    const check = validateReport(best.report, plan, settings, best.unit);
    const findings = [...best.report.readFindings, ...check.findings];
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const old = best.report.stamp.templateVersion < CURRENT_TEMPLATE_VERSION;
    const verdict: SourceVerdict =
      best.year !== year
        ? 'other-year'
        : old
          ? 'old-template'
          : errors + warnings > 0
            ? 'accepted-with-findings'
            : 'accepted';
    const late = best.year === year ? lateness(plan, settings, year, best.reportDate) : undefined;
    const wrongTemplate = wrongTemplateOf(plan, settings, year, best);
    kept.push({
      ...best,
      check,
      verdict,
      ...(late ? { late } : {}),
      ...(wrongTemplate ? { wrongTemplate } : {}),
    });
    rows[best.index] = {
      ...baseRow(best),
      verdict,
      ...(late ? { late } : {}),
      ...(wrongTemplate ? { wrongTemplate } : {}),
      reason: acceptedReason({
        unitName: best.unit.name,
        writtenName: best.report.unitName || best.report.stamp.unitCode,
        year,
        via: best.via,
        errors,
        warnings,
        ...(old ? { oldVersion: best.report.stamp.templateVersion } : {}),
        ...(best.year !== year ? { otherYear: best.year } : {}),
        ...(late ? { late } : {}),
        ...(wrongTemplate ? { wrongTemplate: wrongTemplate.note } : {}),
        duplicates: rest.map((d) => ({ file: d.file, ...(d.sheet !== undefined ? { sheet: d.sheet } : {}) })),
      }),
      findings,
      ...(rest.length > 0 ? { duplicateIndices: rest.map((d) => d.index) } : {}),
    };
  }

  const units = unitsInOrder(activeUnits(settings.units, year));
  const order = new Map(units.map((u, i) => [u.code, i]));
  const accepted: AcceptedReport[] = kept
    .filter((k) => k.year === year && isCounted(k.verdict))
    .sort((a, b) => (order.get(a.unit.code) ?? 0) - (order.get(b.unit.code) ?? 0))
    .map((k) => ({
      sourceIndex: k.index,
      unit: k.unit,
      report: k.report,
      check: k.check,
      verdict: k.verdict as AcceptedReport['verdict'],
      ...(k.late ? { late: k.late } : {}),
    }));

  const aggregates = aggregateBloc(plan, settings, year, accepted);
  const indicators = evaluateIndicators(plan, ranksByYear(input.blocInputs ?? []), year);
  const reportsByUnit = reportsByUnitAndYear(kept);
  const unitMilestones = accepted.flatMap(({ unit }) =>
    milestoneStatuses(plan, settings, {
      kind: 'unit',
      unit,
      reportsByYear: reportsByUnit.get(unit.code) ?? {},
    }).filter((m) => (m.year === undefined || m.year === year) && !isReportMilestone(plan, m)),
  );
  const blocMilestones = milestoneStatuses(plan, settings, {
    kind: 'bloc',
    blocInputs: Object.fromEntries((input.blocInputs ?? []).map((b) => [b.year, b])),
  }).filter((m) => m.year === undefined || m.year <= year);

  const reportedCodes = new Set(accepted.map((a) => a.unit.code));
  const notReported = units
    .filter((u) => !reportedCodes.has(u.code))
    .map((u) => notReportedUnit(u, year, kept, plan, settings));

  const trendYears = yearsOfTrend(plan.firstYear, year, kept);
  const trend = trendOf(plan, settings, trendYears, kept);

  const count = (v: SourceVerdict): number => rows.filter((r) => r.verdict === v).length;
  const counts: ConsolidationCounts = {
    sources: input.sources.length,
    accepted: count('accepted'),
    acceptedWithFindings: count('accepted-with-findings'),
    oldTemplate: count('old-template'),
    duplicate: count('duplicate'),
    unknownUnit: count('unknown-unit'),
    otherYear: count('other-year'),
    rejected: count('rejected'),
    expected: units.length,
    reported: accepted.length,
    notReported: notReported.length,
    late: accepted.filter((a) => a.late !== undefined).length,
  };

  return {
    planId: plan.id,
    year,
    asOf: settings.asOf,
    importedAt: input.importedAt,
    sources: rows,
    units,
    accepted,
    aggregates,
    indicators,
    unitMilestones,
    blocMilestones,
    notReported,
    yearsWithReports: [...new Set(kept.map((k) => k.year))].sort((a, b) => a - b),
    trendYears,
    trend,
    counts,
    verification: verificationRecord({ plan, settings, year, files: input.files ?? [] }),
  };
}

/** Either a finished row (rejected, unknown unit) or a candidate for the duplicate rule. */
function classify(
  source: SourceInput,
  index: number,
  plan: Plan,
  settings: Settings,
): { row: SourceRow } | { candidate: Candidate } {
  const place = {
    index,
    file: source.file,
    ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
    ...(source.modified !== undefined ? { modified: source.modified } : {}),
    ...(source.sha256 !== undefined ? { sha256: source.sha256 } : {}),
  };
  if (!source.read.ok) {
    const first = source.read.error.find((f) => f.severity === 'error') ?? source.read.error[0];
    return {
      row: {
        ...place,
        verdict: 'rejected',
        rejectReason: (first && REJECT_REASONS[first.code]) ?? 'unreadable',
        reason: rejectedReason(first),
        findings: source.read.error,
      },
    };
  }
  const report = source.read.value;
  const written = {
    ...place,
    ...(source.sheet === undefined ? { sheet: report.source.sheet } : {}),
    ...(source.modified === undefined && report.source.modified !== undefined
      ? { modified: report.source.modified }
      : {}),
    writtenCode: report.stamp.unitCode,
    writtenName: report.unitName,
    year: report.stamp.year,
    templateVersion: report.stamp.templateVersion,
    ...(report.reportDate !== undefined ? { reportDate: report.reportDate } : {}),
  };
  // The parser already refuses these; a report from elsewhere (another adapter) may not have been.
  if (report.stamp.planId !== plan.id || report.stamp.templateVersion > CURRENT_TEMPLATE_VERSION) {
    const other = report.stamp.planId !== plan.id;
    const finding: Finding = {
      code: other ? 'TEMPLATE.OTHER_PLAN' : 'TEMPLATE.VERSION',
      severity: 'error',
      message: other
        ? {
            vi: `Báo cáo thuộc kế hoạch “${report.stamp.planId}”, không phải “${plan.shortTitle.vi}”. Hãy dùng mẫu báo cáo của ${plan.shortTitle.vi}.`,
            en: `The report belongs to plan "${report.stamp.planId}", not "${plan.shortTitle.en}". Use the ${plan.shortTitle.en} template.`,
          }
        : {
            vi: `Mẫu báo cáo phiên bản ${report.stamp.templateVersion} mới hơn phiên bản phần mềm đọc được (${CURRENT_TEMPLATE_VERSION}). Hãy cập nhật phần mềm rồi thử lại.`,
            en: `The template is version ${report.stamp.templateVersion}, newer than this add-in reads (${CURRENT_TEMPLATE_VERSION}). Update the add-in and try again.`,
          },
      sheet: report.source.sheet,
      file: source.file,
    };
    return {
      row: {
        ...written,
        verdict: 'rejected',
        rejectReason: other ? 'other-plan' : 'newer-template',
        reason: rejectedReason(finding),
        findings: [finding, ...report.readFindings],
      },
    };
  }

  const year = report.stamp.year;
  const match = resolveUnit(report.unitName, report.stamp.unitCode, year, settings.units);
  if (match.kind === 'unknown' || !isActive(match.unit, year)) {
    const suggestions: UnitRef[] = match.kind === 'unknown' ? match.suggestions.map(ref) : [];
    const inactive = match.kind === 'found' ? match.unit : undefined;
    return {
      row: {
        ...written,
        ...(inactive ? { unit: ref(inactive) } : {}),
        verdict: 'unknown-unit',
        reason: unknownUnitReason(
          report.unitName,
          report.stamp.unitCode,
          year,
          suggestions.map((s) => s.name),
          inactive,
        ),
        findings: report.readFindings,
        ...(match.kind === 'unknown' ? { suggestions } : {}),
      },
    };
  }
  // The typed name resolved once, for the stamp check and the duplicate rule.
  const named = unitOfTypedName(report.unitName, year, settings.units);
  const conflict = unitConflict(report, settings.units, named);
  if (conflict) {
    const finding = unitNameMismatch(report, conflict.stamped, conflict.named);
    return {
      row: {
        ...written,
        verdict: 'rejected',
        rejectReason: 'unit-mismatch',
        reason: rejectedReason(finding),
        findings: [finding, ...report.readFindings],
      },
    };
  }
  return {
    candidate: {
      ...written,
      report,
      unit: match.unit,
      via: match.via,
      year,
      nameIdentity: typedNameIdentity(report.unitName, named),
    },
  };
}

/** A report of a group whose typed names disagree: needs a person's decision, none is counted. */
function namesDisagreeRow(c: Candidate, group: readonly Candidate[]): SourceRow {
  const named = (x: Candidate) => ({
    file: x.file,
    ...(x.sheet !== undefined ? { sheet: x.sheet } : {}),
    ...(x.report.unitNameCell !== undefined ? { cell: x.report.unitNameCell } : {}),
    unitName: x.report.unitName,
  });
  const finding = duplicateNamesDisagree(c.unit, c.year, named(c), group.map(named));
  return {
    ...baseRow(c),
    verdict: 'rejected',
    rejectReason: 'unit-mismatch',
    reason: rejectedReason(finding),
    findings: [finding, ...c.report.readFindings],
  };
}

const ref = (u: Unit): UnitRef => ({ code: u.code, name: u.name });

/** The part of a row every candidate has, whatever its verdict. */
function baseRow(c: Candidate): Omit<SourceRow, 'verdict' | 'reason' | 'findings'> {
  return {
    index: c.index,
    file: c.file,
    ...(c.sheet !== undefined ? { sheet: c.sheet } : {}),
    ...(c.modified !== undefined ? { modified: c.modified } : {}),
    ...(c.sha256 !== undefined ? { sha256: c.sha256 } : {}),
    writtenCode: c.report.stamp.unitCode,
    writtenName: c.report.unitName,
    unit: ref(c.unit),
    matchedVia: c.via,
    year: c.year,
    templateVersion: c.report.stamp.templateVersion,
    ...(c.reportDate !== undefined ? { reportDate: c.reportDate } : {}),
  };
}

/** Đảng bộ cơ sở first, then chi bộ cơ sở; Vietnamese order of names within each kind. */
export function unitsInOrder(units: readonly Unit[]): Unit[] {
  const kinds: Unit['kind'][] = ['dang-bo-co-so', 'chi-bo-co-so'];
  return kinds.flatMap((k) =>
    sortVi(
      units.filter((u) => u.kind === k),
      (u) => u.name,
    ),
  );
}

function ranksByYear(blocInputs: readonly BlocInput[]): Record<number, Record<string, number | undefined>> {
  const out: Record<number, Record<string, number | undefined>> = {};
  for (const b of blocInputs) out[b.year] = { ...out[b.year], ...b.ranks };
  return out;
}

function reportsByUnitAndYear(kept: readonly Kept[]): Map<string, Record<number, UnitReport>> {
  const out = new Map<string, Record<number, UnitReport>>();
  for (const k of kept) {
    const byYear = out.get(k.unit.code) ?? {};
    byYear[k.year] = k.report;
    out.set(k.unit.code, byYear);
  }
  return out;
}

/** The yearly report milestone is shown as "not reported", not a second time as overdue. */
function isReportMilestone(plan: Plan, row: MilestoneRow): boolean {
  return plan.milestones.find((m) => m.id === row.milestoneId)?.doneBy.kind === 'report-date';
}

function notReportedUnit(
  unit: Unit,
  year: number,
  kept: readonly Kept[],
  plan: Plan,
  settings: Settings,
): NotReportedUnit {
  const earlier = kept.filter((k) => k.unit.code === unit.code && k.year < year).map((k) => k.year);
  const last = earlier.length > 0 ? Math.max(...earlier) : undefined;
  const due = reportDue(plan, settings, year);
  const wrongTemplate = kept.find((k) => k.unit.code === unit.code && k.wrongTemplate)?.wrongTemplate;
  return {
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    ...(last !== undefined ? { lastReportedYear: last } : {}),
    ...(due !== undefined ? { due } : {}),
    daysOverdue: due !== undefined ? Math.max(0, daysBetween(due, settings.asOf)) : 0,
    ...(due !== undefined && reportDueAssumed(plan) ? { dueAssumed: true as const } : {}),
    ...(wrongTemplate ? { wrongTemplate } : {}),
  };
}

/** The report of `year` dated after that year's deadline: how late. */
function lateness(
  plan: Plan,
  settings: Settings,
  year: number,
  reportDate: IsoDate | undefined,
): Lateness | undefined {
  const due = reportDue(plan, settings, year);
  if (due === undefined || reportDate === undefined) return undefined;
  const daysLate = daysBetween(due, reportDate);
  if (daysLate <= 0) return undefined;
  return { due, reportDate, daysLate, ...(reportDueAssumed(plan) ? { dueAssumed: true as const } : {}) };
}

/**
 * A report stamped with an earlier year than `year` but dated nearer the deadline of `year` than
 * the deadline of its own year: most likely this year's report filled in on last year's template.
 * (A 2024 report dated in January 2025 is a late 2024 report, not a mistake.)
 */
function wrongTemplateOf(
  plan: Plan,
  settings: Settings,
  year: number,
  k: Candidate,
): WrongTemplate | undefined {
  const date = k.reportDate;
  if (k.year >= year || date === undefined) return undefined;
  const own = reportDue(plan, settings, k.year);
  const consolidated = reportDue(plan, settings, year);
  if (own === undefined || consolidated === undefined) return undefined;
  if (Math.abs(daysBetween(date, consolidated)) >= Math.abs(daysBetween(date, own))) return undefined;
  return {
    templateYear: k.year,
    reportDate: date,
    sourceIndex: k.index,
    note: wrongTemplateNote(k.year, date),
  };
}

/** Due date of the yearly report of `year`, with the deadline settings applied. */
export function reportDue(plan: Plan, settings: Settings, year: number): IsoDate | undefined {
  const m = effectivePlan(plan, settings).milestones.find(
    (x) => x.who === 'unit' && x.doneBy.kind === 'report-date',
  );
  if (!m) return undefined;
  return m.schedule.kind === 'yearly' ? yearlyDue(year, m.schedule.month, m.schedule.day) : m.schedule.due;
}

/**
 * The plan names no date for the yearly report (V.3): its deadline is a setting with an assumed
 * default, never printed as the plan's.
 */
export function reportDueAssumed(plan: Plan): boolean {
  return plan.milestones.some((m) => m.who === 'unit' && m.doneBy.kind === 'report-date' && m.assumed);
}

/** From the plan's first year to the latest of the chosen year and the years in the batch. */
function yearsOfTrend(firstYear: number, year: number, kept: readonly Kept[]): number[] {
  const last = Math.max(year, ...kept.map((k) => k.year));
  const years: number[] = [];
  for (let y = Math.min(firstYear, year); y <= last; y++) years.push(y);
  return years;
}

function trendOf(
  plan: Plan,
  settings: Settings,
  years: readonly number[],
  kept: readonly Kept[],
): TrendRow[] {
  const perYear = years.map((y) => {
    const reports = kept.filter((k) => k.year === y);
    return { year: y, reports: reports.length, aggregates: aggregateBloc(plan, settings, y, reports) };
  });
  return effectivePlan(plan, settings).blocTargets.map((t) => ({
    itemId: t.itemId,
    minPercent: t.minPercent,
    points: perYear.map(({ year, reports, aggregates }) => {
      const a = aggregates.find((x) => x.itemId === t.itemId);
      // A year the batch holds no report of is a gap in the data, not a year of 0%.
      const known = reports > 0 && a !== undefined;
      return {
        year,
        reports,
        meeting: known ? a.meeting : 0,
        applicable: known ? a.applicable : 0,
        percent: known ? a.percent : null,
        met: known ? a.met : null,
      };
    }),
  }));
}
