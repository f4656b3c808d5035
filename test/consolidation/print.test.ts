/**
 * The consolidated table prints on A4 landscape (an annex) and the meeting summary on A4
 * portrait (a BÁO CÁO, guidance 36-HD/VPTW), one page wide: the
 * sheets are written with writeXlsx, printed to PDF by LibreOffice headless, and the PDF is read
 * with pdfinfo (page size) and pdftotext (the last column's heading is on page 1). Data: the
 * seeded sample batch of 70 units, so names and widths are realistic.
 * Without LibreOffice this fails on CI (env CI set) and is skipped with a warning elsewhere.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SheetSpec } from '../../src/core/sheet/sheet-spec';
import { consolidatedSheet } from '../../src/core/summary/consolidated-sheet';
import { summarySheet } from '../../src/core/summary/summary-sheet';
import { deAn04 } from '../../src/plans/de-an-04/plan';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import { hasProgram, pdfPageText, pdfPages, xlsxToPdf } from './libreoffice';
import { sampleConsolidation } from './sample-consolidation';

const tools = ['soffice', 'pdfinfo', 'pdftotext'];
const missing = tools.filter((t) => !hasProgram(t));
const onCi = Boolean(process.env.CI);
if (missing.length > 0 && !onCi)
  console.warn(
    `Skipping the A4 print test: ${missing.join(', ')} not found (install LibreOffice and poppler-utils).`,
  );

const A4 = { landscape: { width: 842, height: 595 }, portrait: { width: 595, height: 842 } };
/** Collapses the spacing pdftotext puts between words of a layout. */
const squash = (s: string): string => s.replace(/\s+/g, ' ');

(missing.length > 0 && !onCi ? describe.skip : describe)('printing on A4', () => {
  let dir = '';
  let pdfs: Record<'consolidated' | 'summary', string>;

  beforeAll(async () => {
    if (missing.length > 0) throw new Error(`CI needs ${missing.join(', ')} for the A4 print test`);
    const { c, settings } = sampleConsolidation();
    dir = mkdtempSync(join(tmpdir(), 'baocao-print-'));
    const print = async (name: string, spec: SheetSpec): Promise<string> => {
      const xlsx = join(dir, `${name}.xlsx`);
      writeFileSync(xlsx, await writeXlsx([spec], { created: '2026-01-20' }));
      return xlsxToPdf(xlsx, dir);
    };
    pdfs = {
      consolidated: await print('consolidated', consolidatedSheet(c, deAn04, settings, 'vi')),
      summary: await print('summary', summarySheet(c, deAn04, settings, 'vi')),
    };
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['consolidated', 'landscape'],
    ['summary', 'portrait'],
  ] as const)('%s: every page is A4 %s', (name, orientation) => {
    const { pages, sizes } = pdfPages(pdfs[name]);
    expect(pages).toBeGreaterThan(0);
    expect(sizes).toHaveLength(pages);
    for (const { width, height } of sizes)
      expect({ width: Math.round(width), height: Math.round(height) }).toEqual(A4[orientation]);
  });

  it('consolidated: the whole header row, up to the last column "Ghi chú", is on page 1', () => {
    const page1 = squash(pdfPageText(pdfs.consolidated, 1));
    expect(page1).toContain('BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN ĐỀ ÁN SỐ 04-ĐA/TU NĂM 2025');
    expect(page1).toMatch(/TT .*Tổ chức cơ sở đảng/);
    expect(page1).toContain('Mục tiêu 6');
    expect(page1).toContain('6.1');
    expect(page1).toContain('Ghi chú');
  });

  it('consolidated: every page repeats the header, so no page holds only right-hand columns', () => {
    const { pages } = pdfPages(pdfs.consolidated);
    for (let p = 1; p <= pages; p++) {
      const text = squash(pdfPageText(pdfs.consolidated, p));
      expect({ page: p, first: text.includes('Tổ chức cơ sở đảng'), last: text.includes('Ghi chú') }).toEqual(
        {
          page: p,
          first: true,
          last: true,
        },
      );
    }
  });

  it('summary: the header and the first results are on page 1, and each table is whole on its page', () => {
    const page1 = squash(pdfPageText(pdfs.summary, 1));
    expect(page1).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(page1).toContain('tóm tắt kết quả thực hiện Đề án số 04-ĐA/TU năm 2025');
    expect(page1).toContain('I. TÌNH HÌNH BÁO CÁO');
    const { pages } = pdfPages(pdfs.summary);
    const texts = Array.from({ length: pages }, (_, i) => squash(pdfPageText(pdfs.summary, i + 1)));
    // Each table's headings, found by one only it has, are all on one page: nothing was pushed
    // onto a page of its own to the right.
    for (const [unique, headings] of [
      // Portrait columns wrap the longer headings: the ones checked fit a line.
      ['V. ĐƠN VỊ CHƯA BÁO CÁO', ['TT', 'Tổ chức cơ sở đảng', 'Loại']],
      ['VI. TỶ LỆ CẤP ỦY', ['TT', 'Mục tiêu', 'Đánh giá']],
    ] as const) {
      const page = texts.findIndex((t) => t.includes(unique));
      expect(page).toBeGreaterThanOrEqual(0);
      for (const h of headings)
        expect({ unique, h, on: texts[page]?.includes(h) }).toEqual({ unique, h, on: true });
    }
    // Table VI is kept whole: its last row (target 6.1) prints on the page of its header.
    const tableVi = texts.findIndex((t) => t.includes('VI. TỶ LỆ CẤP ỦY'));
    expect(texts[tableVi]).toMatch(/6\.1 Sơ kết, tổng kết/);
  });

  it('summary: the signature block is on one page, "Nơi nhận:" with "TRƯỞNG BAN"', () => {
    const { pages } = pdfPages(pdfs.summary);
    const texts = Array.from({ length: pages }, (_, i) => squash(pdfPageText(pdfs.summary, i + 1)));
    const signed = texts.findIndex((t) => t.includes('TRƯỞNG BAN'));
    expect(signed).toBeGreaterThanOrEqual(0);
    expect(texts[signed]).toContain('Nơi nhận:');
    expect(texts[signed]).toContain('Lưu Ban Tuyên giáo');
  });
});
