/**
 * Renders the consolidated table and the meeting summary the way they print: sheet spec -> .xlsx
 * (exceljs) -> PDF (LibreOffice) -> PNG of page 1 (pdftoppm, 70 dpi), saved as
 * docs/consolidated.png and docs/summary.png. Data: the seeded sample batch of 70 units.
 * Run: `node bin/run-ts.js scripts/render-consolidation-png.ts`. Needs soffice and pdftoppm.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { consolidatedSheet } from '../src/core/summary/consolidated-sheet';
import { summarySheet } from '../src/core/summary/summary-sheet';
import { deAn04 } from '../src/plans/de-an-04/plan';
import { writeXlsx } from '../src/xlsx/write-xlsx';
import { pdfFirstPagePng, pdfPages, xlsxToPdf } from '../test/consolidation/libreoffice';
import { sampleConsolidation } from '../test/consolidation/sample-consolidation';

async function main(): Promise<void> {
  const { c, settings } = sampleConsolidation();
  const lang = process.argv.includes('--en') ? 'en' : 'vi';
  const sheets = {
    consolidated: consolidatedSheet(c, deAn04, settings, lang),
    summary: summarySheet(c, deAn04, settings, lang),
  };
  const dir = mkdtempSync(join(tmpdir(), 'baocao-consolidation-'));
  const keep = process.argv.includes('--keep');
  try {
    for (const [name, spec] of Object.entries(sheets)) {
      const xlsx = join(dir, `${name}.xlsx`);
      writeFileSync(xlsx, await writeXlsx([spec], { created: '2026-01-20' }));
      const pdf = xlsxToPdf(xlsx, dir);
      const { pages, width, height } = pdfPages(pdf);
      const png = pdfFirstPagePng(pdf, join(dir, name));
      const out = resolve(__dirname, '..', 'docs', `${name}.png`);
      copyFileSync(png, out);
      console.log(`Wrote ${out} (${pages} page(s) of ${width} x ${height} pts)`);
    }
  } finally {
    if (keep) console.log(`Kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
