import { sampleUnits } from '../../plans/de-an-04/sample-units';
import { activeUnits } from './units-active';

describe('activeUnits', () => {
  it.each([
    [2022, 69, ['DV006', 'DV037'], ['DV062']],
    [2023, 70, ['DV006', 'DV062'], []],
    [2024, 70, ['DV037'], []],
    // The March 2025 mergers (DOMAIN.md): seven units end in 2024.
    [
      2025,
      63,
      ['DV062', 'DV003', 'DV005', 'DV009'],
      ['DV004', 'DV006', 'DV010', 'DV013', 'DV016', 'DV037', 'DV050'],
    ],
  ])('%d: %d units', (year, count, present, absent) => {
    const codes = activeUnits(sampleUnits, year).map((u) => u.code);
    expect(codes).toHaveLength(count);
    for (const c of present) expect(codes).toContain(c);
    for (const c of absent) expect(codes).not.toContain(c);
  });
});
