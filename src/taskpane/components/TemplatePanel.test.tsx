/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { ExcelDouble } from '../../../test/excel/excel-double';
import { renderPane } from '../../../test/taskpane/render-pane';

/** Picks a unit in the Combobox by typing part of its name without diacritics. */
async function chooseUnit(typed: string, name: string) {
  const box = screen.getByRole('combobox', { name: /Đơn vị/ });
  fireEvent.click(box);
  fireEvent.input(box, { target: { value: typed } });
  fireEvent.click(await screen.findByRole('option', { name: new RegExp(name) }));
}

const stampOf = (mock: ExcelDouble, sheet: string): string | undefined =>
  [...(mock.sheet(sheet)?.cells.values() ?? [])]
    .map((c) => c.v)
    .find((v): v is string => typeof v === 'string' && v.includes('DV002'));

describe('TemplatePanel in Excel', () => {
  it('applies the unit report template to a new sheet in at most 2 syncs', async () => {
    const { mock } = renderPane();
    await chooseUnit('so noi vu', 'Đảng bộ Sở Nội vụ');
    const syncsBefore = mock.syncCount;
    fireEvent.click(screen.getByRole('button', { name: 'Áp dụng mẫu vào trang tính mới' }));

    await screen.findByText(/Đã tạo trang “Báo cáo 2025”/);
    expect(mock.sheetNames()).toEqual(['Sheet1', 'Báo cáo 2025']);
    expect(mock.syncCount - syncsBefore).toBeLessThanOrEqual(2);
    // The template's stamp names the unit and the year.
    expect(stampOf(mock, 'Báo cáo 2025')).toMatch(/2025/);
  });

  it('asks before touching an existing sheet, then adds one under a new name when told to', async () => {
    const mock = new ExcelDouble({
      sheets: [{ name: 'Báo cáo 2025', cells: { A1: { v: 'dữ liệu đã nhập' } } }],
    });
    renderPane({ mock });
    await chooseUnit('noi vu', 'Đảng bộ Sở Nội vụ');
    fireEvent.click(screen.getByRole('button', { name: 'Áp dụng mẫu vào trang tính mới' }));

    const prompt = await screen.findByRole('alertdialog', { name: 'Trang tính đã có' });
    expect(prompt.textContent).toContain('Sổ đã có trang “Báo cáo 2025”');
    // Nothing was written while the question is open.
    expect(mock.sheetNames()).toEqual(['Báo cáo 2025']);
    expect(mock.cell('Báo cáo 2025', 'A1')?.v).toBe('dữ liệu đã nhập');

    fireEvent.click(screen.getByRole('button', { name: 'Tạo trang với tên mới' }));
    await screen.findByText(/Đã tạo trang “Báo cáo 2025 \(2\)”/);
    expect(mock.sheetNames()).toEqual(['Báo cáo 2025', 'Báo cáo 2025 (2)']);
    expect(mock.cell('Báo cáo 2025', 'A1')?.v).toBe('dữ liệu đã nhập');
  });

  it('replaces the old sheet only when the user chooses to', async () => {
    const mock = new ExcelDouble({
      sheets: [{ name: 'Sheet1' }, { name: 'Báo cáo 2025', cells: { A1: { v: 'bản cũ' } } }],
    });
    renderPane({ mock });
    await chooseUnit('DV002', 'Đảng bộ Sở Nội vụ');
    fireEvent.click(screen.getByRole('button', { name: 'Áp dụng mẫu vào trang tính mới' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Thay thế trang cũ' }));

    await screen.findByText(/Đã tạo trang “Báo cáo 2025”/);
    expect(mock.sheetNames()).toEqual(['Sheet1', 'Báo cáo 2025']);
    expect(mock.cell('Báo cáo 2025', 'A1')?.v).not.toBe('bản cũ');
    expect(stampOf(mock, 'Báo cáo 2025')).toBeDefined();
  });

  it('applies the bloc input sheet without a unit', async () => {
    const { mock } = renderPane();
    fireEvent.click(screen.getByRole('button', { name: 'Áp dụng trang nhập liệu của Khối' }));
    await screen.findByText(/Đã tạo trang “Số liệu Khối 2025”/);
    expect(mock.sheetNames()).toContain('Số liệu Khối 2025');
  });

  it('downloads the template file under the CLI name', async () => {
    const { downloads } = renderPane();
    await chooseUnit('noi vu', 'Đảng bộ Sở Nội vụ');
    fireEvent.click(screen.getByRole('button', { name: 'Tải tệp mẫu cho đơn vị' }));
    await screen.findByText('Đã tải xuống tệp BC-2025-DV002-So-Noi-vu.xlsx.');
    expect(downloads.map((d) => d.fileName)).toEqual(['BC-2025-DV002-So-Noi-vu.xlsx']);
    const bytes = downloads[0]?.data as Uint8Array;
    // An .xlsx is a zip: "PK".
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });
});
