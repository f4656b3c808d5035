/**
 * Renders the consolidated table, the meeting summary and the two charts of a consolidation the way
 * they print: sheet spec -> .xlsx (writeXlsx, charts included) -> PDF (LibreOffice) -> PNG
 * (pdftoppm). Page 1 of the table and of the summary at 70 dpi: docs/consolidated.png,
 * docs/summary.png; each chart cut out of the page it prints on, at 110 dpi:
 * docs/chart-summary.png (Tóm tắt) and docs/chart-trend.png (Xu hướng).
 * Data: the seeded sample batch of 70 units, 2021-2025.
 * Run: `node bin/run-ts.js scripts/render-consolidation-png.ts` (`--en` for English sheets, `--keep`
 * to keep the temp folder). Needs soffice and poppler (pdftoppm, pdftotext, pdfinfo).
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SheetSpec } from '../src/core/sheet/sheet-spec';
import { consolidatedSheet } from '../src/core/summary/consolidated-sheet';
import { summarySheet } from '../src/core/summary/summary-sheet';
import { trendSheet } from '../src/core/summary/trend-sheet';
import { deAn04 } from '../src/plans/de-an-04/plan';
import { writeXlsx } from '../src/xlsx/write-xlsx';
import {
  chartFrame,
  chartPages,
  pdfFirstPagePng,
  pdfPages,
  pdfRegionPng,
  xlsxToPdf,
} from '../test/consolidation/libreoffice';
import { sampleConsolidation } from '../test/consolidation/sample-consolidation';

async function main(): Promise<void> {
  const { c, settings } = sampleConsolidation();
  const lang = process.argv.includes('--en') ? 'en' : 'vi';
  const docs = resolve(__dirname, '..', 'docs');
  const dir = mkdtempSync(join(tmpdir(), 'baocao-consolidation-'));
  const keep = process.argv.includes('--keep');
  const print = async (name: string, spec: SheetSpec): Promise<string> => {
    const xlsx = join(dir, `${name}.xlsx`);
    writeFileSync(xlsx, await writeXlsx([spec], { created: '2026-01-20' }));
    return xlsxToPdf(xlsx, dir);
  };
  try {
    const summary = summarySheet(c, deAn04, settings, lang);
    const pdfs = {
      consolidated: await print('consolidated', consolidatedSheet(c, deAn04, settings, lang)),
      summary: await print('summary', summary),
    };
    for (const [name, pdf] of Object.entries(pdfs)) {
      const { pages, width, height } = pdfPages(pdf);
      const out = join(docs, `${name}.png`);
      copyFileSync(pdfFirstPagePng(pdf, join(dir, name)), out);
      console.log(`Wrote ${out} (${pages} page(s) of ${width} x ${height} pts)`);
    }
    const trend = trendSheet(c, deAn04, settings, lang);
    const charts: [string, SheetSpec, string][] = [
      ['chart-summary', summary, pdfs.summary],
      ['chart-trend', trend, await print('trend', trend)],
    ];
    for (const [name, spec, pdf] of charts) {
      const title = spec.charts?.[0]?.title ?? '';
      const [seen] = chartPages(pdf, title, dir);
      if (!seen) throw new Error(`LibreOffice did not draw the chart "${title}" of ${spec.name}`);
      const out = join(docs, `${name}.png`);
      copyFileSync(
        pdfRegionPng(pdf, seen.page, chartFrame(pdf, seen.page, seen.title, dir), join(dir, name)),
        out,
      );
      console.log(`Wrote ${out} (page ${seen.page} of ${spec.name})`);
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
