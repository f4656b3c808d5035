/**
 * Prints .xlsx files the way a user would: LibreOffice headless converts them to PDF, with a
 * throw-away profile so runs never share (or lock) a user installation. Used by the A4 fit test
 * and by scripts/render-consolidation-png.ts.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Whether a program is on the PATH. */
export function hasProgram(name: string): boolean {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Converts `xlsx` to a PDF in `dir` (named after it) and returns the PDF's path. */
export function xlsxToPdf(xlsx: string, dir: string): string {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      xlsx,
    ],
    { stdio: 'ignore', timeout: 180_000 },
  );
  return join(dir, xlsx.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, '.pdf'));
}

/** Converts several .xlsx files to PDFs in `dir` in one LibreOffice run; returns the PDFs' paths. */
export function xlsxsToPdfs(xlsxs: readonly string[], dir: string): string[] {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...xlsxs,
    ],
    { stdio: 'ignore', timeout: 300_000 },
  );
  return xlsxs.map((x) => join(dir, x.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, '.pdf')));
}

/**
 * Has LibreOffice open `xlsx`, compute it and save it again as .xlsx in `out` (same name): the
 * formulas' values in the result are LibreOffice's own when `xlsx` was written without cached
 * results. Returns the new file's path.
 */
export function xlsxThroughLibreOffice(xlsx: string, dir: string, out: string): string {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      out,
      xlsx,
    ],
    { stdio: 'ignore', timeout: 300_000 },
  );
  return join(out, xlsx.replace(/^.*[\\/]/, ''));
}

/** Page count, the size of page 1 and of every page, in points, from pdfinfo. */
export function pdfPages(pdf: string): {
  pages: number;
  width: number;
  height: number;
  sizes: { width: number; height: number }[];
} {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const each = execFileSync('pdfinfo', ['-f', '1', '-l', String(Math.max(1, pages)), pdf], {
    encoding: 'utf8',
  });
  const sizes = [...each.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  return { pages, width: sizes[0]?.width ?? 0, height: sizes[0]?.height ?? 0, sizes };
}

/** The text of one page, from pdftotext. */
export function pdfPageText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  });
}

/** Renders page 1 to `<prefix>.png` at `dpi`; returns the PNG's path. */
export function pdfFirstPagePng(pdf: string, prefix: string, dpi = 70): string {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  return `${prefix}.png`;
}
