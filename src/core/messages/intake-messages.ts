import type { Finding } from '../types';

/** Messages of the intake (core/intake): what a workbook as a whole holds, or why it holds nothing. */

const q = (s: string): string => `“${s}”`;

/**
 * A workbook with neither a report sheet nor a bloc sheet. The code is FILE.NO_REPORT_SHEET (it
 * is about the file, as docs/bad-input.md lists it), but only the intake can tell.
 */
export function noReportSheet(file: string, sheets: readonly string[]): Finding {
  const list = sheets.map(q).join(', ');
  return {
    code: 'FILE.NO_REPORT_SHEET',
    severity: 'error',
    file,
    message: {
      vi: `Tệp ${q(file)} không có trang báo cáo theo mẫu (${sheets.length ? `các trang tính hiện có: ${list}` : 'tệp không có trang tính nào'}). Hãy nhập số liệu vào mẫu báo cáo do Ban Tuyên giáo phát hành (hoặc áp dụng mẫu bằng bổ trợ), không tự lập bảng hay sao chép sang trang khác, rồi gửi lại.`,
      en: `The file ${q(file)} has no report sheet made from the template (${sheets.length ? `its sheets: ${list}` : 'it has no sheets'}). Enter the figures in the report template issued by the Propaganda Board (or apply the template with the add-in) instead of a home-made table or a copy, and send it again.`,
    },
  };
}

/** A fault of the add-in while parsing one sheet: that sheet is lost, the others are read. */
export function sheetParseFailed(file: string, sheet: string, e: unknown): Finding {
  const reason = e instanceof Error ? e.message : String(e);
  return {
    code: 'FILE.UNREADABLE',
    severity: 'error',
    file,
    sheet,
    message: {
      vi: `Không đọc được trang tính ${q(sheet)} của tệp ${q(file)} (lỗi trong phần mềm: ${reason}). Các trang tính khác vẫn được đọc. Hãy gửi tệp cho người quản trị.`,
      en: `The sheet ${q(sheet)} of the file ${q(file)} could not be read (a fault in the add-in: ${reason}). The other sheets were read. Send the file to the administrator.`,
    },
  };
}

/** Our own consolidation (workbook or JSON) found among the reports: skipped, nothing to fix. */
export function ownOutput(file: string, format?: string): Finding {
  return {
    code: 'FILE.OWN_OUTPUT',
    severity: 'info',
    file,
    message: {
      vi: `Tệp ${q(file)} là kết quả tổng hợp do phần mềm này lập${format ? ` (tệp ${format})` : ''}, không phải báo cáo của đơn vị, nên được bỏ qua. Không cần làm gì; nên để kết quả tổng hợp ở thư mục khác với các báo cáo.`,
      en: `The file ${q(file)} is a consolidation made by this program${format ? ` (${format} file)` : ''}, not a unit's report, so it was skipped. Nothing to do; keep consolidations in another folder than the reports.`,
    },
  };
}
