/**
 * Prints .xlsx files the way a user would: LibreOffice headless converts them to PDF, with a
 * throw-away profile so runs never share (or lock) a user installation. Used by the A4 fit test
 * and by scripts/render-consolidation-png.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

/** Converts several .xlsx files to PDFs in `dir` in one LibreOffice run; returns the PDFs' paths. */
export function xlsxsToPdfs(xlsxs: readonly string[], dir: string, timeout = 300_000): string[] {
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
    { stdio: 'ignore', timeout },
  );
  return xlsxs.map((x) => pdfOf(x, dir));
}

/** Where LibreOffice writes the PDF of `xlsx` converted into `dir`. */
const pdfOf = (xlsx: string, dir: string): string =>
  join(dir, xlsx.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, '.pdf'));

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

/** A box on a PDF page, in points from the top-left corner. */
export interface PdfBox {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Where a phrase is printed on a page (the box around its words), from pdftotext -bbox. */
export function pdfWordBox(pdf: string, page: number, phrase: string): PdfBox | null {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  });
  const words = [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: (m[5] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
  }));
  // pdftotext may cut a word where a letter carries a diacritic ("đ", "ạ", "t"): match the
  // phrase's letters, without spaces, over consecutive words.
  const want = phrase.replace(/\s+/g, '');
  for (let i = 0; i < words.length; i++) {
    let text = '';
    for (let j = i; j < words.length && want.startsWith(text); j++) {
      text += words[j]?.text ?? '';
      if (text === want) {
        const run = words.slice(i, j + 1);
        return {
          xMin: Math.min(...run.map((w) => w.xMin)),
          yMin: Math.min(...run.map((w) => w.yMin)),
          xMax: Math.max(...run.map((w) => w.xMax)),
          yMax: Math.max(...run.map((w) => w.yMax)),
        };
      }
    }
  }
  return null;
}

/** A page rendered by pdftoppm (binary PPM) at `dpi`: its size in pixels and each pixel's colour. */
export function pagePixels(
  pdf: string,
  page: number,
  dpi: number,
  prefix: string,
): { width: number; height: number; rgb: (x: number, y: number) => [number, number, number] } {
  renderPage(pdf, page, dpi, prefix);
  const ppm = readFileSync(`${prefix}.ppm`);
  // "P6\n<width> <height>\n255\n" then RGB bytes, row by row.
  const head = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!head) throw new Error('pdftoppm did not write a binary PPM');
  const width = Number(head[1]);
  const start = head[0].length;
  return {
    width,
    height: Number(head[2]),
    rgb: (x, y) => {
      const i = start + (y * width + x) * 3;
      return [ppm[i] ?? 255, ppm[i + 1] ?? 255, ppm[i + 2] ?? 255];
    },
  };
}

const INK_DPI = 50;
const coloured = ([r, g, b]: [number, number, number]): boolean => Math.max(r, g, b) - Math.min(r, g, b) > 60;
const blank = ([r, g, b]: [number, number, number]): boolean => r > 245 && g > 245 && b > 245;

/**
 * The share of coloured pixels (not white, black or grey) in the band `depth` points tall under
 * `box` across the page, rendered at 50 dpi: how much of a chart (bars, lines) is seen under its
 * title. Text in a PDF can be present yet clipped away; pixels cannot.
 */
export function chartInkBelow(pdf: string, page: number, box: PdfBox, dir: string, depth = 150): number {
  const img = pagePixels(pdf, page, INK_DPI, join(dir, `ink-${page}`));
  const top = Math.round((box.yMax * INK_DPI) / 72);
  const bottom = Math.min(img.height, Math.round(((box.yMax + depth) * INK_DPI) / 72));
  let count = 0;
  for (let y = top; y < bottom; y++) for (let x = 0; x < img.width; x++) if (coloured(img.rgb(x, y))) count++;
  return count / Math.max(1, (bottom - top) * img.width);
}

/**
 * The chart's frame around its title, in points: from the title's line, up and down to the first
 * blank pixel row (a chart is drawn inside a bordered frame, so every row of it has ink), then the
 * ink's left and right ends over those rows.
 */
export function chartFrame(pdf: string, page: number, title: PdfBox, dir: string): PdfBox {
  const img = pagePixels(pdf, page, INK_DPI, join(dir, `frame-${page}`));
  const rowBlank = (y: number): boolean => {
    for (let x = 0; x < img.width; x++) if (!blank(img.rgb(x, y))) return false;
    return true;
  };
  const mid = Math.round((((title.yMin + title.yMax) / 2) * INK_DPI) / 72);
  let top = mid;
  while (top > 0 && !rowBlank(top - 1)) top--;
  let bottom = mid;
  while (bottom < img.height - 1 && !rowBlank(bottom + 1)) bottom++;
  let left = img.width;
  let right = 0;
  for (let y = top; y <= bottom; y++)
    for (let x = 0; x < img.width; x++)
      if (!blank(img.rgb(x, y))) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
  const pt = (px: number): number => (px * 72) / INK_DPI;
  return { xMin: pt(left), yMin: pt(top), xMax: pt(right + 1), yMax: pt(bottom + 1) };
}

/** Renders `box` (points) of a page to `<prefix>.png` at `dpi`, with a small white margin. */
export function pdfRegionPng(pdf: string, page: number, box: PdfBox, prefix: string, dpi = 110): string {
  const px = (pt: number): number => Math.round((pt * dpi) / 72);
  const margin = 6;
  const x = Math.max(0, px(box.xMin) - margin);
  const y = Math.max(0, px(box.yMin) - margin);
  const crop = [
    '-x',
    String(x),
    '-y',
    String(y),
    '-W',
    String(px(box.xMax) - x + margin),
    '-H',
    String(px(box.yMax) - y + margin),
  ];
  renderPage(pdf, page, dpi, prefix, ['-png', ...crop]);
  return `${prefix}.png`;
}

/** pdftoppm of one page of `pdf` at `dpi` into `<prefix>.ppm` (or .png with `-png` among `options`). */
function renderPage(pdf: string, page: number, dpi: number, prefix: string, options: string[] = []): void {
  const one = ['-f', String(page), '-l', String(page), '-singlefile'];
  execFileSync('pdftoppm', [...options, '-r', String(dpi), ...one, pdf, prefix]);
}

/**
 * The page where a chart is seen: its title printed there with coloured marks under it. LibreOffice
 * may also print a chart's text, clipped away, on the page before; that page is not the one.
 */
export function chartPages(pdf: string, title: string, dir: string): { page: number; title: PdfBox }[] {
  const { pages } = pdfPages(pdf);
  const seen: { page: number; title: PdfBox }[] = [];
  for (let page = 1; page <= pages; page++) {
    const box = pdfWordBox(pdf, page, title);
    if (box && chartInkBelow(pdf, page, box, dir) > 0.01) seen.push({ page, title: box });
  }
  return seen;
}

/** Converts `xlsx` to a PDF in `dir` (named after it) and returns the PDF's path. */
export function xlsxToPdf(xlsx: string, dir: string): string {
  xlsxsToPdfs([xlsx], dir, 180_000);
  return pdfOf(xlsx, dir);
}
