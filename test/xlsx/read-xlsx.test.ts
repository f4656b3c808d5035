import { Workbook } from 'exceljs';
import { readXlsx } from './read-xlsx';

/** A workbook written by exceljs directly: a different writer than writeXlsx. */
async function workbookBytes(): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Báo cáo 2025');
  ws.getCell('A1').value = 'Đảng bộ Sở Nội vụ';
  ws.getCell('B1').value = 95.5;
  ws.getCell('C1').value = true;
  ws.getCell('A2').value = new Date(Date.UTC(2025, 11, 10));
  ws.getCell('A2').numFmt = 'dd/mm/yyyy';
  ws.getCell('B2').value = { formula: 'B1*2', result: 191 };
  ws.getCell('C2').value = { formula: 'IF(B1>90,"Đạt","Chưa đạt")', result: 'Đạt' };
  ws.getCell('D2').value = { formula: 'NA()', result: { error: '#N/A' } };
  ws.getCell('E2').value = { formula: 'B1+1' };
  ws.getCell('A3').value = { error: '#REF!' };
  ws.getCell('B3').value = { richText: [{ text: 'Đảng bộ ', font: { bold: true } }, { text: 'Sở Tư pháp' }] };
  ws.getCell('C3').value = { text: 'Trang chủ', hyperlink: 'https://nghean.gov.vn' };
  ws.getCell('D3').value = 0.955;
  ws.getCell('D3').numFmt = '0.0%';
  ws.getCell('A5').value = new Date(Date.UTC(2025, 0, 2, 12, 0));
  ws.mergeCells('A6:C6');
  ws.getCell('A6').value = 'merged';
  wb.definedNames.add("'Báo cáo 2025'!$B$1", 'KEY_B1');
  wb.definedNames.add("'Báo cáo 2025'!$A$2:$B$3", 'KEY_BLOCK');
  const other = wb.addWorksheet('Khác');
  other.getCell('A1').value = 'x';
  wb.definedNames.add("'Khác'!$A$1", 'KEY_B1');
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('readXlsx', () => {
  let sheets: Awaited<ReturnType<typeof readXlsx>>;
  beforeAll(async () => {
    sheets = await readXlsx(await workbookBytes(), 'dv002.xlsx');
  });
  const sheet = (i = 0) => (sheets.ok ? sheets.value.sheets[i] : undefined);
  const cell = (r: number, c: number) => sheet()?.rows[r - 1]?.[c - 1];

  it('reads every sheet with its name and the file name', () => {
    expect(sheets.ok && sheets.value.source).toBe('dv002.xlsx');
    expect(sheets.ok && sheets.value.sheets.map((s) => s.name)).toEqual(['Báo cáo 2025', 'Khác']);
  });

  it.each([
    ['text', 1, 1, { v: 'Đảng bộ Sở Nội vụ' }],
    ['number', 1, 2, { v: 95.5 }],
    ['boolean', 1, 3, { v: true }],
    ['date as an Excel serial, with its format', 2, 1, { v: 46001, fmt: 'dd/mm/yyyy' }],
    ['formula with its cached number', 2, 2, { v: 191, formula: 'B1*2' }],
    ['formula with its cached text', 2, 3, { v: 'Đạt', formula: 'IF(B1>90,"Đạt","Chưa đạt")' }],
    ['formula with an error result', 2, 4, { v: null, error: '#N/A', formula: 'NA()' }],
    ['formula without a cached result', 2, 5, { v: null, formula: 'B1+1' }],
    ['error value', 3, 1, { v: null, error: '#REF!' }],
    ['rich text as plain text', 3, 2, { v: 'Đảng bộ Sở Tư pháp' }],
    ['hyperlink as its text', 3, 3, { v: 'Trang chủ' }],
    ['percent with its format', 3, 4, { v: 0.955, fmt: '0.0%' }],
    ['date and time keeps the fraction', 5, 1, { v: 45659.5, fmt: 'mm-dd-yy' }],
    ['merged master', 6, 1, { v: 'merged' }],
    ['merged cell other than the master', 6, 2, undefined],
    ['empty cell', 4, 1, undefined],
  ])('%s', (_name, r, c, expected) => {
    expect(cell(r, c)).toEqual(expected);
  });

  it('gives each sheet the defined names pointing into it, without sheet or dollars', () => {
    expect(sheet(0)?.names).toEqual({ KEY_B1: 'B1', KEY_BLOCK: 'A2:B3' });
    expect(sheet(1)?.names).toEqual({ KEY_B1: 'A1' });
  });

  it('lists merged ranges', () => {
    expect(sheet(0)?.merges).toEqual(['A6:C6']);
  });

  it('returns a finding for bytes that are not a workbook', async () => {
    const r = await readXlsx(new TextEncoder().encode('STT,Nội dung\n1,Có'), 'bao-cao.csv');
    expect(r.ok).toBe(false);
    expect(r.ok ? null : r.error[0]).toMatchObject({
      code: 'FILE.UNREADABLE',
      severity: 'error',
      file: 'bao-cao.csv',
    });
  });

  it('stops at the cell limit', async () => {
    const r = await readXlsx(await workbookBytes(), 'dv002.xlsx', { maxCells: 5 });
    expect(r.ok ? null : r.error[0]?.code).toBe('FILE.TOO_MANY_CELLS');
  });
});
