import { sampleUnits } from '../../plans/de-an-04/sample-units';
import { activeUnits } from './units-active';

describe('activeUnits', () => {
  it.each([
    [2022, 69, ['DV006', 'DV037'], ['DV062']],
    [2023, 70, ['DV006', 'DV062'], []],
    [2024, 70, ['DV037'], []],
    [2025, 68, ['DV062'], ['DV006', 'DV037']],
  ])('%d: %d units', (year, count, present, absent) => {
    const codes = activeUnits(sampleUnits, year).map((u) => u.code);
    expect(codes).toHaveLength(count);
    for (const c of present) expect(codes).toContain(c);
    for (const c of absent) expect(codes).not.toContain(c);
  });
});
