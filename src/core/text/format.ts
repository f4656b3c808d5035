import type { IsoDate, Lang } from '../types';
import { isoParts } from './iso-date';

/**
 * The one formatting module of the app (the core has no locale, and Intl neither writes
 * "Quý IV/2025" nor is the same in every host). Vietnamese uses a decimal comma and '.' between
 * thousands ("1.234,5"); English the reverse. Rounding is half away from zero on the decimal
 * value as written (1.005 -> "1,01"), and a value that rounds to zero never shows "-0".
 */

export interface NumberFormatOptions {
  /** Exactly this many decimals ("95,50"). */
  decimals?: number;
  /** At most this many decimals, trailing zeros dropped ("95,5"). Default 2 when neither is set. */
  maxDecimals?: number;
  /** Thousands separators; default true. */
  grouping?: boolean;
}

const SEPARATORS: Record<Lang, { decimal: string; group: string }> = {
  vi: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

/** Digits of |n| rounded half away from zero to `decimals` places: [integer part, fraction]. */
function roundedDigits(abs: number, decimals: number): [string, string] {
  // Shift by editing the exponent of the shortest decimal representation, so 1.005 is treated
  // as the decimal 1.005 and not as the binary 1.00499999...
  const [mantissa = '0', exp = '0'] = abs.toExponential().split('e');
  // From 1e15 up a double has no fractional digits left, and shifting could overflow to
  // Infinity: write the integer straight from the shortest representation's digits.
  if (abs >= 1e15) {
    const significant = mantissa.replace('.', '');
    return [significant.padEnd(Number(exp) + 1, '0'), '0'.repeat(decimals)];
  }
  const shifted = Number(`${mantissa}e${Number(exp) + decimals}`);
  const scaled = Math.round(shifted); // abs >= 0, so Math.round is half away from zero here
  const digits = Number.isSafeInteger(scaled) ? String(scaled) : BigInt(scaled).toString();
  if (decimals === 0) return [digits, ''];
  const padded = digits.padStart(decimals + 1, '0');
  return [padded.slice(0, -decimals), padded.slice(-decimals)];
}

function groupThousands(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** "1.234,5" (vi) / "1,234.5" (en). Non-finite numbers give ''. */
export function formatNumber(n: number, lang: Lang, options: NumberFormatOptions = {}): string {
  if (!Number.isFinite(n)) return '';
  const fixed = options.decimals !== undefined;
  const places = Math.max(0, Math.min(20, Math.floor(options.decimals ?? options.maxDecimals ?? 2)));
  const [intPart, rawFraction] = roundedDigits(Math.abs(n), places);
  const fraction = fixed ? rawFraction : rawFraction.replace(/0+$/, '');
  const sep = SEPARATORS[lang];
  const isZero = /^0*$/.test(intPart + fraction);
  const sign = n < 0 && !isZero ? '-' : '';
  const grouped = options.grouping === false ? intPart : groupThousands(intPart, sep.group);
  return sign + grouped + (fraction ? sep.decimal + fraction : '');
}

/** A percent given as 0-100: "95,5%" / "95.5%". */
export function formatPercent(n: number, lang: Lang, maxDecimals = 1): string {
  const s = formatNumber(n, lang, { maxDecimals });
  return s === '' ? '' : `${s}%`;
}

/** "dd/mm/yyyy" in both languages; an invalid date is returned unchanged. */
export function formatDate(iso: IsoDate, lang: Lang): string {
  void lang; // same layout in both languages; kept so every call site states its language
  const p = isoParts(iso);
  if (!p) return iso;
  return `${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}/${String(p.year).padStart(4, '0')}`;
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/** "Quý IV/2025" / "Q4 2025". */
export function formatQuarter(year: number, quarter: number, lang: Lang): string {
  const roman = ROMAN_QUARTERS[quarter - 1];
  if (roman === undefined) throw new Error(`Quarter must be 1-4, got ${quarter}`);
  return lang === 'vi' ? `Quý ${roman}/${year}` : `Q${quarter} ${year}`;
}

/** English month names, for long dates (also spelled into Excel formulas by the template). */
export const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The date line of a document header. Vietnamese follows the administrative convention (also in
 * the Party's guidance 36-HD/VPTW): a zero before days below 10 and before months 1 and 2
 * ("ngày 05 tháng 01 năm 2024", "ngày 16 tháng 4 năm 2024"). English: "16 April 2024".
 * An invalid date is returned unchanged.
 */
export function formatLongDate(iso: IsoDate, lang: Lang): string {
  const p = isoParts(iso);
  if (!p) return iso;
  if (lang === 'en') return `${p.day} ${EN_MONTHS[p.month - 1]} ${p.year}`;
  const day = String(p.day).padStart(2, '0');
  const month = p.month <= 2 ? String(p.month).padStart(2, '0') : String(p.month);
  return `ngày ${day} tháng ${month} năm ${p.year}`;
}

/** "ngày 16 tháng 4 năm 2024". */
export function formatLongDateVi(iso: IsoDate): string {
  return formatLongDate(iso, 'vi');
}

/** "65/70 (92,9%)"; without a percent when the denominator is 0 ("0/0"). */
export function formatRatio(num: number, den: number, lang: Lang, maxDecimals = 1): string {
  const counts = `${formatNumber(num, lang, { maxDecimals: 0 })}/${formatNumber(den, lang, { maxDecimals: 0 })}`;
  if (den === 0 || !Number.isFinite(num) || !Number.isFinite(den)) return counts;
  return `${counts} (${formatPercent((num / den) * 100, lang, maxDecimals)})`;
}
