/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { WORKBOOK_SETTINGS_KEY } from '../../excel/settings-store';
import { FakeSettingsBag, renderPane } from '../../../test/taskpane/render-pane';

const stored = (bag: FakeSettingsBag) =>
  JSON.parse(String(bag.get(WORKBOOK_SETTINGS_KEY))) as Record<string, unknown>;

async function openSettings() {
  fireEvent.click(screen.getByRole('tab', { name: 'Cài đặt' }));
  return screen.findByRole('button', { name: 'Lưu cài đặt' });
}

describe('SettingsPanel in Excel', () => {
  it('saves edited fields into the workbook, with the as-of date typed as dd/mm/yyyy', async () => {
    const { bag } = renderPane();
    const save = await openSettings();
    const asOf = screen.getByRole('textbox', { name: /^Ngày tính/ });
    expect((asOf as HTMLInputElement).value).toBe('20/11/2025');
    fireEvent.change(asOf, { target: { value: '31/12/2025' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Số ngày báo trước/ }), { target: { value: '45' } });
    screen.getByText('Có thay đổi chưa lưu.');
    fireEvent.click(save);

    await screen.findByText(/Đã ghi cài đặt vào sổ đang mở.*chỉ được giữ trong tệp khi bạn lưu sổ/);
    expect(bag.saves).toBe(1);
    expect(stored(bag)).toMatchObject({ asOf: '2025-12-31', dueSoonDays: 45 });
    expect(screen.queryByText('Có thay đổi chưa lưu.')).toBeNull();
  });

  it('refuses a bad date with a message at the field and stores nothing', async () => {
    const { bag } = renderPane();
    const save = await openSettings();
    fireEvent.change(screen.getByRole('textbox', { name: /^Ngày tính/ }), {
      target: { value: '31/02/2025' },
    });
    fireEvent.click(save);
    await screen.findByText('“31/02/2025” không phải ngày hợp lệ; hãy ghi ngày/tháng/năm, ví dụ 15/12/2025.');
    expect(bag.saves).toBe(0);
  });

  it('saves a threshold override typed with a decimal comma', async () => {
    const { bag } = renderPane();
    const save = await openSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Ngưỡng mục tiêu của đơn vị' }));
    const input = await screen.findByRole('textbox', {
      name: /Giá trị thay cho: Hồ sơ thủ tục hành chính giải quyết đúng hạn/,
    });
    // The "Kế hoạch" column shows only the plan's values: II.3's per-unit 98% is assumed.
    screen.getByText('≥ 98% (giả định)');
    screen.getByText('> 90%');
    fireEvent.change(input, { target: { value: '97,5' } });
    fireEvent.click(save);
    await screen.findByText(/Đã ghi cài đặt vào sổ đang mở.*chỉ được giữ trong tệp khi bạn lưu sổ/);
    expect(stored(bag)).toMatchObject({ thresholdOverrides: { ii3_ontime: 97.5 } });
  });

  it('edits the organization names as a table of periods, and adds one (issue 13 §4)', async () => {
    const { bag } = renderPane();
    const save = await openSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Tên cơ quan, tổ chức' }));
    const table = await screen.findByRole('table', { name: 'Tên cơ quan, tổ chức' });
    const from2 = within(table).getByRole('textbox', { name: 'Từ ngày (Giai đoạn 2)' });
    expect((from2 as HTMLInputElement).value).toBe('13/02/2025');
    // The default after the reorganisation is assumed: the user confirms it by unticking.
    const assumed2 = within(table).getByRole('checkbox', { name: 'Giả định (Giai đoạn 2)' });
    expect((assumed2 as HTMLInputElement).checked).toBe(true);
    fireEvent.click(assumed2);
    fireEvent.change(
      within(table).getByRole('textbox', { name: 'Cơ quan tham mưu tổng hợp (Giai đoạn 2)' }),
      {
        target: { value: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' },
      },
    );
    fireEvent.change(within(table).getByRole('textbox', { name: 'Đến ngày (Giai đoạn 2)' }), {
      target: { value: '30/06/2025' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm giai đoạn' }));
    fireEvent.change(within(table).getByRole('textbox', { name: 'Từ ngày (Giai đoạn 3)' }), {
      target: { value: '01/07/2025' },
    });
    fireEvent.click(save);
    await screen.findByText(/Đã ghi cài đặt vào sổ đang mở/);
    const org = stored(bag).org as Record<string, unknown>[];
    expect(org).toHaveLength(3);
    expect(org[1]).toMatchObject({
      from: '2025-02-13',
      to: '2025-06-30',
      consolidatingOffice: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
      assumed: false,
    });
    expect(org[2]).toMatchObject({
      from: '2025-07-01',
      consolidatingOffice: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    });
  });

  it('puts the message of a bad period date at its field and stores nothing', async () => {
    const { bag } = renderPane();
    const save = await openSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Tên cơ quan, tổ chức' }));
    const table = await screen.findByRole('table', { name: 'Tên cơ quan, tổ chức' });
    fireEvent.change(within(table).getByRole('textbox', { name: 'Đến ngày (Giai đoạn 1)' }), {
      target: { value: '30/02/2025' },
    });
    fireEvent.click(save);
    await within(table).findByText(
      '“30/02/2025” không phải ngày hợp lệ; hãy ghi ngày/tháng/năm, ví dụ 15/12/2025.',
    );
    expect(bag.saves).toBe(0);
  });

  it('adds a unit through the dialog, checking its code first', async () => {
    const { bag } = renderPane();
    const save = await openSettings();
    fireEvent.click(screen.getByRole('button', { name: /Danh sách đơn vị \(70\)/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm đơn vị' }));
    const dialog = await screen.findByRole('dialog');
    const code = within(dialog).getByRole('textbox', { name: /Mã đơn vị/ });
    fireEvent.change(code, { target: { value: 'DV002' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Tên đơn vị/ }), {
      target: { value: 'Chi bộ Báo Nghệ An' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đồng ý' }));
    await within(dialog).findByText('Mã DV002 đã có đơn vị khác dùng.');
    // (jsdom moves no focus on clicks, so tabster marks the modal aria-hidden here: query by element.)
    fireEvent.change(code, { target: { value: 'DV071' } });
    // III.2/III.4 apply to sở, ban, ngành: a flag of its own, apart from the two TTHC ones.
    fireEvent.click(within(dialog).getByLabelText(/Là sở, ban, ngành cấp tỉnh/));
    fireEvent.click(within(dialog).getByText('Đồng ý'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    screen.getByRole('button', { name: /Danh sách đơn vị \(71\)/ });
    fireEvent.click(save);
    await screen.findByText(/Đã ghi cài đặt vào sổ đang mở.*chỉ được giữ trong tệp khi bạn lưu sổ/);
    const units = stored(bag).units as { code: string; name: string }[];
    expect(units.at(-1)).toMatchObject({
      code: 'DV071',
      name: 'Chi bộ Báo Nghệ An',
      resolvesTthc: false,
      publishesTthc: false,
      isDepartment: true,
    });
  });

  it('says clearly when an imported settings file is not JSON, and keeps the settings', async () => {
    const { bag } = renderPane();
    await openSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Sao lưu cài đặt' }));
    await screen.findByRole('button', { name: 'Nhập cài đặt từ tệp JSON' });
    const input = document.querySelector<HTMLInputElement>('input[type=file][accept^=".json"]')!;
    const file = new File(['không phải JSON'], 'cai-dat.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    await screen.findByText('Tệp cai-dat.json không phải tệp cài đặt JSON hợp lệ; cài đặt không thay đổi.');
    expect(bag.saves).toBe(0);
  });

  // Issue 16 §6: an out-of-range override, an unknown item id and a misspelt key are shown with
  // their paths; the settings are not imported and "Đã đọc cài đặt" is never said.
  it.each([
    [
      { thresholdOverrides: { ii3_satisfaction: 1000 } },
      'thresholdOverrides.ii3_satisfaction: không được lớn hơn 100',
    ],
    [
      { thresholdOverrides: { ii3_satisfactoin: 95 } },
      'thresholdOverrides.ii3_satisfactoin: không có trong plan.items',
    ],
    [{ dueSoonDay: 10 }, 'dueSoonDay: không phải là tên cài đặt nào'],
  ])('refuses an imported settings file %j with the path of what is wrong', async (data, said) => {
    const { bag } = renderPane();
    await openSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Sao lưu cài đặt' }));
    await screen.findByRole('button', { name: 'Nhập cài đặt từ tệp JSON' });
    const input = document.querySelector<HTMLInputElement>('input[type=file][accept^=".json"]')!;
    const json = JSON.stringify(data);
    // jsdom has neither File.arrayBuffer() nor TextDecoder, which the import reads with (every
    // browser has both): give the test's file and window Node's.
    const util = await import('node:util');
    Object.assign(globalThis, { TextDecoder: util.TextDecoder });
    const bytes = Buffer.from(json, 'utf8');
    const file = Object.assign(new File([json], 'cai-dat.json', { type: 'application/json' }), {
      arrayBuffer: () =>
        Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)),
    });
    fireEvent.change(input, { target: { files: [file] } });
    await screen.findByText(new RegExp(said.replace(/[.()]/g, '\\$&')));
    expect(screen.queryByText(/Đã đọc cài đặt/)).toBeNull();
    expect(bag.saves).toBe(0);
  });

  it('switches the interface language and remembers it in the workbook', async () => {
    const { bag } = renderPane();
    await openSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Ngôn ngữ' }));
    fireEvent.click(await screen.findByRole('radio', { name: 'English' }));
    await screen.findByRole('heading', { level: 1, name: 'Scheme 04 reports' });
    expect(document.documentElement.lang).toBe('en');
    await waitFor(() => expect(stored(bag)).toMatchObject({ lang: 'en' }));
  });
});
