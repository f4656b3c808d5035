/**
 * Writer parity (issue 14): the SpreadsheetML writer (src/xlsx/write-xlsx.ts) writes the same
 * workbook as the exceljs writer it replaced (test/xlsx/exceljs-writer-reference.ts), for every
 * sheet spec the project writes (project-specs.ts). Both files are read back (a) by our reader:
 * the same RawWorkbook, and (b) by exceljs's reader: the same cells (value, formula and result,
 * font, fill, border, alignment, number format, protection), merges, validations, conditional
 * formats, columns, rows, protection, views, filter, page setup, names and tab colour; and (c)
 * in the XML, what exceljs's reader does not read: the manual page breaks, and the order of each
 * part's elements against the schema (Excel "repairs" a file whose order is wrong).
 * One difference is kept, in the XML only: a row break's `max` (the last column it spans) is
 * 16383 (XFD, as Excel writes it); exceljs wrote 16838, a column that does not exist.
 * Charts are not compared: exceljs wrote none (src/xlsx/write-charts.test.ts and
 * test/excel/chart-parity.test.ts check them).
 */
import { Workbook, type Worksheet } from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { ReadLimits } from '../../src/core/settings/settings-types';
import type { SheetSpec } from '../../src/core/sheet/sheet-spec';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import { reportBatch } from '../../bench/report-batch';
import { writeXlsxWithExceljs } from './exceljs-writer-reference';
import { PROJECT_SPECS } from './project-specs';

const LIMITS: ReadLimits = { ...reportBatch(70).settings.limits, maxSheets: 1000 };
const META = { created: '2025-12-10' };

async function ourReader(bytes: Uint8Array): Promise<unknown> {
  const read = await readWorkbookFile(bytes, 'parity.xlsx', LIMITS);
  if (!read.ok) throw new Error(read.error.map((f) => f.message.en).join(' / '));
  return JSON.parse(JSON.stringify(read.value));
}

/** What exceljs's reader sees of a workbook, as plain data. */
async function exceljsView(bytes: Uint8Array): Promise<unknown> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = wb.worksheets.map(sheetView);
  return JSON.parse(JSON.stringify({ sheets, names: wb.definedNames.model }));
}

/** The parts of exceljs's sheet model its typings leave out (they are there at run time). */
interface LoadedModel {
  rows: unknown;
  cols: unknown;
  dataValidations: unknown;
  conditionalFormattings: unknown;
  sheetProtection: unknown;
}

function sheetView(ws: Worksheet): unknown {
  const m = ws.model;
  const loaded = m as unknown as LoadedModel;
  return {
    name: m.name,
    tabColor: ws.properties.tabColor,
    rows: loaded.rows,
    cols: loaded.cols,
    merges: m.merges,
    dataValidations: loaded.dataValidations,
    conditionalFormattings: loaded.conditionalFormattings,
    views: m.views,
    autoFilter: m.autoFilter,
    pageSetup: m.pageSetup,
    sheetProtection: loaded.sheetProtection,
  };
}

/** The sheet parts of a package, in sheet order, as text. */
function sheetParts(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes, { filter: (f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f.name) });
  return Object.keys(files)
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
    .map((name) => strFromU8(files[name] as Uint8Array));
}

/** The manual page breaks of each sheet: the rows a page ends after. */
const rowBreaks = (bytes: Uint8Array): string[][] =>
  sheetParts(bytes).map((xml) => [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => m[1] ?? ''));

/** The names of the children of a part's root element, in order. */
function children(xml: string): string[] {
  const body = xml.replace(/^<\?xml[^>]*>\s*<[^>]*>/, '');
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z:]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 0) names.push(m[2] ?? '');
      if (!m[3]) depth++;
    }
  }
  return names;
}

/** ECMA-376 Part 1, §18.3.1.99: CT_Worksheet's sequence (what a worksheet may hold, in order). */
const CT_WORKSHEET = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** The elements out of the sequence's order (a repeated element may repeat in place). */
function outOfOrder(names: string[], sequence: string[]): string[] {
  let at = 0;
  const wrong: string[] = [];
  for (const n of names) {
    const i = sequence.indexOf(n, at);
    if (i < 0) wrong.push(n);
    else at = i;
  }
  return wrong;
}

describe('writer parity with exceljs: every sheet spec the project writes', () => {
  it.each(PROJECT_SPECS)('%s', async (_name, specs: () => SheetSpec[]) => {
    const mine = await writeXlsx(specs(), META);
    const reference = await writeXlsxWithExceljs(specs(), META);
    expect(await ourReader(mine)).toEqual(await ourReader(reference));
    expect(await exceljsView(mine)).toEqual(await exceljsView(reference));
    expect(rowBreaks(mine)).toEqual(rowBreaks(reference));
    for (const xml of sheetParts(mine)) expect(outOfOrder(children(xml), CT_WORKSHEET)).toEqual([]);
  });
});

describe('the parity checks can fail', () => {
  const [, specs] = PROJECT_SPECS[0] as [string, () => SheetSpec[]];
  const spec = specs()[0] as SheetSpec;
  const changed = (change: (s: SheetSpec) => SheetSpec) => writeXlsx([change(spec)], META);

  it.each([
    [
      'a bold cell',
      (s: SheetSpec) => ({
        ...s,
        cells: s.cells.map((c, i) => (i === 0 ? { ...c, style: { ...c.style, bold: true } } : c)),
      }),
    ],
    ['one merge fewer', (s: SheetSpec) => ({ ...s, merges: s.merges.slice(1) })],
    ['landscape', (s: SheetSpec) => ({ ...s, print: { ...s.print, orientation: 'landscape' as const } })],
    ['another tab colour', (s: SheetSpec) => ({ ...s, tabColor: '000000' })],
  ])('exceljs sees %s', async (_what, change) => {
    const reference = await writeXlsxWithExceljs([spec], META);
    expect(await exceljsView(await changed(change))).not.toEqual(await exceljsView(reference));
  });

  it('a page break elsewhere is seen', async () => {
    const reference = await writeXlsxWithExceljs([spec], META);
    const moved = await changed((s) => ({ ...s, print: { ...s.print, rowBreaks: [20] } }));
    expect(rowBreaks(moved)).not.toEqual(rowBreaks(reference));
  });

  it('an element out of the schema order is seen', () => {
    expect(outOfOrder(['sheetPr', 'sheetData', 'cols', 'pageSetup'], CT_WORKSHEET)).toEqual(['cols']);
    expect(
      outOfOrder(['sheetData', 'mergeCells', 'conditionalFormatting', 'conditionalFormatting'], CT_WORKSHEET),
    ).toEqual([]);
  });
});
