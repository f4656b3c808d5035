/**
 * Issue 14 (Excel): grouping formats and borders over rectangles changes how many operations are
 * sent, never what the cells look like. Each sheet is written by applySheets into the Excel double
 * and the formats the applied operations give each cell (and the border lines drawn) are compared
 * with what the spec asks of each cell, which is what the file writer writes cell by cell.
 */
import { consolidate } from '../../src/core/consolidate/consolidate';
import type { SheetSpec, SpecCell } from '../../src/core/sheet/sheet-spec';
import { consolidationSheets } from '../../src/core/summary/consolidation-sheets';
import { applySheets } from '../../src/excel/apply-sheets';
import { ALL_FEATURES } from '../../src/excel/requirements';
import { deAn04 } from '../../src/plans/de-an-04/plan';
import { reportBatch, reportSources, reportSpec } from '../../bench/report-batch';
import { ExcelDouble } from './excel-double';
import { renderedFormats, specFormats } from './rendered-formats';
import { aSpec } from './sheet-spec-builder';

async function written(spec: SheetSpec) {
  const double = new ExcelDouble({ sheets: [{ name: 'Sheet1' }] });
  const r = await applySheets([spec], { onExisting: 'new-name', excel: double.run, features: ALL_FEATURES });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return renderedFormats(double.opsOn(r.value.written[0] as string));
}

const cell = (address: string, style: SpecCell['style']): SpecCell => ({ address, value: null, style });

/** A bordered table whose rows differ in fill and alignment, a header rule over two rows, a hole. */
const mixed = aSpec({
  cells: [
    ...['A1', 'B1', 'C1', 'A2', 'B2', 'C2'].map((a) => cell(a, { borderBottom: true, bold: true })),
    ...['A4', 'B4', 'C4'].map((a) => cell(a, { border: true, fill: 'DDEBF7', hAlign: 'center' })),
    ...['A5', 'C5'].map((a) => cell(a, { border: true, wrap: true, vAlign: 'middle' })),
    cell('B5', { italic: true }),
    ...['A6', 'B6', 'C6'].map((a) => cell(a, { border: true, unlocked: true, color: 'C00000', size: 13 })),
    cell('A6', { border: true, underline: true }),
  ],
});

const batch = reportBatch(10);
const c = consolidate({
  plan: deAn04,
  settings: batch.settings,
  year: 2025,
  sources: reportSources(batch),
  importedAt: '2026-01-02T08:00:00',
});
const first = batch.batch.reports[0];
if (!first) throw new Error('no report in the batch');
const specs: [string, SheetSpec][] = [
  ['a hand-made sheet of mixed styles', mixed],
  ['a filled report template', reportSpec(batch, first)],
  ...consolidationSheets(c, deAn04, batch.settings, 'vi').map((s): [string, SheetSpec] => [s.name, s]),
];

describe("formats written into Excel are the cells' own styles", () => {
  it.each(specs)('%s: every cell has its formats and its border lines, and no other', async (_n, spec) => {
    const want = specFormats(spec);
    const got = await written(spec);
    expect(Object.fromEntries(got.cells)).toEqual(Object.fromEntries(want.cells));
    expect([...got.lines].sort()).toEqual([...want.lines].sort());
    expect(want.lines.size + want.cells.size).toBeGreaterThan(0);
  });
});
