import {
  addDays,
  compareIso,
  daysBetween,
  daysInMonth,
  daysToIso,
  isLeapYear,
  isoFromParts,
  isoParts,
  isoToDays,
  isValidIso,
} from './iso-date';

describe('isValidIso', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2022-04-31', false],
    ['2022-12-31', true],
    ['2022-13-01', false],
    ['2022-00-10', false],
    ['2022-1-5', false],
    ['15/01/2022', false],
    ['', false],
  ])('%s -> %s', (s, valid) => {
    expect(isValidIso(s)).toBe(valid);
  });

  it('rejects non-strings', () => {
    expect(isValidIso(20220115)).toBe(false);
    expect(isValidIso(undefined)).toBe(false);
  });
});

describe('day arithmetic', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2024-04-16', 19829],
    ['1900-01-01', -25567],
  ])('%s is day %i', (iso, days) => {
    expect(isoToDays(iso)).toBe(days);
    expect(daysToIso(days)).toBe(iso);
  });

  it('round-trips every day of 1999-2101', () => {
    const start = isoToDays('1999-01-01');
    const end = isoToDays('2101-12-31');
    let prev = daysToIso(start - 1);
    for (let d = start; d <= end; d++) {
      const iso = daysToIso(d);
      expect(isoToDays(iso)).toBe(d);
      expect(compareIso(prev, iso)).toBe(-1);
      prev = iso;
    }
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2021-12-31', 1, '2022-01-01'],
    ['2022-01-01', -1, '2021-12-31'],
    ['2022-01-15', 30, '2022-02-14'],
    ['2022-01-15', 0, '2022-01-15'],
  ])('addDays(%s, %i) = %s', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
  });

  it.each([
    ['2022-01-01', '2022-12-31', 364],
    ['2024-01-01', '2024-12-31', 365],
    ['2022-03-01', '2022-02-01', -28],
    ['2022-03-01', '2022-03-01', 0],
  ])('daysBetween(%s, %s) = %i', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });

  it('compareIso orders dates', () => {
    expect(compareIso('2022-01-02', '2022-01-10')).toBe(-1);
    expect(compareIso('2022-01-10', '2022-01-02')).toBe(1);
    expect(compareIso('2022-01-10', '2022-01-10')).toBe(0);
  });

  it('isoToDays throws on an invalid date (callers validate first)', () => {
    expect(() => isoToDays('2022-02-30')).toThrow('Not an ISO date');
  });
});

describe('parts', () => {
  it('builds and splits dates', () => {
    expect(isoFromParts(2022, 1, 5)).toBe('2022-01-05');
    expect(isoFromParts(2022, 2, 29)).toBeNull();
    expect(isoFromParts(2022, 1.5, 5)).toBeNull();
    expect(isoParts('2024-04-16')).toEqual({ year: 2024, month: 4, day: 16 });
    expect(isoParts('2024-04-31')).toBeNull();
  });

  it.each([
    [2024, 2, 29],
    [2100, 2, 28],
    [2000, 2, 29],
    [2022, 4, 30],
    [2022, 12, 31],
  ])('daysInMonth(%i, %i) = %i', (y, m, n) => {
    expect(daysInMonth(y, m)).toBe(n);
    expect(isLeapYear(y)).toBe(m === 2 && n === 29);
  });
});
