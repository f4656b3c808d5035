import type { ValueKind } from '../plan/plan-types';
import type { ParsedValue, RawCell } from '../report/report-types';
import { convertUnicodeToTcvn3, convertUnicodeToVni } from './legacy-encoding';
import {
  displayRaw,
  excelTrim,
  isDateFormat,
  isPercentFormat,
  parseNumberText,
  parseValue,
  readingsDiffer,
  sheetReading,
} from './parse-value';

/** Builders: a typed value, a number with a format, an error, a formula without a value. */
const typed = (v: string | number | boolean | null): RawCell => ({ v });
const num = (v: number, fmt: string): RawCell => ({ v, fmt });
const BLANK: ParsedValue = { kind: 'blank' };
const NA: ParsedValue = { kind: 'not-applicable' };
const YES: ParsedValue = { kind: 'yes' };
const NO: ParsedValue = { kind: 'no' };
const n = (value: number): ParsedValue => ({ kind: 'number', n: value });
const date = (iso: string): ParsedValue => ({ kind: 'date', iso });
const bad = (raw: string, reason: Extract<ParsedValue, { kind: 'invalid' }>['reason']): ParsedValue => ({
  kind: 'invalid',
  raw,
  reason,
});

const ALL_KINDS: ValueKind[] = ['yesno', 'count', 'percent', 'date', 'rank', 'ratio', 'text'];

describe('blank and not applicable, for every kind', () => {
  const blanks: [string, RawCell | undefined][] = [
    ['no cell', undefined],
    ['null', typed(null)],
    ['empty text', typed('')],
    ['spaces', typed('   ')],
    ['no-break space', typed('\u00a0')],
  ];
  it.each(ALL_KINDS.flatMap((kind) => blanks.map(([name, cell]) => [kind, name, cell] as const)))(
    '%s: %s is blank',
    (kind, _name, cell) => {
      expect(parseValue(cell, kind)).toEqual(BLANK);
    },
  );

  const notApplicable = [
    'Không áp dụng',
    'không áp dụng',
    'KHÔNG ÁP DỤNG',
    'Không áp dụng.',
    'Khong ap dung',
    'Không áp dụng'.normalize('NFD'),
    'KAD',
    'K.A.D',
    'kad',
    'N/A',
    'n/a',
    'Không thuộc diện',
  ];
  it.each(ALL_KINDS.flatMap((kind) => notApplicable.map((text) => [kind, text] as const)))(
    '%s: "%s" is not applicable',
    (kind, text) => {
      expect(parseValue(typed(text), kind)).toEqual(NA);
    },
  );

  it.each<[ValueKind, string, ParsedValue]>([
    ['yesno', '-', bad('-', 'not-yes-no')],
    ['count', '-', bad('-', 'not-a-number')],
    ['percent', '-', bad('-', 'not-a-number')],
    ['date', '-', bad('-', 'not-a-date')],
  ])('%s: a lone "%s" is not a word for "not applicable"', (kind, text, expected) => {
    expect(parseValue(typed(text), kind)).toEqual(expected);
  });
});

describe('yes/no', () => {
  it.each<[RawCell, ParsedValue]>([
    [typed('Có'), YES],
    [typed('có'), YES],
    [typed('CÓ'), YES],
    [typed(' Có '), YES],
    [typed('Có'.normalize('NFD')), YES],
    [typed('co'), YES],
    [typed('x'), YES],
    [typed('X'), YES],
    [typed('✓'), YES],
    [typed('✔'), YES],
    [typed('yes'), YES],
    [typed('Yes'), YES],
    [typed('true'), YES],
    [typed('TRUE'), YES],
    [typed('1'), YES],
    [typed(true), YES],
    [typed(1), YES],
    [typed('Đã thực hiện'), YES],
    [typed('Không'), NO],
    [typed('không'), NO],
    [typed('KHÔNG'), NO],
    [typed('ko'), NO],
    [typed('no'), NO],
    [typed('false'), NO],
    [typed('FALSE'), NO],
    [typed('0'), NO],
    [typed(false), NO],
    [typed(0), NO],
    [typed('Chưa'), NO],
    [typed('Chưa thực hiện'), NO],
    [typed('Không áp dụng'), NA], // never mistaken for "Không"
    [typed('Cã'), YES], // "Có" typed in TCVN3
    [typed('Kh«ng'), NO], // "Không" typed in TCVN3
    [typed('Coù'), YES], // "Có" typed in VNI
    [typed('Có lẽ'), bad('Có lẽ', 'not-yes-no')],
    [typed('2'), bad('2', 'not-yes-no')],
    [typed(2), bad('2', 'not-yes-no')],
    [typed('?'), bad('?', 'not-yes-no')],
  ])('%p -> %p', (cell, expected) => {
    expect(parseValue(cell, 'yesno')).toEqual(expected);
  });
});

describe('percent', () => {
  it.each<[RawCell, ParsedValue]>([
    [typed('95,5%'), n(95.5)],
    [typed('95.5%'), n(95.5)],
    [typed('95,5'), n(95.5)],
    [typed('95.5'), n(95.5)],
    [typed(' 98 % '), n(98)],
    [typed('100%'), n(100)],
    [typed('0%'), n(0)],
    [typed(95.5), n(95.5)],
    [num(0.955, '0.0%'), n(95.5)], // what Excel stores in a percent cell
    [num(0.98, '0%'), n(98)],
    [num(1, '0%'), n(100)],
    [num(0.955, '10'), n(95.5)], // builtin id 10 is 0.00%
    [num(0.955, '[Blue]0.0%'), n(95.5)],
    [typed(0.98), n(0.98)], // decision: no '%' format, read as written
    [typed('0,98'), n(0.98)],
    [num(0.98, 'General'), n(0.98)],
    [num(98, '0.0'), n(98)],
    [typed(120), n(120)], // out of range: the range rule reports it
    [typed('-5%'), n(-5)],
    [typed('95,5 phần trăm'), bad('95,5 phần trăm', 'not-a-number')],
    [typed('cao'), bad('cao', 'not-a-number')],
    [typed('95,5,5'), bad('95,5,5', 'not-a-number')],
    [typed(true), bad('TRUE', 'not-a-number')],
  ])('%p -> %p', (cell, expected) => {
    expect(parseValue(cell, 'percent')).toEqual(expected);
  });
});

describe('count and ratio parts', () => {
  it.each<[RawCell, ParsedValue]>([
    [typed('12'), n(12)],
    [typed(' 12 '), n(12)],
    [typed('012'), n(12)],
    [typed(12), n(12)],
    [typed(2.0000000001), n(2)], // float noise of a formula
    [typed('1.234'), n(1234)], // Vietnamese thousands
    [typed(' 1.234 '), n(1234)],
    [typed('1,234'), n(1234)],
    [typed('1.234.567'), n(1234567)],
    [typed('1 234'), n(1234)],
    [typed('02 mô hình'), n(2)],
    [typed('3 lớp'), n(3)],
    [typed('0'), n(0)],
    [typed(-1), n(-1)], // negative: the range rule reports it
    [typed('1,5'), bad('1,5', 'not-a-number')], // counts are whole
    [typed('1.5'), bad('1.5', 'not-a-number')],
    [typed(1.5), bad('1,5', 'not-a-number')],
    [typed('0.123'), bad('0.123', 'not-a-number')],
    [typed('1.23'), bad('1.23', 'not-a-number')],
    [typed('12.34.5'), bad('12.34.5', 'not-a-number')],
    [typed('Không'), bad('Không', 'not-a-number')],
    [typed('mười'), bad('mười', 'not-a-number')],
    [typed('50%'), bad('50%', 'not-a-number')],
  ])('%p -> %p', (cell, expected) => {
    expect(parseValue(cell, 'count')).toEqual(expected);
    expect(parseValue(cell, 'ratio')).toEqual(expected);
  });
});

describe('rank', () => {
  it.each<[RawCell, ParsedValue]>([
    [typed(15), n(15)],
    [typed('15'), n(15)],
    [typed('hạng 15'), n(15)],
    [typed('Thứ 15'), n(15)],
    [typed('15/63'), n(15)],
    [typed(0), bad('0', 'not-a-number')],
    [typed('0'), bad('0', 'not-a-number')],
    [typed(-3), bad('-3', 'not-a-number')],
    [typed(15.5), bad('15,5', 'not-a-number')],
    [typed('mười lăm'), bad('mười lăm', 'not-a-number')],
  ])('%p -> %p', (cell, expected) => {
    expect(parseValue(cell, 'rank')).toEqual(expected);
  });
});

describe('date', () => {
  it.each<[RawCell, ParsedValue]>([
    [num(44576, 'dd/mm/yyyy'), date('2022-01-15')],
    [num(44576, 'd/m/yy'), date('2022-01-15')],
    [num(44576, 'yyyy-mm-dd'), date('2022-01-15')],
    [num(44576, 'm/d/yyyy'), date('2022-01-15')],
    [num(44576, '14'), date('2022-01-15')], // builtin format id
    [num(44576, '[$-42A]dd/mm/yyyy'), date('2022-01-15')],
    [num(44576.5, 'dd/mm/yyyy hh:mm'), date('2022-01-15')],
    [num(32874, 'dd/mm/yyyy'), date('1990-01-01')], // with a date format any serial is a date
    [typed(44576), date('2022-01-15')], // bare number in the plausible range
    [typed(36526), date('2000-01-01')],
    [typed(73050), date('2099-12-31')],
    [typed(36525), bad('36525', 'not-a-date')],
    [typed(73051), bad('73051', 'not-a-date')],
    [typed(2022), bad('2022', 'not-a-date')],
    [num(60, 'dd/mm/yyyy'), bad('60', 'not-a-date')], // the phantom 29/02/1900
    [num(44576, 'h:mm'), date('2022-01-15')], // time-only format, but a plausible serial
    [typed('15/01/2022'), date('2022-01-15')],
    [typed('15-01-2022'), date('2022-01-15')],
    [typed('15.01.2022'), date('2022-01-15')],
    [typed('15/1/2022'), date('2022-01-15')],
    [typed('5/1/2022'), date('2022-01-05')], // always day first
    [typed('15/01/22'), date('2022-01-15')],
    [typed(' 15 / 01 / 2022 '), date('2022-01-15')],
    [typed('2022-01-15'), date('2022-01-15')],
    [typed('2022-01-15T00:00:00Z'), date('2022-01-15')],
    [typed('ngày 15 tháng 01 năm 2022'), date('2022-01-15')],
    [typed('Ngày 5 tháng 1 năm 2022'), date('2022-01-05')],
    [typed('29/02/2024'), date('2024-02-29')],
    [typed('31/02/2022'), bad('31/02/2022', 'not-a-date')],
    [typed('29/02/2023'), bad('29/02/2023', 'not-a-date')],
    [typed('01/2022'), bad('01/2022', 'not-a-date')], // month only
    [typed('2022'), bad('2022', 'not-a-date')],
    [typed('15/01-2022'), bad('15/01-2022', 'not-a-date')],
    [typed('Quý IV/2021'), bad('Quý IV/2021', 'not-a-date')],
    [typed(true), bad('TRUE', 'not-a-date')],
  ])('%p -> %p', (cell, expected) => {
    expect(parseValue(cell, 'date')).toEqual(expected);
  });
});

describe('text', () => {
  it.each<[RawCell, ParsedValue]>([
    [typed('  Sở  Nội vụ '), { kind: 'text', s: 'Sở Nội vụ' }],
    [typed('Sở Nội vụ'.normalize('NFD')), { kind: 'text', s: 'Sở Nội vụ' }],
    [typed('Ban Thƣờng vụ'), { kind: 'text', s: 'Ban Thường vụ' }],
    [typed('Dòng 1\r\nDòng 2'), { kind: 'text', s: 'Dòng 1\nDòng 2' }],
    [
      typed(convertUnicodeToTcvn3('Đảng ủy Khối các cơ quan tỉnh')),
      { kind: 'text', s: 'Đảng ủy Khối các cơ quan tỉnh' },
    ],
    [typed(convertUnicodeToVni('Trường Chính trị tỉnh')), { kind: 'text', s: 'Trường Chính trị tỉnh' }],
    [typed(2022), { kind: 'text', s: '2022' }],
    [typed(true), { kind: 'text', s: 'TRUE' }],
  ])('%p -> %p', (cell, expected) => {
    expect(parseValue(cell, 'text')).toEqual(expected);
  });
});

describe('errors and formulas, for every kind', () => {
  it.each(ALL_KINDS)('%s: an error value is invalid', (kind) => {
    expect(parseValue({ v: null, error: '#N/A' }, kind)).toEqual(bad('#N/A', 'error-value'));
    expect(parseValue({ v: null, error: '#DIV/0!', formula: 'A1/B1' }, kind)).toEqual(
      bad('#DIV/0!', 'error-value'),
    );
  });

  it.each(ALL_KINDS)('%s: a formula without a cached value is invalid', (kind) => {
    expect(parseValue({ v: null, formula: 'SUM(E5:E9)' }, kind)).toEqual(
      bad('=SUM(E5:E9)', 'formula-no-value'),
    );
  });

  it('a formula with a cached value is read as that value', () => {
    expect(parseValue({ v: 0.955, fmt: '0.0%', formula: 'E5/E6' }, 'percent')).toEqual(n(95.5));
  });
});

describe('displayRaw', () => {
  it.each<[RawCell | undefined, string]>([
    [undefined, ''],
    [typed(null), ''],
    [typed('  95,5% '), '95,5%'],
    [typed('Sở Nội vụ'.normalize('NFD')), 'Sở Nội vụ'],
    [typed('Së Néi vô'), 'Së Néi vô'], // what the user sees in a legacy font
    [num(0.955, '0.0%'), '95,5%'],
    [num(0.98, '0%'), '98%'],
    [num(44576, 'dd/mm/yyyy'), '15/01/2022'],
    [typed(1234), '1234'],
    [num(1234, '#,##0'), '1.234'],
    [typed(95.5), '95,5'],
    [num(3, '0.00'), '3,00'],
    [typed(true), 'TRUE'],
    [{ v: null, error: '#REF!' }, '#REF!'],
    [{ v: null, formula: 'SUM(A1:A3)' }, '=SUM(A1:A3)'],
  ])('%p -> "%s"', (cell, expected) => {
    expect(displayRaw(cell)).toBe(expected);
  });

  it('uses the English separators when asked', () => {
    expect(displayRaw(num(0.955, '0.0%'), 'en')).toBe('95.5%');
    expect(displayRaw(num(1234.5, '#,##0.0'), 'en')).toBe('1,234.5');
  });
});

describe('number formats', () => {
  it.each([
    ['0%', true],
    ['0.0%', true],
    ['9', true],
    ['0.0"%"', false], // a literal percent sign does not scale
    ['0.0\\%', false],
    ['General', false],
    ['dd/mm/yyyy', false],
  ])('isPercentFormat(%s) = %s', (fmt, expected) => {
    expect(isPercentFormat(fmt)).toBe(expected);
  });

  it.each([
    ['dd/mm/yyyy', true],
    ['d/m/yy', true],
    ['yyyy-mm-dd', true],
    ['mmm yyyy', true],
    ['[$-vi-VN]dd/mm/yyyy', true],
    ['14', true],
    ['22', true],
    ['h:mm', false],
    ['mm:ss', false],
    ['General', false],
    ['0.0%', false],
    ['#,##0', false],
    ['0" ngày"', false],
  ])('isDateFormat(%s) = %s', (fmt, expected) => {
    expect(isDateFormat(fmt)).toBe(expected);
  });

  it('no format is neither', () => {
    expect(isPercentFormat(undefined)).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
  });
});

describe('parseNumberText', () => {
  it.each<[string, boolean, number | null]>([
    ['95,5', false, 95.5],
    ['95.5', false, 95.5],
    ['1.234,5', false, 1234.5],
    ['1,234.5', false, 1234.5],
    ['1.234', false, 1.234],
    ['1.234', true, 1234],
    ['0.234', true, 0.234],
    ['1.234.567,89', false, 1234567.89],
    ['-12', false, -12],
    ['\u221212', false, -12],
    [',5', false, 0.5],
    ['5,', false, 5],
    ['1.23.4', false, null],
    ['1.2345,6', false, null],
    ['abc', false, null],
    ['', false, null],
    ['.', false, null],
  ])('"%s" (whole %s) -> %p', (text, whole, expected) => {
    expect(parseNumberText(text, { whole })).toBe(expected);
  });
});

// The template's formulas read less than parseValue (docs/template-format.md, "The sheet and the
// core"); test/template-parity.libreoffice.test.ts proves these readings in LibreOffice.
describe('sheetReading: what the template formulas read', () => {
  const words = { yes: ['Có', 'Yes'], no: ['Không', 'No'], na: ['Không áp dụng', 'Not applicable'] };
  it.each<[string, RawCell | undefined, ValueKind, ParsedValue]>([
    ['no cell', undefined, 'yesno', BLANK],
    ['spaces (TRIM)', typed('   '), 'count', BLANK],
    ['no-break space (TRIM keeps it)', typed('\u00a0'), 'yesno', bad('', 'not-yes-no')],
    ['Có any case, spaces around', typed('  cÓ '), 'yesno', YES],
    ['Yes in a Vietnamese template too', typed('Yes'), 'yesno', YES],
    ['Không', typed('KHÔNG'), 'yesno', NO],
    ['Không áp dụng on a count', typed('không áp dụng'), 'count', NA],
    ['x', typed('x'), 'yesno', bad('x', 'not-yes-no')],
    ['number 1 on yes/no', typed(1), 'yesno', bad('1', 'not-yes-no')],
    ['TRUE on yes/no', typed(true), 'yesno', bad('TRUE', 'not-yes-no')],
    ['KAD', typed('KAD'), 'count', bad('KAD', 'not-a-number')],
    ['a %-formatted fraction as stored', num(0.955, '0.0%'), 'percent', n(0.955)],
    ['text 95,5', typed('95,5'), 'percent', bad('95,5', 'not-a-number')],
    ['a fractional count', typed(1.5), 'count', bad('1,5', 'not-a-number')],
    ['a negative count (the rules judge it)', typed(-1), 'count', n(-1)],
    ['a date serial', num(45731, 'dd/mm/yyyy'), 'date', date('2025-03-15')],
    ['a serial without a date format', typed(45731), 'date', date('2025-03-15')],
    ['a text date', typed('15/03/2025'), 'date', bad('15/03/2025', 'not-a-date')],
    ['an error value', { v: null, error: '#N/A' }, 'count', bad('#N/A', 'error-value')],
  ])('%s', (_name, cell, kind, expected) => {
    expect(sheetReading(cell, kind, words)).toEqual(expected);
  });

  it.each([
    ['a  b', 'a b'],
    ['  a ', 'a'],
    ['\u00a0a', '\u00a0a'],
  ])('excelTrim(%j) is %j', (input, expected) => {
    expect(excelTrim(input)).toBe(expected);
  });
});

describe('readingsDiffer: where the core warns that the sheet reads otherwise', () => {
  it.each<[string, ParsedValue, ParsedValue, boolean]>([
    ['same answer', YES, YES, false],
    ['x read as Có', YES, bad('x', 'not-yes-no'), true],
    ['a %-formatted fraction', n(95.5), n(0.955), true],
    ['same number', n(2), n(2), false],
    ['a text date', date('2025-03-15'), bad('15/03/2025', 'not-a-date'), true],
    ['blank read from a no-break space', BLANK, bad('\u00a0', 'not-yes-no'), true],
    ['unreadable for both', bad('abc', 'not-a-number'), bad('abc', 'not-a-number'), false],
    ['unreadable for the core: its own error says so', bad('5', 'not-a-date'), date('1900-01-05'), false],
  ])('%s', (_name, core, sheet, expected) => {
    expect(readingsDiffer(core, sheet)).toBe(expected);
  });
});
