import type { Lang } from '../types';

/**
 * The number formats of the output sheets, in the workbook's language. A format's '.' and ','
 * are the viewer's separators in Excel, so "95.5%" shows on an English Windows even in a
 * Vietnamese report. What can be fixed in the format is fixed there:
 * - whole numbers group thousands with a literal '.' ("1.234"), which every viewer prints as is;
 * - decimals and percents carry the Vietnamese locale tag [$-42A]: LibreOffice then writes
 *   "95,5%" whatever its own locale; Excel shows the decimal separator of the viewer's system
 *   (a comma on a Vietnamese Windows), since its formats cannot force one.
 * Sentences round the same way (half away from zero, one decimal: src/core/text/format.ts), so a
 * table and the sentence about it show the same digits.
 */
export interface NumberFormats {
  /** A count: 1.234. */
  integer: string;
  /** A percent held as 0-100, one decimal: 95,5. */
  decimal1: string;
  /** A fraction shown as a percent, one decimal: 95,5%. */
  percent1: string;
  /** A number as it is (a target of 98 or 98,5). */
  general: string;
}

const VI_TAG = '[$-42A]';

export function numberFormats(lang: Lang): NumberFormats {
  return lang === 'vi'
    ? {
        integer: '[>=1000000]#"."###"."##0;[>=1000]#"."##0;0',
        decimal1: `${VI_TAG}0.0`,
        percent1: `${VI_TAG}0.0%`,
        general: `${VI_TAG}General`,
      }
    : { integer: '#,##0', decimal1: '0.0', percent1: '0.0%', general: 'General' };
}
