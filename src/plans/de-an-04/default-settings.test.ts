import { parseSettings } from '../../core/settings/settings-schema';
import { compareVi, normalizeText } from '../../core/text';
import { defaultSettings } from './default-settings';
import { sampleUnits } from './sample-units';

describe('defaultSettings', () => {
  const s = defaultSettings('2025-11-27');

  it('holds the as-of date and the assumed values', () => {
    expect(s).toMatchObject({
      asOf: '2025-11-27',
      dueSoonDays: 30,
      lang: 'vi',
      reportDeadline: '12-15',
      limits: {
        maxFileBytes: 20 * 1024 * 1024,
        maxUncompressedBytes: 100 * 1024 * 1024,
        maxZipEntries: 2000,
        maxSheets: 50,
        maxCells: 200000,
        maxMillisPerFile: 10000,
      },
    });
  });

  it.each([
    // DOMAIN.md: the bloc until 12/02/2025 (the plan's own names, V.1 and V.3) ...
    [
      'up to 12/02/2025',
      0,
      {
        to: '2025-02-12',
        issuer: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH',
        unitSuperior: 'ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH',
        consolidatingOffice: 'Ban Tuyên giáo Đảng ủy Khối',
        standingCommittee: 'Ban Thường vụ Đảng ủy Khối',
        assumed: false,
      },
    ],
    // ... then Đảng bộ UBND tỉnh from 13/02/2025 (Quyết định 3254-QĐ/TU); who consolidates is assumed.
    [
      'from 13/02/2025',
      1,
      {
        from: '2025-02-13',
        issuer: 'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH',
        unitSuperior: 'ĐẢNG BỘ ỦY BAN NHÂN DÂN TỈNH',
        consolidatingOffice: 'Ban Tuyên giáo và Dân vận Đảng ủy Ủy ban nhân dân tỉnh',
        assumed: true,
      },
    ],
  ])('names the organizations %s (2025 reorganisation)', (_when, index, names) => {
    expect(s.org).toHaveLength(2);
    expect(s.org[index]).toMatchObject({ superior: 'ĐẢNG BỘ TỈNH NGHỆ AN', place: 'Nghệ An', ...names });
  });

  it('passes its own schema', () => {
    expect(parseSettings(s, s)).toEqual({ ok: true, value: s });
  });

  it('gives each call its own unit list', () => {
    const a = defaultSettings('2025-01-01');
    a.units[0]?.aliases.push('x');
    expect(defaultSettings('2025-01-01').units[0]?.aliases).toEqual([]);
  });
});

describe('sampleUnits', () => {
  it('are 70 units: 47 đảng bộ cơ sở, 23 chi bộ cơ sở, 40 resolving and publishing TTHC, 21 sở, ban, ngành, codes DV001-DV070', () => {
    expect(sampleUnits).toHaveLength(70);
    expect(sampleUnits.filter((u) => u.kind === 'dang-bo-co-so')).toHaveLength(47);
    expect(sampleUnits.filter((u) => u.resolvesTthc)).toHaveLength(40);
    expect(sampleUnits.filter((u) => u.publishesTthc)).toHaveLength(40);
    expect(sampleUnits.filter((u) => u.isDepartment)).toHaveLength(21);
    expect(sampleUnits.map((u) => u.code)).toEqual(
      Array.from({ length: 70 }, (_, i) => `DV${String(i + 1).padStart(3, '0')}`),
    );
  });

  it('name each unit by its kind, in NFC, without duplicates', () => {
    for (const u of sampleUnits) {
      expect(u.name.startsWith(u.kind === 'dang-bo-co-so' ? 'Đảng bộ ' : 'Chi bộ ')).toBe(true);
      expect(normalizeText(u.name)).toBe(u.name);
    }
    expect(new Set(sampleUnits.map((u) => u.name)).size).toBe(70);
  });

  it('carry the March 2025 mergers (DOMAIN.md): two renamed, seven merged into their successors, one new', () => {
    expect(sampleUnits.filter((u) => u.aliases.length > 0).map((u) => u.code)).toEqual(['DV009', 'DV020']);
    expect(sampleUnits.filter((u) => u.mergedInto).map((u) => [u.code, u.activeTo, u.mergedInto])).toEqual([
      ['DV004', 2024, 'DV003'],
      ['DV006', 2024, 'DV005'],
      ['DV010', 2024, 'DV009'],
      ['DV013', 2024, 'DV002'],
      ['DV016', 2024, 'DV015'],
      ['DV037', 2024, 'DV005'],
      ['DV050', 2024, 'DV020'],
    ]);
    expect(sampleUnits.filter((u) => u.names).map((u) => [u.code, u.names])).toEqual([
      ['DV009', [{ to: 2024, name: 'Đảng bộ Sở Nông nghiệp và Phát triển nông thôn' }]],
      ['DV020', [{ to: 2024, name: 'Đảng bộ Ban Dân tộc tỉnh' }]],
    ]);
    expect(sampleUnits.filter((u) => u.activeFrom).map((u) => [u.code, u.activeFrom])).toEqual([
      ['DV062', 2023],
    ]);
  });

  it('sort with Vietnamese collation (Đ after D, not after Z)', () => {
    const names = ['Đảng bộ Sở Y tế', 'Chi bộ Thư viện tỉnh', 'Đảng bộ Báo Nghệ An'].sort(compareVi);
    expect(names).toEqual(['Chi bộ Thư viện tỉnh', 'Đảng bộ Báo Nghệ An', 'Đảng bộ Sở Y tế']);
  });
});
