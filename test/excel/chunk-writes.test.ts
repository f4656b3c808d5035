import { parseCell, rectAddress } from '../../src/excel/a1-address';
import {
  blockOpBytes,
  cellBlocks,
  borderGroups,
  coverRects,
  estimatePayloadBytes,
  officeCell,
  splitBlock,
  styleGroups,
  utf8Length,
} from '../../src/excel/chunk-writes';
import { gridCells } from './sheet-spec-builder';

describe('payload estimate', () => {
  it.each([
    ['ASCII', 'abc', 3],
    ['Vietnamese letters (2-3 bytes each)', 'Đạt', 1 * 2 + 3 + 1],
    ['an emoji (a surrogate pair)', '😀', 4],
  ])('counts UTF-8 bytes of %s', (_label, s, bytes) => {
    expect(utf8Length(s)).toBe(bytes);
  });

  it('is the JSON size of a value', () => {
    expect(estimatePayloadBytes([[1, null, 'a']])).toBe('[[1,null,"a"]]'.length);
  });
});

describe('officeCell', () => {
  it.each([
    ['text', { text: '=SUM(A1)' }, undefined, { value: "'=SUM(A1)", formula: null, numberFormat: null }],
    ['empty text', { text: '' }, undefined, { value: null, formula: null, numberFormat: null }],
    ['a number with a format', { number: 0.5 }, '0%', { value: 0.5, formula: null, numberFormat: '0%' }],
    [
      'a date',
      { date: '2025-01-01' },
      undefined,
      { value: 45658, formula: null, numberFormat: 'dd/mm/yyyy' },
    ],
    [
      'a date with its own format',
      { date: '2025-01-01' },
      'd/m/yy',
      { value: 45658, formula: null, numberFormat: 'd/m/yy' },
    ],
    [
      'an impossible date',
      { date: '2025-02-30' },
      undefined,
      { value: "'2025-02-30", formula: null, numberFormat: null },
    ],
    [
      'a formula',
      { formula: 'A1*2', result: 4 },
      undefined,
      { value: null, formula: '=A1*2', numberFormat: null },
    ],
    ['nothing, with a format', null, '@', { value: null, formula: null, numberFormat: '@' }],
  ] as const)('writes %s', (_label, value, fmt, expected) => {
    expect(officeCell(value, fmt)).toEqual(expected);
  });
});

describe('cellBlocks and splitBlock', () => {
  it('makes one block of a table and separate blocks across a gap of empty rows', () => {
    const blocks = cellBlocks([...gridCells(10, 4), ...gridCells(2, 2, 20)]);
    expect(blocks.map((b) => rectAddress(b.rect))).toEqual(['A1:D10', 'A20:B21']);
    expect(blocks[0]?.formulas).toBeNull();
    expect(blocks[0]?.numberFormats).toBeNull();
  });

  it('splits a block until each operation fits, keeping every cell exactly once', () => {
    const [block] = cellBlocks(gridCells(100, 8));
    if (!block) throw new Error('no block');
    const limit = 2_000;
    const parts = splitBlock(block, limit);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(blockOpBytes(p)).toBeLessThanOrEqual(limit);
    const seen = new Map<string, unknown>();
    for (const p of parts) {
      p.values?.forEach((row, r) =>
        row.forEach((v, c) => {
          const key = rectAddress({
            top: p.rect.top + r,
            left: p.rect.left + c,
            bottom: p.rect.top + r,
            right: p.rect.left + c,
          });
          expect(seen.has(key)).toBe(false);
          seen.set(key, v);
        }),
      );
    }
    expect(seen.size).toBe(800);
    expect(seen.get('H100')).toBe(99 * 8 + 7);
  });

  it('makes one block of a table too big to spread into Math.min (150,000 cells: 7,000 units)', () => {
    const blocks = cellBlocks(gridCells(15_000, 10));
    expect(blocks.map((b) => rectAddress(b.rect))).toEqual(['A1:J15000']);
    expect(blocks[0]?.values?.[14_999]?.[9]).toBe(14_999 * 10 + 9);
  });

  it('never splits a single cell, even over the limit', () => {
    const [block] = cellBlocks([{ address: 'A1', value: { text: 'x'.repeat(5000) } }]);
    if (!block) throw new Error('no block');
    expect(splitBlock(block, 100)).toEqual([block]);
  });
});

describe('coverRects and styleGroups', () => {
  const points = (...a1: string[]) => a1.map((a) => parseCell(a) as { row: number; col: number });

  it.each([
    ['a table', points('A1', 'B1', 'A2', 'B2', 'A3', 'B3'), ['A1:B3']],
    ['an L shape', points('A1', 'A2', 'B2'), ['A1', 'A2:B2']],
    ['two columns apart', points('A1', 'C1', 'A2', 'C2'), ['A1:A2', 'C1:C2']],
    ['a hole', points('A1', 'B1', 'C1', 'A2', 'C2', 'A3', 'B3', 'C3'), ['A1:C1', 'A2', 'C2', 'A3:C3']],
  ])('covers %s exactly', (_label, pts, expected) => {
    expect(coverRects(pts).map(rectAddress)).toEqual(expected);
  });

  it('groups each format and value apart, ignoring false flags, borders and the number format', () => {
    const groups = styleGroups([
      { address: 'A1', value: null, style: { bold: true, numFmt: '0.0', border: true } },
      { address: 'A2', value: null, style: { bold: true, italic: false } },
      { address: 'B1', value: null, style: { bold: true, fill: 'FFFF00' } },
      { address: 'B2', value: null, style: { bold: true, fill: 'FF0000' } },
      { address: 'C1', value: null, style: { wrap: false, borderBottom: true } },
    ]);
    expect(groups.map((g) => [g.style, g.rects.map(rectAddress)])).toEqual([
      [{ bold: true }, ['A1:B2']],
      [{ fill: 'FFFF00' }, ['B1']],
      [{ fill: 'FF0000' }, ['B2']],
    ]);
  });

  it('groups borders apart: boxed cells, and cells with only a line under them', () => {
    const cell = (address: string, style: object) => ({ address, value: null, style });
    const groups = borderGroups([
      cell('A1', { borderBottom: true, bold: true }),
      cell('B1', { borderBottom: true }),
      cell('A3', { border: true, fill: 'FFFF00' }),
      cell('B3', { border: true, borderBottom: true }),
      cell('A4', { border: true, italic: true }),
      cell('B4', { border: true }),
      cell('C4', { bold: true }),
    ]);
    expect({ boxed: groups.boxed.map(rectAddress), underlined: groups.underlined.map(rectAddress) }).toEqual({
      boxed: ['A3:B4'],
      underlined: ['A1:B1'],
    });
  });
});
