import {
  columnLetters,
  columnNumber,
  parseRect,
  quoteSheetName,
  rectAddress,
  splitAreas,
  splitSheetRef,
} from '../../src/excel/a1-address';

describe('A1 addresses', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('column %i is %s and back', (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it.each([
    ['E12', 'E12'],
    ['$E$12', 'E12'],
    ['D9:B7', 'B7:D9'],
    ['B7:B7', 'B7'],
  ])('parses %s as %s', (a1, expected) => {
    const r = parseRect(a1);
    expect(r && rectAddress(r)).toBe(expected);
  });

  it.each(['', 'E', '12', 'A1:B2:C3', 'A:C', 'Sheet1!A1'])('rejects %j', (a1) => {
    expect(parseRect(a1)).toBeNull();
  });

  it.each([
    ['Sheet1!$E$12', { sheet: 'Sheet1', address: 'E12' }],
    ["='Tổng hợp 2025'!$E$12:$E$14", { sheet: 'Tổng hợp 2025', address: 'E12:E14' }],
    ["'It''s'!A1", { sheet: "It's", address: 'A1' }],
    ['E12', { address: 'E12' }],
  ])('splits %s', (ref, expected) => {
    expect(splitSheetRef(ref)).toEqual(expected);
  });

  it('quotes sheet names the way Excel does', () => {
    expect(quoteSheetName('Sheet1')).toBe('Sheet1');
    expect(quoteSheetName('Tổng hợp')).toBe("'Tổng hợp'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
  });

  it('splits area lists without breaking quoted names', () => {
    expect(splitAreas("'A, B'!A1:C1, 'A, B'!B3:D3")).toEqual(["'A, B'!A1:C1", "'A, B'!B3:D3"]);
  });
});
