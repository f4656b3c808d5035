/**
 * Hostile files (issue 16 §1 and §8): each row is one class of structure a reader could be made
 * to expand without bound, made in a temp folder by code from a real sample report. For each,
 * `baocao consolidate` of good reports plus the hostile file runs in a child process with a time
 * and memory budget (runCliWithin: killed past its seconds, peak resident memory measured by the
 * child itself), and must write the output for the good reports and name the hostile one, with
 * the verdict the row expects. No timing is asserted: a run past its budget is killed and fails.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import type { ConsolidationJson } from '../../src/core/summary/consolidation-json';
import type { SampleManifest } from '../../src/core/sample/sample-manifest';
import { makeSample, runCliWithin, tempDir, type Budget } from '../cli/run-cli';
import { crc32 } from '../../src/xlsx/inspect-file';
import { editPart, editZip, rawEntries, writeRawZip, type RawZipEntry } from './file-tools';

/** A report reads in well under a second and 200 MB; these budgets leave room for a loaded machine. */
const BUDGET: Budget = { seconds: 90, memoryMb: 700 };
const SHEET = 'xl/worksheets/sheet1.xml';

const tmp = tempDir('hostile');
let manifest: SampleManifest;
let good: string[];
let base: string;
let baseBytes: Uint8Array;

beforeAll(async () => {
  manifest = await makeSample(tmp.path);
  const reports = manifest.files.filter((f) => f.year === 2025 && f.role === 'report').map((f) => f.file);
  [base = '', ...good] = reports.slice(0, 4);
  baseBytes = new Uint8Array(readFileSync(join(tmp.path, 'sample', base)));
}, 120_000);
/** What each run used, printed after the table (the budget is what the test enforces). */
const used: string[] = [];
afterAll(() => {
  tmp.remove();
  process.stdout.write(`\nhostile files, peak memory of each run:\n${used.join('\n')}\n`);
});

const workbookXml = (f: Map<string, Uint8Array>, edit: (x: string) => string): void =>
  editPart(f, 'xl/workbook.xml', edit);
const names = (xml: string) => (x: string) =>
  /<definedNames>/.test(x)
    ? x.replace('<definedNames>', `<definedNames>${xml}`)
    : x.replace(/(?=<calcPr)/, `<definedNames>${xml}</definedNames>`);
const beforeSheetDataEnd = (xml: string) => (x: string) => x.replace('</sheetData>', `${xml}</sheetData>`);
const repeat = (n: number, f: (i: number) => string): string =>
  Array.from({ length: n }, (_, i) => f(i)).join('');

/** The sheet's report name in the workbook, to aim names at it. */
const REPORT = "'Báo cáo 2025'";
/** The report with its sheet's merged areas replaced by `mergeCells` (placed after the cells). */
const withMerges = (report: Uint8Array, mergeCells: string): Uint8Array =>
  editZip(report, (f) =>
    editPart(f, SHEET, (x) =>
      x.replace(/<mergeCells[\s\S]*?<\/mergeCells>/, '').replace('</sheetData>', `</sheetData>${mergeCells}`),
    ),
  );

interface HostileCase {
  name: string;
  /** The hostile file's bytes, made from a real report. */
  make: (report: Uint8Array) => Uint8Array;
  /** The code that rejects it; undefined when the report in it is read (the structure is harmless). */
  code?: string;
}

const CASES: HostileCase[] = [
  {
    name: 'a defined name over the whole grid (kept as its text, never expanded)',
    make: (r) =>
      editZip(r, (f) =>
        workbookXml(f, names(`<definedName name="All">${REPORT}!$A$1:$XFD$1048576</definedName>`)),
      ),
  },
  {
    name: 'a defined name over a whole column',
    make: (r) =>
      editZip(r, (f) =>
        workbookXml(f, names(`<definedName name="Col">${REPORT}!$A$1:$A$1048576</definedName>`)),
      ),
  },
  {
    name: '20,000 defined names (over the bound of 10,000)',
    make: (r) =>
      editZip(r, (f) =>
        workbookXml(
          f,
          names(repeat(20_000, (i) => `<definedName name="N${i}">${REPORT}!$A$1:$XFD$1048576</definedName>`)),
        ),
      ),
    code: 'FILE.TOO_COMPLEX',
  },
  {
    name: '50,000 merged areas of one cell (each counted, none compared with another)',
    make: (r) =>
      withMerges(
        r,
        `<mergeCells count="50000">${repeat(50_000, (i) => `<mergeCell ref="AA${i + 1}:AA${i + 1}"/>`)}</mergeCells>`,
      ),
  },
  {
    name: '20,000 overlapping merged areas of 2,600 cells (over the 200,000-cell limit)',
    make: (r) =>
      withMerges(r, `<mergeCells>${repeat(20_000, () => '<mergeCell ref="AA1:AZ100"/>')}</mergeCells>`),
    code: 'FILE.TOO_MANY_CELLS',
  },
  {
    name: '1,000,000 formatted empty rows',
    make: (r) =>
      editZip(r, (f) =>
        editPart(
          f,
          SHEET,
          beforeSheetDataEnd(repeat(1_000_000, (i) => `<row r="${i + 1000}" s="1" customFormat="1"/>`)),
        ),
      ),
    code: 'FILE.TOO_MANY_CELLS',
  },
  {
    name: '3,000 cells in column XFD (a grid of 49 million slots)',
    make: (r) =>
      editZip(r, (f) =>
        editPart(
          f,
          SHEET,
          beforeSheetDataEnd(
            repeat(3000, (i) => `<row r="${i + 1000}"><c r="XFD${i + 1000}"><v>1</v></c></row>`),
          ),
        ),
      ),
    code: 'FILE.TOO_COMPLEX',
  },
  {
    name: 'one cell at row 1,048,576 (a grid of a million rows)',
    make: (r) =>
      editZip(r, (f) =>
        editPart(f, SHEET, beforeSheetDataEnd('<row r="1048576"><c r="A1048576"><v>1</v></c></row>')),
      ),
    code: 'FILE.TOO_COMPLEX',
  },
  {
    name: 'a 95 MB shared string that compresses under the zip-bomb ratio',
    make: (r) => withSharedString(r, 95 * 1024 * 1024),
    code: 'FILE.TOO_COMPLEX',
  },
  {
    // 1.8 MB of formats: under the 5 MB from which the 200:1 bomb ratio applies.
    name: '100,000 cell formats (over the bound of 64,000)',
    make: (r) =>
      editZip(r, (f) =>
        editPart(f, 'xl/styles.xml', (x) =>
          x.replace(
            /<cellXfs count="\d+">/,
            `<cellXfs count="100000">${repeat(100_000, () => '<xf numFmtId="1"/>')}`,
          ),
        ),
      ),
    code: 'FILE.TOO_COMPLEX',
  },
  {
    name: 'a DOCTYPE after the first 4 KB of a part',
    make: (r) =>
      editZip(r, (f) =>
        editPart(f, 'xl/styles.xml', (x) =>
          x.replace('?>', `?><!-- ${'x'.repeat(5000)} --><!DOCTYPE s [<!ENTITY e "e">]>`),
        ),
      ),
    code: 'FILE.DAMAGED',
  },
  {
    name: 'a sheet name of 32 characters (read whole)',
    make: (r) =>
      editZip(r, (f) =>
        workbookXml(f, (x) => x.replace('name="Báo cáo 2025"', 'name="Báo cáo 2025 của đơn vị (bản 32)"')),
      ),
  },
];

/**
 * The report with one shared string of `size` characters that deflate well but not too well (two
 * symbols at random: about 8:1, under the 200:1 ratio), so the file passes the byte inspection.
 */
function withSharedString(report: Uint8Array, size: number): Uint8Array {
  const text = new Uint8Array(size);
  let seed = 7;
  for (let i = 0; i < size; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    text[i] = seed & 0x10000 ? 0x61 : 0x62;
  }
  const head = new TextEncoder().encode(
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>',
  );
  const tail = new TextEncoder().encode('</t></si></sst>');
  const xml = new Uint8Array(head.length + size + tail.length);
  xml.set(head);
  xml.set(text, head.length);
  xml.set(tail, head.length + size);
  const entries: RawZipEntry[] = rawEntries(report).filter((e) => e.name !== 'xl/sharedStrings.xml');
  const big: RawZipEntry = {
    name: 'xl/sharedStrings.xml',
    data: deflateRawSync(xml, { level: 1 }),
    method: 8,
    size: xml.length,
    crc: crc32(xml),
  };
  return writeRawZip([...entries, big]);
}

describe('hostile files: consolidate of good reports plus one hostile file, within a budget', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const dir = `in-${CASES.indexOf(c)}`;
    mkdirSync(join(tmp.path, dir));
    for (const g of good) copyFileSync(join(tmp.path, 'sample', g), join(tmp.path, dir, g));
    const hostile = `Z-${base}`;
    writeFileSync(join(tmp.path, dir, hostile), c.make(baseBytes));
    const run = await runCliWithin(
      [
        'consolidate',
        dir,
        '--year',
        '2025',
        '-o',
        `${dir}.xlsx`,
        '--json',
        `${dir}.json`,
        '-q',
        '--config',
        'sample/baocao.config.json',
      ],
      tmp.path,
      BUDGET,
    );
    expect({ name, killed: run.killed, stderr: run.stderr.slice(0, 500) }).toEqual({
      name,
      killed: false,
      stderr: '',
    });
    used.push(`  ${Math.round(run.peakMb)} MB  ${name}`);
    expect(run.peakMb).toBeGreaterThan(0);
    expect(run.peakMb).toBeLessThan(BUDGET.memoryMb);
    expect(existsSync(join(tmp.path, `${dir}.xlsx`))).toBe(true);
    const json = JSON.parse(readFileSync(join(tmp.path, `${dir}.json`), 'utf8')) as ConsolidationJson;
    const byFile = new Map(json.sources.map((s) => [s.file.split('/').pop(), s]));
    for (const g of good) expect(byFile.get(g)?.verdict).toMatch(/^accepted/);
    const named = byFile.get(hostile);
    if (c.code) {
      expect(named?.verdict).toBe('rejected');
      expect(named?.findings.map((f) => f.code)).toContain(c.code);
      // The message names the file, in both languages, and never a parser's raw error text.
      for (const f of named?.findings ?? []) {
        expect(f.message.vi).toContain(hostile);
        expect(f.message.en).not.toMatch(/Cannot read|undefined|TypeError/);
      }
    } else expect(named?.verdict).toMatch(/^accepted/);
  });
});
