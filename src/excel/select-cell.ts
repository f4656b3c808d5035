import { fail, ok, type Finding, type Result } from '../core/types';
import { errorText, officeErrorCode, officeExcelRun, type ExcelRun } from './excel-run';

/**
 * Shows a cell to the user: activates its sheet and selects it, in one sync. Used when the user
 * clicks a finding ("sheet X, cell E12").
 */
export async function selectCell(
  sheetName: string,
  address: string,
  opts: { excel?: ExcelRun } = {},
): Promise<Result<void>> {
  const run = opts.excel ?? officeExcelRun;
  try {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    });
    return ok(undefined);
  } catch (e) {
    return fail([selectFailed(sheetName, address, e)]);
  }
}

function selectFailed(sheet: string, cell: string, e: unknown): Finding {
  const code = officeErrorCode(e);
  if (code === 'ItemNotFound') {
    return {
      code: 'EXCEL.SHEET_NOT_FOUND',
      severity: 'error',
      sheet,
      cell,
      message: {
        vi: `Không tìm thấy trang tính "${sheet}" trong sổ đang mở; có thể trang đã bị đổi tên hoặc xóa. Hãy kiểm tra lại rồi đọc lại sổ.`,
        en: `Sheet "${sheet}" is not in the open workbook; it may have been renamed or deleted. Check it and read the workbook again.`,
      },
    };
  }
  return {
    code: 'EXCEL.SELECT_FAILED',
    severity: 'error',
    sheet,
    cell,
    message: {
      vi: `Không chọn được ô ${cell} trên trang "${sheet}" (Excel báo: ${errorText(e)}).`,
      en: `Could not select cell ${cell} on sheet "${sheet}" (Excel said: ${errorText(e)}).`,
    },
  };
}
