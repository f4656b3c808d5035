/**
 * One chart spec, two writers (issue 15, acceptance): the demo-sized consolidation (70 sample
 * units, 2021-2025) written into the open workbook through Office.js (the Excel double records
 * each chart as the adapter made it) and written to an .xlsx file (the chart parts found in the
 * package, read here with a parser of its own) gives the same charts: count, type, title, series
 * names, value and category ranges, colours, and place.
 */
import { strFromU8, unzipSync } from 'fflate';
import { consolidationSheets } from '../../src/core/summary/consolidation-sheets';
import { a1 } from '../../src/core/template/template-keys';
import { applySheets } from '../../src/excel/apply-sheets';
import { deAn04 } from '../../src/plans/de-an-04/plan';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import { sampleConsolidation } from '../consolidation/sample-consolidation';
import { ExcelDouble, type FakeChart } from './excel-double';

interface SeenChart {
  sheet: string;
  type: string;
  title: string;
  series: { name: string; values: string; categories: string; color?: string }[];
  anchor: { from: string; to: string };
}

/** Excel.ChartType -> the file's plot element, as either writer names the kind of chart. */
const KIND: Record<string, string> = { ColumnClustered: 'column', LineMarkers: 'line' };

function fromDouble(sheet: string, c: FakeChart): SeenChart {
  return {
    sheet,
    type: KIND[c.type] ?? c.type,
    title: c.title ?? '',
    series: c.series.map((s) => ({
      name: s.name ?? '',
      values: s.values ?? '',
      categories: s.categories ?? '',
      ...(s.color ? { color: s.color.replace('#', '') } : {}),
    })),
    anchor: { from: c.position?.from ?? '', to: c.position?.to ?? '' },
  };
}

// ---- the package, read without the writer's code ----------------------------------------------

const attrs = (xml: string, tag: string): Record<string, string>[] =>
  [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...(m[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );
const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
/** 'xl/worksheets/sheet2.xml' + '../drawings/drawing1.xml' -> 'xl/drawings/drawing1.xml'. */
const resolve = (from: string, target: string): string => {
  const parts = from.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return parts.join('/');
};
const relsOf = (part: string): string => part.replace(/([^/]+)$/, '_rels/$1.rels');
/** A reference of the sheet itself, made relative: "'Xu hướng'!$D$12:$H$12" -> 'D12:H12'. */
const local = (sheet: string, f: string): string => {
  const prefix = `'${sheet.replace(/'/g, "''")}'!`;
  if (!f.startsWith(prefix)) throw new Error(`${f} is not a reference into "${sheet}"`);
  return f.slice(prefix.length).replace(/\$/g, '');
};

function fromPackage(bytes: Uint8Array): SeenChart[] {
  const zip = unzipSync(bytes);
  const text = (p: string): string => {
    const d = zip[p];
    if (!d) throw new Error(`no ${p}`);
    return strFromU8(d);
  };
  const rels = (part: string): Record<string, string> =>
    zip[relsOf(part)]
      ? Object.fromEntries(
          attrs(text(relsOf(part)), 'Relationship').map((r) => [r.Id, resolve(part, r.Target ?? '')]),
        )
      : {};
  const books = rels('xl/workbook.xml');
  const out: SeenChart[] = [];
  for (const s of attrs(text('xl/workbook.xml'), 'sheet')) {
    const sheet = unescape(s.name ?? '');
    const sheetPart = books[s['r:id'] ?? ''] ?? '';
    for (const d of attrs(text(sheetPart), 'drawing')) {
      const drawing = rels(sheetPart)[d['r:id'] ?? ''] ?? '';
      const drawingRels = rels(drawing);
      for (const anchor of text(drawing).split('<xdr:twoCellAnchor').slice(1)) {
        const marker = (tag: string): number[] =>
          [
            ...(new RegExp(`<xdr:${tag}>(.*?)</xdr:${tag}>`).exec(anchor)?.[1] ?? '').matchAll(
              /<xdr:(?:col|row)>(\d+)</g,
            ),
          ].map((m) => Number(m[1]));
        const [fc = 0, fr = 0] = marker('from');
        const [tc = 0, tr = 0] = marker('to');
        const chart = text(drawingRels[attrs(anchor, 'c:chart')[0]?.['r:id'] ?? ''] ?? '');
        const series = chart
          .split('<c:ser>')
          .slice(1)
          .map((ser) => {
            const color = /<c:spPr>.*?<a:srgbClr val="(\w+)"/.exec(ser)?.[1];
            const f = [...ser.matchAll(/<c:f>(.*?)<\/c:f>/g)].map((m) => local(sheet, unescape(m[1] ?? '')));
            return {
              name: unescape(/<c:tx><c:v>(.*?)<\/c:v>/.exec(ser)?.[1] ?? ''),
              categories: f[0] ?? '',
              values: f[1] ?? '',
              ...(color ? { color } : {}),
            };
          });
        out.push({
          sheet,
          type: /<c:barChart>.*<c:barDir val="col"\/>/.test(chart)
            ? 'column'
            : /<c:lineChart>/.test(chart)
              ? 'line'
              : '?',
          title: [...chart.matchAll(/<a:t>(.*?)<\/a:t>/g)].map((m) => unescape(m[1] ?? '')).join(''),
          series,
          // The anchor's last cell: the "to" marker is the corner after it (0-based).
          anchor: { from: a1(fr + 1, fc + 1), to: a1(tr, tc) },
        });
      }
    }
  }
  return out;
}

describe('the Office.js charts and the file charts of a consolidation are the same', () => {
  let office: SeenChart[];
  let file: SeenChart[];

  beforeAll(async () => {
    const { c, settings } = sampleConsolidation();
    const specs = consolidationSheets(c, deAn04, settings, 'vi');
    const double = new ExcelDouble({ profile: 'desktop', sheets: [{ name: 'Sheet1' }] });
    const applied = await applySheets(specs, {
      onExisting: 'replace',
      excel: double.run,
      features: double.features,
    });
    if (!applied.ok) throw new Error(JSON.stringify(applied.error));
    office = applied.value.written.flatMap((name) =>
      (double.sheet(name)?.charts ?? []).map((chart) => fromDouble(name, chart)),
    );
    file = fromPackage(await writeXlsx(specs));
  }, 120_000);

  it('draws both charts of the meeting pack: a column chart on Tóm tắt, a line chart on Xu hướng', () => {
    expect(file.map((f) => [f.sheet, f.type, f.title])).toEqual([
      ['Tóm tắt 2025', 'column', 'Tỷ lệ đạt theo mục tiêu năm 2025 (%)'],
      ['Xu hướng', 'line', 'Tỷ lệ đạt theo năm (%)'],
    ]);
    expect(file[0]?.series.map((x) => [x.name, x.color])).toEqual([
      ['Tỷ lệ đạt (%)', '2F5597'],
      ['Chỉ tiêu (%)', 'A5A5A5'],
    ]);
    expect(file[1]?.series.length).toBe(deAn04.blocTargets.length);
  });

  it('gives the same count, type, title, series (names, ranges, colours) and place in both', () => {
    expect(office).toEqual(file);
  });
});
