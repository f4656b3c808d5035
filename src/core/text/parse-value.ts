import type { Lang } from '../types';
import type { ValueKind } from '../plan/plan-types';
import type { ParsedValue, RawCell } from '../report/report-types';
import { serialToIso } from './excel-date';
import { formatDate, formatNumber } from './format';
import { isoFromParts } from './iso-date';
import {
  convertLegacyToUnicode,
  convertTcvn3ToUnicode,
  convertVniToUnicode,
  detectLegacyEncoding,
} from './legacy-encoding';
import { looseKey, normalizeText } from './normalize-text';

/**
 * Reading what a unit typed. Decisions (each one tested):
 * - Blank (no cell, null, '', spaces) is 'blank'; "Không áp dụng", "KAD", "K.A.D", "N/A" and a few
 *   spellings of them (also without diacritics) are 'not-applicable' for every kind. A lone "-"
 *   is NOT read as not-applicable (nor as zero): only explicit words count, so "-" is invalid and
 *   the message asks for a number or "Không áp dụng".
 * - "Không" is a 'no', never "Không áp dụng" (whole-text comparison, not a prefix).
 * - Percents are 0-100. A number in a cell whose format contains '%' is a fraction (0.955 ->
 *   95.5), because that is what Excel stores however the user typed it. A number in any other
 *   cell, and any text, is read as written: "95,5" -> 95.5 and also 0.98 -> 0.98 (not 98),
 *   since guessing would silently turn a real 0.98% into 98%; the range rule then flags it.
 * - Counts (and both parts of a ratio) must be whole: "1.234" and "1,234" are 1234 (thousands),
 *   "1,5" is invalid. A trailing unit word is allowed ("02 mô hình" -> 2). Negative counts are
 *   returned as numbers; range rules judge them. Ranks must be whole and at least 1
 *   ("15", "hạng 15", "15/63").
 * - Dates: an Excel serial in a cell with a date format, or a bare number in 36526..73050
 *   (2000-01-01..2099-12-31) in a date item; text as d/m/yyyy with '/', '-' or '.', yyyy-mm-dd,
 *   d/m/yy (20yy) and "ngày 15 tháng 01 năm 2022". Month-only ("01/2022") and impossible days
 *   ("31/02/2022") are invalid. Serial 60 (the phantom 29/02/1900) is invalid.
 * - Text typed in a legacy font (TCVN3, VNI) is converted before it is read, for every kind;
 *   the caller reports it with `detectLegacyEncoding(displayRaw(cell))`.
 */

/** Builtin Excel number formats that are dates (ids as strings: how some readers report them). */
const BUILTIN_DATE_FORMATS = new Set(['14', '15', '16', '17', '22', ...range(27, 36), ...range(50, 58)]);
const BUILTIN_PERCENT_FORMATS = new Set(['9', '10']);

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

/** The format without literal text, escapes and bracketed parts ([Red], [$-42A], [h]). */
function formatCode(fmt: string): string {
  return fmt.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
}

export function isPercentFormat(fmt: string | undefined): boolean {
  if (fmt === undefined) return false;
  return BUILTIN_PERCENT_FORMATS.has(fmt.trim()) || formatCode(fmt).includes('%');
}

export function isDateFormat(fmt: string | undefined): boolean {
  if (fmt === undefined) return false;
  if (BUILTIN_DATE_FORMATS.has(fmt.trim())) return true;
  const code = formatCode(fmt).toLowerCase();
  if (code === 'general') return false;
  // 'm' alone is minutes in time formats ("h:mm"); d and y are always dates.
  return /[dy]/.test(code) || (/m/.test(code) && !/[hs]/.test(code));
}

/** Decimals a number format shows ("0.0%" -> 1), or undefined when it does not say (General). */
function formatDecimals(fmt: string | undefined): number | undefined {
  if (fmt === undefined) return undefined;
  const section = formatCode(fmt).split(';')[0] ?? '';
  if (!/[0#?]/.test(section)) return undefined;
  const m = /\.([0#?]+)/.exec(section);
  return m?.[1]?.length ?? 0;
}

/** Excel's own words for booleans; the same in Vietnamese Excel. */
const booleanText = (b: boolean): string => (b ? 'TRUE' : 'FALSE');

/**
 * The value as the user saw it, for messages and tables: text as typed (cleaned of invisible
 * characters), a percent-formatted number as "95,5%", a date-formatted serial as dd/mm/yyyy, an
 * error value as its code ("#N/A"), a formula without a cached value as "=FORMULA".
 */
export function displayRaw(cell: RawCell | undefined, lang: Lang = 'vi'): string {
  if (cell === undefined) return '';
  if (cell.error !== undefined) return cell.error;
  const v = cell.v;
  if (v === null) return cell.formula !== undefined ? `=${cell.formula}` : '';
  if (typeof v === 'string') return normalizeText(v, { keepNewlines: true });
  if (typeof v === 'boolean') return booleanText(v);
  if (isDateFormat(cell.fmt)) {
    const iso = serialToIso(v);
    if (iso !== null) return formatDate(iso, lang);
  }
  const decimals = formatDecimals(cell.fmt);
  const grouping = cell.fmt !== undefined && formatCode(cell.fmt).includes(',');
  if (isPercentFormat(cell.fmt)) {
    return `${formatNumber(v * 100, lang, { decimals: decimals ?? 0, grouping: false })}%`;
  }
  return formatNumber(
    v,
    lang,
    decimals === undefined ? { maxDecimals: 10, grouping } : { decimals, grouping },
  );
}

// --- Words ------------------------------------------------------------------------------------

/** Compact loose keys (no diacritics, no spaces or punctuation) of each word list. */
const NOT_APPLICABLE_WORDS = new Set([
  'khongapdung',
  'koapdung',
  'kapdung',
  'kad',
  'na',
  'notapplicable',
  'khongthuocdien',
  'khongthuocdoituong',
]);
const YES_WORDS = new Set([
  'co',
  'x',
  'yes',
  'y',
  'true',
  'dung',
  'da',
  'cothuchien',
  'dathuchien',
  'hoanthanh',
  'dahoanthanh',
]);
const NO_WORDS = new Set([
  'khong',
  'ko',
  'k',
  'no',
  'n',
  'false',
  'sai',
  'chua',
  'khongco',
  'khongthuchien',
  'chuathuchien',
  'chuahoanthanh',
]);
const YES_SYMBOLS = new Set(['✓', '✔', '☑', '☒', '✅']);
const NO_SYMBOLS = new Set(['✗', '✘', '☐', '❌']);

const compactKey = (t: string): string => looseKey(t).replace(/ /g, '');

export function isNotApplicableText(t: string): boolean {
  return NOT_APPLICABLE_WORDS.has(compactKey(t));
}

// --- Numbers ----------------------------------------------------------------------------------

/** Removes binary noise from arithmetic on cell values (0.955 * 100 = 95.49999999999999). */
const clean = (n: number): number => Number(n.toPrecision(12));

/**
 * A number typed as text, in Vietnamese or English style. With both '.' and ',' the last one is
 * the decimal mark ("1.234,5", "1,234.5"); a separator repeated is a thousands separator
 * ("1.234.567"); a single one is decimal ("95,5", "95.5") unless `whole` is set and it is
 * followed by exactly three digits ("1.234" -> 1234 for counts). Spaces between digits are
 * ignored ("1 234"). Null when the text is not a number.
 */
export function parseNumberText(text: string, options: { whole?: boolean } = {}): number | null {
  const s = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  const m = /^([+-]?)([\d.,]+)$/.exec(s);
  if (!m) return null;
  const sign = m[1] === '-' ? -1 : 1;
  const body = m[2] ?? '';
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let intPart: string;
  let fraction = '';
  let groupSep: string | undefined;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    groupSep = lastDot > lastComma ? ',' : '.';
    intPart = body.slice(0, decimalAt);
    fraction = body.slice(decimalAt + 1);
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const count = body.split(sep).length - 1;
    const [head = '', tail = ''] = body.split(sep);
    const looksGrouped =
      count > 1 || (options.whole === true && /^\d{3}$/.test(tail) && /^[1-9]\d{0,2}$/.test(head));
    if (looksGrouped) {
      groupSep = sep;
      intPart = body;
    } else {
      intPart = head;
      fraction = tail;
    }
  } else {
    intPart = body;
  }
  if (groupSep !== undefined && intPart.includes(groupSep)) {
    const grouped = new RegExp(`^\\d{1,3}(\\${groupSep}\\d{3})+$`);
    if (!grouped.test(intPart)) return null;
    intPart = intPart.split(groupSep).join('');
  }
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(fraction) || intPart + fraction === '') return null;
  return sign * Number(`${intPart || '0'}.${fraction || '0'}`);
}

/** A whole number from a cell value, tolerating float noise (2.0000000001 from a formula). */
function wholeFrom(n: number): number | null {
  const r = Math.round(n);
  return Math.abs(n - r) < 1e-9 ? r : null;
}

/** Count text: a whole number, optionally followed by a unit word ("02 mô hình"). */
function countFromText(t: string): number | null {
  const m = /^([+\-\u2212]?[\d\s.,]*\d)\s*(?:\p{L}[\p{L}\s.]*)?$/u.exec(t);
  if (!m) return null;
  const n = parseNumberText(m[1] ?? '', { whole: true });
  return n === null ? null : wholeFrom(n);
}

/** Rank text: "15", "hạng 15", "thứ 15", "15/63". */
function rankFromText(t: string): number | null {
  const m = /^(?:(?:hạng|thứ|xếp thứ)\s*)?(\d+)(?:\s*\/\s*\d+)?$/iu.exec(t);
  return m ? Number(m[1]) : null;
}

// --- Dates ------------------------------------------------------------------------------------

function dateFromText(t: string): string | null {
  let m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      t,
    );
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/.exec(t);
  if (m) {
    const y = m[4] ?? '';
    return isoFromParts(y.length === 2 ? 2000 + Number(y) : Number(y), Number(m[3]), Number(m[1]));
  }
  m = /^ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(looseKey(t));
  if (m) return isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

/** Serials of 2000-01-01 and 2099-12-31: a bare number in a date item is a date only in here. */
export const PLAUSIBLE_SERIAL_MIN = 36526;
export const PLAUSIBLE_SERIAL_MAX = 73050;

// --- parseValue -------------------------------------------------------------------------------

type Invalid = Extract<ParsedValue, { kind: 'invalid' }>['reason'];

/** Turns a cell into the value the core works with, for an item expecting `kind`. */
export function parseValue(cell: RawCell | undefined, kind: ValueKind): ParsedValue {
  if (cell === undefined) return { kind: 'blank' };
  const invalid = (reason: Invalid): ParsedValue => ({ kind: 'invalid', raw: displayRaw(cell), reason });
  if (cell.error !== undefined) return invalid('error-value');
  const v = cell.v;
  if (v === null) return cell.formula !== undefined ? invalid('formula-no-value') : { kind: 'blank' };
  if (typeof v === 'string') return parseText(v, kind, invalid);
  if (typeof v === 'boolean') {
    if (kind === 'yesno') return { kind: v ? 'yes' : 'no' };
    if (kind === 'text') return { kind: 'text', s: booleanText(v) };
    return invalid(kind === 'date' ? 'not-a-date' : 'not-a-number');
  }
  if (!Number.isFinite(v)) return invalid('not-a-number');
  switch (kind) {
    case 'yesno':
      return v === 1 ? { kind: 'yes' } : v === 0 ? { kind: 'no' } : invalid('not-yes-no');
    case 'percent':
      return { kind: 'number', n: clean(isPercentFormat(cell.fmt) ? v * 100 : v) };
    case 'count':
    case 'ratio': {
      const n = wholeFrom(v);
      return n === null ? invalid('not-a-number') : { kind: 'number', n };
    }
    case 'rank': {
      const n = wholeFrom(v);
      return n === null || n < 1 ? invalid('not-a-number') : { kind: 'number', n };
    }
    case 'date': {
      const plausible = v >= PLAUSIBLE_SERIAL_MIN && v < PLAUSIBLE_SERIAL_MAX + 1;
      const iso = isDateFormat(cell.fmt) || plausible ? serialToIso(v) : null;
      return iso === null ? invalid('not-a-date') : { kind: 'date', iso };
    }
    case 'text':
      return { kind: 'text', s: displayRaw(cell) };
  }
}

function yesNoOf(t: string): ParsedValue | null {
  if (YES_SYMBOLS.has(t)) return { kind: 'yes' };
  if (NO_SYMBOLS.has(t)) return { kind: 'no' };
  const key = compactKey(t);
  if (YES_WORDS.has(key) || key === '1') return { kind: 'yes' };
  if (NO_WORDS.has(key) || key === '0') return { kind: 'no' };
  return null;
}

function parseText(raw: string, kind: ValueKind, invalid: (reason: Invalid) => ParsedValue): ParsedValue {
  const encoding = detectLegacyEncoding(raw);
  const t = normalizeText(encoding ? convertLegacyToUnicode(raw, encoding) : raw, {
    keepNewlines: kind === 'text',
  });
  if (t === '') return { kind: 'blank' };
  if (isNotApplicableText(t)) return { kind: 'not-applicable' };
  switch (kind) {
    case 'text':
      return { kind: 'text', s: t };
    case 'yesno': {
      // A short word gives too little evidence of a legacy font ("Cã" is "Có" in TCVN3, but its
      // only accented letter is a Latin-1 one), so unknown words are also tried converted.
      const answer =
        yesNoOf(t) ??
        yesNoOf(normalizeText(convertTcvn3ToUnicode(raw))) ??
        yesNoOf(normalizeText(convertVniToUnicode(raw)));
      return answer ?? invalid('not-yes-no');
    }
    case 'percent': {
      const m = /^(.*?)\s*%$/.exec(t);
      const n = parseNumberText(m ? (m[1] ?? '') : t);
      return n === null ? invalid('not-a-number') : { kind: 'number', n: clean(n) };
    }
    case 'count':
    case 'ratio': {
      const n = countFromText(t);
      return n === null ? invalid('not-a-number') : { kind: 'number', n };
    }
    case 'rank': {
      const n = rankFromText(t);
      return n === null || n < 1 ? invalid('not-a-number') : { kind: 'number', n };
    }
    case 'date': {
      const iso = dateFromText(t);
      return iso === null ? invalid('not-a-date') : { kind: 'date', iso };
    }
  }
}

// --- What the template's own formulas read ----------------------------------------------------

/** The words of the template's yes/no list, in every language the template is made in. */
export interface ListWords {
  yes: readonly string[];
  no: readonly string[];
  na: readonly string[];
}

/** Excel's and LibreOffice's TRIM: ASCII spaces only, removed at both ends, runs inside made one. */
export const excelTrim = (s: string): string => s.replace(/ {2,}/g, ' ').replace(/^ | $/g, '');

/** Excel's "=" on text: case-insensitive, nothing else folded (diacritics, Unicode forms). */
const sameText = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * How the template's Đánh giá and milestone formulas read a cell, which is less than parseValue
 * reads (docs/template-format.md, "The sheet and the core"): text is trimmed as TRIM does and
 * compared, in any case, with the list's words of either language; a number is taken as stored
 * (a %-formatted 0.955 is 0.955; counts must be whole as stored); a date only as a number (an
 * Excel date). Anything else is invalid for the formulas: text numbers and dates, other
 * spellings, booleans, error values. The template's cached results judge this reading, and the
 * core names every cell where it reads more (see `readingsDiffer`).
 */
export function sheetReading(cell: RawCell | undefined, kind: ValueKind, words: ListWords): ParsedValue {
  if (cell === undefined) return { kind: 'blank' };
  if (kind === 'text') return parseValue(cell, kind);
  const invalid = (reason: Invalid): ParsedValue => ({ kind: 'invalid', raw: displayRaw(cell), reason });
  const notRead: Invalid = kind === 'yesno' ? 'not-yes-no' : kind === 'date' ? 'not-a-date' : 'not-a-number';
  if (cell.error !== undefined) return invalid('error-value');
  const v = cell.v;
  if (v === null) return cell.formula !== undefined ? invalid('formula-no-value') : { kind: 'blank' };
  if (typeof v === 'boolean') return invalid(notRead);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return invalid(notRead);
    switch (kind) {
      case 'yesno':
        return invalid(notRead);
      case 'percent':
        return { kind: 'number', n: v };
      case 'date': {
        const iso = serialToIso(v);
        return iso === null ? invalid(notRead) : { kind: 'date', iso };
      }
      default:
        return Number.isInteger(v) && (kind !== 'rank' || v >= 1)
          ? { kind: 'number', n: v }
          : invalid(notRead);
    }
  }
  const t = excelTrim(v);
  const among = (list: readonly string[]) => list.some((w) => sameText(t, w));
  if (t === '') return { kind: 'blank' };
  if (among(words.na)) return { kind: 'not-applicable' };
  if (kind === 'yesno' && among(words.yes)) return { kind: 'yes' };
  if (kind === 'yesno' && among(words.no)) return { kind: 'no' };
  return invalid(notRead);
}

/**
 * Whether the core reads a cell otherwise than the template's formulas do, so that the sheet's
 * own Đánh giá or milestone status may differ from the core's: then the reader warns, naming the
 * cell.
 */
export function readingsDiffer(core: ParsedValue, sheet: ParsedValue): boolean {
  // What the core cannot read it reports as an error already (VALUE.KIND), whatever the sheet shows.
  if (core.kind === 'invalid') return false;
  if (core.kind !== sheet.kind) return true;
  if (core.kind === 'number' && sheet.kind === 'number') return core.n !== sheet.n;
  if (core.kind === 'date' && sheet.kind === 'date') return core.iso !== sheet.iso;
  return false;
}
