import { sampleUnits } from '../../plans/de-an-04/sample-units';
import { convertUnicodeToTcvn3, convertUnicodeToVni } from '../text';
import { resolveUnit, similarity } from './resolve-unit';

const codeOf = (name: string, code: string | undefined, year = 2025) => {
  const m = resolveUnit(name, code, year, sampleUnits);
  return m.kind === 'found' ? [m.unit.code, m.via] : ['unknown', m.suggestions.map((u) => u.code).join(',')];
};

describe('resolveUnit', () => {
  it.each<[string, string, string | undefined, number, string, string]>([
    ['by code', 'Tên bất kỳ', 'DV003', 2025, 'DV003', 'code'],
    ['by code, any case and spacing', '', ' dv003 ', 2025, 'DV003', 'code'],
    ['by name', 'Đảng bộ Sở Tài chính', undefined, 2025, 'DV003', 'name'],
    ['by name when the code is unknown', 'Đảng bộ Sở Tài chính', 'DV999', 2025, 'DV003', 'name'],
    ['NFD', 'Đảng bộ Sở Tài chính'.normalize('NFD'), undefined, 2025, 'DV003', 'name'],
    ['capitals', 'ĐẢNG BỘ SỞ TÀI CHÍNH', undefined, 2025, 'DV003', 'name'],
    ['extra spaces', '  Đảng bộ   Sở Tài chính ', undefined, 2025, 'DV003', 'name'],
    ['without the prefix', 'Sở Tài chính', undefined, 2025, 'DV003', 'name'],
    ['with "Đảng ủy" instead of "Đảng bộ"', 'Đảng ủy Sở Tài chính', undefined, 2025, 'DV003', 'name'],
    ['with "Đảng uỷ" (old tone placement)', 'Đảng uỷ Sở Tài chính', undefined, 2025, 'DV003', 'name'],
    ['old tone placement in the name', 'Đảng bộ Sở Văn hoá và Thể thao', undefined, 2025, 'DV014', 'name'],
    ['ƣ from a PDF', 'Đảng bộ Sở Lao động - Thƣơng binh và Xã hội', undefined, 2024, 'DV013', 'name'],
    ['TCVN3 (.VnTime)', convertUnicodeToTcvn3('Đảng bộ Sở Y tế'), undefined, 2025, 'DV007', 'name'],
    ['VNI (VNI-Times)', convertUnicodeToVni('Chi bộ Sở Ngoại vụ'), undefined, 2025, 'DV048', 'name'],
    [
      'a former name (renamed in 2025)',
      'Đảng bộ Sở Nông nghiệp và Phát triển nông thôn',
      undefined,
      2024,
      'DV009',
      'alias',
    ],
    ['the new name', 'Đảng bộ Sở Nông nghiệp và Môi trường', undefined, 2025, 'DV009', 'name'],
    ['a merged unit by code, after the merger', '', 'DV006', 2025, 'DV005', 'merged'],
    [
      'a merged unit by name, after the merger',
      'Đảng bộ Sở Giao thông vận tải',
      undefined,
      2026,
      'DV005',
      'merged',
    ],
    ['a merged unit in its last year', 'Đảng bộ Sở Giao thông vận tải', undefined, 2024, 'DV006', 'name'],
    [
      'the second merged unit',
      'Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh',
      undefined,
      2025,
      'DV005',
      'merged',
    ],
  ])('%s', (_name, name, code, year, expected, via) => {
    expect(codeOf(name, code, year)).toEqual([expected, via]);
  });

  it.each<[string, string, string]>([
    ['a missing tone mark suggests the unit first', 'Đảng bộ Sở Tài chinh', 'DV003'],
    ['a typo', 'Đảng bộ Sở Y tê', 'DV007'],
    ['an added word', 'Đảng bộ Báo Nghệ An tỉnh', 'DV025'],
    ['no diacritics and a typo', 'Dang bo So Noi vuu', 'DV002'],
    ['a missing word', 'Trường Chính trị', 'DV024'],
  ])('unknown: %s', (_name, name, first) => {
    const m = resolveUnit(name, undefined, 2025, sampleUnits);
    expect(m.kind).toBe('unknown');
    if (m.kind !== 'unknown') return;
    expect(m.suggestions[0]?.code).toBe(first);
    expect(m.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('suggests nothing for a name unlike any unit', () => {
    expect(resolveUnit('Công ty Cổ phần Mía đường', undefined, 2025, sampleUnits)).toEqual({
      kind: 'unknown',
      suggestions: [],
    });
    expect(resolveUnit('', undefined, 2025, sampleUnits)).toEqual({ kind: 'unknown', suggestions: [] });
  });

  it('does not suggest units that were not active that year', () => {
    const m = resolveUnit('Chi bộ Trung tâm Phục vụ hành chính công', undefined, 2022, sampleUnits);
    expect(m.kind === 'unknown' && m.suggestions.map((u) => u.code)).not.toContain('DV062');
  });
});

describe('resolveUnit with its index built once per unit list', () => {
  it('answers from each list, not from an index built for another list', () => {
    const renamed = sampleUnits.map((u) =>
      u.code === 'DV003' ? { ...u, name: 'Đảng bộ Sở Tài chính mới' } : u,
    );
    expect(codeOf('Đảng bộ Sở Tài chính', undefined)).toEqual(['DV003', 'name']);
    const m = resolveUnit('Đảng bộ Sở Tài chính mới', undefined, 2025, renamed);
    expect(m.kind === 'found' && m.unit.code).toBe('DV003');
    expect(resolveUnit('Đảng bộ Sở Tài chính mới', undefined, 2025, sampleUnits).kind).toBe('unknown');
  });

  it.each<[string, string, string | undefined, string]>([
    ['a code listed twice resolves to its last unit', '', 'DV003', 'second'],
    ['a shared name prefers the unit active that year', 'Đảng bộ Trùng tên', undefined, 'second'],
  ])('%s', (_case, name, code, expected) => {
    const base = { kind: 'dang-bo-co-so' as const, aliases: [] };
    const first = { ...sampleUnits[0]!, ...base, code: 'DV003', name: 'Đảng bộ Trùng tên', activeTo: 2020 };
    const second = {
      ...sampleUnits[0]!,
      ...base,
      code: 'DV003',
      name: 'Đảng bộ Trùng tên',
      activeFrom: 2021,
    };
    const m = resolveUnit(name, code, 2025, [first, second]);
    expect(m.kind === 'found' && (m.unit === second ? 'second' : 'first')).toBe(expected);
  });
});

describe('similarity', () => {
  it.each([
    ['abc', 'abc', 1],
    ['', '', 0],
    ['ab', 'cd', 0],
  ])('%s ~ %s = %d', (a, b, s) => {
    expect(similarity(a, b)).toBe(s);
  });
});
