/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { buildReportTemplate, type ReportFill } from '../../core/template/report-template';
import { parseReport } from '../../core/template/parse-report';
import { validateReport } from '../../core/validate/validate-report';
import { applySheets } from '../../excel/apply-sheets';
import { readWorkbook } from '../../excel/read-sheets';
import { ALL_FEATURES } from '../../excel/requirements';
import { deAn04 } from '../../plans/de-an-04/plan';
import { defaultSettings } from '../../plans/de-an-04/default-settings';
import { ExcelDouble } from '../../../test/excel/excel-double';
import { renderPane } from '../../../test/taskpane/render-pane';

const settings = defaultSettings('2025-11-20');
const unit = settings.units.find((u) => u.code === 'DV002');
if (!unit) throw new Error('DV002 is missing from the sample units');

/** A workbook with a filled report of DV002 for 2025, written by the real adapter into the fake. */
async function workbookWithReport(fill: ReportFill): Promise<ExcelDouble> {
  const mock = new ExcelDouble({ sheets: [{ name: 'Sheet1' }] });
  const spec = buildReportTemplate(deAn04, settings, unit!, 2025, { fill });
  const written = await applySheets([spec], {
    onExisting: 'new-name',
    excel: mock.run,
    features: ALL_FEATURES,
  });
  if (!written.ok) throw new Error(JSON.stringify(written.error));
  return mock;
}

const FILL: ReportFill = {
  unitName: 'Đảng bộ Sở Nội vụ',
  reportDate: '2025-11-10',
  values: {
    ii1_plan: { value: true, date: '2022-01-20' },
    ii3_satisfaction: { value: 120 },
    ii4_model_dvk: { value: 2 },
  },
};

describe('CheckPanel in Excel', () => {
  it('lists the findings of the report sheet and selects the cell of a finding when clicked', async () => {
    const mock = await workbookWithReport(FILL);
    // What the core says about the same sheet: the satisfaction rate's cell holds the 120 typed.
    const read = await readWorkbook({ excel: mock.run, features: ALL_FEATURES, names: ['Báo cáo 2025'] });
    const sheet = read.ok ? read.value.sheets[0] : undefined;
    // The open workbook is named in findings as the interface names it.
    const report = parseReport(sheet!, deAn04, settings, { file: 'Sổ đang mở' });
    if (!report.ok) throw new Error('the template does not parse');
    const expected = validateReport(report.value, deAn04, settings, unit).findings.find(
      (f) => f.itemId === 'ii3_satisfaction' && f.severity === 'error',
    );
    expect(expected?.cell).toBeDefined();
    expect(mock.cell('Báo cáo 2025', expected!.cell!)?.v).toBe(120);

    renderPane({ mock });
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra trang báo cáo' }));

    const errors = await screen.findByRole('heading', { name: /^Lỗi \(\d+\)$/ });
    const group = errors.parentElement!;
    const finding = within(group).getByRole('button', { name: new RegExp(`Ô ${expected!.cell}`) });
    expect(finding.textContent).toContain(expected!.message.vi);
    fireEvent.click(finding);
    await waitFor(() => expect(mock.selection).toBe(`Báo cáo 2025!${expected!.cell}`));
    expect(mock.activeSheetId).toBe(mock.sheet('Báo cáo 2025')?.id);
  });

  it('shows the unit, the item verdicts and the milestones with their status as of the date', async () => {
    const mock = await workbookWithReport(FILL);
    renderPane({ mock });
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra trang báo cáo' }));

    await screen.findByText('Đảng bộ Sở Nội vụ (DV002), năm 2025');
    expect(screen.getByText(/^Đạt: \d+$/)).toBeTruthy();
    // The plan was built by 20/01/2022, before its due date 31/01/2022.
    const milestones = screen.getByRole('heading', { name: 'Các mốc thời gian' }).closest('section')!;
    const planRow = within(milestones)
      .getByText('Xây dựng chương trình, kế hoạch thực hiện Đề án')
      .closest('li')!;
    expect(planRow.textContent).toContain('Hoàn thành đúng hạn');
    expect(planRow.textContent).toContain('Hạn giả định 31/01/2022, xong 20/01/2022');
    // The yearly report is due 15/12/2025: within 30 days of 20/11/2025, and the report is dated 10/11.
    const reportRow = within(milestones)
      .getByText(/^Báo cáo kết quả thực hiện.*\(năm 2025\)$/)
      .closest('li')!;
    expect(reportRow.textContent).toContain('Hoàn thành đúng hạn');
  });

  it('says so when the workbook has no report sheet', async () => {
    renderPane();
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra trang báo cáo' }));
    await screen.findByText(/Sổ này chưa có trang báo cáo nào theo mẫu/);
  });
});
