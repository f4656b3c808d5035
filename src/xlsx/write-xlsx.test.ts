import { strFromU8, unzipSync } from 'fflate';
import type { SheetSpec } from '../core/sheet/sheet-spec';
import { loadWorksheet, readXlsx } from '../../test/xlsx/read-xlsx';
import { VALIDATION_TEXT_LIMITS, writeXlsx } from './write-xlsx';

/** A spec using every feature a SheetSpec has. */
const spec: SheetSpec = {
  name: 'Báo cáo 2025',
  font: { name: 'Times New Roman', size: 12 },
  columns: [{ width: 6 }, { width: 30 }, { width: 12 }, { width: 8, hidden: true }],
  rows: [
    { row: 1, height: 30 },
    { row: 9, hidden: true },
  ],
  cells: [
    {
      address: 'A1',
      value: { text: 'ĐẢNG CỘNG SẢN VIỆT NAM' },
      style: { bold: true, size: 13, borderBottom: true },
    },
    {
      address: 'B2',
      value: { text: 'Nội dung' },
      style: {
        italic: true,
        underline: true,
        color: '9C0006',
        fill: 'FFF2CC',
        hAlign: 'center',
        vAlign: 'middle',
        wrap: true,
        border: true,
      },
    },
    { address: 'C2', value: { number: 95.5 }, style: { numFmt: '0.0', unlocked: true } },
    { address: 'C3', value: { date: '2025-12-10' } },
    { address: 'C4', value: { bool: true } },
    { address: 'C5', value: { formula: 'C2*2', result: 191 } },
    { address: 'C6', value: { formula: 'IF(C2>90,"Đạt","Chưa đạt")', result: 'Đạt' } },
    { address: 'C7', value: { formula: 'NA()', result: null } },
    { address: 'B3', value: { text: '=1+1' } },
    { address: 'B4', value: { text: '+84 912 345 678' } },
    { address: 'B5', value: { text: '@unit_name' } },
    { address: 'B6', value: null, style: { fill: 'D9D9D9' } },
  ],
  merges: ['A8:C8'],
  validations: [
    {
      range: 'C2',
      rule: { kind: 'decimal', min: 0, max: 100 },
      prompt: { title: 'Tỷ lệ (%)', message: 'Nhập tỷ lệ từ 0 đến 100.' },
      error: { title: 'Tỷ lệ không hợp lệ', message: 'Tỷ lệ phải là số từ 0 đến 100.' },
    },
    {
      range: 'D1',
      rule: { kind: 'list', values: ['Có', 'Không', 'Không áp dụng'] },
      error: { title: 'Sai', message: 'Chọn trong danh sách.' },
    },
    {
      range: 'D2:D4',
      rule: { kind: 'whole', min: 0 },
      error: { title: 'Sai', message: 'Số nguyên không âm.' },
    },
    {
      range: 'D5',
      rule: { kind: 'whole', min: 1, max: 63 },
      error: { title: 'Sai', message: 'Thứ hạng 1-63.' },
    },
    {
      range: 'D6',
      rule: { kind: 'date', min: '2021-01-01', max: '2025-12-31' },
      error: { title: 'Sai', message: 'Ngày.' },
    },
    {
      range: 'D7',
      rule: { kind: 'textLength', max: 1000 },
      prompt: { title: 'x'.repeat(40), message: 'y'.repeat(300) },
      error: { title: 'Quá dài', message: 'z'.repeat(300) },
    },
  ],
  conditionalFormats: [
    { range: 'C5:C7', formula: 'C5="Chưa đạt"', fill: 'FFC7CE', fontColor: '9C0006', priority: 1 },
  ],
  names: { BC_KEY: 'C2', BC_RANGE: 'C2:C4' },
  freeze: { rows: 2, columns: 1 },
  autoFilter: 'A2:C7',
  protection: {},
  print: {
    orientation: 'portrait',
    paper: 'A4',
    fitToWidth: 1,
    repeatRows: '2:2',
    area: 'A1:C8',
    margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.4 },
    centerHorizontally: true,
    rowBreaks: [6],
  },
  charts: [
    {
      title: 'Tỷ lệ đạt',
      type: 'column',
      categories: 'B2:B4',
      series: [{ name: 'Đạt', values: 'C2:C4' }],
      anchor: { from: 'E2', to: 'J12' },
    },
  ],
  tabColor: '1F4E79',
};

/** The sheet as exceljs's reader sees it: a reader other than ours. */
const load = (bytes: Uint8Array) => loadWorksheet(bytes, spec.name);

/** A part of the zip as text, with the XML entities for quotes decoded. */
const part = (bytes: Uint8Array, name: string): string => {
  const data = unzipSync(bytes)[name];
  if (!data) throw new Error(`no ${name}`);
  return strFromU8(data)
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
};

describe('writeXlsx', () => {
  let bytes: Uint8Array;
  let ws: Awaited<ReturnType<typeof load>>;
  beforeAll(async () => {
    bytes = await writeXlsx([spec], { creator: 'test', created: '2025-12-12' });
    ws = await load(bytes);
  });

  it('writes fonts, fills, alignment, borders and number formats', () => {
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Times New Roman', size: 13, bold: true });
    expect(ws.getCell('A1').border).toEqual({ bottom: { style: 'thin' } });
    const b2 = ws.getCell('B2');
    expect(b2.font).toMatchObject({
      name: 'Times New Roman',
      size: 12,
      italic: true,
      underline: true,
      color: { argb: 'FF9C0006' },
    });
    expect(b2.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    expect(b2.alignment).toEqual({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(b2.border).toMatchObject({
      top: { style: 'thin' },
      left: { style: 'thin' },
      bottom: { style: 'thin' },
      right: { style: 'thin' },
    });
    expect(ws.getCell('C2').numFmt).toBe('0.0');
    expect(ws.getCell('B6').fill).toMatchObject({ fgColor: { argb: 'FFD9D9D9' } });
  });

  it('writes values: numbers, booleans, dates with a date format, formulas with their results', () => {
    expect(ws.getCell('C2').value).toBe(95.5);
    expect(ws.getCell('C4').value).toBe(true);
    expect(ws.getCell('C3').value).toEqual(new Date(Date.UTC(2025, 11, 10)));
    expect(ws.getCell('C3').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('C5').value).toEqual({ formula: 'C2*2', result: 191 });
    expect(ws.getCell('C6').value).toEqual({ formula: 'IF(C2>90,"Đạt","Chưa đạt")', result: 'Đạt' });
    expect(ws.getCell('C7').value).toEqual({ formula: 'NA()' });
  });

  it('never turns text into a formula', async () => {
    const xml = part(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).not.toContain('<f>1+1</f>');
    expect(part(bytes, 'xl/sharedStrings.xml')).toContain('=1+1');
    const read = await readXlsx(bytes, 'f.xlsx');
    const rows = read.ok ? read.value.sheets[0]?.rows : [];
    expect(rows?.[2]?.[1]).toEqual({ v: '=1+1' });
    expect(rows?.[3]?.[1]).toEqual({ v: '+84 912 345 678' });
    expect(rows?.[4]?.[1]).toEqual({ v: '@unit_name' });
  });

  it('unlocks input cells and protects the sheet without a password', () => {
    expect(ws.getCell('C2').protection).toMatchObject({ locked: false });
    expect(ws.getCell('B2').protection).toBeUndefined();
    const xml = part(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<sheetProtection sheet="1"[^>]*formatColumns="0"[^>]*formatRows="0"/);
    expect(xml).not.toContain('hashValue');
  });

  it('writes merges, column widths, hidden columns and rows, row heights', () => {
    expect(ws.model.merges).toEqual(['A8:C8']);
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.getColumn(4).hidden).toBe(true);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.getRow(9).hidden).toBe(true);
  });

  it('writes data validations with prompts and error messages, cut to Excel limits', () => {
    const xml = part(bytes, 'xl/worksheets/sheet1.xml');
    const dv = (sqref: string) =>
      new RegExp(`<dataValidation [^>]*sqref="${sqref}"[^>]*>.*?</dataValidation>`).exec(xml)?.[0] ?? '';
    expect(dv('C2')).toMatch(/type="decimal"/);
    expect(dv('C2')).toMatch(
      /showInputMessage="1" promptTitle="Tỷ lệ \(%\)" prompt="Nhập tỷ lệ từ 0 đến 100."/,
    );
    expect(dv('C2')).toMatch(/showErrorMessage="1" errorStyle="stop" errorTitle="Tỷ lệ không hợp lệ"/);
    expect(dv('C2')).toContain('<formula1>0</formula1><formula2>100</formula2>');
    expect(dv('D1')).toContain('<formula1>"Có,Không,Không áp dụng"</formula1>');
    expect(dv('D2:D4')).toMatch(/type="whole" operator="greaterThanOrEqual"/);
    expect(dv('D5')).toContain('<formula1>1</formula1><formula2>63</formula2>');
    expect(dv('D6')).toContain('<formula1>44197</formula1><formula2>46022</formula2>');
    expect(dv('D7')).toMatch(/type="textLength" operator="lessThanOrEqual"/);
    const title = /promptTitle="([^"]*)"/.exec(dv('D7'))?.[1] ?? '';
    const error = /error="([^"]*)"/.exec(dv('D7'))?.[1] ?? '';
    expect(title.length).toBe(VALIDATION_TEXT_LIMITS.title);
    expect(error.length).toBe(VALIDATION_TEXT_LIMITS.error);
  });

  it('writes conditional formatting as an expression rule', () => {
    const xml = part(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(
      /<conditionalFormatting sqref="C5:C7"><cfRule type="expression" dxfId="\d+" priority="1"><formula>C5="Chưa đạt"<\/formula>/,
    );
    const styles = part(bytes, 'xl/styles.xml');
    expect(styles).toMatch(
      /<dxf><font><color rgb="FF9C0006"\/><\/font><fill><patternFill patternType="solid"><bgColor rgb="FFFFC7CE"\/>/,
    );
  });

  it('writes defined names, frozen panes, the autofilter and the tab colour', () => {
    const workbook = part(bytes, 'xl/workbook.xml');
    expect(workbook).toContain(`<definedName name="BC_KEY">'Báo cáo 2025'!$C$2</definedName>`);
    expect(workbook).toContain(`<definedName name="BC_RANGE">'Báo cáo 2025'!$C$2:$C$4</definedName>`);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    expect(ws.autoFilter).toBe('A2:C7');
    expect(part(bytes, 'xl/worksheets/sheet1.xml')).toContain('<tabColor rgb="FF1F4E79"/>');
  });

  it('sets up printing: A4, orientation, one page wide, titles, area, margins, centring', () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: '2:2',
      printArea: 'A1:C8',
    });
    expect(ws.pageSetup.margins).toMatchObject({ top: 0.6, bottom: 0.6, left: 0.5, right: 0.4 });
    // Absolute rows: with '$A1:$C8' (exceljs's own spelling of 'A1:C8') LibreOffice prints the
    // whole sheet, other years' sources below the area of "Nguồn" included.
    expect(part(bytes, 'xl/workbook.xml')).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">'Báo cáo 2025'!$A$1:$C$8</definedName>`,
    );
  });

  it('writes a manual page break above row 6 as a break after row 5', () => {
    expect(part(bytes, 'xl/worksheets/sheet1.xml')).toMatch(
      /<rowBreaks count="1" manualBreakCount="1"><brk id="5" max="\d+" man="1"\/><\/rowBreaks>/,
    );
  });

  it("adds the chart (write-charts.ts) over the sheet's own cells, and no text of its own", () => {
    expect(part(bytes, 'xl/charts/chart1.xml')).toContain("<c:f>'Báo cáo 2025'!$C$2:$C$4</c:f>");
    expect(part(bytes, 'xl/worksheets/sheet1.xml')).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(ws.getCell('E2').value).toBeNull();
  });

  it('stores the creator and creation date', () => {
    expect(part(bytes, 'docProps/core.xml')).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2025-12-12T00:00:00Z</dcterms:created>',
    );
    expect(part(bytes, 'docProps/core.xml')).toContain('<dc:creator>test</dc:creator>');
  });

  it('asks Excel to recalculate on open', () => {
    expect(part(bytes, 'xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
  });
});

describe('writeXlsx: text', () => {
  const textCell = async (text: string) => {
    const bytes = await writeXlsx([{ ...spec, cells: [{ address: 'A1', value: { text } }], charts: [] }]);
    const read = await readXlsx(bytes, 't.xlsx');
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    return read.value.sheets[0]?.rows[0]?.[0];
  };

  it.each([
    ['XML markup', 'a < b & c > "d" \'e\'', 'a < b & c > "d" \'e\''],
    ['leading and trailing spaces', '  Đạt  ', '  Đạt  '],
    ['a line break and a tab', 'dòng 1\ndòng\t2', 'dòng 1\ndòng\t2'],
    // XML 1.0 cannot hold them: dropped, as exceljs did, so the file stays valid.
    ['control characters', 'a\u0001b\u0007c\u001Fd\u007Fe', 'abcde'],
    ["Excel's own escape, typed", '_x0041_', '_x0041_'],
  ])('%s are kept as typed (or dropped when XML forbids them)', async (_what, text, expected) => {
    expect(await textCell(text)).toEqual({ v: expected });
  });
});

describe('writeXlsx: reproducible bytes', () => {
  /** The DOS date and time of every entry of the zip's central directory. */
  function entryTimes(bytes: Uint8Array): { date: number; time: number }[] {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = bytes.length - 22; // the writer adds no zip comment
    const count = view.getUint16(eocd + 10, true);
    const out: { date: number; time: number }[] = [];
    for (let i = 0, p = view.getUint32(eocd + 16, true); i < count; i++) {
      out.push({ time: view.getUint16(p + 12, true), date: view.getUint16(p + 14, true) });
      p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    }
    return out;
  }

  it('stamps every zip entry with the creation date at midnight, never the clock', async () => {
    const bytes = await writeXlsx([spec], { created: '2025-12-01' });
    const dosDate = ((2025 - 1980) << 9) | (12 << 5) | 1;
    const times = entryTimes(bytes);
    expect(times.length).toBeGreaterThanOrEqual(9);
    expect(new Set(times.map((t) => `${t.date}/${t.time}`))).toEqual(new Set([`${dosDate}/0`]));
  });

  it('gives the same bytes for the same specs and date', async () => {
    const a = await writeXlsx([spec], { created: '2025-12-01' });
    const b = await writeXlsx([spec], { created: '2025-12-01' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(await writeXlsx([spec], { created: '2025-12-02' })).equals(Buffer.from(a))).toBe(
      false,
    );
  });
});
