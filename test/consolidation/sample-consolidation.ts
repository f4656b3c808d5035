/**
 * A realistic consolidation for pictures and print tests: the 70 sample units of Đề án 04 over
 * 2021-2025, from the seeded sample model (src/core/sample), each report (and the bloc's own
 * sheet) built as a template, read back as a grid and parsed, as a file would be (without the file).
 */
import { consolidate } from '../../src/core/consolidate/consolidate';
import type { Consolidation, SourceInput } from '../../src/core/consolidate/consolidate-types';
import { fillBlocSheet, sampleBatch } from '../../src/core/sample';
import type { Settings } from '../../src/core/settings/settings-types';
import { buildBlocTemplate, parseBlocInput } from '../../src/core/template/bloc-template';
import { parseReport } from '../../src/core/template/parse-report';
import { buildReportTemplate, toRawSheet } from '../../src/core/template/report-template';
import { defaultSettings } from '../../src/plans/de-an-04/default-settings';
import { deAn04 } from '../../src/plans/de-an-04/plan';

export const SAMPLE_YEAR = 2025;

export function sampleConsolidation(seed = 4): { c: Consolidation; settings: Settings } {
  const years = [2021, 2022, 2023, 2024, SAMPLE_YEAR];
  const base = defaultSettings('2026-01-20');
  const batch = sampleBatch({
    plan: deAn04,
    units: base.units,
    years,
    seed,
    reportDeadline: base.reportDeadline,
  });
  const settings: Settings = { ...base, units: batch.units };
  const sources: SourceInput[] = batch.reports.map((r) => {
    const spec = buildReportTemplate(deAn04, settings, r.unit, r.year, {
      fill: r.fill,
      templateVersion: r.templateVersion,
    });
    const read = parseReport(toRawSheet(spec.cells, spec.name), deAn04, settings, { file: r.fileName });
    return { file: r.fileName, sheet: spec.name, read };
  });
  // The bloc's own figures go through its input sheet, as the consolidating office fills it.
  const blocSheet = fillBlocSheet(buildBlocTemplate(deAn04, settings, SAMPLE_YEAR), deAn04, batch.bloc);
  const bloc = parseBlocInput(toRawSheet(blocSheet.cells, blocSheet.name), deAn04);
  if (!bloc.ok)
    throw new Error(`The sample bloc sheet does not read: ${bloc.error.map((f) => f.code).join(', ')}`);
  const c = consolidate({
    plan: deAn04,
    settings,
    year: SAMPLE_YEAR,
    sources,
    blocInputs: bloc.value,
    importedAt: '2026-01-20T08:30:00+07:00',
  });
  return { c, settings };
}
