import type { SheetState } from '../report/report-types';
import type { Finding, Text } from '../types';

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

/**
 * Why a text marked as a stamp ('baocao;...') cannot be trusted (template-keys.ts reads stamps):
 * a value that is not valid URI encoding, a field given twice, an unknown kind, no plan, or a
 * version or year that is not a plain whole number of the expected size ('year=1e300' is a whole
 * number to JavaScript).
 */
export type StampProblem = 'escape' | 'repeated' | 'kind' | 'plan' | 'version' | 'year';

const STAMP_PROBLEMS: Record<StampProblem, { vi: string; en: string }> = {
  escape: {
    vi: 'có ký tự mã hóa sai (dấu % không hợp lệ)',
    en: 'it holds an invalid escape (a bad % sequence)',
  },
  repeated: { vi: 'một trường được ghi hai lần', en: 'a field is given twice' },
  kind: { vi: 'không rõ loại trang (kind)', en: 'its kind is unknown' },
  plan: { vi: 'thiếu mã kế hoạch (plan)', en: 'it names no plan' },
  version: { vi: 'phiên bản mẫu không phải số nguyên 1-999', en: 'its version is not a whole number 1-999' },
  year: { vi: 'năm không phải năm có 4 chữ số', en: 'its year is not a 4-digit year' },
};

/**
 * A cell marked as a template stamp that cannot be read: the sheet is named and left out rather
 * than read as some other unit or year, or taken for a sheet without a stamp.
 */
export function stampBroken(
  file: string,
  sheet: string,
  broken: { problem: StampProblem; cell: string; text: string },
): Finding {
  const why = STAMP_PROBLEMS[broken.problem];
  return {
    code: 'TEMPLATE.STAMP_INVALID',
    severity: 'error',
    file,
    sheet,
    cell: broken.cell,
    value: broken.text.length > 200 ? `${broken.text.slice(0, 200)}…` : broken.text,
    message: {
      vi: `Dấu mẫu (ô ẩn ${broken.cell}) của trang tính ${q(sheet)}, tệp ${q(file)} bị hỏng: ${why.vi}, nên không biết báo cáo của đơn vị nào, năm nào; trang tính này không được đọc. Hãy đề nghị đơn vị nhập lại số liệu vào mẫu mới (áp dụng lại mẫu), không sửa cột ẩn chứa khóa, rồi gửi lại.`,
      en: `The template stamp (hidden cell ${broken.cell}) of sheet "${sheet}" in "${file}" is damaged: ${why.en}, so whose report and which year it is cannot be told; the sheet was not read. Ask the unit to enter its figures in a fresh template (apply the template again) without editing the hidden key column, and send it again.`,
    },
  };
}

/** A report stamped with a year the plan has no report for (none before its first year, none far ahead). */
export function stampYearOutside(
  file: string,
  sheet: string,
  stamp: { year: number; cell: string },
  plan: Text,
  years: { first: number; last: number },
): Finding {
  const cell = stamp.cell;
  return {
    code: 'TEMPLATE.STAMP_YEAR',
    severity: 'error',
    file,
    sheet,
    cell,
    value: String(stamp.year),
    message: {
      vi: `Trang tính ${q(sheet)} của tệp ${q(file)} mang dấu mẫu năm ${stamp.year} (ô ẩn ${cell}), ngoài các năm báo cáo của ${plan.vi} (${years.first}–${years.last}); trang tính này không được đọc. Hãy dùng mẫu báo cáo của đúng năm rồi gửi lại.`,
      en: `Sheet "${sheet}" of "${file}" carries a template stamp of ${stamp.year} (hidden cell ${cell}), outside the report years of ${plan.en} (${years.first}–${years.last}); the sheet was not read. Use the report template of the right year and send it again.`,
    },
  };
}

/** A report read from a hidden (or very hidden: only code can show it) sheet: read and counted, noted. */
export function hiddenReportSheet(
  file: string,
  sheet: string,
  state: Exclude<SheetState, 'visible'>,
): Finding {
  const how =
    state === 'veryHidden'
      ? {
          vi: 'ẩn sâu (chỉ hiện được bằng mã lệnh, không hiện được từ menu của Excel)',
          en: "very hidden (only code can show it, not Excel's menu)",
        }
      : { vi: 'ẩn', en: 'hidden' };
  return {
    code: 'FILE.HIDDEN_REPORT_SHEET',
    severity: 'warning',
    file,
    sheet,
    message: {
      vi: `Báo cáo ở trang tính ${q(sheet)} của tệp ${q(file)} đang bị ${how.vi}; báo cáo này vẫn được đọc và tính. Hãy kiểm tra đây có đúng là báo cáo đơn vị muốn gửi không; nếu không, đề nghị đơn vị xóa trang tính này khỏi tệp rồi gửi lại.`,
      en: `The report in sheet "${sheet}" of "${file}" is ${how.en}; it was read and counted. Check that it is the report the unit meant to send; if not, ask the unit to delete the sheet from the file and send it again.`,
    },
  };
}
