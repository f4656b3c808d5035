import { noReportSheet, ownOutput } from '../core/messages/intake-messages';
import type { Finding, Lang, Severity, Text } from '../core/types';
import { formatNumber } from '../core/text/format';

/**
 * The message catalogue of file-level findings (FILE.*): what is wrong with the file, where, and
 * what the person should do, Vietnamese first. Every code the file layer can produce is listed
 * in FILE_CODES, and a test checks that each one has a full message in both languages.
 */

export const FILE_CODES = [
  'FILE.EMPTY',
  'FILE.TOO_LARGE',
  'FILE.ENCRYPTED',
  'FILE.LEGACY_XLS',
  'FILE.TRUNCATED_ZIP',
  'FILE.DAMAGED',
  'FILE.CSV',
  'FILE.HTML',
  'FILE.NOT_XLSX',
  'FILE.ODS',
  'FILE.NOT_WORKBOOK',
  'FILE.TOO_MANY_ENTRIES',
  'FILE.ZIP_BOMB',
  'FILE.MACROS',
  'FILE.EXTERNAL_LINKS',
  'FILE.TOO_MANY_SHEETS',
  'FILE.TOO_MANY_CELLS',
  'FILE.TOO_COMPLEX',
  'FILE.TIMEOUT',
  'FILE.UNREADABLE',
  'FILE.NO_REPORT_SHEET',
  'FILE.OWN_OUTPUT',
] as const;

export type FileCode = (typeof FILE_CODES)[number];

/**
 * Only macros and external links let the file be read on; every other FILE.* code stops it.
 * FILE.OWN_OUTPUT stops it too, as a note: nothing is wrong, the file is simply not a report.
 */
const SEVERITY: Record<FileCode, Severity> = {
  'FILE.EMPTY': 'error',
  'FILE.TOO_LARGE': 'error',
  'FILE.ENCRYPTED': 'error',
  'FILE.LEGACY_XLS': 'error',
  'FILE.TRUNCATED_ZIP': 'error',
  'FILE.DAMAGED': 'error',
  'FILE.CSV': 'error',
  'FILE.HTML': 'error',
  'FILE.NOT_XLSX': 'error',
  'FILE.ODS': 'error',
  'FILE.NOT_WORKBOOK': 'error',
  'FILE.TOO_MANY_ENTRIES': 'error',
  'FILE.ZIP_BOMB': 'error',
  'FILE.MACROS': 'info',
  'FILE.EXTERNAL_LINKS': 'warning',
  'FILE.TOO_MANY_SHEETS': 'error',
  'FILE.TOO_MANY_CELLS': 'error',
  'FILE.TOO_COMPLEX': 'error',
  'FILE.TIMEOUT': 'error',
  'FILE.UNREADABLE': 'error',
  'FILE.NO_REPORT_SHEET': 'error',
  // Our own consolidation (workbook or JSON) among the reports: skipped, nothing to fix.
  'FILE.OWN_OUTPUT': 'info',
};

/** Facts a message may cite; each message uses the ones that apply to it. */
export interface FileDetail {
  /** A size in bytes (the file's, or what a part inflates to). */
  bytes?: number;
  /** The limit that was passed (bytes, entries, sheets, cells or milliseconds, by code). */
  limit?: number;
  /** How many entries, sheets or cells were found. */
  count?: number;
  /** Sheet names the workbook has (FILE.NO_REPORT_SHEET). */
  sheets?: string[];
  /** The sheet, cell or zip part concerned. */
  sheet?: string;
  cell?: string;
  part?: string;
  /** The size a zip part declares, when it inflates past it. */
  declared?: number;
  /** What the file looks like instead ("PDF", "Word (.docx)", "XML Spreadsheet 2003"). */
  format?: string;
  /** A short technical reason, in English, from a library or a check ("CRC mismatch"). */
  reason?: string;
  /** FILE.TOO_COMPLEX: which structure passed its bound. */
  structure?: 'names' | 'styles' | 'sharedStrings' | 'text' | 'memory' | 'work';
}

/** What each bounded structure is called, and what a person deletes to bring it back in bounds. */
const STRUCTURES: Record<
  NonNullable<FileDetail['structure']>,
  { vi: string; en: string; fixVi: string; fixEn: string }
> = {
  names: {
    vi: 'tên được đặt (defined names)',
    en: 'defined names',
    fixVi: 'xóa các tên thừa (Công thức > Trình quản lý Tên)',
    fixEn: 'delete the surplus names (Formulas > Name Manager)',
  },
  styles: {
    vi: 'kiểu định dạng ô',
    en: 'cell formats',
    fixVi: 'xóa định dạng thừa (Trang đầu > Xóa > Xóa định dạng trên vùng thừa)',
    fixEn: 'clear the surplus formatting (Home > Clear > Clear Formats on the surplus area)',
  },
  sharedStrings: {
    vi: 'chuỗi văn bản dùng chung',
    en: 'shared text strings',
    fixVi: 'xóa các ô văn bản thừa',
    fixEn: 'delete the surplus text cells',
  },
  text: {
    vi: 'ký tự văn bản',
    en: 'characters of text',
    fixVi: 'xóa các đoạn văn bản quá dài hoặc thừa',
    fixEn: 'delete the overlong or surplus text',
  },
  memory: {
    vi: 'byte bộ nhớ cần để đọc (ước tính)',
    en: 'bytes of memory needed to read it (estimated)',
    fixVi: 'xóa các ô ở xa vùng báo cáo (thường ở cột hoặc hàng rất xa) và nội dung thừa',
    fixEn: 'delete cells far from the report (often in very distant columns or rows) and surplus content',
  },
  work: {
    vi: 'bước xử lý',
    en: 'processing steps',
    fixVi: 'xóa các vùng ô gộp, hàng và định dạng thừa',
    fixEn: 'delete the surplus merged areas, rows and formatting',
  },
};

/** "25,3 MB" / "25.3 MB"; binary units, as file managers on Windows show them. */
export function formatBytes(n: number, lang: Lang): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (n >= size) return `${formatNumber(n / size, lang, { maxDecimals: 1 })} ${unit}`;
  }
  return `${formatNumber(n, lang, { maxDecimals: 0 })} byte`;
}

const count = (n: number | undefined, lang: Lang): string => formatNumber(n ?? 0, lang, { maxDecimals: 0 });
const quoted = (s: string): string => `“${s}”`;

/** The one message builder: the file name is always named, the rest comes from `d`. */
function message(code: FileCode, file: string, d: FileDetail): Text {
  const f = quoted(file);
  const reasonVi = d.reason ? ` (chi tiết kỹ thuật: ${d.reason})` : '';
  const reasonEn = d.reason ? ` (technical detail: ${d.reason})` : '';
  // Where inside the file: the sheet and cell when known (what a person can find), else the zip part.
  const where = (lang: Lang): string => {
    if (d.sheet !== undefined) {
      const cell = d.cell ? (lang === 'vi' ? `, ô ${d.cell}` : `, cell ${d.cell}`) : '';
      return (lang === 'vi' ? `, trang tính ${quoted(d.sheet)}` : `, sheet ${quoted(d.sheet)}`) + cell;
    }
    return d.part ? (lang === 'vi' ? `, thành phần ${quoted(d.part)}` : `, part ${quoted(d.part)}`) : '';
  };
  switch (code) {
    case 'FILE.EMPTY':
      return {
        vi: `Tệp ${f} trống (0 byte): không có gì để đọc. Hãy kiểm tra tệp đã được lưu đầy đủ chưa và gửi lại.`,
        en: `The file ${f} is empty (0 bytes): there is nothing to read. Check that it was saved completely and send it again.`,
      };
    case 'FILE.TOO_LARGE':
      return {
        vi: `Tệp ${f} có dung lượng ${formatBytes(d.bytes ?? 0, 'vi')}, vượt giới hạn ${formatBytes(d.limit ?? 0, 'vi')} cho một tệp báo cáo nên không được đọc. Hãy xóa các trang tính, hình ảnh không cần thiết trong Excel rồi lưu lại, hoặc tăng giới hạn trong Cài đặt.`,
        en: `The file ${f} is ${formatBytes(d.bytes ?? 0, 'en')}, over the ${formatBytes(d.limit ?? 0, 'en')} limit for a report file, so it was not read. Delete unneeded sheets and pictures in Excel and save it again, or raise the limit in Settings.`,
      };
    case 'FILE.ENCRYPTED':
      return {
        vi: `Tệp ${f} được đặt mật khẩu nên không đọc được. Hãy mở bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu) và lưu lại.`,
        en: `The file ${f} is password-protected, so it cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear the password) and save it again.`,
      };
    case 'FILE.LEGACY_XLS':
      return {
        vi: `Tệp ${f} ở định dạng cũ ${d.format ?? 'Excel 97-2003 (.xls)'}, không đọc được. Hãy mở bằng Excel, chọn Tệp > Lưu thành, chọn kiểu “Sổ làm việc Excel (*.xlsx)” và gửi lại tệp .xlsx.`,
        en: `The file ${f} is in the old ${d.format ?? 'Excel 97-2003 (.xls)'} format, which cannot be read. Open it in Excel, choose File > Save As, pick “Excel Workbook (*.xlsx)” and send the .xlsx file.`,
      };
    case 'FILE.TRUNCATED_ZIP':
      return {
        vi: `Tệp ${f} bị cắt cụt (thiếu phần cuối, thường do tải xuống hoặc sao chép chưa xong) nên không đọc được${reasonVi}. Hãy tải lại tệp hoặc đề nghị đơn vị gửi lại.`,
        en: `The file ${f} is cut short (its end is missing, usually from an unfinished download or copy), so it cannot be read${reasonEn}. Download it again or ask the unit to send it again.`,
      };
    case 'FILE.DAMAGED':
      return {
        vi: `Tệp ${f} bị hỏng${where('vi')} nên không đọc được${reasonVi}. Hãy mở tệp bằng Excel (Excel sẽ đề nghị sửa tệp), lưu lại rồi gửi lại.`,
        en: `The file ${f} is damaged${where('en')}, so it cannot be read${reasonEn}. Open it in Excel (Excel will offer to repair it), save it and send it again.`,
      };
    case 'FILE.CSV':
      return {
        vi: `Tệp ${f} là tệp văn bản CSV, không phải sổ làm việc Excel: CSV không giữ được mẫu báo cáo (mã đơn vị, khóa ẩn, định dạng). Hãy nhập số liệu vào mẫu báo cáo và lưu dạng .xlsx.`,
        en: `The file ${f} is a CSV text file, not an Excel workbook: CSV cannot keep the report template (unit code, hidden keys, formats). Enter the figures in the report template and save it as .xlsx.`,
      };
    case 'FILE.HTML':
      return {
        vi: `Tệp ${f} là trang web (HTML) mang đuôi của Excel, không phải sổ làm việc Excel. Hãy mở bằng Excel, chọn Tệp > Lưu thành > “Sổ làm việc Excel (*.xlsx)” và gửi lại.`,
        en: `The file ${f} is a web page (HTML) with an Excel file name, not an Excel workbook. Open it in Excel, choose File > Save As > “Excel Workbook (*.xlsx)” and send it again.`,
      };
    case 'FILE.NOT_XLSX':
      return {
        vi: `Tệp ${f} không phải tệp Excel (.xlsx)${d.format ? `; có vẻ là tệp ${d.format}` : ''}. Hãy chọn đúng tệp báo cáo .xlsx.`,
        en: `The file ${f} is not an Excel (.xlsx) file${d.format ? `; it looks like a ${d.format} file` : ''}. Choose the .xlsx report file.`,
      };
    case 'FILE.ODS':
      return {
        vi: `Tệp ${f} ở định dạng OpenDocument (.ods) của LibreOffice/OpenOffice. Hãy mở tệp, chọn Lưu thành (Save As), chọn kiểu “Excel 2007-365 (.xlsx)” và gửi lại.`,
        en: `The file ${f} is an OpenDocument spreadsheet (.ods) from LibreOffice/OpenOffice. Open it, choose Save As, pick “Excel 2007-365 (.xlsx)” and send it again.`,
      };
    case 'FILE.NOT_WORKBOOK':
      return {
        vi: `Tệp ${f} là tệp nén nhưng không phải sổ làm việc Excel${d.format ? ` (có vẻ là ${d.format})` : ''}. Hãy chọn đúng tệp báo cáo .xlsx; nếu là tệp .zip chứa báo cáo, hãy giải nén trước.`,
        en: `The file ${f} is a compressed file but not an Excel workbook${d.format ? ` (it looks like ${d.format})` : ''}. Choose the .xlsx report file; if it is a .zip holding reports, extract it first.`,
      };
    case 'FILE.TOO_MANY_ENTRIES':
      return {
        vi: `Tệp ${f} chứa ${count(d.count, 'vi')} thành phần nén, vượt giới hạn ${count(d.limit, 'vi')} (một báo cáo bình thường chỉ có vài chục), nên không được đọc để tránh làm treo máy. Hãy mở bằng Excel, lưu lại và gửi lại.`,
        en: `The file ${f} holds ${count(d.count, 'en')} compressed parts, over the limit of ${count(d.limit, 'en')} (a normal report has a few dozen), so it was not read, to keep the computer responsive. Open it in Excel, save it and send it again.`,
      };
    case 'FILE.ZIP_BOMB': {
      const vi =
        d.declared !== undefined
          ? `giải nén ra nhiều hơn kích thước nó tự khai báo (${formatBytes(d.declared, 'vi')})`
          : `khi giải nén vượt giới hạn ${formatBytes(d.limit ?? 0, 'vi')}${d.bytes ? ` (${formatBytes(d.bytes, 'vi')})` : ''}`;
      const en =
        d.declared !== undefined
          ? `inflates to more than the size it declares (${formatBytes(d.declared, 'en')})`
          : `inflates past the ${formatBytes(d.limit ?? 0, 'en')} limit${d.bytes ? ` (${formatBytes(d.bytes, 'en')})` : ''}`;
      return {
        vi: `Tệp ${f}${where('vi')} ${vi}: đây là dấu hiệu “bom nén”, nên việc đọc đã dừng để bảo vệ máy${reasonVi}. Nếu đây là báo cáo thật, hãy xóa nội dung thừa trong Excel, lưu lại và gửi lại, hoặc tăng giới hạn trong Cài đặt.`,
        en: `The file ${f}${where('en')} ${en}: the mark of a “zip bomb”, so reading stopped to protect the computer${reasonEn}. If it is a real report, delete surplus content in Excel, save it and send it again, or raise the limit in Settings.`,
      };
    }
    case 'FILE.MACROS':
      return {
        vi: `Tệp ${f} có chứa macro (.xlsm). Chỉ giá trị trong các ô được đọc; macro không bao giờ được chạy. Không cần làm gì, nhưng nên lưu báo cáo dạng .xlsx.`,
        en: `The file ${f} contains macros (.xlsm). Only the cell values are read; macros are never run. Nothing to do, though reports are better saved as .xlsx.`,
      };
    case 'FILE.EXTERNAL_LINKS':
      return {
        vi: `Tệp ${f} có liên kết tới sổ làm việc khác: các ô dùng liên kết được đọc theo giá trị lưu lần cuối trong tệp, có thể đã cũ. Hãy mở trong Excel, cập nhật liên kết (Dữ liệu > Sửa liên kết) hoặc chuyển thành giá trị, rồi lưu lại.`,
        en: `The file ${f} links to other workbooks: linked cells are read as last saved in the file, which may be out of date. Open it in Excel, update the links (Data > Edit Links) or turn them into values, and save it again.`,
      };
    case 'FILE.TOO_MANY_SHEETS':
      return {
        vi: `Tệp ${f} có ${count(d.count, 'vi')} trang tính, vượt giới hạn ${count(d.limit, 'vi')}, nên không được đọc. Hãy xóa các trang tính không cần thiết, lưu lại và gửi lại, hoặc tăng giới hạn trong Cài đặt.`,
        en: `The file ${f} has ${count(d.count, 'en')} sheets, over the limit of ${count(d.limit, 'en')}, so it was not read. Delete the sheets that are not needed, save it and send it again, or raise the limit in Settings.`,
      };
    case 'FILE.TOO_MANY_CELLS':
      return {
        vi: `Tệp ${f}${d.sheet ? `, trang tính ${quoted(d.sheet)},` : ''} có ít nhất ${count(d.count, 'vi')} ô (kể cả ô gộp và hàng trống có định dạng), vượt giới hạn ${count(d.limit, 'vi')}, nên không được đọc. Hãy xóa các hàng, cột và ô gộp thừa (thường là định dạng kéo tới cuối trang tính), lưu lại và gửi lại, hoặc tăng giới hạn trong Cài đặt.`,
        en: `The file ${f}${d.sheet ? `, sheet ${quoted(d.sheet)},` : ''} has at least ${count(d.count, 'en')} cells (merged areas and formatted empty rows included), over the limit of ${count(d.limit, 'en')}, so it was not read. Delete surplus rows, columns and merged areas (often formatting dragged to the end of the sheet), save it and send it again, or raise the limit in Settings.`,
      };
    case 'FILE.TOO_COMPLEX': {
      const what = STRUCTURES[d.structure ?? 'work'];
      return {
        vi: `Tệp ${f}${where('vi')} có ít nhất ${count(d.count, 'vi')} ${what.vi}, vượt giới hạn ${count(d.limit, 'vi')} cho một tệp báo cáo (một báo cáo bình thường cần ít hơn nhiều), nên không được đọc để tránh làm treo máy. Hãy mở bằng Excel, ${what.fixVi}, lưu lại và gửi lại.`,
        en: `The file ${f}${where('en')} has at least ${count(d.count, 'en')} ${what.en}, over the limit of ${count(d.limit, 'en')} for a report file (a normal report needs far fewer), so it was not read, to keep the computer responsive. Open it in Excel, ${what.fixEn}, save it and send it again.`,
      };
    }
    case 'FILE.TIMEOUT':
      return {
        vi: `Đọc tệp ${f} mất quá ${formatNumber((d.limit ?? 0) / 1000, 'vi', { maxDecimals: 1 })} giây nên đã dừng. Hãy mở bằng Excel, xóa nội dung thừa, lưu lại và thử lại, hoặc tăng thời gian cho phép trong Cài đặt.`,
        en: `Reading the file ${f} took more than ${formatNumber((d.limit ?? 0) / 1000, 'en', { maxDecimals: 1 })} seconds, so it was stopped. Open it in Excel, delete surplus content, save it and try again, or allow more time in Settings.`,
      };
    case 'FILE.UNREADABLE':
      return {
        vi: `Không đọc được tệp ${f}${reasonVi}. Hãy mở bằng Excel, lưu lại dạng .xlsx và thử lại; nếu vẫn lỗi, hãy gửi tệp cho người quản trị.`,
        en: `The file ${f} could not be read${reasonEn}. Open it in Excel, save it as .xlsx and try again; if it still fails, send the file to the administrator.`,
      };
    case 'FILE.NO_REPORT_SHEET':
      // Only the core's intake can tell a workbook has no report: its message is the core's.
      return noReportSheet(file, d.sheets ?? []).message;
    case 'FILE.OWN_OUTPUT':
      return ownOutput(file, d.format).message;
  }
}

/** A file-level finding: the code's severity, the message, and the file it is about. */
export function fileFinding(code: FileCode, file: string, detail: FileDetail = {}): Finding {
  const finding: Finding = { code, severity: SEVERITY[code], message: message(code, file, detail), file };
  if (detail.sheet !== undefined) finding.sheet = detail.sheet;
  if (detail.cell !== undefined) finding.cell = detail.cell;
  return finding;
}

export function fileSeverity(code: FileCode): Severity {
  return SEVERITY[code];
}
