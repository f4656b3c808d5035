/**
 * The consolidation's charts, proved by readers no one here wrote (issue 15, acceptance): the
 * demo-sized consolidation (70 sample units, 2021-2025) is written with writeXlsx into a temp
 * folder, then
 * - openpyxl (Debian's python3-openpyxl, run by /usr/bin/python3) loads it: openpyxl 3.0.9's
 *   load_workbook reads each sheet's drawing and charts back (openpyxl.reader.drawings.find_charts)
 *   into the worksheet's `_charts` list; each chart's kind and series references must be the spec's;
 * - LibreOffice prints it to PDF: the page with each chart's title (pdftotext) shows the chart
 *   (coloured pixels under the title, pdftoppm), and the column chart's axis carries the targets'
 *   numbers ("1.1 1.2 ... 6.1") in one line, the line chart's legend too.
 * Without python3-openpyxl, LibreOffice or poppler this fails on CI (env CI set) and is skipped
 * with a warning elsewhere.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SheetSpec } from '../../src/core/sheet/sheet-spec';
import { consolidationSheets } from '../../src/core/summary/consolidation-sheets';
import { targetColumns } from '../../src/core/summary/target-columns';
import { deAn04 } from '../../src/plans/de-an-04/plan';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import { chartPages, hasProgram, pdfPageText, xlsxToPdf } from './libreoffice';
import { sampleConsolidation } from './sample-consolidation';

const PYTHON = '/usr/bin/python3';
const hasOpenpyxl = ((): boolean => {
  if (!existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const missing = [
  ...(hasOpenpyxl ? [] : ['python3-openpyxl']),
  ...['soffice', 'pdftotext', 'pdftoppm', 'pdfinfo'].filter((t) => !hasProgram(t)),
];
const onCi = Boolean(process.env.CI);
if (missing.length > 0 && !onCi)
  console.warn(`Skipping the chart readers test: ${missing.join(', ')} not found (see .ci/run).`);

/** Each sheet's charts as openpyxl reads them: class, title text, and each series' references. */
const OPENPYXL_CHARTS = `
import json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def title(chart):
    rich = chart.title.tx.rich if chart.title is not None and chart.title.tx is not None else None
    return "".join(r.t for p in (rich.p if rich else []) for r in (p.r or []))
out = {}
for ws in wb.worksheets:
    out[ws.title] = [{
        "kind": type(c).__name__,
        "barDir": getattr(c, "barDir", None),
        "title": title(c),
        "series": [{"name": s.tx.v if s.tx is not None else None,
                    "cat": s.cat.strRef.f if s.cat is not None and s.cat.strRef is not None else None,
                    "val": s.val.numRef.f} for s in c.series],
    } for c in ws._charts]
print(json.dumps(out, ensure_ascii=False))
`;

interface ReadChart {
  kind: string;
  barDir: string | null;
  title: string;
  series: { name: string | null; cat: string | null; val: string }[];
}

const ref = (sheet: string, range: string): string =>
  `'${sheet}'!${range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
const squash = (s: string): string => s.replace(/\s+/g, ' ');

(missing.length > 0 && !onCi ? describe.skip : describe)(
  'the charts, read by openpyxl and LibreOffice',
  () => {
    let dir = '';
    let specs: SheetSpec[];
    let codes: string[];
    let read: Record<string, ReadChart[]>;
    let pdf = '';

    beforeAll(async () => {
      if (missing.length > 0) throw new Error(`CI needs ${missing.join(', ')} for the chart readers test`);
      const { c, settings } = sampleConsolidation();
      specs = consolidationSheets(c, deAn04, settings, 'vi');
      codes = targetColumns(deAn04, settings).map((t) => t.code);
      dir = mkdtempSync(join(tmpdir(), 'baocao-charts-'));
      const xlsx = join(dir, 'tong-hop-2025.xlsx');
      writeFileSync(xlsx, await writeXlsx(specs, { created: '2026-01-20' }));
      read = JSON.parse(execFileSync(PYTHON, ['-c', OPENPYXL_CHARTS, xlsx], { encoding: 'utf8' })) as Record<
        string,
        ReadChart[]
      >;
      pdf = xlsxToPdf(xlsx, dir);
    }, 300_000);

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it("openpyxl finds each sheet's charts: one on Tóm tắt, one on Xu hướng, none elsewhere", () => {
      expect(
        Object.fromEntries(Object.entries(read).map(([sheet, charts]) => [sheet, charts.length])),
      ).toEqual(Object.fromEntries(specs.map((s) => [s.name, (s.charts ?? []).length])));
      expect(Object.values(read).flat()).toHaveLength(2);
    });

    it('openpyxl reads each chart with its kind, title and the series references of the spec', () => {
      for (const spec of specs) {
        const want = (spec.charts ?? []).map((chart) => ({
          kind: chart.type === 'column' ? 'BarChart' : 'LineChart',
          barDir: chart.type === 'column' ? 'col' : null,
          title: chart.title,
          series: chart.series.map((s) => ({
            name: s.name,
            cat: ref(spec.name, chart.categories),
            val: ref(spec.name, s.values),
          })),
        }));
        expect({ sheet: spec.name, charts: read[spec.name] }).toEqual({ sheet: spec.name, charts: want });
      }
      expect(read['Tóm tắt 2025']?.[0]?.series[0]?.val).toMatch(/^'Tóm tắt 2025'!\$F\$\d+:\$F\$\d+$/);
    });

    it.each([
      ['Tóm tắt 2025', 'Tỷ lệ đạt theo mục tiêu năm 2025 (%)'],
      ['Xu hướng', 'Tỷ lệ đạt theo năm (%)'],
    ])(
      'LibreOffice draws the chart of %s: its title, its target numbers, its bars or lines',
      (_sheet, title) => {
        const drawn = chartPages(pdf, title, dir).map((p) => p.page);
        expect(drawn).toHaveLength(1);
        const text = pdfPageText(pdf, drawn[0] as number);
        // The category axis (columns) or the legend (lines) lists the targets' numbers on one line.
        expect(text.split('\n').some((line) => squash(line).trim() === codes.join(' '))).toBe(true);
        expect(squash(text)).not.toMatch(/Chart|data in the table/);
      },
    );
  },
);
