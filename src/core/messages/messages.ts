import type {
  ConsistencyRule,
  IndicatorState,
  ProvinceIndicator,
  ReportItem,
  TargetRule,
  ValueKind,
} from '../plan/plan-types';
import type { ParsedValue } from '../report/report-types';
import { formatDate, formatNumber, formatPercent } from '../text';
import type { IsoDate, Lang, Text } from '../types';
import { ANSWER_WORDS } from './vocabulary';

/**
 * The core's message catalogue: every sentence a finding carries is written here, Vietnamese
 * first, with numbers and dates formatted by text/format (decimal comma, dd/mm/yyyy). A message
 * says what is wrong, where (cell, sheet, file) and what to do. One function per finding code.
 */

/** Where a finding points; every part is optional. */
export interface Where {
  file?: string;
  sheet?: string;
  cell?: string;
}

/** Builds a Text from one function of the language, so both sentences have the same shape. */
const both = (f: (lang: Lang) => string): Text => ({ vi: f('vi'), en: f('en') });

/** Quotes around names and values; curly in both languages (labels may hold straight quotes). */
const q = (s: string): string => `“${s}”`;

/** " (ô E12, trang tính “Báo cáo”, tệp “dv001.xlsx”)", or '' when nothing is known. */
function at(where: Where, lang: Lang): string {
  const parts: string[] = [];
  if (where.cell) parts.push(lang === 'vi' ? `ô ${where.cell}` : `cell ${where.cell}`);
  if (where.sheet) parts.push(lang === 'vi' ? `trang tính ${q(where.sheet)}` : `sheet ${q(where.sheet)}`);
  if (where.file) parts.push(lang === 'vi' ? `tệp ${q(where.file)}` : `file ${q(where.file)}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

const label = (item: ReportItem, lang: Lang): string => q(item.label[lang]);

const num = (n: number, lang: Lang): string => formatNumber(n, lang, { maxDecimals: 2 });

/** English measure words after the number 1 ("1 person", "1 model"). */
function measureFor(n: number, item: ReportItem, lang: Lang): string {
  const m = item.measure[lang];
  if (lang === 'vi' || n !== 1) return m;
  if (m === 'people') return 'person';
  return m.endsWith('s') ? m.slice(0, -1) : m;
}

const isPercentKind = (kind: ValueKind): boolean => kind === 'percent' || kind === 'ratio';

/** A number with its measure as the item counts it: "90%", "2 người", "hạng 15". */
function amount(n: number, item: ReportItem, lang: Lang): string {
  if (isPercentKind(item.kind)) return formatPercent(n, lang, 2);
  if (item.kind === 'rank') return lang === 'vi' ? `hạng ${num(n, lang)}` : `rank ${num(n, lang)}`;
  return `${num(n, lang)} ${measureFor(n, item, lang)}`;
}

export const YES: Text = ANSWER_WORDS.yes;
export const NO: Text = ANSWER_WORDS.no;
export const NOT_APPLICABLE_WORDS: Text = ANSWER_WORDS.na;

/** The mark of a value the plan does not state (a setting's default), wherever it is shown. */
export const ASSUMED_WORD: Text = { vi: 'giả định', en: 'assumed' };

/** "15/12 (giả định)" when `assumed`, else the text itself. */
export function markAssumed(text: string, assumed: boolean, lang: Lang): string {
  return assumed ? `${text} (${ASSUMED_WORD[lang]})` : text;
}

/**
 * A target in words, from the rule: '>' "trên 90%", '>=' "từ 98% trở lên", '=' "đúng 1 người",
 * 'between' "từ 1 đến 2 người", 'yes' "Có". Undefined when the item has no target.
 */
export function targetText(item: ReportItem): Text | undefined {
  const rule: TargetRule | undefined = item.target;
  if (rule === undefined) return undefined;
  return both((lang) => {
    const vi = lang === 'vi';
    switch (rule.op) {
      case 'yes':
        return YES[lang];
      case '>':
        return vi ? `trên ${amount(rule.value, item, lang)}` : `above ${amount(rule.value, item, lang)}`;
      case '>=':
        // "at least 100%" of a percentage is all of it.
        if (isPercentKind(item.kind) && rule.value === 100) return vi ? 'đạt 100%' : '100%';
        return vi
          ? `từ ${amount(rule.value, item, lang)} trở lên`
          : `at least ${amount(rule.value, item, lang)}`;
      case '<':
        return vi ? `dưới ${amount(rule.value, item, lang)}` : `below ${amount(rule.value, item, lang)}`;
      case '<=':
        return vi
          ? `không quá ${amount(rule.value, item, lang)}`
          : `at most ${amount(rule.value, item, lang)}`;
      case '=':
        return vi ? `đúng ${amount(rule.value, item, lang)}` : `exactly ${amount(rule.value, item, lang)}`;
      case 'between': {
        const min = isPercentKind(item.kind) ? formatPercent(rule.min, lang, 2) : num(rule.min, lang);
        const max = amount(rule.max, item, lang);
        return vi ? `từ ${min} đến ${max}` : `${min} to ${max}`;
      }
    }
  });
}

/** The value an item was compared with, in words: "88,5%", "97/100 (97%)", "2 người", "Không". */
export function measureText(
  item: ReportItem,
  value: { yes: boolean } | { n: number } | { num: number; den: number },
): Text {
  return both((lang) => {
    if ('yes' in value) return (value.yes ? YES : NO)[lang];
    if ('den' in value) {
      const pct = value.den === 0 ? '' : ` (${formatPercent((100 * value.num) / value.den, lang, 2)})`;
      return `${num(value.num, lang)}/${num(value.den, lang)}${pct}`;
    }
    return amount(value.n, item, lang);
  });
}

// ---- VALUE.* ----------------------------------------------------------------------------

/** VALUE.REQUIRED: a required item is blank. */
export function valueRequired(item: ReportItem, where: Where): Text {
  return both((lang) =>
    lang === 'vi'
      ? `Chưa nhập ${label(item, lang)}${at(where, lang)}. Hãy nhập kết quả của đơn vị${where.cell ? ' vào ô này' : ''}.`
      : `${label(item, lang)} is not entered${at(where, lang)}. Enter the unit's result${where.cell ? ' in this cell' : ''}.`,
  );
}

/** VALUE.PART_MISSING: one of the two numbers of a ratio item is blank. */
export function valuePartMissing(item: ReportItem, part: Text, where: Where): Text {
  return both((lang) =>
    lang === 'vi'
      ? `Thiếu ${q(part.vi)} của mục ${label(item, lang)}${at(where, lang)}: cần cả hai số để tính tỷ lệ. Hãy nhập số còn thiếu.`
      : `${q(part.en)} of ${label(item, lang)} is missing${at(where, lang)}: both numbers are needed for the rate. Enter the missing number.`,
  );
}

/** What a kind of item expects, for "enter ..." sentences. */
const EXPECTED: Record<ValueKind, Text> = {
  yesno: { vi: '“Có” hoặc “Không”', en: '"Yes" or "No" ("Có"/"Không")' },
  count: { vi: 'một số nguyên không âm (0, 1, 2...)', en: 'a whole number, 0 or more' },
  percent: {
    vi: 'một tỷ lệ phần trăm từ 0 đến 100 (ví dụ 95,5)',
    en: 'a percentage from 0 to 100 (e.g. 95.5)',
  },
  date: { vi: 'một ngày dạng dd/mm/yyyy', en: 'a date as dd/mm/yyyy' },
  rank: { vi: 'một thứ hạng (số nguyên từ 1 trở lên)', en: 'a rank (a whole number from 1)' },
  ratio: { vi: 'một số nguyên không âm', en: 'a whole number, 0 or more' },
  text: { vi: 'văn bản', en: 'text' },
};

export type KindProblem =
  | 'not-a-number'
  | 'not-a-date'
  | 'not-yes-no'
  | 'error-value'
  | 'formula-no-value'
  | 'legacy-encoding'
  /** A well-formed value of another kind (a date where a number is expected...). */
  | 'wrong-kind';

const KIND_PROBLEM: Record<KindProblem, Text> = {
  'not-a-number': { vi: 'không phải là một số', en: 'is not a number' },
  'not-a-date': { vi: 'không phải là một ngày hợp lệ', en: 'is not a valid date' },
  'not-yes-no': { vi: 'không phải “Có” hoặc “Không”', en: 'is not "Yes" or "No"' },
  'error-value': { vi: 'ô chứa giá trị lỗi của Excel', en: 'the cell holds an Excel error value' },
  'formula-no-value': {
    vi: 'ô có công thức nhưng chưa có kết quả tính (hãy mở tệp trong Excel, tính lại rồi lưu)',
    en: 'the cell holds a formula without a computed result (open the file in Excel, recalculate and save)',
  },
  'legacy-encoding': {
    vi: 'văn bản gõ bằng phông chữ cũ (TCVN3/VNI), không đọc được chắc chắn',
    en: 'the text was typed in a legacy font (TCVN3/VNI) and cannot be read reliably',
  },
  'wrong-kind': { vi: 'không đúng loại dữ liệu của mục này', en: 'is not the kind of value this item takes' },
};

/** VALUE.KIND: the entry cannot be read as the item's kind of value. */
export function valueKind(
  item: ReportItem,
  raw: string,
  problem: KindProblem,
  where: Where,
  expected = item.kind,
): Text {
  return both((lang) =>
    lang === 'vi'
      ? `Giá trị ${q(raw)} của mục ${label(item, lang)}${at(where, lang)} không hợp lệ: ${KIND_PROBLEM[problem].vi}. Hãy nhập ${EXPECTED[expected].vi}.`
      : `The value ${q(raw)} of ${label(item, lang)}${at(where, lang)} is invalid: it ${KIND_PROBLEM[problem].en}. Enter ${EXPECTED[expected].en}.`,
  );
}

export type RangeProblem =
  | { kind: 'percent-range' }
  | { kind: 'not-whole' }
  | { kind: 'negative' }
  | { kind: 'rank-below-1' }
  /** Before the scheme's own date (plan.startDate): nothing can have been done for it yet. */
  | { kind: 'date-before-period'; start: IsoDate }
  | { kind: 'date-after-report'; reportDate: IsoDate }
  | { kind: 'date-after-year'; year: number }
  /** A yearly item's completion date in an earlier year than the report's. */
  | { kind: 'date-before-year'; year: number };

function rangeProblem(p: RangeProblem, lang: Lang): string {
  const vi = lang === 'vi';
  switch (p.kind) {
    case 'percent-range':
      return vi ? 'tỷ lệ phải từ 0 đến 100%' : 'a percentage must be from 0 to 100%';
    case 'not-whole':
      return vi ? 'phải là số nguyên' : 'it must be a whole number';
    case 'negative':
      return vi ? 'không được là số âm' : 'it cannot be negative';
    case 'rank-below-1':
      return vi ? 'thứ hạng phải từ 1 trở lên' : 'a rank must be 1 or more';
    case 'date-before-period':
      return vi
        ? `ngày trước ngày ban hành Đề án (${formatDate(p.start, lang)}), khi chưa có việc gì để thực hiện`
        : `the date is before the scheme was issued (${formatDate(p.start, lang)}), when nothing could be done for it`;
    case 'date-after-report':
      return vi
        ? `ngày sau ngày báo cáo ${formatDate(p.reportDate, lang)}`
        : `the date is after the report date ${formatDate(p.reportDate, lang)}`;
    case 'date-after-year':
      return vi ? `ngày sau năm báo cáo ${p.year}` : `the date is after the reporting year ${p.year}`;
    case 'date-before-year':
      return vi
        ? `mục này báo cáo theo từng năm nhưng ngày hoàn thành trước năm ${p.year}`
        : `this item is reported each year but the date is before ${p.year}`;
  }
}

/** VALUE.RANGE: a well-formed value outside what the item allows. */
export function valueRange(item: ReportItem, raw: string, problem: RangeProblem, where: Where): Text {
  return both((lang) =>
    lang === 'vi'
      ? `Giá trị ${q(raw)} của mục ${label(item, lang)}${at(where, lang)} không hợp lệ: ${rangeProblem(problem, lang)}. Hãy kiểm tra và nhập lại.`
      : `The value ${q(raw)} of ${label(item, lang)}${at(where, lang)} is invalid: ${rangeProblem(problem, lang)}. Check it and enter it again.`,
  );
}

/** VALUE.NA_ON_REQUIRED: "Không áp dụng" on a required item that applies to the unit. */
export function valueNaOnRequired(item: ReportItem, where: Where): Text {
  return both((lang) =>
    lang === 'vi'
      ? `Mục ${label(item, lang)} ghi ${q(NOT_APPLICABLE_WORDS.vi)}${at(where, lang)}, nhưng đây là mục bắt buộc và áp dụng cho đơn vị. Hãy nhập kết quả thực tế.`
      : `${label(item, lang)} says ${q(NOT_APPLICABLE_WORDS.en)}${at(where, lang)}, but it is required and applies to this unit. Enter the actual result.`,
  );
}

// ---- CONSISTENCY.* ----------------------------------------------------------------------

const RATIO_PARTS: Record<'num' | 'den', Text> = {
  num: { vi: 'Tử số', en: 'Numerator' },
  den: { vi: 'Tổng số', en: 'Total' },
};

const ratioPart = (item: ReportItem, part: 'num' | 'den', lang: Lang): string =>
  q((item.ratio?.[part] ?? RATIO_PARTS[part])[lang]);

/** CONSISTENCY.RATIO (error): the part is larger than the whole, so the entry is invalid. */
export function ratioExceeds(item: ReportItem, numerator: number, denominator: number, where: Where): Text {
  return both((lang) =>
    lang === 'vi'
      ? `Ở mục ${label(item, lang)}${at(where, lang)}, ${ratioPart(item, 'num', lang)} (${num(numerator, lang)}) lớn hơn ${ratioPart(item, 'den', lang)} (${num(denominator, lang)}). Phần không thể lớn hơn tổng; hãy kiểm tra lại hai số.`
      : `In ${label(item, lang)}${at(where, lang)}, ${ratioPart(item, 'num', lang)} (${num(numerator, lang)}) is larger than ${ratioPart(item, 'den', lang)} (${num(denominator, lang)}). A part cannot exceed the whole; check both numbers.`,
  );
}

/** CONSISTENCY.RATIO (error): the whole is 0, so there is no rate. */
export function ratioZeroDenominator(item: ReportItem, numerator: number, where: Where): Text {
  return both((lang) => {
    const vi = lang === 'vi';
    if (numerator !== 0)
      return vi
        ? `Ở mục ${label(item, lang)}${at(where, lang)}, ${ratioPart(item, 'den', lang)} bằng 0 nhưng ${ratioPart(item, 'num', lang)} là ${num(numerator, lang)}: không tính được tỷ lệ. Hãy kiểm tra lại tổng số.`
        : `In ${label(item, lang)}${at(where, lang)}, ${ratioPart(item, 'den', lang)} is 0 but ${ratioPart(item, 'num', lang)} is ${num(numerator, lang)}: no rate can be computed. Check the total.`;
    return vi
      ? `Cả hai số của mục ${label(item, lang)} đều bằng 0${at(where, lang)}: không tính được tỷ lệ. Hãy nhập số liệu thực tế; nếu trong năm không phát sinh, ghi rõ ở cột ghi chú.`
      : `Both numbers of ${label(item, lang)} are 0${at(where, lang)}: no rate can be computed. Enter the actual figures; if there were none this year, say so in the note column.`;
  });
}

/** CONSISTENCY.DATE_MISSING: done ("Có", or a count above 0) but no completion date. */
export function dateMissing(item: ReportItem, answer: string, where: Where): Text {
  return both((lang) =>
    lang === 'vi'
      ? `Mục ${label(item, lang)} trả lời ${q(answer)} nhưng chưa có ngày hoàn thành${at(where, lang)}. Hãy nhập ngày hoàn thành (dd/mm/yyyy).`
      : `${label(item, lang)} is answered ${q(answer)} but has no completion date${at(where, lang)}. Enter the date it was done (dd/mm/yyyy).`,
  );
}

/** CONSISTENCY.DATE_WITHOUT_YES: a completion date next to "Không" (or 0). */
export function dateWithoutYes(item: ReportItem, answer: string, date: string, where: Where): Text {
  return both((lang) =>
    lang === 'vi'
      ? `Mục ${label(item, lang)} có ngày hoàn thành ${date} nhưng trả lời ${q(answer)}${at(where, lang)}. Hãy kiểm tra lại câu trả lời, hoặc xóa ngày nếu chưa hoàn thành.`
      : `${label(item, lang)} has a completion date ${date} but is answered ${q(answer)}${at(where, lang)}. Check the answer, or clear the date if it is not done.`,
  );
}

/** CONSISTENCY.SUM_EXCEEDS: the parts of a plan's sum rule add up to more than their whole. */
export function sumExceeds(
  rule: ConsistencyRule,
  sum: number,
  maxItem: ReportItem,
  max: number,
  where: Where,
): Text {
  return both((lang) =>
    lang === 'vi'
      ? `${rule.label.vi} (${num(sum, lang)}) lớn hơn ${label(maxItem, lang)} (${num(max, lang)})${at(where, lang)}. Hãy kiểm tra lại các số liệu này.`
      : `${rule.label.en} (${num(sum, lang)}) is larger than ${label(maxItem, lang)} (${num(max, lang)})${at(where, lang)}. Check these figures.`,
  );
}

// ---- TARGET.* ---------------------------------------------------------------------------

/** TARGET.NOT_MET: "“Mức độ hài lòng ...”: 88,5%, chưa đạt chỉ tiêu (trên 90%)". */
export function targetNotMet(item: ReportItem, value: Text, target: Text, where: Where): Text {
  return both((lang) =>
    lang === 'vi'
      ? `${label(item, lang)}: ${value.vi}, chưa đạt chỉ tiêu (${target.vi})${at(where, lang)}. Hãy kiểm tra lại số liệu; nếu đúng, nêu nguyên nhân và giải pháp ở cột ghi chú.`
      : `${label(item, lang)}: ${value.en}, does not meet the target (${target.en})${at(where, lang)}. Check the figure; if it is right, give the reason and the remedy in the note column.`,
  );
}

const APPLICABILITY_REASON: Record<string, Text> = {
  'handles-tthc': {
    vi: 'đơn vị không giải quyết thủ tục hành chính',
    en: 'the unit does not handle administrative procedures',
  },
};

/** TARGET.NOT_APPLICABLE_ENTERED (info): a value on an item that does not apply to the unit. */
export function notApplicableEntered(item: ReportItem, raw: string, where: Where): Text {
  const reason = APPLICABILITY_REASON[item.applicability] ?? {
    vi: 'theo danh sách đơn vị',
    en: 'according to the unit list',
  };
  return both((lang) =>
    lang === 'vi'
      ? `Mục ${label(item, lang)} không áp dụng cho đơn vị (${reason.vi}) nhưng có nhập ${q(raw)}${at(where, lang)}; giá trị này không được tính. Nếu thông tin đơn vị đã thay đổi, hãy cập nhật danh sách đơn vị trong Cài đặt.`
      : `${label(item, lang)} does not apply to the unit (${reason.en}) but ${q(raw)} was entered${at(where, lang)}; it is not counted. If the unit has changed, update the unit list in Settings.`,
  );
}

// ---- REPORT.* ---------------------------------------------------------------------------

/** REPORT.DATE_MISSING. */
export function reportDateMissing(where: Where): Text {
  return both((lang) =>
    lang === 'vi'
      ? `Báo cáo chưa ghi ngày báo cáo${at(where, lang)}. Hãy nhập ngày báo cáo (dd/mm/yyyy) để tính hạn nộp.`
      : `The report has no report date${at(where, lang)}. Enter the report date (dd/mm/yyyy) so the deadline can be checked.`,
  );
}

/** REPORT.DATE_FUTURE: the report is dated after the as-of date. */
/** REPORT.DATE_RANGE: the report date is before the scheme's own date. */
export function reportDateBeforeStart(date: IsoDate, start: IsoDate, where: Where): Text {
  return both((lang) =>
    lang === 'vi'
      ? `Ngày báo cáo ${formatDate(date, lang)}${at(where, lang)} trước ngày ban hành Đề án (${formatDate(start, lang)}), nên không thể đúng. Hãy nhập lại ngày báo cáo.`
      : `The report date ${formatDate(date, lang)}${at(where, lang)} is before the scheme was issued (${formatDate(start, lang)}), so it cannot be right. Enter the report date again.`,
  );
}

export function reportDateFuture(date: IsoDate, asOf: IsoDate, where: Where): Text {
  return both((lang) =>
    lang === 'vi'
      ? `Ngày báo cáo ${formatDate(date, lang)} sau ngày tính ${formatDate(asOf, lang)}${at(where, lang)}. Hãy kiểm tra lại ngày báo cáo.`
      : `The report date ${formatDate(date, lang)} is after the as-of date ${formatDate(asOf, lang)}${at(where, lang)}. Check the report date.`,
  );
}

// ---- Province indicators ----------------------------------------------------------------

/** An indicator's target in words: "tốp 15 đến năm 2025", "tăng ít nhất 1 bậc mỗi năm". */
export function indicatorTargetText(indicator: ProvinceIndicator): Text {
  const rule = indicator.rule;
  return rule.kind === 'top'
    ? {
        vi: `tốp ${rule.rank} cả nước đến năm ${rule.byYear}`,
        en: `top ${rule.rank} nationally by ${rule.byYear}`,
      }
    : { vi: `tăng ít nhất ${rule.places} bậc mỗi năm`, en: `up at least ${rule.places} place(s) a year` };
}

/** The sentence of a province indicator's status in a year. */
export function indicatorMessage(
  indicator: ProvinceIndicator,
  year: number,
  status: IndicatorState,
  rank?: number,
  previousRank?: number,
): Text {
  return both((lang) => {
    const vi = lang === 'vi';
    const name = indicator.label[lang];
    const rule = indicator.rule;
    const goal = `${vi ? 'chỉ tiêu' : 'target'}: ${indicatorTargetText(indicator)[lang]}`;
    if (rule.kind === 'top') {
      switch (status) {
        case 'met':
          return vi
            ? `${name} năm ${year}: hạng ${rank}, trong tốp ${rule.rank}; đạt (${goal}).`
            : `${name} ${year}: rank ${rank}, in the top ${rule.rank}; met (${goal}).`;
        case 'not-met':
          return vi
            ? `${name} năm ${year}: hạng ${rank}, ngoài tốp ${rule.rank}; chưa đạt (${goal}).`
            : `${name} ${year}: rank ${rank}, outside the top ${rule.rank}; not met (${goal}).`;
        case 'on-track':
          return vi
            ? `${name} năm ${year}: hạng ${rank}, đã trong tốp ${rule.rank} (${goal}).`
            : `${name} ${year}: rank ${rank}, already in the top ${rule.rank} (${goal}).`;
        case 'not-yet':
          return vi
            ? `${name} năm ${year}: hạng ${rank}, chưa vào tốp ${rule.rank} (${goal}).`
            : `${name} ${year}: rank ${rank}, not yet in the top ${rule.rank} (${goal}).`;
        case 'no-data':
          return vi
            ? `${name}: chưa có thứ hạng năm ${year}. Hãy nhập thứ hạng vào mục “Xếp hạng các chỉ số của tỉnh” của trang tính số liệu.`
            : `${name}: no rank for ${year} yet. Enter it under "The province's index ranks" on the data sheet.`;
      }
    }

    if (status === 'no-data' || rank === undefined || previousRank === undefined)
      return vi
        ? `${name}: cần thứ hạng năm ${year} và năm ${year - 1} để so sánh. Hãy nhập thứ hạng còn thiếu.`
        : `${name}: the ranks of ${year} and ${year - 1} are both needed to compare. Enter the missing rank.`;
    const up = previousRank - rank;
    const change =
      up > 0
        ? vi
          ? `tăng ${up} bậc`
          : `up ${up} place(s)`
        : up < 0
          ? vi
            ? `giảm ${-up} bậc`
            : `down ${-up} place(s)`
          : vi
            ? 'không đổi'
            : 'unchanged';
    const verdict = status === 'met' ? (vi ? 'đạt' : 'met') : vi ? 'chưa đạt' : 'not met';
    return vi
      ? `${name} năm ${year}: hạng ${rank}, ${change} so với năm ${year - 1} (hạng ${previousRank}); ${verdict} (${goal}).`
      : `${name} ${year}: rank ${rank}, ${change} on ${year - 1} (rank ${previousRank}); ${verdict} (${goal}).`;
  });
}

/**
 * How to write a value so that the template's own formulas read it as the core does:
 * choose it from the yes/no list, type the words, retype a number or a date as one, change a
 * %-formatted cell to a plain number, or clear a cell holding only invisible characters.
 */
export type NormaliseFix = 'choose' | 'type' | 'number' | 'percent-cell' | 'date' | 'clear';

/** The reading in words: “Có”, “95,5”, “15/03/2025”, or "blank". */
function readingWords(read: ParsedValue, lang: Lang): string {
  switch (read.kind) {
    case 'blank':
      return lang === 'vi' ? 'ô trống' : 'blank';
    case 'not-applicable':
      return q(NOT_APPLICABLE_WORDS[lang]);
    case 'yes':
      return q(YES[lang]);
    case 'no':
      return q(NO[lang]);
    case 'number':
      return q(formatNumber(read.n, lang, { maxDecimals: 6 }));
    case 'date':
      return q(formatDate(read.iso, lang));
    case 'text':
      return q(read.s);
    case 'invalid':
      return q(read.raw);
  }
}

const NORMALISE_FIX: Record<NormaliseFix, (reading: string) => Text> = {
  choose: (r) => ({ vi: `chọn ${r} trong danh sách`, en: `choose ${r} from the list` }),
  type: (r) => ({ vi: `gõ đúng ${r}`, en: `type ${r} exactly` }),
  number: (r) => ({ vi: `gõ lại ${r} thành số (không phải chữ)`, en: `retype ${r} as a number (not text)` }),
  'percent-cell': (r) => ({
    vi: `đổi định dạng ô sang Number (không phải %) rồi gõ ${r}`,
    en: `format the cell as Number (not %) and type ${r}`,
  }),
  date: (r) => ({
    vi: `nhập lại ${r} thành ngày, dạng dd/mm/yyyy`,
    en: `re-enter ${r} as a date, dd/mm/yyyy`,
  }),
  clear: () => ({ vi: 'xóa nội dung ô', en: 'clear the cell' }),
};

/**
 * VALUE.NORMALISED: the core reads a cell in a way the template's own formulas cannot
 * ("x" as “Có”, 0.955 in a %-formatted cell as 95,5, the text “15/03/2025” as a date), so the
 * sheet's Đánh giá or Tình trạng column may differ from the check (docs/template-format.md).
 */
export function valueNormalised(raw: string, read: ParsedValue, fix: NormaliseFix, where: Where): Text {
  return both((lang) => {
    const reading = readingWords(read, lang);
    const todo = NORMALISE_FIX[fix](reading)[lang];
    return lang === 'vi'
      ? `Giá trị ${q(raw)}${at(where, lang)} được hiểu là ${reading}, nhưng công thức của trang tính không đọc được cách ghi này nên cột Đánh giá, Tình trạng trên trang tính có thể khác kết quả kiểm tra. Hãy ${todo}.`
      : `The value ${q(raw)}${at(where, lang)} is read as ${reading}, but the sheet's own formulas cannot read it written this way, so the sheet's Assessment and Status columns may differ from this check. Please ${todo}.`;
  });
}
