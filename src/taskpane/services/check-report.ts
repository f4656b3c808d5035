import { milestoneStatuses, type MilestoneRow } from '../../core/milestones/milestone-status';
import type { Plan } from '../../core/plan/plan-types';
import type { UnitReport } from '../../core/report/report-types';
import { resolveUnit } from '../../core/settings/resolve-unit';
import type { Settings, Unit } from '../../core/settings/settings-types';
import type { Finding, Result, Severity } from '../../core/types';
import { validateReport, type ItemVerdict } from '../../core/validate/validate-report';
import { textOf } from './text-of';

/** What the Check panel shows for one report sheet. */
export interface ReportCheckView {
  sheet: string;
  file?: string;
  /** Absent when the sheet could not be read as a report (then `findings` say why). */
  report?: UnitReport;
  /** The unit of the list the report belongs to, when found. */
  unit?: Unit;
  /** Reading, rule and unit findings, errors first. */
  findings: Finding[];
  verdicts: Record<string, ItemVerdict>;
  /** The unit's milestones for the report's year (and the one-off ones), as of the as-of date. */
  milestones: MilestoneRow[];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings by severity (errors first), keeping their order (item order) within a severity. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

/**
 * Checks one report as read from a sheet (either adapter): the unit from the list (by the stamped
 * code, then the name), the plan's rules, and the unit's milestones. Only this report is known, so
 * milestones of other years are left out rather than shown as overdue.
 */
export function checkReport(
  read: Result<UnitReport>,
  where: { sheet: string; file?: string },
  plan: Plan,
  settings: Settings,
): ReportCheckView {
  const base = { sheet: where.sheet, ...(where.file !== undefined ? { file: where.file } : {}) };
  if (!read.ok) return { ...base, findings: bySeverity(read.error), verdicts: {}, milestones: [] };
  const report = read.value;
  const year = report.stamp.year;
  const match = resolveUnit(report.unitName, report.stamp.unitCode, year, settings.units);
  const unit = match.kind === 'found' ? match.unit : undefined;
  const check = validateReport(report, plan, settings, unit);
  const extra: Finding[] = [];
  if (!unit) {
    const name = report.unitName || report.stamp.unitCode;
    const code = report.stamp.unitCode;
    extra.push({
      code: 'TASKPANE.UNIT_UNKNOWN',
      severity: 'warning',
      sheet: where.sheet,
      unitCode: code,
      message: textOf((c) => c.check.unitUnknown(name, code)),
    });
  }
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
