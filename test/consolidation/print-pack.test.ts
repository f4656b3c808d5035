/**
 * The meeting pack prints in at most 12 A4 pages, each readable (issue "meeting pack"): the
 * consolidation of the 70-unit sample batch is written as the CLI writes it (every output sheet,
 * one workbook), printed to PDF by LibreOffice headless, and the PDF is read back with pdfinfo and
 * pdftotext:
 * - the page count;
 * - no English on a Vietnamese page: none of the English words the catalogue gives the sheets'
 *   headings and verdicts appears in the text;
 * - no clipped text: every text cell of the print areas shows whole in the PDF (each word of it
 *   is in the text of the sheet's pages), so no column is too narrow and no row too short for
 *   what it holds.
 * Without LibreOffice this fails on CI (env CI set) and is skipped with a warning elsewhere.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SheetSpec } from '../../src/core/sheet/sheet-spec';
import { consolidationSheets } from '../../src/core/summary/consolidation-sheets';
import { SOURCE_VERDICT_WORDS, ITEM_VERDICT_WORDS } from '../../src/core/messages/vocabulary';
import { deAn04 } from '../../src/plans/de-an-04/plan';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import { hasProgram, pdfPageText, pdfPages, xlsxToPdf } from './libreoffice';
import { sampleConsolidation } from './sample-consolidation';

const MAX_PAGES = 12;
const tools = ['soffice', 'pdfinfo', 'pdftotext'];
const missing = tools.filter((t) => !hasProgram(t));
const onCi = Boolean(process.env.CI);
if (missing.length > 0 && !onCi)
  console.warn(
    `Skipping the meeting-pack print test: ${missing.join(', ')} not found (install LibreOffice and poppler-utils).`,
  );

/** Words of a text, without the spacing and hyphenation pdftotext may put in or take out. */
const words = (s: string): string[] =>
  s
    .normalize('NFC')
    .split(/\s+/)
    // A long file name wraps at its hyphens: each piece is looked for.
    .flatMap((w) => w.split(/(?<=[-/\\])/))
    .map((w) => w.replace(/^[“"(–-]+|[”",.;:)]+$/g, ''))
    .filter((w) => w.length > 0);
const squash = (s: string): string => s.normalize('NFC').replace(/\s+/g, '');

/** The rows of the print area 'A1:L80' (1..80). */
const printedRows = (spec: SheetSpec): number => Number(/(\d+)$/.exec(spec.print.area ?? '')?.[1] ?? 0);
const rowOf = (address: string): number => Number(address.replace(/^[A-Z]+/, ''));

(missing.length > 0 && !onCi ? describe.skip : describe)('the meeting pack on paper', () => {
  let dir = '';
  let specs: SheetSpec[] = [];
  /** The text of each sheet's pages, in the pack's order. */
  let pages: string[] = [];

  beforeAll(async () => {
    if (missing.length > 0) throw new Error(`CI needs ${missing.join(', ')} for the print test`);
    const { c, settings } = sampleConsolidation();
    specs = consolidationSheets(c, deAn04, settings, 'vi');
    dir = mkdtempSync(join(tmpdir(), 'baocao-pack-'));
    const xlsx = join(dir, 'tong-hop.xlsx');
    writeFileSync(xlsx, await writeXlsx(specs, { created: '2026-01-20' }));
    const pdf = xlsxToPdf(xlsx, dir);
    const { pages: n } = pdfPages(pdf);
    pages = Array.from({ length: n }, (_, i) => pdfPageText(pdf, i + 1));
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`prints in at most ${MAX_PAGES} A4 pages`, () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(MAX_PAGES);
  });

  it('has no English word of the catalogue on its Vietnamese pages', () => {
    const english = [...Object.values(SOURCE_VERDICT_WORDS), ...Object.values(ITEM_VERDICT_WORDS)]
      .map((w) => w.en)
      .filter((w) => w !== '')
      .concat(['Sources', 'Summary', 'Trend', 'Consolidated', 'Chart', 'data in the table above', 'Target']);
    const all = pages.join('\n');
    for (const w of english)
      expect({ w, found: new RegExp(`\\b${w}\\b`).test(all) }).toEqual({ w, found: false });
  });

  it('shows every printed text cell whole (no column too narrow, no row too short)', () => {
    const text = squash(pages.join(''));
    const clipped: string[] = [];
    for (const spec of specs) {
      const last = printedRows(spec);
      for (const cell of spec.cells) {
        if (!cell.value || !('text' in cell.value) || rowOf(cell.address) > last) continue;
        // A hidden column (the output stamp) is not printed.
        const col = cell.address.replace(/\d+$/, '');
        const index = [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        if (spec.columns[index]?.hidden) continue;
        const lost = words(cell.value.text).filter((w) => !text.includes(squash(w)));
        if (lost.length > 0) clipped.push(`${spec.name}!${cell.address}: ${lost.join(' ')}`);
      }
    }
    expect(clipped).toEqual([]);
  });
});
