/**
 * The core's shared vocabulary. Everything here is plain data: no classes, no Dates
 * (dates are ISO strings 'YYYY-MM-DD', so there is no time zone to get wrong), no locale.
 */

/** A text in both interface languages; Vietnamese first. */
export interface Text {
  vi: string;
  en: string;
}

export type Lang = 'vi' | 'en';

/** A calendar date as 'YYYY-MM-DD'. */
export type IsoDate = string;

export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding is a value, not an exception. `code` is a namespaced literal such as
 * 'VALUE.PERCENT_RANGE' or 'FILE.NOT_XLSX'; `message` is a full sentence in both languages,
 * with the value and the target in words.
 */
export interface Finding {
  code: string;
  severity: Severity;
  message: Text;
  itemId?: string;
  unitCode?: string;
  /** Where a person finds it: file name, sheet name and A1 cell address, as far as known. */
  file?: string;
  sheet?: string;
  cell?: string;
  /** The value as the user typed it, and the target in words, for tables. */
  value?: string;
  target?: string;
}

/** Expected failures (a bad file, a malformed plan) are results, not exceptions. */
export type Result<T, E = Finding[]> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
