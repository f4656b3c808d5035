import type { IsoDate } from '../types';

/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD') with plain integers: no Date object, so no
 * time zone and no clock can leak into the core. Day numbers count from 1970-01-01 (day 0) in
 * the proleptic Gregorian calendar (the civil-from-days algorithm of H. Hinnant).
 */

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The ISO date of a year, month and day, or null when no such day exists (31/02, month 13). */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Year, month and day of a valid ISO date; null for anything else. */
export function isoParts(iso: string): DateParts | null {
  const m = ISO_RE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isoFromParts(year, month, day) === null ? null : { year, month, day };
}

export function isValidIso(s: unknown): s is IsoDate {
  return typeof s === 'string' && isoParts(s) !== null;
}

/** Days since 1970-01-01 of a date given by its parts (assumed valid). */
export function daysFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The parts of the date `days` days after 1970-01-01. */
export function partsFromDays(days: number): DateParts {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Days since 1970-01-01; throws on an invalid date, because callers must validate input first. */
export function isoToDays(iso: IsoDate): number {
  const p = isoParts(iso);
  if (!p) throw new Error(`Not an ISO date: ${iso}`);
  return daysFromParts(p.year, p.month, p.day);
}

export function daysToIso(days: number): IsoDate {
  const p = partsFromDays(days);
  const iso = isoFromParts(p.year, p.month, p.day);
  if (iso === null) throw new Error(`Day number out of range: ${days}`);
  return iso;
}

export function addDays(iso: IsoDate, n: number): IsoDate {
  return daysToIso(isoToDays(iso) + n);
}

/** Signed number of days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return isoToDays(b) - isoToDays(a);
}

/** -1, 0 or 1. Valid ISO dates sort as strings, which is all this relies on. */
export function compareIso(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}
