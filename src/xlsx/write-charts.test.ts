import { strFromU8, unzipSync } from 'fflate';
import type { ChartSpec } from '../core/sheet/chart-spec';
import type { SheetSpec } from '../core/sheet/sheet-spec';
import { readXlsx } from '../../test/xlsx/read-xlsx';
import { chartParts } from './write-charts';
import { writeXlsx } from './write-xlsx';

/**
 * The chart parts of the package writeXlsx builds: where they go, what they reference and
 * cache. That real readers draw them is shown on the demo's workbook by openpyxl and LibreOffice
 * (test/consolidation/charts.readers.test.ts).
 */

const column: ChartSpec = {
  title: 'Tỷ lệ đạt <năm> & chỉ tiêu',
  type: 'column',
  categories: 'A2:A4',
  series: [
    { name: 'Tỷ lệ đạt (%)', values: 'B2:B4', color: '2F5597' },
    { name: 'Chỉ tiêu (%)', values: 'C2:C4' },
  ],
  valueAxis: { min: 0, max: 100 },
  anchor: { from: 'B6', to: 'H20' },
};
const line: ChartSpec = {
  title: 'Theo năm',
  type: 'line',
  categories: 'B1:C1',
  series: [{ name: '1.1', values: 'B2:C2' }],
  anchor: { from: 'A22', to: 'E30' },
};

const sheet = (name: string, charts: ChartSpec[] | undefined, protect = false): SheetSpec => ({
  name,
  font: { name: 'Times New Roman', size: 12 },
  columns: [{ width: 8 }, { width: 10 }, { width: 10 }],
  cells: [
    { address: 'A1', value: { text: 'TT' } },
    { address: 'B1', value: { text: '2024' } },
    { address: 'C1', value: { text: '2025' } },
    { address: 'A2', value: { text: '1.1' } },
    { address: 'B2', value: { number: 95.2 } },
    { address: 'C2', value: { number: 100 } },
    { address: 'A3', value: { text: '1.2' } },
    // A blank: no point (a gap in a line), never a 0.
    { address: 'B3', value: null },
    { address: 'C3', value: { formula: 'C2', result: 100 } },
    { address: 'A4', value: { text: '2.1' } },
    { address: 'B4', value: { number: 57.1 } },
    { address: 'C4', value: { number: 90 } },
  ],
  merges: [],
  validations: [],
  // A conditional format: its elements come before the drawing (CT_Worksheet order).
  conditionalFormats: [{ range: 'B2:B4', formula: 'B2<C2', fill: 'FFC7CE', priority: 1 }],
  names: {},
  ...(protect ? { protection: {} } : {}),
  print: { orientation: 'portrait', paper: 'A4', fitToWidth: 1 },
  ...(charts ? { charts } : {}),
});

const specs = [
  sheet('Tổng hợp', undefined),
  sheet("Tóm tắt O'Hara", [column, line], true),
  sheet('Xu hướng', [line]),
];

describe('the chart parts', () => {
  let files: Record<string, string>;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeXlsx(specs, { created: '2026-01-20' });
    files = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
  });
  const part = (name: string): string => {
    const text = files[name];
    if (text === undefined) throw new Error(`no ${name} in ${Object.keys(files).join(', ')}`);
    return text;
  };

  it('writes one chart part per chart and one drawing per sheet with charts, each declared', () => {
    expect(
      Object.keys(files)
        .filter((f) => /^xl\/(charts|drawings)\/.*\.xml$/.test(f))
        .sort(),
    ).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/charts/chart3.xml',
      'xl/drawings/drawing1.xml',
      'xl/drawings/drawing2.xml',
    ]);
    const types = part('[Content_Types].xml');
    for (const n of [1, 2, 3])
      expect(types).toContain(
        `<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
    for (const n of [1, 2])
      expect(types).toContain(
        `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
      );
    expect(part('xl/drawings/_rels/drawing1.xml.rels')).toMatch(
      /Id="rId1" Type="[^"]*\/chart" Target="..\/charts\/chart1.xml".*Id="rId2" Type="[^"]*\/chart" Target="..\/charts\/chart2.xml"/,
    );
  });

  it.each([
    ['xl/worksheets/sheet2.xml', 'drawing1.xml'],
    ['xl/worksheets/sheet3.xml', 'drawing2.xml'],
  ])('%s points to its drawing, after the page setup', (sheetPart, drawing) => {
    const xml = part(sheetPart);
    const rId = /<drawing r:id="(rId\d+)"\/>/.exec(xml)?.[1];
    expect(rId).toBeDefined();
    expect(xml.indexOf('<drawing ')).toBeGreaterThan(xml.indexOf('<pageSetup'));
    expect(part(sheetPart.replace('worksheets/', 'worksheets/_rels/') + '.rels')).toContain(
      `Id="${rId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/${drawing}"`,
    );
  });

  it('puts the drawing last in the sheet, after the conditional formats (CT_Worksheet order)', () => {
    const xml = part('xl/worksheets/sheet2.xml');
    expect(xml.indexOf('<drawing ')).toBeGreaterThan(xml.indexOf('<conditionalFormatting'));
    expect(xml).toMatch(/<drawing r:id="rId\d+"\/><\/worksheet>$/);
  });

  it('leaves a sheet without charts alone', () => {
    expect(part('xl/worksheets/sheet1.xml')).not.toContain('<drawing');
    expect(files['xl/worksheets/_rels/sheet1.xml.rels']).toBeUndefined();
  });

  it.each([
    // [chart, from (0-based col, row), to]: to is the corner after the anchor's last cell.
    ['column', 'xl/drawings/drawing1.xml', 0, [1, 5], [8, 20]],
    ['line', 'xl/drawings/drawing1.xml', 1, [0, 21], [5, 30]],
  ] as const)(
    'anchors the %s chart over its cells, as Chart.setPosition(from, to) does',
    (_t, drawing, i, from, to) => {
      const anchor = part(drawing).split('<xdr:twoCellAnchor')[i + 1] ?? '';
      const at = (tag: string): number[] =>
        [
          ...(new RegExp(`<xdr:${tag}>(.*?)</xdr:${tag}>`).exec(anchor)?.[1] ?? '').matchAll(
            /<xdr:(col|row)>(\d+)</g,
          ),
        ].map((m) => Number(m[2]));
      expect(at('from')).toEqual(from);
      expect(at('to')).toEqual(to);
    },
  );

  it("references the sheet's own cells, the sheet name quoted (an apostrophe doubled)", () => {
    const xml = part('xl/charts/chart1.xml');
    expect([...xml.matchAll(/<c:f>(.*?)<\/c:f>/g)].map((m) => m[1])).toEqual([
      "'Tóm tắt O''Hara'!$A$2:$A$4",
      "'Tóm tắt O''Hara'!$B$2:$B$4",
      "'Tóm tắt O''Hara'!$A$2:$A$4",
      "'Tóm tắt O''Hara'!$C$2:$C$4",
    ]);
  });

  it('caches the values, a blank cell as no point and a formula as its result', () => {
    const xml = part('xl/charts/chart1.xml');
    const caches = [...xml.matchAll(/<c:(str|num)Cache>(.*?)<\/c:\1Cache>/g)].map((m) =>
      [...(m[2] ?? '').matchAll(/<c:pt idx="(\d)"><c:v>([^<]*)<\/c:v>/g)].map((p) => `${p[1]}=${p[2]}`),
    );
    expect(caches).toEqual([
      ['0=1.1', '1=1.2', '2=2.1'],
      ['0=95.2', '2=57.1'],
      ['0=1.1', '1=1.2', '2=2.1'],
      ['0=100', '1=100', '2=90'],
    ]);
    expect(xml).toContain('<c:ptCount val="3"/>');
  });

  it('writes the type, the escaped title, series names and colours, and the fixed value axis', () => {
    const bar = part('xl/charts/chart1.xml');
    expect(bar).toContain('<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(bar).toContain('<a:t>Tỷ lệ đạt &lt;năm&gt; &amp; chỉ tiêu</a:t>');
    expect([...bar.matchAll(/<c:tx><c:v>(.*?)<\/c:v>/g)].map((m) => m[1])).toEqual([
      'Tỷ lệ đạt (%)',
      'Chỉ tiêu (%)',
    ]);
    expect(bar).toContain('<a:srgbClr val="2F5597"/>');
    expect(bar).toContain('<c:max val="100"/><c:min val="0"/>');
    const lines = part('xl/charts/chart2.xml');
    expect(lines).toContain('<c:lineChart>');
    expect(lines).not.toContain('<c:max ');
    expect(lines).toContain('<c:dispBlanksAs val="gap"/>');
  });

  it('keeps a package that reads back as before (exceljs), charts aside', async () => {
    const read = await readXlsx(bytes, 'tong-hop.xlsx');
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.sheets.map((s) => s.name)).toEqual(['Tổng hợp', "Tóm tắt O'Hara", 'Xu hướng']);
    expect(read.value.sheets[1]?.rows[1]?.[1]).toMatchObject({ v: 95.2 });
  });

  it('makes no parts for a sheet without charts', () => {
    expect(chartParts(sheet('Tổng hợp', undefined), 1, 1)).toBeNull();
    expect(chartParts(sheet('Tổng hợp', []), 1, 1)).toBeNull();
  });
});
