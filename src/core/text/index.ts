/** The text and value layer of the core: normalization, legacy fonts, collation, formatting, parsing. */
export { normalizeText, displayText, matchKey, looseKey } from './normalize-text';
export type { NormalizeOptions } from './normalize-text';
export {
  detectLegacyEncoding,
  convertTcvn3ToUnicode,
  convertUnicodeToTcvn3,
  convertVniToUnicode,
  convertUnicodeToVni,
  convertLegacyToUnicode,
  TCVN3_TABLE,
} from './legacy-encoding';
export type { LegacyEncoding, Tcvn3Options } from './legacy-encoding';
export { compareVi, sortVi } from './collate';
export {
  formatNumber,
  formatPercent,
  formatDate,
  formatQuarter,
  formatLongDate,
  formatLongDateVi,
  formatRatio,
  EN_MONTHS,
} from './format';
export type { NumberFormatOptions } from './format';
export type { ListWords } from './parse-value';
export {
  parseValue,
  displayRaw,
  parseNumberText,
  isPercentFormat,
  isDateFormat,
  isNotApplicableText,
  sheetReading,
  readingsDiffer,
  excelTrim,
  PLAUSIBLE_SERIAL_MIN,
  PLAUSIBLE_SERIAL_MAX,
} from './parse-value';
export { serialToIso, isoToSerial, utcMsToSerial, serialToUtcMs } from './excel-date';
export {
  isValidIso,
  isoParts,
  isoFromParts,
  isLeapYear,
  daysInMonth,
  addDays,
  daysBetween,
  compareIso,
  isoToDays,
  daysToIso,
} from './iso-date';
export type { DateParts } from './iso-date';
