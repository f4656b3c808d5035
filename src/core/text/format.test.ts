import {
  formatDate,
  formatLongDate,
  formatLongDateVi,
  formatNumber,
  formatPercent,
  formatQuarter,
  formatRatio,
} from './format';
import type { NumberFormatOptions } from './format';

describe('formatNumber', () => {
  it.each<[number, NumberFormatOptions, string, string]>([
    [1234.5, {}, '1.234,5', '1,234.5'],
    [1234567, {}, '1.234.567', '1,234,567'],
    [0, {}, '0', '0'],
    [12, {}, '12', '12'],
    [999, {}, '999', '999'],
    [1000, {}, '1.000', '1,000'],
    [-1234.5, {}, '-1.234,5', '-1,234.5'],
    [95.55, { maxDecimals: 1 }, '95,6', '95.6'],
    [1.005, {}, '1,01', '1.01'], // the decimal as written, not the binary 1.00499...
    [2.5, { maxDecimals: 0 }, '3', '3'],
    [-2.5, { maxDecimals: 0 }, '-3', '-3'], // half away from zero
    [-0.04, { maxDecimals: 1 }, '0', '0'], // no "-0"
    [-0, {}, '0', '0'],
    [95.5, { decimals: 2 }, '95,50', '95.50'],
    [95, { decimals: 1 }, '95,0', '95.0'],
    [0.1 + 0.2, {}, '0,3', '0.3'],
    [1234.5, { grouping: false }, '1234,5', '1234.5'],
    // Past 1e15 a double has no fraction; near 1e300 the decimal shift used to overflow and throw.
    [1e21, {}, '1.000.000.000.000.000.000.000', '1,000,000,000,000,000,000,000'],
    [1e15, { decimals: 1 }, '1.000.000.000.000.000,0', '1,000,000,000,000,000.0'],
    [-1.5e16, {}, '-15.000.000.000.000.000', '-15,000,000,000,000,000'],
    [
      1.7976931348623157e308,
      { grouping: false },
      '17976931348623157' + '0'.repeat(292),
      '17976931348623157' + '0'.repeat(292),
    ],
    [0.000001, { maxDecimals: 2 }, '0', '0'],
    [1e21, { maxDecimals: 0 }, '1.000.000.000.000.000.000.000', '1,000,000,000,000,000,000,000'],
    [123.456, { maxDecimals: 2 }, '123,46', '123.46'],
    [99.95, { maxDecimals: 1 }, '100', '100'],
  ])('%p %p -> %s / %s', (n, options, vi, en) => {
    expect(formatNumber(n, 'vi', options)).toBe(vi);
    expect(formatNumber(n, 'en', options)).toBe(en);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY]])('%p gives an empty text', (n) => {
    expect(formatNumber(n, 'vi')).toBe('');
  });
});

describe('formatPercent', () => {
  it.each([
    [95.5, undefined, '95,5%', '95.5%'],
    [100, undefined, '100%', '100%'],
    [92.857142, undefined, '92,9%', '92.9%'],
    [92.857142, 2, '92,86%', '92.86%'],
    [0, undefined, '0%', '0%'],
    [-0.01, undefined, '0%', '0%'],
  ])('%p (max %p) -> %s / %s', (n, max, vi, en) => {
    expect(formatPercent(n, 'vi', max)).toBe(vi);
    expect(formatPercent(n, 'en', max)).toBe(en);
  });
});

describe('formatDate', () => {
  it.each([
    ['2024-04-16', '16/04/2024'],
    ['2022-01-05', '05/01/2022'],
    ['2021-12-31', '31/12/2021'],
    ['not a date', 'not a date'],
    ['2022-02-30', '2022-02-30'],
  ])('%s -> %s in both languages', (iso, expected) => {
    expect(formatDate(iso, 'vi')).toBe(expected);
    expect(formatDate(iso, 'en')).toBe(expected);
  });
});

describe('formatQuarter', () => {
  it.each([
    [2025, 4, 'Quý IV/2025', 'Q4 2025'],
    [2021, 1, 'Quý I/2021', 'Q1 2021'],
    [2022, 2, 'Quý II/2022', 'Q2 2022'],
    [2023, 3, 'Quý III/2023', 'Q3 2023'],
  ])('%i Q%i -> %s / %s', (year, q, vi, en) => {
    expect(formatQuarter(year, q, 'vi')).toBe(vi);
    expect(formatQuarter(year, q, 'en')).toBe(en);
  });

  it('refuses a quarter outside 1-4 (a bug, not an input)', () => {
    expect(() => formatQuarter(2025, 5, 'vi')).toThrow('Quarter');
  });
});

describe('formatLongDate', () => {
  it.each([
    ['2024-04-16', 'ngày 16 tháng 4 năm 2024', '16 April 2024'],
    ['2024-01-05', 'ngày 05 tháng 01 năm 2024', '5 January 2024'],
    ['2021-02-28', 'ngày 28 tháng 02 năm 2021', '28 February 2021'],
    ['2021-10-01', 'ngày 01 tháng 10 năm 2021', '1 October 2021'],
    ['2025-12-09', 'ngày 09 tháng 12 năm 2025', '9 December 2025'],
    ['bad', 'bad', 'bad'],
  ])('%s -> %s / %s', (iso, vi, en) => {
    expect(formatLongDate(iso, 'vi')).toBe(vi);
    expect(formatLongDateVi(iso)).toBe(vi);
    expect(formatLongDate(iso, 'en')).toBe(en);
  });
});

describe('formatRatio', () => {
  it.each([
    [65, 70, '65/70 (92,9%)', '65/70 (92.9%)'],
    [70, 70, '70/70 (100%)', '70/70 (100%)'],
    [0, 0, '0/0', '0/0'],
    [1234, 1300, '1.234/1.300 (94,9%)', '1,234/1,300 (94.9%)'],
    [0, 5, '0/5 (0%)', '0/5 (0%)'],
  ])('%i/%i -> %s / %s', (num, den, vi, en) => {
    expect(formatRatio(num, den, 'vi')).toBe(vi);
    expect(formatRatio(num, den, 'en')).toBe(en);
  });
});
