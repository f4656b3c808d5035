import { selectCell } from '../../src/excel/select-cell';
import { ExcelDouble } from './excel-double';

describe('selectCell', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const mock = new ExcelDouble({ sheets: [{ name: 'Sheet1' }, { name: 'Tổng hợp 2025' }] });
    const result = await selectCell('Tổng hợp 2025', 'E12', { excel: mock.run });
    expect(result).toEqual({ ok: true, value: undefined });
    expect(mock.syncCount).toBe(1);
    expect(mock.activeSheetId).toBe(mock.sheet('Tổng hợp 2025')?.id);
    expect(mock.selection).toBe('Tổng hợp 2025!E12');
  });

  it('says the sheet is gone when it was renamed or deleted', async () => {
    const mock = new ExcelDouble({ sheets: [{ name: 'Sheet1' }] });
    const result = await selectCell('Đơn vị 1', 'B7', { excel: mock.run });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]).toMatchObject({ code: 'EXCEL.SHEET_NOT_FOUND', sheet: 'Đơn vị 1', cell: 'B7' });
    expect(result.error[0]?.message.vi).toContain('Không tìm thấy trang tính "Đơn vị 1"');
    expect(mock.selection).toBeUndefined();
  });
});
