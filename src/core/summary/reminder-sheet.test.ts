import { batchConsolidation } from '../../../test/consolidation/batch-fixture';
import type { SpecValue } from '../sheet/sheet-spec';
import { parseA1 } from '../template/template-keys';
import { reminders } from './reminder-list';
import { reminderSheet } from './reminder-sheet';

const { c } = batchConsolidation();
const spec = reminderSheet(c, 'vi');
const textOf = (v: SpecValue | undefined): string | undefined => (v && 'text' in v ? v.text : undefined);
const rowOfText = (text: string): number => {
  const cell = spec.cells.find((x) => textOf(x.value) === text);
  return parseA1(cell?.address ?? '')?.row ?? -1;
};
const at = (address: string) => spec.cells.find((x) => x.address === address)?.value;

describe('reminderSheet', () => {
  it.each([
    ['vi', 'Đôn đốc báo cáo'],
    ['en', 'Reminders'],
  ] as const)('is named in the language of the workbook (%s)', (lang, name) => {
    expect(reminderSheet(c, lang).name).toBe(name);
  });

  it('prints on A4 portrait, one page wide, its header row repeated on every page, the whole list in the print area', () => {
    const head = rowOfText('Nội dung cần bổ sung, sửa');
    const lastRow = Math.max(...spec.cells.map((x) => parseA1(x.address)?.row ?? 0));
    expect(spec.print).toMatchObject({
      paper: 'A4',
      orientation: 'portrait',
      fitToWidth: 1,
      repeatRows: `${head}:${head}`,
      area: `A1:F${lastRow}`,
    });
  });

  it('gives each thing to ask for a row, with its cell, sheet and file, the unit merged over its rows', () => {
    const row = rowOfText('Đảng bộ Sở Nông nghiệp và Môi trường (U03)');
    expect([at(`D${row}`), at(`E${row}`), at(`F${row}`)]).toEqual([
      { text: 'E10' },
      { text: 'Báo cáo 2025' },
      { text: 'so-nn-ptnt.xlsx' },
    ]);
    const lines = reminders(c).flatMap((r) => r.lines);
    for (const l of lines) expect(spec.cells.some((x) => textOf(x.value) === l.what.vi)).toBe(true);
    // Three part headings, one row per line.
    for (const heading of [
      'I. ĐƠN VỊ CHƯA BÁO CÁO (2)',
      'II. ĐƠN VỊ CÓ BÁO CÁO CẦN BỔ SUNG, SỬA (1)',
      'III. TỆP CHƯA XÁC ĐỊNH ĐƯỢC ĐƠN VỊ (2)',
    ])
      expect(rowOfText(heading)).toBeGreaterThan(0);
  });

  it('merges a unit over all its lines', () => {
    const two = {
      ...c,
      sources: c.sources.map((s) =>
        s.file === 'hong.xlsx' ? { ...s, unit: { code: 'U02', name: 'Đảng bộ Sở Tài chính' } } : s,
      ),
    };
    const sheet = reminderSheet(two, 'vi');
    const cell = sheet.cells.find((x) => textOf(x.value) === 'Đảng bộ Sở Tài chính (U02)');
    const row = parseA1(cell?.address ?? '')?.row ?? -1;
    expect(sheet.merges).toContain(`B${row}:B${row + 1}`);
    expect(sheet.merges).toContain(`A${row}:A${row + 1}`);
  });

  it('says so when nobody needs a reminder', () => {
    const sheet = reminderSheet({ ...c, notReported: [], sources: [] }, 'vi');
    expect(sheet.cells.some((x) => textOf(x.value) === 'Không có đơn vị nào cần đôn đốc.')).toBe(true);
  });
});
