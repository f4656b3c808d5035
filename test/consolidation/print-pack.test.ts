/**
 * The meeting pack prints in at most 12 A4 pages, each readable (issue "meeting pack"): the
 * consolidation of the 70-unit sample batch is written as the CLI writes it (every output sheet,
 * one workbook), printed to PDF by LibreOffice headless, and the PDF is read back with pdfinfo and
 * pdftotext:
 * - the page count;
 * - no English on a Vietnamese page: none of the English words the catalogue gives the sheets'
 *   headings and verdicts appears in the text;
 * - no clipped text: no word is drawn over a word of another line (pdftotext -bbox: a wrapped
 *   text taller than its row runs into the row below, cut there on paper), and every text cell of
 *   the print areas shows in the PDF (each word of it is in the text of its sheet's pages,
 *   printed alone).
 * Without LibreOffice this fails on CI (env CI set) and is skipped with a warning elsewhere.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SheetSpec } from '../../src/core/sheet/sheet-spec';
import { consolidationSheets } from '../../src/core/summary/consolidation-sheets';
import { SOURCE_VERDICT_WORDS, ITEM_VERDICT_WORDS } from '../../src/core/messages/vocabulary';
import { deAn04 } from '../../src/plans/de-an-04/plan';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import { hasProgram, pdfPageText, pdfPages, xlsxToPdf, xlsxsToPdfs } from './libreoffice';
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

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** The words of each page of a PDF with their boxes (pdftotext -bbox). */
function wordBoxes(pdf: string): Box[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map(
        (m): Box => ({ x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: m[5] ?? '' }),
      ),
    );
}

/**
 * Words of two different lines drawn over each other: a wrapped text taller than its row runs
 * into the row below (and is cut there on paper). pdftotext still reports a cut line, at its
 * place, so the overlap shows it. Pieces of one word on one line may touch: only words on
 * different lines, overlapping by more than a quarter of the smaller, count.
 */
function overlaps(words: Box[]): string[] {
  const sorted = [...words].sort((a, b) => a.y0 - b.y0);
  const out: string[] = [];
  sorted.forEach((a, i) => {
    for (const b of sorted.slice(i + 1)) {
      if (b.y0 >= a.y1) break;
      const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      const smaller = Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0));
      if (ox > 0 && oy > 0 && Math.abs(a.y0 - b.y0) > 1 && ox * oy > smaller / 4)
        out.push(`${a.text}/${b.text}`);
    }
  });
  return out;
}

(missing.length > 0 && !onCi ? describe.skip : describe)('the meeting pack on paper', () => {
  let dir = '';
  let specs: SheetSpec[] = [];
  /** The text of each page of the pack. */
  let pages: string[] = [];
  let boxes: Box[][] = [];
  /** The text of each sheet's pages (the sheet printed alone), by sheet name. */
  const sheetText = new Map<string, string>();

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
    boxes = wordBoxes(pdf);
    // Each sheet alone too, so a cell's words are looked for on its own sheet's pages.
    const alone = await Promise.all(
      specs.map(async (spec, i) => {
        const file = join(dir, `sheet-${i + 1}.xlsx`);
        writeFileSync(file, await writeXlsx([spec], { created: '2026-01-20' }));
        return file;
      }),
    );
    xlsxsToPdfs(alone, dir).forEach((sheetPdf, i) => {
      const { pages: k } = pdfPages(sheetPdf);
      const text = Array.from({ length: k }, (_, p) => pdfPageText(sheetPdf, p + 1)).join('');
      sheetText.set(specs[i]?.name ?? '', squash(text));
    });
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

  it('draws no text over other text (no row too short for its wrapped text)', () => {
    const found = boxes.flatMap((words, i) => overlaps(words).map((o) => `page ${i + 1}: ${o}`));
    expect(found.slice(0, 10)).toEqual([]);
  });

  it('shows every printed text cell whole (no column too narrow, no row too short)', () => {
    const clipped: string[] = [];
    for (const spec of specs) {
      const text = sheetText.get(spec.name) ?? '';
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
