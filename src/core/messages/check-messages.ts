import type { UnitReport } from '../report/report-types';
import type { Unit } from '../settings/settings-types';
import type { Finding } from '../types';

/** Messages of the one-report check (core/check). */

const q = (s: string): string => `“${s}”`;

/**
 * The report's unit is not in the unit list (or not active in the report's year): its milestones
 * cannot be computed and a consolidation would not count it. Said the same way in the CLI and
 * the task pane.
 */
export function unitNotInList(
  report: UnitReport,
  year: number,
  suggestions: readonly string[],
  inactive?: Unit,
): Finding {
  const name = report.unitName || report.stamp.unitCode;
  const code = report.stamp.unitCode;
  const close = (lang: 'vi' | 'en') =>
    suggestions.length === 0
      ? ''
      : lang === 'vi'
        ? `; gần giống: ${suggestions.join('; ')}`
        : `; close names: ${suggestions.join('; ')}`;
  const what = inactive
    ? {
        vi: `Đơn vị ${q(name)} (mã ${code || 'không có'}) không còn hoạt động trong năm ${year} theo danh sách đơn vị`,
        en: `Unit ${q(name)} (code ${code || 'none'}) is not active in ${year} according to the unit list`,
      }
    : {
        vi: `Đơn vị ${q(name)} (mã ${code || 'không có'}) không có trong danh sách đơn vị${close('vi')}`,
        en: `Unit ${q(name)} (code ${code || 'none'}) is not in the unit list${close('en')}`,
      };
  return {
    code: 'CHECK.UNIT_UNKNOWN',
    severity: 'warning',
    sheet: report.source.sheet,
    ...(report.source.file !== undefined ? { file: report.source.file } : {}),
    unitCode: code,
    message: {
      vi: `${what.vi}, nên các mốc thời gian của đơn vị không được tính và khi tổng hợp báo cáo này sẽ không được tính. Hãy kiểm tra tên và mã đơn vị trên trang báo cáo, hoặc cập nhật danh sách đơn vị (thẻ Cài đặt, hoặc tệp cài đặt --config).`,
      en: `${what.en}, so its milestones are not computed and a consolidation would not count this report. Check the unit's name and code on the report sheet, or update the unit list (the Settings tab, or the --config settings file).`,
    },
  };
}
