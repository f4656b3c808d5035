import { ITEM_VERDICT_WORDS, NOT_REPORTED_WORDS, SOURCE_VERDICT_WORDS } from '../messages/vocabulary';
import { ASSUMED_WORD } from '../messages/messages';
import type { MilestoneRow } from '../milestones/milestone-types';
import type { Plan } from '../plan/plan-types';
import { formatDate } from '../text';
import type { Finding, IsoDate, Lang, Text } from '../types';
import type { ItemVerdict } from '../validate/validate-types';
import type { SourceVerdict } from './consolidate-types';
import type { KeepRule } from './duplicates';

/** The words of a source's verdict. */
export const SOURCE_VERDICT_LABELS = SOURCE_VERDICT_WORDS;

/** Verdicts whose report is consolidated for its year. */
export const COUNTED_VERDICTS: readonly SourceVerdict[] = [
  'accepted',
  'accepted-with-findings',
  'old-template',
];

export const isCounted = (v: SourceVerdict): boolean => COUNTED_VERDICTS.includes(v);

/**
 * The words of an item's verdict in the consolidated table. They are also what its COUNTIF
 * totals count, so each must be distinct and none may be a prefix pattern of another.
 */
export const ITEM_VERDICT_LABELS: Record<ItemVerdict, Text> = {
  ...ITEM_VERDICT_WORDS,
  // An item that does not apply, or has no target, is a dash in the table, not a word to count.
  'not-applicable': { vi: '—', en: '—' },
  'no-target': { vi: '—', en: '—' },
};

/** A unit that sent no accepted report. */
export const NOT_REPORTED_LABEL = NOT_REPORTED_WORDS;

// ---- Reasons: one sentence per verdict, saying what happened and what to do ----------------

const both = (f: (lang: Lang) => string): Text => ({ vi: f('vi'), en: f('en') });
const q = (s: string, lang: Lang): string => (lang === 'vi' ? `“${s}”` : `"${s}"`);

/** “tệp “a.xlsx”, trang tính “Báo cáo 2024”” */
export function sourcePlace(file: string, sheet: string | undefined, lang: Lang): string {
  const f = lang === 'vi' ? `tệp ${q(file, lang)}` : `file ${q(file, lang)}`;
  if (sheet === undefined) return f;
  return lang === 'vi' ? `${f}, trang tính ${q(sheet, lang)}` : `${f}, sheet ${q(sheet, lang)}`;
}

export interface AcceptedReasonInput {
  unitName: string;
  writtenName: string;
  year: number;
  via: 'code' | 'name' | 'alias' | 'merged';
  errors: number;
  warnings: number;
  oldVersion?: number;
  otherYear?: number;
  /** A report of the year dated after its deadline. */
  late?: { due: IsoDate; reportDate: IsoDate; daysLate: number; dueAssumed?: true };
  /** An other-year report that looks like this year's on the wrong template (wrongTemplateNote). */
  wrongTemplate?: Text;
  duplicates: { file: string; sheet?: string }[];
}

/** "báo cáo dùng mẫu năm 2024, lập ngày 10/12/2025: có thể đơn vị dùng nhầm mẫu" */
export function wrongTemplateNote(templateYear: number, reportDate: IsoDate): Text {
  return {
    vi: `báo cáo dùng mẫu năm ${templateYear}, lập ngày ${formatDate(reportDate, 'vi')}: có thể đơn vị dùng nhầm mẫu`,
    en: `the report uses the ${templateYear} template but is dated ${formatDate(reportDate, 'en')}: the unit may have used the wrong template`,
  };
}

/**
 * "hạn 15/12/2025", or "hạn giả định 15/12/2025" when the deadline is a setting's assumed
 * default: a date the plan does not state is never printed as the plan's.
 */
export function deadlineWords(due: IsoDate, assumed: boolean, lang: Lang): string {
  const date = formatDate(due, lang);
  if (lang === 'vi') return assumed ? `hạn ${ASSUMED_WORD.vi} ${date}` : `hạn ${date}`;
  return assumed ? `${ASSUMED_WORD.en} deadline ${date}` : `deadline ${date}`;
}

/**
 * A milestone row's deadline in words, "hạn giả định 31/12/2022" when the plan does not state it
 * (the CLI, the Kiểm tra panel and the summary print milestones alike).
 */
export function milestoneDeadline(plan: Plan, row: MilestoneRow, lang: Lang): string {
  const assumed = plan.milestones.find((m) => m.id === row.milestoneId)?.assumed !== undefined;
  return deadlineWords(row.due, assumed, lang);
}

/** The annex's remark on a row whose figures come from a merged unit's report. */
export function mergedSourceNote(writtenName: string, lang: Lang): string {
  return lang === 'vi'
    ? `Số liệu từ báo cáo của ${writtenName} (đã sáp nhập)`
    : `Figures from the report of ${writtenName} (merged)`;
}

/** "nộp muộn 5 ngày (hạn giả định 15/12/2025, ngày báo cáo 20/12/2025)" */
export function lateNote(
  late: { due: IsoDate; reportDate: IsoDate; daysLate: number; dueAssumed?: true },
  lang: Lang,
): string {
  const deadline = deadlineWords(late.due, late.dueAssumed === true, lang);
  return lang === 'vi'
    ? `nộp muộn ${late.daysLate} ngày (${deadline}, ngày báo cáo ${formatDate(late.reportDate, lang)})`
    : `${late.daysLate} day(s) late (${deadline}, report dated ${formatDate(late.reportDate, lang)})`;
}

/**
 * The first sentence of a report accepted as it is: the "Nguồn" sheet leaves it out beside the
 * verdict and the unit, which say the same, and prints the rest of the reason.
 */
export function acceptedOpening(year: number, unitName: string, lang: Lang): string {
  return lang === 'vi'
    ? `Đã nhận báo cáo năm ${year} của ${q(unitName, lang)}.`
    : `The ${year} report of ${q(unitName, lang)} was accepted.`;
}

/** The reason of a report that counts (for the chosen year, or for the trend). */
export function acceptedReason(r: AcceptedReasonInput): Text {
  return both((lang) => {
    const vi = lang === 'vi';
    const parts: string[] = [];
    if (r.otherYear !== undefined)
      parts.push(
        vi
          ? `Báo cáo năm ${r.otherYear} của ${q(r.unitName, lang)}, không phải năm tổng hợp ${r.year}: không tính vào biểu tổng hợp, chỉ dùng cho xu hướng.`
          : `The ${r.otherYear} report of ${q(r.unitName, lang)}, not of ${r.year}, the year consolidated: left out of the table, used for the trend only.`,
      );
    else if (r.via === 'merged')
      // Whose report it is comes first: a merged unit's report counted for its successor.
      parts.push(
        vi
          ? `Đã nhận báo cáo năm ${r.year} của ${q(r.writtenName, lang)}, đơn vị đã sáp nhập vào ${q(r.unitName, lang)}: số liệu được tính cho ${q(r.unitName, lang)}.`
          : `The ${r.year} report of ${q(r.writtenName, lang)}, merged into ${q(r.unitName, lang)}, was accepted: its figures count for ${q(r.unitName, lang)}.`,
      );
    else parts.push(acceptedOpening(r.year, r.unitName, lang));
    if (r.wrongTemplate !== undefined)
      parts.push(
        vi
          ? `Lưu ý: ${r.wrongTemplate.vi}; nếu đây là báo cáo năm ${r.year}, đề nghị đơn vị lập lại trên mẫu năm ${r.year}.`
          : `Note: ${r.wrongTemplate.en}; if it is the ${r.year} report, ask the unit to fill in the ${r.year} template.`,
      );
    if (r.late !== undefined)
      parts.push(vi ? `Báo cáo ${lateNote(r.late, lang)}.` : `The report is ${lateNote(r.late, lang)}.`);
    if (r.via === 'alias')
      parts.push(
        vi
          ? `Báo cáo ghi tên cũ ${q(r.writtenName, lang)}; đã tính cho đơn vị này.`
          : `It uses the former name ${q(r.writtenName, lang)}; it counts for this unit.`,
      );
    if (r.via === 'merged' && r.otherYear !== undefined)
      parts.push(
        vi
          ? `Đơn vị ${q(r.writtenName, lang)} đã sáp nhập vào ${q(r.unitName, lang)}; báo cáo được tính cho đơn vị này.`
          : `${q(r.writtenName, lang)} was merged into ${q(r.unitName, lang)}; the report counts for the merged unit.`,
      );
    if (r.oldVersion !== undefined)
      parts.push(
        vi
          ? `Báo cáo dùng mẫu cũ (phiên bản ${r.oldVersion}); số liệu đã được chuyển sang mẫu hiện hành. Đề nghị đơn vị dùng mẫu mới.`
          : `It uses an old template (version ${r.oldVersion}); its figures were mapped to the current template. Ask the unit to use the new template.`,
      );
    if (r.errors > 0 || r.warnings > 0) {
      // Only the counts there are: "Có 0 lỗi" tells a reader nothing.
      const counts = [
        r.errors > 0 ? (vi ? `${r.errors} lỗi` : `${r.errors} error(s)`) : '',
        r.warnings > 0 ? (vi ? `${r.warnings} cảnh báo` : `${r.warnings} warning(s)`) : '',
      ]
        .filter((x) => x !== '')
        .join(vi ? ' và ' : ' and ');
      parts.push(
        vi
          ? `Có ${counts}: xem kết quả kiểm tra và đề nghị đơn vị sửa${r.errors > 0 ? '; giá trị lỗi được tính là chưa đạt' : ''}.`
          : `It has ${counts}: see the findings and ask the unit to correct them${r.errors > 0 ? '; invalid values count as not met' : ''}.`,
      );
    }
    if (r.duplicates.length > 0) {
      const list = r.duplicates.map((d) => sourcePlace(d.file, d.sheet, lang)).join('; ');
      parts.push(
        vi
          ? `Đã bỏ qua ${r.duplicates.length} báo cáo trùng: ${list}.`
          : `${r.duplicates.length} duplicate report(s) left out: ${list}.`,
      );
    }
    return parts.join(' ');
  });
}

export interface DuplicateReasonInput {
  unitName: string;
  year: number;
  kept: { file: string; sheet?: string; reportDate?: IsoDate; modified?: IsoDate };
  self: { reportDate?: IsoDate; modified?: IsoDate };
  rule: KeepRule;
}

/** The reason of a report left out because another one of the same unit and year was kept. */
export function duplicateReason(r: DuplicateReasonInput): Text {
  return both((lang) => {
    const vi = lang === 'vi';
    const date = (d: IsoDate | undefined): string =>
      d ? formatDate(d, lang) : vi ? 'không ghi ngày' : 'no date';
    const why =
      r.rule === 'report-date'
        ? vi
          ? `có ngày báo cáo muộn hơn (${date(r.kept.reportDate)} so với ${date(r.self.reportDate)})`
          : `its report date is later (${date(r.kept.reportDate)} against ${date(r.self.reportDate)})`
        : r.rule === 'modified'
          ? vi
            ? `cùng ngày báo cáo nhưng tệp được sửa sau (${date(r.kept.modified)} so với ${date(r.self.modified)})`
            : `same report date, but its file was modified later (${date(r.kept.modified)} against ${date(r.self.modified)})`
          : vi
            ? 'cùng ngày báo cáo và ngày sửa tệp, nên chọn theo thứ tự tên tệp'
            : 'same report and modification dates, so chosen by file name order';
    const kept = sourcePlace(r.kept.file, r.kept.sheet, lang);
    return vi
      ? `Trùng lặp: ${q(r.unitName, lang)} có báo cáo năm ${r.year} khác (${kept}) được giữ lại vì ${why}. Báo cáo này không được tổng hợp; nếu báo cáo này mới đúng, hãy bỏ tệp kia ra rồi tổng hợp lại.`
      : `Duplicate: ${q(r.unitName, lang)} has another ${r.year} report (${kept}), kept because ${why}. This report is left out; if this one is right, remove the other file and consolidate again.`;
  });
}

/** A report whose unit is not in the unit list of its year. */
export function unknownUnitReason(
  writtenName: string,
  writtenCode: string,
  year: number,
  suggestions: string[],
  inactive?: { name: string; activeFrom?: number; activeTo?: number },
): Text {
  return both((lang) => {
    const vi = lang === 'vi';
    if (inactive) {
      const from = inactive.activeFrom ?? '…';
      const to = inactive.activeTo ?? '…';
      return vi
        ? `Đơn vị ${q(inactive.name, lang)} không hoạt động trong năm ${year} theo danh sách đơn vị (hoạt động ${from}–${to}). Hãy kiểm tra năm của báo cáo, hoặc sửa thời gian hoạt động của đơn vị trong Cài đặt, rồi tổng hợp lại.`
        : `${q(inactive.name, lang)} is not active in ${year} in the unit list (active ${from}–${to}). Check the report's year, or correct the unit's years in Settings, then consolidate again.`;
    }
    const code = writtenCode.trim() !== '' ? (vi ? ` (mã ${writtenCode})` : ` (code ${writtenCode})`) : '';
    const name = writtenName.trim() !== '' ? q(writtenName, lang) : vi ? 'không ghi tên' : 'with no name';
    const maybe =
      suggestions.length > 0
        ? vi
          ? ` Có thể là: ${suggestions.map((s) => q(s, lang)).join('; ')}.`
          : ` Perhaps: ${suggestions.map((s) => q(s, lang)).join('; ')}.`
        : '';
    return vi
      ? `Đơn vị ${name}${code} không có trong danh sách đơn vị năm ${year}.${maybe} Nếu là một đơn vị trong danh sách, hãy thêm tên này vào tên khác của đơn vị đó trong Cài đặt; nếu là đơn vị mới, hãy thêm đơn vị; rồi tổng hợp lại.`
      : `Unit ${name}${code} is not in the unit list of ${year}.${maybe} If it is a unit of the list, add this name to that unit's other names in Settings; if it is a new unit, add it; then consolidate again.`;
  });
}

/** A source that could not be used at all; the reading finding says why and what to do. */
export function rejectedReason(first: Finding | undefined): Text {
  return both((lang) => {
    const prefix = lang === 'vi' ? 'Bị từ chối: ' : 'Rejected: ';
    const why =
      first?.message[lang] ??
      (lang === 'vi'
        ? 'không đọc được trang này như một báo cáo.'
        : 'this sheet could not be read as a report.');
    return prefix + why;
  });
}
