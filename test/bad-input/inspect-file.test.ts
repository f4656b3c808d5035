import { strToU8 } from 'fflate';
import type { ReadLimits } from '../../src/core/settings/settings-types';
import { defaultSettings } from '../../src/plans/de-an-04/default-settings';
import type { RawWorkbook } from '../../src/core/report/report-types';
import type { Finding } from '../../src/core/types';
import { oleDirectoryNames, parseCellRef, rangeArea } from '../../src/xlsx/inspect-file';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import {
  aSheetSpec,
  concat,
  deflatedZeros,
  editPart,
  editZip,
  honestEntry,
  rawEntries,
  text,
  writeCfb,
  writeRawZip,
  writeZip,
} from './file-tools';

const LIMITS: ReadLimits = defaultSettings('2025-12-31').limits;
const limits = (overrides: Partial<ReadLimits> = {}): ReadLimits => ({ ...LIMITS, ...overrides });

let valid: Uint8Array;
beforeAll(async () => {
  valid = await writeXlsx([aSheetSpec('Báo cáo'), aSheetSpec('Ghi chú')]);
});

/**
 * The byte inspection and the reader after it, as every front door calls them: the findings (the
 * notes of a workbook read, or why it was not) and the workbook when one was read.
 */
async function inspectFile(
  bytes: Uint8Array,
  name: string,
  l: ReadLimits,
): Promise<{ findings: Finding[]; workbook?: RawWorkbook }> {
  const r = await readWorkbookFile(bytes, name, l);
  return r.ok ? { findings: r.value.notes ?? [], workbook: r.value } : { findings: r.error };
}

const codesOf = async (bytes: Uint8Array, l: ReadLimits = LIMITS): Promise<string[]> =>
  (await await inspectFile(bytes, 'f.xlsx', l)).findings.map((f) => f.code);

describe('inspectFile and the reader: a valid workbook', () => {
  it('passes with no findings and reads its sheets', async () => {
    const r = await inspectFile(valid, 'f.xlsx', LIMITS);
    expect(r.findings).toEqual([]);
    expect(r.workbook?.sheets.map((s) => [s.name, s.rows[0]?.[0]?.v, s.rows[1]?.[1]?.v])).toEqual([
      ['Báo cáo', 'Xin chào', 42],
      ['Ghi chú', 'Xin chào', 42],
    ]);
  });
});

// Files that are not zips at all.
const ole = (names: string[]) => writeCfb(names.map((name) => ({ name, data: strToU8(name) })));
const notZip: [string, () => Uint8Array, string][] = [
  ['an empty file', () => new Uint8Array(0), 'FILE.EMPTY'],
  [
    'an Excel 97-2003 .xls (OLE2 with a Workbook stream)',
    () => ole(['Workbook', 'SummaryInformation']),
    'FILE.LEGACY_XLS',
  ],
  ['an Excel 5 .xls (OLE2 with a Book stream)', () => ole(['Book']), 'FILE.LEGACY_XLS'],
  [
    'a password-protected .xlsx (OLE2 EncryptionInfo + EncryptedPackage)',
    () => ole(['EncryptionInfo', 'EncryptedPackage']),
    'FILE.ENCRYPTED',
  ],
  ['a Word .doc (OLE2 with WordDocument)', () => ole(['WordDocument']), 'FILE.NOT_XLSX'],
  [
    'an OLE2 file whose directory is broken, with EncryptedPackage in it',
    () => {
      const b = ole(['EncryptionInfo', 'EncryptedPackage']);
      b[0x1e] = 7; // impossible sector size: the directory cannot be walked
      return b;
    },
    'FILE.ENCRYPTED',
  ],
  ['a CSV with commas', () => text('Mã,Tên,Kết quả\nDV001,Sở Tư pháp,95\n'), 'FILE.CSV'],
  ['a CSV with semicolons and a BOM', () => text('\uFEFFMã;Tên\r\nDV001;Sở Tư pháp\r\n'), 'FILE.CSV'],
  [
    'Unicode text (UTF-16LE, tabs) as Excel saves it',
    () =>
      concat([
        new Uint8Array([0xff, 0xfe]),
        new Uint8Array(Buffer.from('Mã\tTên\r\nDV001\tSở\r\n', 'utf16le')),
      ]),
    'FILE.CSV',
  ],
  [
    'an HTML table saved as .xls',
    () =>
      text('<html><head><meta charset="utf-8"></head><body><table><tr><td>1</td></tr></table></body></html>'),
    'FILE.HTML',
  ],
  ['an HTML fragment', () => text('  <table border=1><tr><td>DV001</td></tr></table>'), 'FILE.HTML'],
  [
    'XML Spreadsheet 2003',
    () =>
      text(
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
      ),
    'FILE.LEGACY_XLS',
  ],
  ['a PDF', () => text('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'FILE.NOT_XLSX'],
  ['a PNG', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'FILE.NOT_XLSX'],
  [
    'random bytes',
    () => new Uint8Array(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256)),
    'FILE.NOT_XLSX',
  ],
  ['plain text without separators', () => text('Báo cáo kết quả thực hiện Đề án 04\n'), 'FILE.NOT_XLSX'],
];

describe('inspectFile and the reader: files that are not zips', () => {
  it.each(notZip.map(([n, make, code]) => [n, code, make] as const))(
    '%s -> %s',
    async (_name, code, make) => {
      const r = await inspectFile(make(), 'f.xlsx', LIMITS);
      expect(r.findings.map((f) => f.code)).toEqual([code]);
      expect(r.findings[0]?.severity).toBe('error');
      expect(r.findings[0]?.file).toBe('f.xlsx');
      expect(r.workbook).toBeUndefined();
    },
  );

  it('walks a real OLE2 directory', () => {
    expect(oleDirectoryNames(ole(['EncryptionInfo', 'EncryptedPackage']))).toEqual([
      'Root Entry',
      'EncryptionInfo',
      'EncryptedPackage',
    ]);
  });

  it('refuses a file over maxFileBytes before looking inside', async () => {
    const r = await inspectFile(valid, 'big.xlsx', limits({ maxFileBytes: 1000 }));
    expect(r.findings.map((f) => f.code)).toEqual(['FILE.TOO_LARGE']);
    expect(r.findings[0]?.message.vi).toContain('big.xlsx');
  });
});

describe('inspectFile and the reader: zips that are not workbooks or are broken', () => {
  const zipped = (parts: Record<string, string>) =>
    writeZip(new Map(Object.entries(parts).map(([k, v]) => [k, text(v)])));
  const cases: [string, () => Uint8Array, string][] = [
    [
      'a truncated .xlsx (first 60%)',
      () => valid.subarray(0, Math.floor(valid.length * 0.6)),
      'FILE.TRUNCATED_ZIP',
    ],
    [
      'an .xlsx cut just before its end record',
      () => valid.subarray(0, valid.length - 10),
      'FILE.TRUNCATED_ZIP',
    ],
    [
      'an .xlsx whose central directory points past the end',
      () => {
        const b = valid.slice();
        const view = new DataView(b.buffer);
        view.setUint32(b.length - 22 + 16, b.length, true);
        return b;
      },
      'FILE.TRUNCATED_ZIP',
    ],
    [
      'an OpenDocument spreadsheet',
      () => zipped({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }),
      'FILE.ODS',
    ],
    [
      'an OpenDocument text',
      () => zipped({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }),
      'FILE.NOT_WORKBOOK',
    ],
    [
      'a Word .docx',
      () => zipped({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }),
      'FILE.NOT_WORKBOOK',
    ],
    ['a plain zip of files', () => zipped({ 'bao-cao.txt': 'xin chào' }), 'FILE.NOT_WORKBOOK'],
    [
      'an .xlsb',
      () => zipped({ '[Content_Types].xml': '<Types/>', 'xl/workbook.bin': 'x' }),
      'FILE.NOT_WORKBOOK',
    ],
    [
      'a workbook with a flipped byte in a compressed part (CRC)',
      () => {
        const entries = rawEntries(valid);
        const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml');
        if (!sheet) throw new Error('no sheet1');
        sheet.crc = (sheet.crc + 1) >>> 0;
        return writeRawZip(entries);
      },
      'FILE.DAMAGED',
    ],
    [
      'a workbook whose deflate data is garbage',
      () => {
        const entries = rawEntries(valid);
        const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml');
        if (!sheet) throw new Error('no sheet1');
        sheet.data = new Uint8Array(sheet.data.length).fill(0xff);
        return writeRawZip(entries);
      },
      'FILE.DAMAGED',
    ],
    [
      'a workbook with two entries of one name',
      () => writeRawZip([...rawEntries(valid), honestEntry('xl/workbook.xml', text('<workbook/>'))]),
      'FILE.DAMAGED',
    ],
    [
      'a workbook with an encrypted zip entry',
      () => writeRawZip(rawEntries(valid).map((e) => (e.name === 'xl/styles.xml' ? { ...e, flags: 1 } : e))),
      'FILE.DAMAGED',
    ],
    [
      'a workbook with an unknown compression method (bzip2)',
      () =>
        writeRawZip(rawEntries(valid).map((e) => (e.name === 'xl/styles.xml' ? { ...e, method: 12 } : e))),
      'FILE.DAMAGED',
    ],
    [
      'a part that is shorter than declared',
      () =>
        writeRawZip(
          rawEntries(valid).map((e) => (e.name === 'xl/styles.xml' ? { ...e, size: e.size + 10 } : e)),
        ),
      'FILE.DAMAGED',
    ],
    [
      'a part with a DTD (entity expansion)',
      () =>
        editZip(valid, (f) =>
          editPart(f, 'xl/sharedStrings.xml', (x) =>
            x.replace('<sst', '<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><sst'),
          ),
        ),
      'FILE.DAMAGED',
    ],
    [
      'a cell past the last row of Excel',
      () =>
        editZip(valid, (f) =>
          editPart(f, 'xl/worksheets/sheet1.xml', (x) => x.replace('r="B2"', 'r="B2000000"')),
        ),
      'FILE.DAMAGED',
    ],
    [
      'a row number past Excel',
      () =>
        editZip(valid, (f) =>
          editPart(f, 'xl/worksheets/sheet1.xml', (x) => x.replace('<row r="2"', '<row r="99999999"')),
        ),
      'FILE.DAMAGED',
    ],
    [
      'a merged range past the grid',
      () =>
        editZip(valid, (f) =>
          editPart(f, 'xl/worksheets/sheet1.xml', (x) =>
            x.replace(
              '</sheetData>',
              '</sheetData><mergeCells count="1"><mergeCell ref="A1:ZZZZ9"/></mergeCells>',
            ),
          ),
        ),
      'FILE.DAMAGED',
    ],
  ];
  it.each(cases.map(([n, make, code]) => [n, code, make] as const))('%s -> %s', async (_name, code, make) => {
    const r = await inspectFile(make(), 'f.xlsx', LIMITS);
    expect(r.findings.map((f) => f.code)).toEqual([code]);
    expect(r.workbook).toBeUndefined();
  });
});

describe('inspectFile and the reader: damage is located', () => {
  it.each([['99'], ['-1'], ['x'], ['']])(
    'a cell whose shared-text index is %j is refused, naming the sheet and the cell',
    async (index) => {
      const bad = editZip(valid, (f) =>
        editPart(f, 'xl/worksheets/sheet1.xml', (x) =>
          x.replace(/(<c r="A1"[^>]*t="s"[^>]*>)<v>\d+<\/v>/, `$1<v>${index}</v>`),
        ),
      );
      const r = await inspectFile(bad, 'f.xlsx', LIMITS);
      expect(r.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([['FILE.DAMAGED', 'Báo cáo', 'A1']]);
      expect(r.findings[0]?.message.vi).toContain('trang tính “Báo cáo”, ô A1');
    },
  );
});

describe('inspectFile and the reader: limits', () => {
  it('refuses more zip entries than maxZipEntries, from the end record alone', async () => {
    expect(await codesOf(valid, limits({ maxZipEntries: 3 }))).toEqual(['FILE.TOO_MANY_ENTRIES']);
  });

  it('refuses a zip whose declared sizes add up past maxUncompressedBytes', async () => {
    expect(await codesOf(valid, limits({ maxUncompressedBytes: 2000 }))).toEqual(['FILE.ZIP_BOMB']);
  });

  it('refuses a big entry compressed more than 200:1 even under the total limit', async () => {
    const bomb = {
      name: 'xl/media/image1.png',
      data: deflatedZeros(8),
      method: 8,
      size: 8 * 1024 * 1024,
      crc: 0,
    };
    const r = await inspectFile(writeRawZip([...rawEntries(valid), bomb]), 'f.xlsx', LIMITS);
    expect(r.findings.map((f) => f.code)).toEqual(['FILE.ZIP_BOMB']);
    expect(r.findings[0]?.message.en).toMatch(/xl\/media\/image1\.png/);
  });

  it('stops inflating an entry that lies about its size once the real output passes the limit', async () => {
    const liar = { name: 'xl/media/image1.png', data: deflatedZeros(64), method: 8, size: 1000, crc: 0 };
    const r = await inspectFile(
      writeRawZip([...rawEntries(valid), liar]),
      'f.xlsx',
      limits({ maxUncompressedBytes: 16 * 1024 * 1024 }),
    );
    expect(r.findings.map((f) => f.code)).toEqual(['FILE.ZIP_BOMB']);
  });

  it('refuses more sheets than maxSheets', async () => {
    const many = await writeXlsx(Array.from({ length: 6 }, (_, i) => aSheetSpec(`S${i + 1}`)));
    expect(await codesOf(many, limits({ maxSheets: 5 }))).toEqual(['FILE.TOO_MANY_SHEETS']);
    expect(await codesOf(many, limits({ maxSheets: 6 }))).toEqual([]);
  });

  it('counts merged areas as cells (a parser may make one object per merged cell)', async () => {
    const merged = editZip(valid, (f) =>
      editPart(f, 'xl/worksheets/sheet1.xml', (x) =>
        x.replace(
          '</sheetData>',
          '</sheetData><mergeCells count="1"><mergeCell ref="C1:Z10000"/></mergeCells>',
        ),
      ),
    );
    const r = await inspectFile(merged, 'f.xlsx', limits({ maxCells: 200_000 }));
    expect(r.findings.map((f) => [f.code, f.sheet])).toEqual([['FILE.TOO_MANY_CELLS', 'Báo cáo']]);
    expect(await codesOf(merged, limits({ maxCells: 300_000 }))).toEqual([]);
  });
});

describe('inspectFile and the reader: notes that let the file through', () => {
  it('notes macros (.xlsm) as info and still hands the workbook on', async () => {
    const xlsm = editZip(valid, (f) => {
      f.set('xl/vbaProject.bin', new Uint8Array([1, 2, 3]));
      editPart(f, '[Content_Types].xml', (x) =>
        x.replace('spreadsheetml.sheet.main+xml', 'ms-excel.sheet.macroEnabled.main+xml'),
      );
    });
    const r = await inspectFile(xlsm, 'f.xlsm', LIMITS);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['FILE.MACROS', 'info']]);
    expect(r.workbook).toBeDefined();
  });

  it('notes external links as a warning', async () => {
    const linked = editZip(valid, (f) =>
      f.set('xl/externalLinks/externalLink1.xml', text('<externalLink/>')),
    );
    const r = await inspectFile(linked, 'f.xlsx', LIMITS);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['FILE.EXTERNAL_LINKS', 'warning']]);
    expect(r.workbook).toBeDefined();
  });
});

describe('the reader: parts nothing reads are stepped over', () => {
  it('whole-sheet data validations and absurd column spans (exceljs expanded them cell by cell)', async () => {
    const hostile = editZip(valid, (f) =>
      editPart(f, 'xl/worksheets/sheet1.xml', (x) =>
        x
          .replace(/<cols>[\s\S]*?<\/cols>/, '<cols><col min="1" max="1000000000" width="9"/></cols>')
          .replace(
            '</sheetData>',
            '</sheetData><dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>1</formula1></dataValidation></dataValidations>',
          ),
      ),
    );
    const r = await inspectFile(hostile, 'f.xlsx', LIMITS);
    expect(r.findings).toEqual([]);
    expect(r.workbook?.sheets[0]?.rows[1]?.[1]?.v).toBe(42);
  });
});

describe('cell references', () => {
  it.each([
    ['A1', { row: 1, col: 1 }],
    ['$B$7', { row: 7, col: 2 }],
    ['XFD1048576', { row: 1_048_576, col: 16_384 }],
    ['XFE1', null],
    ['A1048577', null],
    ['A0', null],
    ['1A', null],
    ['ab12', { row: 12, col: 28 }],
    ['$A$', null],
    ['A$', null],
    ['$$A1', null],
    ['A$$1', null],
    ['ABCD1', null],
    ['A12345678', null],
    ['A0000001', { row: 1, col: 1 }],
    ['A0000012', { row: 12, col: 1 }],
    ['A000001', { row: 1, col: 1 }],
    ['A1 ', null],
    [' A1', null],
    ['A-1', null],
    ['Ä1', null],
    ['[1', null],
    ['@1', null],
    ['', null],
  ])('%s -> %j', (ref, expected) => {
    expect(parseCellRef(ref)).toEqual(expected);
  });

  it.each([
    ['A1', 1],
    ['A1:C3', 9],
    ['C3:A1', 9],
    ['A1:XFD1048576', 16_384 * 1_048_576],
    ['A1:', null],
    ['', null],
  ])('area of %s is %p', (ref, area) => {
    expect(rangeArea(ref)).toBe(area);
  });
});
