/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { buildReportTemplate } from '../../core/template/report-template';
import { applySheets } from '../../excel/apply-sheets';
import { ALL_FEATURES } from '../../excel/requirements';
import { activeUnits } from '../../core/settings/units-active';
import { deAn04 } from '../../plans/de-an-04/plan';
import { defaultSettings } from '../../plans/de-an-04/default-settings';
import { ExcelDouble } from '../../../test/excel/excel-double';
import { renderPane } from '../../../test/taskpane/render-pane';

const settings = defaultSettings('2025-11-20');
const unitOf = (code: string) => {
  const u = settings.units.find((x) => x.code === code);
  if (!u) throw new Error(`no unit ${code}`);
  return u;
};

/** A master workbook holding the report sheets of DV002 and DV003 for 2025 (a year with 2 units in). */
async function masterWorkbook(): Promise<ExcelDouble> {
  const mock = new ExcelDouble({ sheets: [{ name: 'Sheet1' }] });
  const specs = ['DV003', 'DV002'].map((code) => ({
    ...buildReportTemplate(deAn04, settings, unitOf(code), 2025, {
      fill: {
        unitName: unitOf(code).name,
        reportDate: '2025-11-01',
        values: { ii1_plan: { value: true, date: '2022-01-10' } },
      },
    }),
    name: `BC ${code}`,
  }));
  const written = await applySheets(specs, {
    onExisting: 'new-name',
    excel: mock.run,
    features: ALL_FEATURES,
  });
  if (!written.ok) throw new Error(JSON.stringify(written.error));
  return mock;
}

const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelector('td span')?.textContent);

describe('ConsolidatePanel in Excel', () => {
  it("takes the workbook's report sheets, shows a verdict each, and writes the five consolidation sheets", async () => {
    const mock = await masterWorkbook();
    renderPane({ mock });
    fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Lấy các trang báo cáo của sổ này' }));

    const table = await screen.findByRole('table', { name: 'Kết quả tiếp nhận của từng nguồn dữ liệu' });
    // Sorted by the unit heading: Vietnamese order, "Sở Nội vụ" before "Sở Tài chính"; again: reversed.
    fireEvent.click(within(table).getByText('Đơn vị'));
    expect(rowNames(table)).toEqual(['Đảng bộ Sở Nội vụ', 'Đảng bộ Sở Tài chính']);
    for (const row of within(table).getAllByRole('row').slice(1)) {
      expect(['accepted', 'accepted-with-findings']).toContain(row.getAttribute('data-verdict'));
    }
    const expected = activeUnits(settings.units, 2025).length;
    screen.getByText(`2 nguồn dữ liệu; 2/${expected} đơn vị đã có báo cáo được nhận.`);
    screen.getByRole('heading', { name: `Đơn vị chưa báo cáo (${expected - 2})` });

    fireEvent.click(within(table).getByText('Đơn vị'));
    expect(rowNames(table)).toEqual(['Đảng bộ Sở Tài chính', 'Đảng bộ Sở Nội vụ']);

    const before = mock.sheetNames();
    const [runs, syncs] = [mock.runCount, mock.syncCount];
    fireEvent.click(screen.getByRole('button', { name: 'Ghi các trang tổng hợp' }));
    await screen.findByText(/^Đã ghi các trang:/);
    const added = mock.sheetNames().filter((n) => !before.includes(n));
    expect(added).toHaveLength(5);
    expect(added[0]).toBe('Tổng hợp 2025');
    // The workbook's sheets are read again, consolidated and written in one Excel.run of 3 syncs.
    expect([mock.runCount - runs, mock.syncCount - syncs]).toEqual([1, 3]);
    expect(rowNames(table)).toHaveLength(2);
    // Chốt số liệu: every output sheet is protected (no password), as the templates are.
    for (const name of added) expect(mock.sheet(name)?.protected).toBe(true);

    // Writing again finds the locked consolidation: nothing is written until the user chooses.
    const after = mock.sheetNames();
    fireEvent.click(screen.getByRole('button', { name: 'Ghi các trang tổng hợp' }));
    const prompt = await screen.findByRole('alertdialog', { name: 'Sổ đã có bản tổng hợp' });
    expect(mock.sheetNames()).toEqual(after);
    fireEvent.click(within(prompt).getByRole('button', { name: 'Ghi đè bản cũ' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await screen.findByText(/^Đã ghi các trang:/);
    expect([...mock.sheetNames()].sort()).toEqual([...after].sort());
  });

  it('writes nothing when the report sheets were removed after they were read, and says why', async () => {
    const mock = await masterWorkbook();
    renderPane({ mock });
    fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Lấy các trang báo cáo của sổ này' }));
    await screen.findByRole('table', { name: 'Kết quả tiếp nhận của từng nguồn dữ liệu' });
    for (const name of ['BC DV002', 'BC DV003']) {
      const sheet = mock.sheet(name);
      if (sheet) sheet.deleted = true;
    }
    const before = mock.sheetNames();
    fireEvent.click(screen.getByRole('button', { name: 'Ghi các trang tổng hợp' }));
    await screen.findByText(/Sổ đang mở không có trang báo cáo nào theo mẫu\./);
    expect(mock.sheetNames()).toEqual(before);
  });

  it('says when the workbook has no report sheet', async () => {
    renderPane();
    fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Lấy các trang báo cáo của sổ này' }));
    await screen.findByText('Sổ đang mở không có trang báo cáo nào theo mẫu.');
    await waitFor(() => expect(screen.queryByRole('table')).toBeNull());
  });
});

describe('the reminder list in the Tổng hợp panel (issue 15 §4)', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it.each([
    [
      'the browser copies it',
      true,
      'Đã sao chép danh sách; hãy dán vào tin nhắn hoặc văn bản gửi các đơn vị.',
    ],
    [
      'the browser refuses: the text is selected for Ctrl+C',
      false,
      'Trình duyệt không cho sao chép tự động. Danh sách đã được chọn: hãy nhấn Ctrl+C để sao chép.',
    ],
  ])('lists the units not reported as text to copy; %s', async (_, allowed, status) => {
    const copied: string[] = [];
    // The browser's clipboard, as a page sees it: it takes the text, or refuses it.
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: (text: string) =>
          allowed ? (copied.push(text), Promise.resolve()) : Promise.reject(new Error('NotAllowedError')),
      },
    });
    const mock = await masterWorkbook();
    renderPane({ mock });
    fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Lấy các trang báo cáo của sổ này' }));

    const area = await screen.findByRole<HTMLTextAreaElement>('textbox', {
      name: 'Danh sách đôn đốc báo cáo',
    });
    const expected = activeUnits(settings.units, 2025).length;
    expect(area.value).toContain(`I. ĐƠN VỊ CHƯA BÁO CÁO (${expected - 2})`);
    // The two units that reported are not among those not reported, but their blank entries are
    // listed to complete, each with its cell.
    const [notReported, toComplete] = area.value.split('II. ĐƠN VỊ CÓ BÁO CÁO CẦN BỔ SUNG, SỬA (2)');
    expect(notReported).toContain('(DV001)');
    expect(notReported).not.toContain('(DV002)');
    expect(toComplete).toContain('1. Đảng bộ Sở Nội vụ (DV002)');
    expect(toComplete).toMatch(/- Chưa nhập .* \(ô E\d+, trang tính “BC DV002”/);

    fireEvent.click(screen.getByRole('button', { name: 'Sao chép danh sách' }));
    await screen.findByText(status);
    expect(copied).toEqual(allowed ? [area.value] : []);
    if (!allowed) expect(area.selectionEnd - area.selectionStart).toBe(area.value.length);
  });
});
