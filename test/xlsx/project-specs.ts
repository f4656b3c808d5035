/**
 * Every sheet spec the project writes to a file, made from the seeded 70-unit sample batch: the
 * report templates of every unit (Vietnamese) and one in English, the filled reports, the bloc
 * input sheet (empty and filled), the consolidation sheets of the batch and of the 2021-2025
 * sample (shaped as the demo's: charts, five years of trend) and the unit list. The reader and
 * writer parity tests go through all of them.
 */
import { consolidate } from '../../src/core/consolidate/consolidate';
import type { SheetSpec } from '../../src/core/sheet/sheet-spec';
import { fillBlocSheet } from '../../src/core/sample/fill-bloc-sheet';
import { consolidationSheets } from '../../src/core/summary/consolidation-sheets';
import { buildBlocTemplate } from '../../src/core/template/bloc-template';
import { buildReportTemplate } from '../../src/core/template/report-template';
import { deAn04 } from '../../src/plans/de-an-04/plan';
import { unitListSheet } from '../../src/taskpane/services/unit-list-sheet';
import { BENCH_YEAR, reportBatch, reportSources, reportSpec } from '../../bench/report-batch';
import { sampleConsolidation } from '../consolidation/sample-consolidation';

const b = reportBatch(70);

const first = b.batch.reports[0];
if (!first) throw new Error('the sample batch is empty');

export const PROJECT_SPECS: [string, () => SheetSpec[]][] = [
  ...b.settings.units.map(
    (u) =>
      [
        `the report template of ${u.code}`,
        () => [buildReportTemplate(deAn04, b.settings, u, BENCH_YEAR, { lang: 'vi' })],
      ] as [string, () => SheetSpec[]],
  ),
  ...b.batch.reports.map(
    (r) => [`the filled report ${r.fileName}`, () => [reportSpec(b, r)]] as [string, () => SheetSpec[]],
  ),
  [
    'the English report template',
    () => [buildReportTemplate(deAn04, b.settings, first.unit, BENCH_YEAR, { lang: 'en' })],
  ],
  ['the bloc input sheet', () => [buildBlocTemplate(deAn04, b.settings, BENCH_YEAR, 'vi')]],
  [
    'the filled bloc input sheet',
    () => [fillBlocSheet(buildBlocTemplate(deAn04, b.settings, BENCH_YEAR, 'vi'), deAn04, b.batch.bloc)],
  ],
  [
    'the consolidation sheets of the sample batch',
    () =>
      consolidationSheets(
        consolidate({
          plan: deAn04,
          settings: b.settings,
          year: BENCH_YEAR,
          sources: reportSources(b),
          importedAt: '2026-01-02T08:00:00',
        }),
        deAn04,
        b.settings,
        'vi',
      ),
  ],
  [
    'the consolidation sheets of the 2021-2025 sample (charts, trend over five years)',
    () => {
      const { c, settings } = sampleConsolidation();
      return consolidationSheets(c, deAn04, settings, 'vi');
    },
  ],
  ['the unit list sheet', () => [unitListSheet(b.settings.units, 'vi')]],
];
