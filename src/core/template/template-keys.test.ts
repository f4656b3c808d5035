import type { RawSheet } from '../report/report-types';
import {
  COLUMNS_MARK,
  a1,
  colLetter,
  colNumber,
  formatStamp,
  keyedAddress,
  locateKeys,
  parseA1,
  parseStamp,
} from './template-keys';
import type { Stamp } from './template-keys';

/** A sheet from a grid of strings/numbers ('' = empty). */
function sheetOf(grid: (string | number)[][]): RawSheet {
  return {
    name: 'S',
    names: {},
    rows: grid.map((r) => r.map((v) => (v === '' ? undefined : { v }))),
  };
}

describe('stamp', () => {
  it.each<[string, Stamp, string]>([
    [
      'report',
      { kind: 'report', planId: 'de-an-04', version: 2, unitCode: 'DV001', year: 2025 },
      'baocao;kind=report;plan=de-an-04;version=2;unit=DV001;year=2025',
    ],
    [
      'bloc',
      { kind: 'bloc', planId: 'de-an-04', version: 2, year: 2024 },
      'baocao;kind=bloc;plan=de-an-04;version=2;year=2024',
    ],
    [
      'a code with separators is URI-encoded',
      { kind: 'report', planId: 'p', version: 1, unitCode: 'A;B=C', year: 2022 },
      'baocao;kind=report;plan=p;version=1;unit=A%3BB%3DC;year=2022',
    ],
  ])('%s: formats and parses back', (_name, stamp, text) => {
    expect(formatStamp(stamp)).toBe(text);
    expect(parseStamp(text)).toEqual(stamp);
  });

  it.each([
    ['another text', 'Báo cáo năm 2025'],
    ['no kind', 'baocao;plan=p;version=2;year=2025'],
    ['unknown kind', 'baocao;kind=summary;plan=p;version=2;year=2025'],
    ['version 0', 'baocao;kind=report;plan=p;version=0;year=2025'],
    ['year not a number', 'baocao;kind=report;plan=p;version=2;year=năm'],
    ['bad escape', 'baocao;kind=report;plan=%E0;version=2;year=2025'],
  ])('rejects %s', (_name, text) => {
    expect(parseStamp(text)).toBeNull();
  });
});

describe('A1 addresses', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [703, 'AAA'],
  ])('column %i is %s and back', (n, letters) => {
    expect(colLetter(n)).toBe(letters);
    expect(colNumber(letters)).toBe(n);
  });
  it('parses and formats cells', () => {
    expect(parseA1('$E$12')).toEqual({ row: 12, col: 5 });
    expect(a1(12, 5)).toBe('E12');
    expect(parseA1('E12:F13')).toBeNull();
  });
});

describe('locateKeys', () => {
  const stamp = 'baocao;kind=report;plan=p;version=2;unit=U1;year=2025';
  // Two rows and a column were inserted before everything: the keys are found all the same.
  const grid = [
    [],
    [],
    ['', '', 'field', '', 'value', 'date', 'note', 'verdict', stamp],
    ['', 'Đơn vị:', 'Sở A', '', '', '', '', '', '@unit_name'],
    ['', '1', 'Mục 1', '', 'Có', 45000, '', '', 'item_a'],
    ['', '2', 'Mục 2', '', 5, '', 'ghi chú', '', 'item_b'],
    ['', '', '', '', '', '', '', '', 'item_b'],
    ['', '', '', '', 'due', 'done', 'status', '', COLUMNS_MARK],
    ['', '1', 'Mốc', '', 45000, '', 'Quá hạn', '', 'ms:m1'],
  ];
  const keys = locateKeys(sheetOf(grid));

  it('finds the stamp, the key column and the rows', () => {
    expect(keys?.stamp).toEqual({ kind: 'report', planId: 'p', version: 2, unitCode: 'U1', year: 2025 });
    expect(keys?.stampCell).toBe('I3');
    expect(keys?.keyColumn).toBe(9);
    expect([...(keys?.rows.keys() ?? [])]).toEqual(['@unit_name', 'item_a', 'item_b', 'ms:m1']);
  });

  it.each([
    ['@unit_name', 'field', 'C4'],
    ['item_a', 'value', 'E5'],
    ['item_a', 'date', 'F5'],
    ['item_b', 'note', 'G6'],
    ['ms:m1', 'status', 'G9'],
    ['ms:m1', 'note', undefined], // the '#columns' row replaced the column keys
    ['missing', 'value', undefined],
  ])('%s / %s is at %s', (row, col, address) => {
    expect(keys && keyedAddress(keys, row, col)).toBe(address);
  });

  it('reports a key found twice and keeps the first', () => {
    expect(keys?.duplicates).toEqual(['item_b']);
    expect(keys?.rows.get('item_b')?.row).toBe(6);
  });

  it('returns null for a sheet without a stamp', () => {
    expect(locateKeys(sheetOf([['baocao'], ['x']]))).toBeNull();
  });
});
