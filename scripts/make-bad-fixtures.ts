/**
 * Generates test/fixtures/bad/: one file per kind of bad input, made from the one valid filled
 * report (test/bad-input/valid-report.ts) by the real writer, then broken on purpose at the level
 * the fault lives (sheet spec, XML part, zip bytes, or a different file type altogether), plus
 * expected.json: for each file, the finding codes it must produce and whether a report is read.
 * Deterministic: same bytes on every run (fixed dates, fixed zip timestamps, no randomness).
 *
 *   node bin/run-ts.js scripts/make-bad-fixtures.ts          (writes the files)
 *   node bin/run-ts.js scripts/make-bad-fixtures.ts --check  (fails if the files are not up to date)
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strToU8 } from 'fflate';
import type { SheetSpec, SpecCell, SpecValue } from '../src/core/sheet/sheet-spec';
import { convertUnicodeToTcvn3 } from '../src/core/text/legacy-encoding';
import {
  aSheetSpec,
  deflatedZeros,
  editPart,
  editZip,
  rawEntries,
  replaceCell,
  text,
  writeCfb,
  writeRawZip,
  writeZip,
} from '../test/bad-input/file-tools';
import { validFill, validReportBytes, validReportSpec } from '../test/bad-input/valid-report';

export const BAD_DIR = resolve(__dirname, '../test/fixtures/bad');

/** One line of expected.json. */
export interface BadFixtureEntry {
  file: string;
  /** Short id of the kind of fault, for docs and test names. */
  kind: string;
  description: string;
  /** Codes that must appear among the file's findings (file, read, or validation findings). */
  codes: string[];
  /** True when at least one report is read from the file (findings or not). */
  readable: boolean;
}

interface Maker extends BadFixtureEntry {
  make: () => Promise<Uint8Array>;
}

// --- Sheet-spec edits -------------------------------------------------------------------------

const rowOf = (address: string): number => Number(/\d+/.exec(address)?.[0]);
const colOf = (address: string): string => /^[A-Z]+/.exec(address)?.[0] ?? '';

function textAt(spec: SheetSpec, address: string): string | undefined {
  const v = spec.cells.find((c) => c.address === address)?.value;
  return v && 'text' in v ? v.text : undefined;
}

function stampCell(spec: SheetSpec): SpecCell {
  const stamp = spec.cells.find((c) => c.value && 'text' in c.value && c.value.text.startsWith('baocao;'));
  if (!stamp) throw new Error('no stamp');
  return stamp;
}

/** The address of a keyed cell: the row whose key-column cell is `rowKey`, the column keyed `colKey`. */
function keyed(spec: SheetSpec, rowKey: string, colKey = 'value'): string {
  const stamp = stampCell(spec);
  const keyCol = colOf(stamp.address);
  const keyRow = spec.cells.find((c) => colOf(c.address) === keyCol && textAt(spec, c.address) === rowKey);
  const column = spec.cells.find(
    (c) => rowOf(c.address) === rowOf(stamp.address) && textAt(spec, c.address) === colKey,
  );
  if (!keyRow || !column) throw new Error(`no keyed cell ${rowKey}/${colKey}`);
  return `${colOf(column.address)}${rowOf(keyRow.address)}`;
}

function setCell(spec: SheetSpec, address: string, value: SpecValue): void {
  const cell = spec.cells.find((c) => c.address === address);
  if (cell) cell.value = value;
  else spec.cells.push({ address, value });
}

/** Moves every row >= `from` by `by` (negative: up), as inserting or deleting rows in Excel does for
 *  cells, merges, validations, highlights and row heights. Formulas keep their text: their cached
 *  results are what a reader sees, and no reader here recalculates. */
function shiftRows(spec: SheetSpec, from: number, by: number): SheetSpec {
  const moveRef = (ref: string) =>
    ref.replace(
      /([A-Z]+)(\d+)/g,
      (_m, c: string, r: string) => `${c}${Number(r) >= from ? Number(r) + by : r}`,
    );
  return {
    ...spec,
    cells: spec.cells.map((c): SpecCell => ({ ...c, address: moveRef(c.address) })),
    merges: spec.merges.map(moveRef),
    validations: spec.validations.map((v) => ({ ...v, range: moveRef(v.range) })),
    conditionalFormats: spec.conditionalFormats.map((f) => ({ ...f, range: moveRef(f.range) })),
    rows: (spec.rows ?? []).map((r) => ({ ...r, row: r.row >= from ? r.row + by : r.row })),
    names: Object.fromEntries(Object.entries(spec.names).map(([k, v]) => [k, moveRef(v)])),
  };
}

function deleteRow(spec: SheetSpec, row: number): SheetSpec {
  const without: SheetSpec = {
    ...spec,
    cells: spec.cells.filter((c) => rowOf(c.address) !== row),
    merges: spec.merges.filter((m) => !m.split(':').some((a) => rowOf(a) === row)),
    validations: spec.validations.filter((v) => !v.range.split(':').some((a) => rowOf(a) === row)),
    conditionalFormats: spec.conditionalFormats.filter(
      (f) => !f.range.split(':').some((a) => rowOf(a) === row),
    ),
  };
  return shiftRows(without, row + 1, -1);
}

/** The valid report with `edit` applied to a fresh copy of its spec. */
async function reportWith(
  edit: (spec: SheetSpec) => SheetSpec | void,
  extra: SheetSpec[] = [],
): Promise<Uint8Array> {
  const spec = validReportSpec();
  return validReportBytes([edit(spec) ?? spec, ...extra]);
}

// --- XML edits --------------------------------------------------------------------------------

const SHEET1 = 'xl/worksheets/sheet1.xml';

/** Replaces the whole <c> element at `address` in a worksheet's XML. */
function replaceCellXml(xml: string, address: string, cell: string): string {
  const out = replaceCell(xml, address, cell);
  if (out === null) throw new Error(`no cell ${address}`);
  return out;
}

async function reportXml(
  edit: (files: Map<string, Uint8Array>, spec: SheetSpec) => void,
): Promise<Uint8Array> {
  const spec = validReportSpec();
  return editZip(await validReportBytes([spec]), (files) => edit(files, spec));
}

// --- The fixtures -----------------------------------------------------------------------------

const ole = (names: string[]) => writeCfb(names.map((name) => ({ name, data: strToU8(`${name} stream`) })));

const MAKERS: Maker[] = [
  {
    file: 'valid.xlsx',
    kind: 'control',
    description: 'The valid filled report every other file is made from (control: no error).',
    codes: [],
    readable: true,
    make: () => validReportBytes(),
  },
  // File level: not an .xlsx at all.
  {
    file: 'empty.xlsx',
    kind: 'empty',
    description: 'A file of 0 bytes.',
    codes: ['FILE.EMPTY'],
    readable: false,
    make: async () => new Uint8Array(0),
  },
  {
    file: 'legacy.xls',
    kind: 'legacy-xls',
    description: 'An Excel 97-2003 file (OLE2 container with a Workbook stream).',
    codes: ['FILE.LEGACY_XLS'],
    readable: false,
    make: async () => ole(['Workbook', '\u0005SummaryInformation']),
  },
  {
    file: 'password.xlsx',
    kind: 'encrypted',
    description: 'A password-protected workbook (OLE2 with EncryptionInfo and EncryptedPackage).',
    codes: ['FILE.ENCRYPTED'],
    readable: false,
    make: async () => ole(['EncryptionInfo', 'EncryptedPackage']),
  },
  {
    file: 'spreadsheet-2003.xls',
    kind: 'xml-2003',
    description: 'An "XML Spreadsheet 2003" file named .xls.',
    codes: ['FILE.LEGACY_XLS'],
    readable: false,
    make: async () =>
      text(
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Báo cáo"><Table><Row><Cell><Data ss:Type="String">DV001</Data></Cell></Row></Table></Worksheet></Workbook>\n',
      ),
  },
  {
    file: 'web-page.xls',
    kind: 'html',
    description: 'An HTML table saved with an .xls name (what web systems often export).',
    codes: ['FILE.HTML'],
    readable: false,
    make: async () =>
      text(
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body><table><tr><td>Mã</td><td>Kết quả</td></tr><tr><td>DV001</td><td>95,5</td></tr></table></body></html>\n',
      ),
  },
  {
    file: 'values.csv.xlsx',
    kind: 'csv',
    description: 'A CSV export renamed to .xlsx.',
    codes: ['FILE.CSV'],
    readable: false,
    make: async () =>
      text('Mã đơn vị;Chỉ tiêu;Kết quả\r\nDV001;ii3_satisfaction;95,5\r\nDV001;ii5_leader;1\r\n'),
  },
  {
    file: 'scan.pdf.xlsx',
    kind: 'pdf',
    description: 'A PDF (a scanned report) renamed to .xlsx.',
    codes: ['FILE.NOT_XLSX'],
    readable: false,
    make: async () =>
      text('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n'),
  },
  {
    file: 'noise.xlsx',
    kind: 'random-bytes',
    description: 'Bytes that are no known format.',
    codes: ['FILE.NOT_XLSX'],
    readable: false,
    make: async () => new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24)),
  },
  {
    file: 'truncated.xlsx',
    kind: 'truncated',
    description: 'The valid report cut at 60% (an unfinished download).',
    codes: ['FILE.TRUNCATED_ZIP'],
    readable: false,
    make: async () => {
      const b = await validReportBytes();
      return b.slice(0, Math.floor(b.length * 0.6));
    },
  },
  {
    file: 'damaged-crc.xlsx',
    kind: 'damaged',
    description: 'The valid report with one byte of the compressed sheet flipped (fails its CRC).',
    codes: ['FILE.DAMAGED'],
    readable: false,
    make: async () => {
      const entries = rawEntries(await validReportBytes());
      const sheet = entries.find((e) => e.name === SHEET1);
      if (!sheet) throw new Error('no sheet');
      const data = sheet.data.slice();
      const at = Math.floor(data.length / 2);
      data[at] = (data[at] ?? 0) ^ 0x10;
      sheet.data = data;
      return writeRawZip(entries);
    },
  },
  {
    file: 'report.ods',
    kind: 'ods',
    description: 'An OpenDocument spreadsheet (LibreOffice).',
    codes: ['FILE.ODS'],
    readable: false,
    make: async () =>
      writeZip(
        new Map([
          ['mimetype', text('application/vnd.oasis.opendocument.spreadsheet')],
          [
            'content.xml',
            text(
              '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
            ),
          ],
          ['META-INF/manifest.xml', text('<manifest:manifest/>')],
        ]),
        0,
      ),
  },
  {
    file: 'letter.docx.xlsx',
    kind: 'docx',
    description: 'A Word document renamed to .xlsx.',
    codes: ['FILE.NOT_WORKBOOK'],
    readable: false,
    make: async () =>
      writeZip(
        new Map([
          [
            '[Content_Types].xml',
            text('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
          ],
          ['word/document.xml', text('<w:document/>')],
        ]),
      ),
  },
  {
    file: 'reports.zip.xlsx',
    kind: 'plain-zip',
    description: 'A zip of report files renamed to .xlsx.',
    codes: ['FILE.NOT_WORKBOOK'],
    readable: false,
    make: async () => writeZip(new Map([['DV001.xlsx', await validReportBytes()]])),
  },
  // File level: limits and bombs.
  {
    file: 'many-entries.xlsx',
    kind: 'too-many-entries',
    description: 'The valid report plus 2,100 tiny extra parts (over the 2,000-entry limit).',
    codes: ['FILE.TOO_MANY_ENTRIES'],
    readable: false,
    make: async () =>
      editZip(await validReportBytes(), (files) => {
        for (let i = 0; i < 2100; i++) files.set(`customXml/item${i}.xml`, text('<a/>'));
      }),
  },
  {
    file: 'bomb-declared.xlsx',
    kind: 'zip-bomb',
    description: 'A part that honestly declares 200 MB of zeros (about 200 KB compressed).',
    codes: ['FILE.ZIP_BOMB'],
    readable: false,
    make: async () =>
      writeRawZip([
        ...rawEntries(await validReportBytes()),
        { name: 'xl/media/image1.png', data: deflatedZeros(200), method: 8, size: 200 * 1024 * 1024, crc: 0 },
      ]),
  },
  {
    file: 'bomb-lying.xlsx',
    kind: 'zip-bomb-lying',
    description: 'The same 200 MB of zeros declared as 1,000 bytes: stopped while inflating.',
    codes: ['FILE.ZIP_BOMB'],
    readable: false,
    make: async () =>
      writeRawZip([
        ...rawEntries(await validReportBytes()),
        { name: 'xl/media/image1.png', data: deflatedZeros(200), method: 8, size: 1000, crc: 0 },
      ]),
  },
  {
    file: 'many-sheets.xlsx',
    kind: 'too-many-sheets',
    description: 'The report plus 50 other sheets (51, over the limit of 50).',
    codes: ['FILE.TOO_MANY_SHEETS'],
    readable: false,
    make: () =>
      reportWith(
        () => undefined,
        Array.from({ length: 50 }, (_, i) => aSheetSpec(`Trang ${i + 1}`)),
      ),
  },
  {
    file: 'many-cells.xlsx',
    kind: 'too-many-cells',
    description: 'A merged area of 26 x 10,000 cells beside the report (over the 200,000-cell limit).',
    codes: ['FILE.TOO_MANY_CELLS'],
    readable: false,
    make: () =>
      reportXml((files) =>
        editPart(files, SHEET1, (x) =>
          x.replace(
            /<mergeCells count="(\d+)">/,
            (_m, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="K100:AJ10099"/>`,
          ),
        ),
      ),
  },
  {
    file: 'dtd.xlsx',
    kind: 'dtd',
    description: 'Shared strings with a DOCTYPE declaring entities (entity expansion).',
    codes: ['FILE.DAMAGED'],
    readable: false,
    make: () =>
      reportXml((files) =>
        editPart(files, 'xl/sharedStrings.xml', (x) =>
          x.replace(
            '<sst',
            '<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><sst',
          ),
        ),
      ),
  },
  {
    file: 'out-of-grid.xlsx',
    kind: 'out-of-grid',
    description: 'A cell at row 2,000,000, past the last row Excel has.',
    codes: ['FILE.DAMAGED'],
    readable: false,
    make: () =>
      reportXml((files) =>
        editPart(files, SHEET1, (x) =>
          x.replace('</sheetData>', '<row r="2000000"><c r="A2000000"><v>1</v></c></row></sheetData>'),
        ),
      ),
  },
  {
    file: 'whole-sheet-validation.xlsx',
    kind: 'huge-validation',
    description:
      'A data validation over A1:XFD1048576 and a <col> span of 10^9 columns (exceljs would expand both cell by cell).',
    codes: [],
    readable: true,
    make: () =>
      reportXml((files) =>
        editPart(files, SHEET1, (x) =>
          x
            .replace(
              /<cols>[\s\S]*?<\/cols>/,
              '<cols><col min="1" max="1000000000" width="12" customWidth="1"/></cols>',
            )
            .replace(
              /<dataValidations count="(\d+)">/,
              '<dataValidations count="$1"><dataValidation type="whole" allowBlank="1" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation>',
            ),
        ),
      ),
  },
  {
    file: 'macros.xlsm',
    kind: 'macros',
    description: 'The report saved as .xlsm with a VBA project.',
    codes: ['FILE.MACROS'],
    readable: true,
    make: () =>
      reportXml((files) => {
        files.set('xl/vbaProject.bin', ole(['VBA', 'PROJECT']));
        editPart(files, '[Content_Types].xml', (x) =>
          x
            .replace(
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
              'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
            )
            .replace(
              '</Types>',
              '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
            ),
        );
      }),
  },
  {
    file: 'external-links.xlsx',
    kind: 'external-links',
    description: 'The leader count is a formula into another workbook; its cached value (1) is read.',
    codes: ['FILE.EXTERNAL_LINKS'],
    readable: true,
    make: () =>
      reportXml((files, spec) => {
        files.set(
          'xl/externalLinks/externalLink1.xml',
          text(
            '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook><sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>',
          ),
        );
        const address = keyed(spec, 'ii5_leader');
        editPart(files, SHEET1, (x) =>
          replaceCellXml(x, address, `<c r="${address}"><f>[1]Sheet1!A1</f><v>1</v></c>`),
        );
      }),
  },
  // Sheet level: the report sheet itself.
  {
    file: 'no-report-sheet.xlsx',
    kind: 'no-report-sheet',
    description: 'A home-made table instead of the template: no stamp anywhere.',
    codes: ['FILE.NO_REPORT_SHEET'],
    readable: false,
    make: async () => validReportBytes([aSheetSpec('Báo cáo tự lập'), aSheetSpec('Sheet2')]),
  },
  {
    file: 'key-column-deleted.xlsx',
    kind: 'key-column-deleted',
    description: 'The hidden key column (with the stamp) deleted: the sheet is no longer a template.',
    codes: ['FILE.NO_REPORT_SHEET'],
    readable: false,
    make: () =>
      reportWith((spec) => {
        const keyCol = colOf(stampCell(spec).address);
        spec.cells = spec.cells.filter((c) => colOf(c.address) !== keyCol);
      }),
  },
  {
    file: 'renamed-sheet.xlsx',
    kind: 'renamed-sheet',
    description: 'The report sheet renamed "Sheet1" and moved after another sheet: found by its stamp.',
    codes: [],
    readable: true,
    make: () => validReportBytes([aSheetSpec('Hướng dẫn'), { ...validReportSpec(), name: 'Sheet1' }]),
  },
  {
    file: 'two-reports.xlsx',
    kind: 'two-reports',
    description: 'Two report sheets in one file (two units sent together): two sources.',
    codes: [],
    readable: true,
    make: () => validReportBytes([validReportSpec(), { ...validReportSpec(), name: 'Báo cáo (2)' }]),
  },
  {
    file: 'key-deleted.xlsx',
    kind: 'key-deleted',
    description: 'The key of the leader row erased.',
    codes: ['TEMPLATE.KEYS_MISSING'],
    readable: false,
    make: () =>
      reportWith((spec) => {
        const key = `${colOf(stampCell(spec).address)}${rowOf(keyed(spec, 'ii5_leader'))}`;
        spec.cells = spec.cells.filter((c) => c.address !== key);
      }),
  },
  {
    file: 'rows-inserted.xlsx',
    kind: 'rows-inserted',
    description: 'Three rows inserted inside the table (above II.2): every value still found by its key.',
    codes: [],
    readable: true,
    make: () => reportWith((spec) => shiftRows(spec, rowOf(keyed(spec, 'ii2_directives')), 3)),
  },
  {
    file: 'row-deleted.xlsx',
    kind: 'row-deleted',
    description: 'The row of the dedicated-cadres count deleted.',
    codes: ['TEMPLATE.KEYS_MISSING'],
    readable: false,
    make: () => reportWith((spec) => deleteRow(spec, rowOf(keyed(spec, 'ii5_cadres')))),
  },
  {
    file: 'merged-inputs.xlsx',
    kind: 'merged-inputs',
    description:
      'The two bright-spot counts merged into one cell: the second value is lost, read as not entered.',
    codes: ['VALUE.REQUIRED'],
    readable: true,
    make: () =>
      reportWith((spec) => {
        spec.merges.push(`${keyed(spec, 'ii4_bright_dvcq')}:${keyed(spec, 'ii4_bright_qcdc')}`);
      }),
  },
  {
    file: 'formula-cached.xlsx',
    kind: 'formula-cached',
    description: 'Inputs typed as formulas (=1+1, =990) with cached results: the results are read.',
    codes: [],
    readable: true,
    make: () =>
      reportWith((spec) => {
        setCell(spec, keyed(spec, 'ii5_cadres'), { formula: '1+1', result: 2 });
        setCell(spec, keyed(spec, 'ii3_ontime:num'), { formula: '990', result: 990 });
      }),
  },
  {
    file: 'formula-uncached.xlsx',
    kind: 'formula-uncached',
    description: 'An input formula saved without a result (a tool that does not calculate).',
    codes: ['VALUE.KIND'],
    readable: true,
    make: () =>
      reportWith((spec) => setCell(spec, keyed(spec, 'ii5_leader'), { formula: 'SUM(Z1:Z9)', result: null })),
  },
  {
    file: 'error-values.xlsx',
    kind: 'error-values',
    description: 'Inputs holding #N/A, #REF! and #DIV/0!.',
    codes: ['VALUE.KIND'],
    readable: true,
    make: () =>
      reportXml((files, spec) =>
        editPart(files, SHEET1, (x) => {
          let out = x;
          const errors: [string, string][] = [
            ['ii5_leader', '#N/A'],
            ['ii5_cadres', '#REF!'],
            ['ii3_satisfaction', '#DIV/0!'],
          ];
          for (const [key, error] of errors) {
            const a = keyed(spec, key);
            out = replaceCellXml(out, a, `<c r="${a}" t="e"><f>1/0</f><v>${error}</v></c>`);
          }
          return out;
        }),
      ),
  },
  {
    file: 'numbers-as-text.xlsx',
    kind: 'numbers-as-text',
    description: 'Numbers stored as text, as typed with a decimal comma and thousands dot ("95,5", "1.000").',
    codes: [],
    readable: true,
    make: () =>
      reportWith((spec) => {
        setCell(spec, keyed(spec, 'ii3_satisfaction'), { text: '95,5' });
        setCell(spec, keyed(spec, 'ii3_ontime:num'), { text: '990' });
        setCell(spec, keyed(spec, 'ii3_ontime:den'), { text: '1.000' });
        setCell(spec, keyed(spec, 'ii4_model_dvk'), { text: '02 mô hình' });
      }),
  },
  {
    file: 'dates-as-text.xlsx',
    kind: 'dates-as-text',
    description: 'Completion dates stored as text ("10/01/2022", "ngày 15 tháng 10 năm 2025").',
    codes: [],
    readable: true,
    make: () =>
      reportWith((spec) => {
        setCell(spec, keyed(spec, 'ii1_plan', 'date'), { text: '10/01/2022' });
        setCell(spec, keyed(spec, 'ii2_study_article', 'date'), { text: 'ngày 15 tháng 10 năm 2025' });
      }),
  },
  {
    file: 'long-text.xlsx',
    kind: 'long-text',
    description:
      'A 100,000-character note and control characters (_x0007_, zero-width space) in the unit name.',
    codes: [],
    readable: true,
    make: () =>
      reportXml((files, spec) => {
        const note = keyed(spec, 'ii6_review', 'note');
        const name = keyed(spec, '@unit_name', 'field');
        // Excel keeps text in shared strings and writes control characters as _xHHHH_ escapes.
        let count = 0;
        editPart(files, 'xl/sharedStrings.xml', (x) => {
          count = (x.match(/<si>/g) ?? []).length;
          const long = `<si><t>${'Ghi chú rất dài. '.repeat(6250)}</t></si>`;
          return x.replace('</sst>', `${long}<si><t>Đảng bộ Văn phòng_x0007_ UBND\u200B tỉnh</t></si></sst>`);
        });
        editPart(files, SHEET1, (x) =>
          replaceCellXml(
            replaceCellXml(x, note, `<c r="${note}" t="s"><v>${count}</v></c>`),
            name,
            `<c r="${name}" t="s"><v>${count + 1}</v></c>`,
          ),
        );
      }),
  },
  {
    file: 'other-plan.xlsx',
    kind: 'other-plan',
    description: 'A report stamped for another plan (plan=de-an-99).',
    codes: ['TEMPLATE.OTHER_PLAN'],
    readable: false,
    make: () => reportWith((spec) => retextStamp(spec, (s) => s.replace('plan=de-an-04', 'plan=de-an-99'))),
  },
  {
    file: 'newer-template.xlsx',
    kind: 'newer-template',
    description: 'A report stamped with a template version newer than this build (version=9).',
    codes: ['TEMPLATE.VERSION'],
    readable: false,
    make: () => reportWith((spec) => retextStamp(spec, (s) => s.replace(/version=\d+/, 'version=9'))),
  },
  {
    file: 'future-dated.xlsx',
    kind: 'future-dated',
    description: 'A report dated 01/03/2026, after the as-of date 31/12/2025.',
    codes: ['REPORT.DATE_FUTURE'],
    readable: true,
    make: () => validReportBytes([validReportSpec({ ...validFill(), reportDate: '2026-03-01' })]),
  },
  {
    file: 'decomposed-unicode.xlsx',
    kind: 'nfd',
    description: 'Unit name, preparer and a note in decomposed Unicode (NFD), as some tools paste them.',
    codes: [],
    readable: true,
    make: () => {
      const fill = validFill();
      const nfd = (s: string | undefined) => s?.normalize('NFD');
      return validReportBytes([
        validReportSpec({
          ...fill,
          unitName: nfd(fill.unitName) ?? '',
          preparer: nfd(fill.preparer) ?? '',
          values: {
            ...fill.values,
            ii6_review: { ...fill.values.ii6_review, note: nfd('Đã biểu dương 3 tập thể') ?? '' },
          },
        }),
      ]);
    },
  },
  {
    file: 'tcvn3.xlsx',
    kind: 'tcvn3',
    description: 'Unit name and a note typed in the legacy TCVN3 (ABC) encoding.',
    codes: ['TEXT.LEGACY_ENCODING'],
    readable: true,
    make: () => {
      const fill = validFill();
      return validReportBytes([
        validReportSpec({
          ...fill,
          unitName: convertUnicodeToTcvn3(fill.unitName ?? ''),
          values: {
            ...fill.values,
            ii6_review: {
              ...fill.values.ii6_review,
              note: convertUnicodeToTcvn3('Đã tổ chức hội nghị tổng kết'),
            },
          },
        }),
      ]);
    },
  },
];

function retextStamp(spec: SheetSpec, fn: (stamp: string) => string): void {
  const stamp = stampCell(spec);
  if (!stamp.value || !('text' in stamp.value)) throw new Error('no stamp');
  stamp.value = { text: fn(stamp.value.text) };
}

export async function makeBadFixtures(): Promise<{ entry: BadFixtureEntry; bytes: Uint8Array }[]> {
  const out: { entry: BadFixtureEntry; bytes: Uint8Array }[] = [];
  for (const { make, ...entry } of MAKERS) out.push({ entry, bytes: await make() });
  return out;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const fixtures = await makeBadFixtures();
  const expected = `${JSON.stringify(
    fixtures.map((f) => f.entry),
    null,
    2,
  )}\n`;
  if (check) {
    const stale = fixtures.filter((f) => {
      try {
        return !Buffer.from(readFileSync(join(BAD_DIR, f.entry.file))).equals(Buffer.from(f.bytes));
      } catch {
        return true;
      }
    });
    const jsonStale = readFileSync(join(BAD_DIR, 'expected.json'), 'utf8') !== expected;
    if (stale.length || jsonStale) {
      console.error(
        `Out of date: ${[...stale.map((f) => f.entry.file), ...(jsonStale ? ['expected.json'] : [])].join(', ')}`,
      );
      process.exit(1);
    }
    console.log(`test/fixtures/bad: ${fixtures.length} files up to date`);
    return;
  }
  rmSync(BAD_DIR, { recursive: true, force: true });
  mkdirSync(BAD_DIR, { recursive: true });
  for (const f of fixtures) writeFileSync(join(BAD_DIR, f.entry.file), f.bytes);
  writeFileSync(join(BAD_DIR, 'expected.json'), expected);
  console.log(
    `test/fixtures/bad: wrote ${fixtures.length} files and expected.json (${readdirSync(BAD_DIR).length} entries)`,
  );
}

if (/make-bad-fixtures\.ts$/.test(process.argv[1] ?? '')) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
