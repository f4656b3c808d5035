/**
 * Reader parity (issue 12, section 1): every sheet spec the project writes gives the same
 * RawWorkbook sheets whether it goes through a file (writeXlsx, then readXlsx) or through Excel
 * (applySheets into the Excel double, then readWorkbook). The one difference allowed is the one
 * the double cannot remove: it calculates no formula, so a formula cell is compared by its formula
 * and format, not by the result a file caches.
 */
import { consolidate } from '../../src/core/consolidate/consolidate';
import type { RawCell, RawSheet } from '../../src/core/report/report-types';
import type { SheetSpec } from '../../src/core/sheet/sheet-spec';
import { fillBlocSheet } from '../../src/core/sample/fill-bloc-sheet';
import { consolidationSheets } from '../../src/core/summary/consolidation-sheets';
import { buildBlocTemplate } from '../../src/core/template/bloc-template';
import { buildReportTemplate } from '../../src/core/template/report-template';
import { applySheets } from '../../src/excel/apply-sheets';
import { readWorkbook } from '../../src/excel/read-sheets';
import { deAn04 } from '../../src/plans/de-an-04/plan';
import { unitListSheet } from '../../src/taskpane/services/unit-list-sheet';
import { readXlsx } from '../xlsx/read-xlsx';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import { BENCH_YEAR, reportBatch, reportSources, reportSpec } from '../../bench/report-batch';
import { ExcelDouble } from './excel-double';

const b = reportBatch(10);
const first = b.batch.reports[0];
const unit = b.settings.units[0];
if (!first || !unit) throw new Error('the sample batch is empty');

const SPECS: [string, () => SheetSpec[]][] = [
  [
    'the empty report template',
    () => [buildReportTemplate(deAn04, b.settings, unit, BENCH_YEAR, { lang: 'vi' })],
  ],
  ['a filled report', () => [reportSpec(b, first)]],
  [
    'the English report template',
    () => [buildReportTemplate(deAn04, b.settings, unit, BENCH_YEAR, { lang: 'en' })],
  ],
  ['the bloc input sheet', () => [buildBlocTemplate(deAn04, b.settings, BENCH_YEAR, 'vi')]],
  [
    'the filled bloc input sheet',
    () => [fillBlocSheet(buildBlocTemplate(deAn04, b.settings, BENCH_YEAR, 'vi'), deAn04, b.batch.bloc)],
  ],
  [
    'the consolidation sheets of a sample batch',
    () => {
      const c = consolidate({
        plan: deAn04,
        settings: b.settings,
        year: BENCH_YEAR,
        sources: reportSources(b),
        importedAt: '2026-01-02T08:00:00',
      });
      return consolidationSheets(c, deAn04, b.settings, 'vi');
    },
  ],
  ['the unit list sheet', () => [unitListSheet(b.settings.units, 'vi')]],
];

/** A formula cell without its calculated result (the double does not calculate). */
function comparable(cell: RawCell | undefined): RawCell | undefined {
  if (!cell?.formula) return cell;
  return { v: null, formula: cell.formula, ...(cell.fmt ? { fmt: cell.fmt } : {}) };
}

function normalise(sheet: RawSheet): RawSheet {
  const rows = sheet.rows.map((row) => {
    const out = row.map(comparable);
    while (out.length && out[out.length - 1] === undefined) out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1]?.length === 0) rows.pop();
  return { name: sheet.name, rows, names: sheet.names, merges: [...(sheet.merges ?? [])].sort() };
}

async function viaFile(specs: SheetSpec[]): Promise<RawSheet[]> {
  const read = await readXlsx(await writeXlsx(specs), 'parity.xlsx');
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  return read.value.sheets;
}

async function viaExcel(specs: SheetSpec[]): Promise<RawSheet[]> {
  const double = new ExcelDouble({ sheets: [{ name: 'Sheet1' }] });
  const written = await applySheets(specs, {
    onExisting: 'fail',
    excel: double.run,
    features: double.features,
  });
  if (!written.ok) throw new Error(JSON.stringify(written.error));
  const read = await readWorkbook({
    excel: double.run,
    features: double.features,
    names: written.value.written,
  });
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  return read.value.sheets;
}

describe('the file reader and the Excel reader give the same RawWorkbook', () => {
  it.each(SPECS)('%s', async (_label, make) => {
    const specs = make();
    const [file, excel] = await Promise.all([viaFile(specs), viaExcel(specs)]);
    expect(excel.map((s) => s.name)).toEqual(specs.map((s) => s.name));
    expect(excel.map(normalise)).toEqual(file.map(normalise));
  });
});
