import type { IsoDate } from '../types';
import { daysFromParts, isoParts, daysToIso } from './iso-date';

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01, and serial 60 is 29/02/1900, a day that never
 * existed (Lotus 1-2-3 treated 1900 as a leap year and Excel kept the bug). So from serial 61
 * (1900-03-01) on, serial = days since 1899-12-30; below 60 it is one day less.
 */

/** Serial of 1970-01-01: days from 1899-12-30 to 1970-01-01. */
const SERIAL_1970 = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * The calendar date of an Excel serial; the time of day (fraction) is dropped. Null for serials
 * before 1 (Excel shows 0 as "00/01/1900"), the phantom 29/02/1900 (60), non-finite values and
 * serials past 9999-12-31.
 */
export function serialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole === 60 || whole > 2958465) return null;
  const days = whole < 60 ? whole - SERIAL_1970 + 1 : whole - SERIAL_1970;
  return daysToIso(days);
}

/** The Excel serial of an ISO date, or null for an invalid date or a date before 1900-01-01. */
export function isoToSerial(iso: IsoDate): number | null {
  const p = isoParts(iso);
  if (!p || p.year < 1900) return null;
  const serial = daysFromParts(p.year, p.month, p.day) + SERIAL_1970;
  // 1900-01-01 .. 1900-02-28 sit one below the shifted count (there is no serial 60 among them).
  return serial < 61 ? serial - 1 : serial;
}

/**
 * Serial (with fraction) of a UTC instant in milliseconds: for adapters that receive a JS Date
 * whose UTC fields carry the cell's wall-clock value (exceljs does this). Valid from 1900-03-01.
 */
export function utcMsToSerial(ms: number): number {
  return ms / MS_PER_DAY + SERIAL_1970;
}

/** Inverse of `utcMsToSerial`, for adapters writing dates as JS Dates. */
export function serialToUtcMs(serial: number): number {
  return (serial - SERIAL_1970) * MS_PER_DAY;
}
