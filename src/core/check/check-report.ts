import type { SourceInput } from '../consolidate/consolidate-types';
import { hasBlocSheet, reportSources, type WorkbookIntake } from '../intake/intake';
import { unitNotInList } from '../messages/check-messages';
import { unitNameMismatch } from '../messages/unit-messages';
import { milestoneStatuses } from '../milestones/milestone-status';
import type { MilestoneRow } from '../milestones/milestone-types';
import type { Plan } from '../plan/plan-types';
import type { UnitReport } from '../report/report-types';
import { resolveUnit } from '../settings/resolve-unit';
import type { Settings, Unit } from '../settings/settings-types';
import { unitConflict } from '../settings/unit-of-name';
import { isActive } from '../settings/units-active';
import type { Finding, Severity } from '../types';
import { validateReport } from '../validate/validate-report';
import type { ItemVerdict } from '../validate/validate-types';

/**
 * The ONE check of a single report, shared by `baocao validate` and the Kiểm tra panel: the unit
 * from the list (by the stamped code, then the name), the plan's rules, and the unit's milestones
 * as of the settings' date (the yearly report milestone says whether the report itself is late).
 * Only this report is known, so milestones of other years are left out rather than shown overdue.
 */
export interface ReportCheckView {
  sheet: string;
  file?: string;
  /** Absent when the sheet could not be read as a report (then `findings` say why). */
  report?: UnitReport;
  /** The unit of the list the report belongs to, when found and active in the report's year. */
  unit?: Unit;
  /** Reading, unit and rule findings, errors first. */
  findings: Finding[];
  verdicts: Record<string, ItemVerdict>;
  /** The unit's milestones for the report's year (and the one-off ones), as of the as-of date. */
  milestones: MilestoneRow[];
}

/** What a check of a whole workbook found: each report sheet, and what concerns the file. */
export interface WorkbookCheck {
  file: string;
  reports: ReportCheckView[];
  /** File-level findings not already on a report: bloc sheets' findings, or why nothing could be checked. */
  findings: Finding[];
  /** Whether the workbook is the bloc's own data (then it has no report to check). */
  bloc: boolean;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings by severity (errors first), keeping their order (item order) within a severity. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

export function checkWorkbook(intake: WorkbookIntake, plan: Plan, settings: Settings): WorkbookCheck {
  const reports = reportSources(intake).map((s, i) => checkReport(s, plan, settings, String(i + 1)));
  // A note the intake put on every report (macros, external links) is shown with the reports, once.
  const onReports = new Set(reports.flatMap((r) => r.findings));
  return {
    file: intake.file,
    reports,
    findings: intake.findings.filter((f) => !onReports.has(f)),
    bloc: hasBlocSheet(intake),
  };
}

export function checkReport(
  source: SourceInput,
  plan: Plan,
  settings: Settings,
  fallbackSheet = '1',
): ReportCheckView {
  const base = { sheet: source.sheet ?? fallbackSheet, file: source.file };
  const read = source.read;
  if (!read.ok) return { ...base, findings: bySeverity(read.error), verdicts: {}, milestones: [] };
  const report = read.value;
  const year = report.stamp.year;
  const match = resolveUnit(report.unitName, report.stamp.unitCode, year, settings.units);
  const unit = match.kind === 'found' && isActive(match.unit, year) ? match.unit : undefined;
  const check = validateReport(report, plan, settings, unit);
  const extra: Finding[] = [];
  if (!unit) {
    const suggestions = match.kind === 'unknown' ? match.suggestions.map((u) => `${u.code} ${u.name}`) : [];
    extra.push(unitNotInList(report, year, suggestions, match.kind === 'found' ? match.unit : undefined));
  }
  // A unit that filled in another unit's file: said first, as a consolidation would not count it.
  const conflict = unitConflict(report, settings.units);
  if (conflict) extra.push(unitNameMismatch(report, conflict.stamped, conflict.named));
  const milestones = unit
    ? milestoneStatuses(plan, settings, { kind: 'unit', unit, reportsByYear: { [year]: report } }).filter(
        (row) => row.year === undefined || row.year === year,
      )
    : [];
  return {
    ...base,
    report,
    ...(unit ? { unit } : {}),
    findings: bySeverity([...extra, ...report.readFindings, ...check.findings]),
    verdicts: check.verdicts,
    milestones,
  };
}
