/**
 * The reports the Excel figures measure, made in memory from the same seeded sample model the
 * `baocao sample` command writes to files (src/core/sample): a batch of N units for one year, each
 * report a filled template spec (buildReportTemplate), read back as an adapter would read a
 * freshly written sheet (toRawSheet) and taken in by the core's intake (parseReport). No exceljs: these figures count
 * Excel requests, not file reading.
 */
import type { SourceInput } from '../src/core/consolidate/consolidate';
import { sourcesOfWorkbook } from '../src/core/intake/intake';
import type { RawSheet } from '../src/core/report/report-types';
import { sampleBatch, type SampleBatch, type SampleReport } from '../src/core/sample/sample-batch';
import { sampleUnitList } from '../src/core/sample/sample-unit-list';
import type { Settings } from '../src/core/settings/settings-types';
import type { SheetSpec } from '../src/core/sheet/sheet-spec';
import { buildReportTemplate, toRawSheet } from '../src/core/template/report-template';
import { deAn04 } from '../src/plans/de-an-04/plan';
import { defaultSettings } from '../src/plans/de-an-04/default-settings';
import { sampleUnits } from '../src/plans/de-an-04/sample-units';

export const BENCH_YEAR = 2025;
export const BENCH_SEED = 1;

export interface ReportBatch {
  units: number;
  batch: SampleBatch;
  /** The batch's settings (its unit list and as-of date), as `baocao sample` writes them. */
  settings: Settings;
}

const batches = new Map<number, ReportBatch>();

/** The seeded batch of `units` units reporting for BENCH_YEAR (memoized: figures share it). */
export function reportBatch(units: number): ReportBatch {
  const known = batches.get(units);
  if (known) return known;
  const base = defaultSettings(`${BENCH_YEAR + 1}-01-01`);
  const batch = sampleBatch({
    plan: deAn04,
    units: sampleUnitList(sampleUnits, units),
    years: [BENCH_YEAR],
    seed: BENCH_SEED,
    reportDeadline: base.reportDeadline,
  });
  const made = {
    units,
    batch,
    settings: { ...base, lang: 'vi' as const, asOf: batch.asOf, units: batch.units },
  };
  batches.set(units, made);
  return made;
}

/** A report's filled template, as the unit would send it back. */
export function reportSpec(b: ReportBatch, r: SampleReport): SheetSpec {
  return buildReportTemplate(deAn04, b.settings, r.unit, r.year, {
    fill: r.fill,
    templateVersion: r.templateVersion,
    lang: 'vi',
  });
}

/**
 * A name for the i-th report sheet in one workbook: every report sheet is called "Báo cáo 2025",
 * so in a workbook holding many of them each carries its unit code (and its index, for the
 * duplicates the batch contains), within Excel's 31 characters.
 */
export const reportSheetName = (spec: SheetSpec, r: SampleReport, i: number): string =>
  `${i + 1} ${r.unit.code} ${spec.name}`.slice(0, 31);

/** Each report of the batch as the sheet an adapter reads back. */
export function reportRawSheets(b: ReportBatch): { report: SampleReport; sheet: RawSheet }[] {
  return b.batch.reports.map((r, i) => {
    const spec = reportSpec(b, r);
    return { report: r, sheet: toRawSheet(spec.cells, reportSheetName(spec, r, i)) };
  });
}

/** The batch's reports as consolidation sources (one file each), built one at a time to bound memory. */
export function reportSources(b: ReportBatch): SourceInput[] {
  return b.batch.reports
    .map((r) => {
      const spec = reportSpec(b, r);
      const sheet = toRawSheet(spec.cells, spec.name);
      return sourcesOfWorkbook({ source: r.fileName, sheets: [sheet] }, deAn04, b.settings, {
        name: r.fileName,
      }).sources;
    })
    .flat();
}
