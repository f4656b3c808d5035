/**
 * Acceptance: the key contract survives another tool. The template is written by writeXlsx, then
 * opened with exceljs directly (a different writer), rows are inserted above the header and above
 * a section, values are typed at the cells found through the key contract as documented in
 * docs/template-format.md (not through our parser), the file is saved, and readXlsx + parseReport
 * must give back every value.
 */
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { ReportItem } from '../src/core/plan/plan-types';
import type { ParsedValue, UnitReport } from '../src/core/report/report-types';
import { parseReport } from '../src/core/template/parse-report';
import { buildReportTemplate } from '../src/core/template/report-template';
import { defaultSettings } from '../src/plans/de-an-04/default-settings';
import { deAn04 } from '../src/plans/de-an-04/plan';
import { readXlsx } from './xlsx/read-xlsx';
import { writeXlsx } from '../src/xlsx/write-xlsx';

const settings = defaultSettings('2025-12-31');
const unit = settings.units.find((u) => u.code === 'DV001' && u.resolvesTthc);
if (!unit) throw new Error('DV001 must handle TTHC');

/** The key contract, read the way a script in another language would (docs/template-format.md). */
function keyedCells(ws: Worksheet) {
  let stamp: { row: number; col: number } | undefined;
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (!stamp && typeof cell.value === 'string' && cell.value.startsWith('baocao;'))
        stamp = { row: r, col: c };
    }),
  );
  if (!stamp) throw new Error('no stamp');
  const { row: stampRow, col: keyCol } = stamp;
  const columns: Record<string, number> = {};
  ws.getRow(stampRow).eachCell((cell, c) => {
    if (c !== keyCol && typeof cell.value === 'string') columns[cell.value] = c;
  });
  const rows = new Map<string, number>();
  for (let r = stampRow + 1; r <= ws.rowCount; r++) {
    const key = ws.getCell(r, keyCol).value;
    if (key === '#columns') break; // the milestone block below has its own column keys
    if (typeof key === 'string' && key !== '') rows.set(key, r);
  }
  const at = (rowKey: string, colKey: string) => {
    const r = rows.get(rowKey);
    const c = columns[colKey];
    if (r === undefined || c === undefined) throw new Error(`no cell ${rowKey}/${colKey}`);
    return ws.getCell(r, c);
  };
  return { at, rows };
}

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** What the test types for an item, and what the parser must give back. */
function typedFor(item: ReportItem, i: number): { value: unknown; expect: ParsedValue; den?: number } {
  switch (item.kind) {
    case 'yesno':
      return i % 2 ? { value: 'Có', expect: { kind: 'yes' } } : { value: 'Không', expect: { kind: 'no' } };
    case 'percent':
      return { value: 95.5, expect: { kind: 'number', n: 95.5 } };
    case 'ratio':
      return { value: 990 + i, den: 1000 + i, expect: { kind: 'number', n: 990 + i } };
    default:
      return { value: i, expect: { kind: 'number', n: i } };
  }
}

const items = deAn04.items.map((item, i) => ({ item, i, ...typedFor(item, i) }));
const doneOn = (i: number) => `2025-${String((i % 12) + 1).padStart(2, '0')}-15`;

describe('a report edited by another tool', () => {
  let report: UnitReport;
  let insertedAt: number;

  beforeAll(async () => {
    const spec = buildReportTemplate(deAn04, settings, unit, 2025);
    const wb = new Workbook();
    await wb.xlsx.load((await writeXlsx([spec])) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(spec.name) as Worksheet;

    // A unit adds a line above the header and two rows above section II.3.
    ws.spliceRows(1, 0, []);
    const section = (keyedCells(ws).rows.get('ii3_ontime') as number) - 1;
    ws.spliceRows(section, 0, [], []);
    insertedAt = section;

    const { at } = keyedCells(ws);
    at('@unit_name', 'field').value = 'Đảng bộ Văn phòng UBND tỉnh';
    at('@report_date', 'field').value = utcDate('2025-12-10');
    at('@preparer', 'field').value = 'Trần Văn Hùng';
    for (const t of items) {
      const { item } = t;
      if (item.kind === 'ratio') {
        at(`${item.id}:num`, 'value').value = t.value as number;
        at(`${item.id}:den`, 'value').value = t.den as number;
      } else {
        at(item.id, 'value').value = t.value as string | number;
      }
      if (item.needsDate) {
        at(item.id, 'date').value = utcDate(doneOn(t.i));
        at(item.id, 'date').numFmt = 'dd/mm/yyyy';
      }
      at(item.id, 'note').value = `Ghi chú ${item.id}`;
    }
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

    const read = await readXlsx(bytes, 'dv001-2025.xlsx');
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const sheet = read.value.sheets.find((s) => s.name === spec.name);
    if (!sheet) throw new Error('sheet lost');
    const parsed = parseReport(sheet, deAn04, settings, { file: 'dv001-2025.xlsx' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    report = parsed.value;
  });

  it('really moved the rows', () => {
    // The first II.3 item sat at row 24 in the template; a row above the header and two above its
    // section put it three rows lower.
    expect(insertedAt).toBe(24);
    expect(report.entries.ii3_ontime?.cell).toBe('E28');
  });

  it('reads the header fields', () => {
    expect(report.stamp).toEqual({ planId: 'de-an-04', templateVersion: 2, unitCode: 'DV001', year: 2025 });
    expect(report.unitName).toBe('Đảng bộ Văn phòng UBND tỉnh');
    expect(report.reportDate).toBe('2025-12-10');
    expect(report.preparer).toBe('Trần Văn Hùng');
    expect(report.readFindings).toEqual([]);
  });

  it.each(items.map((t) => [t.item.id, t] as const))('%s reads back what was typed', (_id, t) => {
    const entry = report.entries[t.item.id];
    expect(entry?.value).toEqual(t.expect);
    if (t.den !== undefined) expect(entry?.den).toEqual({ kind: 'number', n: t.den });
    if (t.item.needsDate) expect(entry?.date).toEqual({ kind: 'date', iso: doneOn(t.i) });
    expect(entry?.note).toBe(`Ghi chú ${t.item.id}`);
  });
});
