import type { UnitReport } from '../report/report-types';
import type { Unit } from '../settings/settings-types';
import type { Finding } from '../types';

/** Messages about whose report a sheet is (the stamp's unit against the typed unit name). */

const q = (s: string): string => `“${s}”`;
const qe = (s: string): string => `"${s}"`;

/**
 * The typed unit name designates another listed unit than the hidden stamp: the report is not
 * counted for either until a person decides. Used by the one-report check and the consolidation.
 */
export function unitNameMismatch(report: UnitReport, stamped: Unit, named: Unit): Finding {
  const cell = report.unitNameCell;
  // "là “Sở Nội vụ”, tức “Đảng bộ Sở Nội vụ”" only when the typed name is not the listed one.
  const same = report.unitName.trim() === named.name;
  const at = { vi: cell ? ` (ô ${cell})` : '', en: cell ? ` (cell ${cell})` : '' };
  const fix = { vi: cell ? `ô ${cell}` : 'ô tên đơn vị', en: cell ? `cell ${cell}` : 'the unit name cell' };
  return {
    code: 'REPORT.UNIT_MISMATCH',
    severity: 'error',
    sheet: report.source.sheet,
    ...(report.source.file !== undefined ? { file: report.source.file } : {}),
    ...(cell !== undefined ? { cell } : {}),
    unitCode: stamped.code,
    value: report.unitName,
    message: {
      vi: `Tên đơn vị ghi trong báo cáo${at.vi} là ${q(report.unitName)}${same ? '' : `, tức ${q(named.name)}`} (mã ${named.code}), nhưng mẫu báo cáo được lập cho ${q(stamped.name)} (mã ${stamped.code}, ghi trong dấu mẫu ẩn). Không rõ đây là báo cáo của đơn vị nào, nên báo cáo này không được tính cho đơn vị nào. Nếu đây là báo cáo của ${q(named.name)}, hãy đề nghị đơn vị nhập lại vào mẫu của chính mình (áp dụng mẫu cho ${q(named.name)}); nếu là của ${q(stamped.name)}, hãy sửa tên ở ${fix.vi}; rồi kiểm tra hoặc tổng hợp lại.`,
      en: `The unit name typed in the report${at.en} is ${qe(report.unitName)}${same ? '' : `, that is ${qe(named.name)}`} (code ${named.code}), but the template was made for ${qe(stamped.name)} (code ${stamped.code}, in the hidden template stamp). Whose report it is cannot be told, so it is counted for neither unit. If it is the report of ${qe(named.name)}, ask that unit to enter it in its own template (apply the template for ${qe(named.name)}); if it is the report of ${qe(stamped.name)}, correct the name in ${fix.en}; then check or consolidate again.`,
    },
  };
}

/** One report of a group whose typed names disagree: where it is and the name it gives. */
export interface NamedSource {
  file: string;
  sheet?: string;
  cell?: string;
  unitName: string;
}

/**
 * Several reports of one unit and year whose typed unit names disagree: they are not told apart by
 * date (that could drop the real report and keep another unit's), and none is counted.
 */
export function duplicateNamesDisagree(
  unit: Unit,
  year: number,
  self: NamedSource,
  all: readonly NamedSource[],
): Finding {
  const list = (lang: 'vi' | 'en') =>
    all.map((s) => `${placeOf(s, lang)}: ${typedName(s.unitName, lang)}`).join('; ');
  return {
    code: 'REPORT.DUPLICATE_NAMES_DISAGREE',
    severity: 'error',
    file: self.file,
    ...(self.sheet !== undefined ? { sheet: self.sheet } : {}),
    ...(self.cell !== undefined ? { cell: self.cell } : {}),
    unitCode: unit.code,
    value: self.unitName,
    message: {
      vi: `Có ${all.length} báo cáo năm ${year} cùng mang mẫu của ${q(unit.name)} (mã ${unit.code}) nhưng ghi tên đơn vị khác nhau (${list('vi')}). Không chọn theo ngày vì có thể bỏ mất báo cáo thật của đơn vị, nên chưa tính báo cáo nào. Hãy xác định báo cáo nào là của ${q(unit.name)}, đề nghị đơn vị kia nhập lại vào mẫu của chính mình (hoặc sửa tên cho đúng), rồi tổng hợp lại.`,
      en: `${all.length} reports of ${year} carry the template of ${qe(unit.name)} (code ${unit.code}) but give different unit names (${list('en')}). They are not told apart by date, which could drop the unit's real report, so none is counted yet. Find which one is the report of ${qe(unit.name)}, ask the other unit to enter its report in its own template (or correct the name), then consolidate again.`,
    },
  };
}

/** “tệp “a.xlsx”, trang tính “Báo cáo”, ô C10” */
function placeOf(s: NamedSource, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  const quote = vi ? q : qe;
  return [
    `${vi ? 'tệp' : 'file'} ${quote(s.file)}`,
    ...(s.sheet !== undefined ? [`${vi ? 'trang tính' : 'sheet'} ${quote(s.sheet)}`] : []),
    ...(s.cell !== undefined ? [`${vi ? 'ô' : 'cell'} ${s.cell}`] : []),
  ].join(', ');
}

function typedName(name: string, lang: 'vi' | 'en'): string {
  if (name.trim() === '') return lang === 'vi' ? 'để trống' : 'left blank';
  return lang === 'vi' ? q(name) : qe(name);
}
