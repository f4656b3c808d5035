import { moveFormula } from '../../src/xlsx/scan-workbook';

/** A shared formula's copy: Excel writes the formula once, and each copy is it moved to its cell. */
describe('moveFormula', () => {
  it.each([
    ['A1+B$2+$C3', 1, 1, 'B2+C$2+$C4'],
    ['SUM(A1:A3)', 2, 0, 'SUM(A3:A5)'],
    ['"A1"&A1', 1, 1, '"A1"&B2'],
    ['LOG10(A1)', 0, 1, 'LOG10(B1)'],
    ["'Báo cáo'!E12*2", 1, 0, "'Báo cáo'!E13*2"],
    ['$A$1', 5, 5, '$A$1'],
    ['A1', -1, 0, '#REF!'],
  ])('%s moved %i down, %i right -> %s', (formula, rows, cols, expected) => {
    expect(moveFormula(formula, rows, cols)).toBe(expected);
  });
});
