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
      org: {
        superior: 'ĐẢNG BỘ TỈNH NGHỆ AN',
        issuer: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH',
        place: 'Nghệ An',
        consolidatingOffice: 'Ban Tuyên giáo Đảng ủy Khối',
      },
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

  it('carry a history: one renamed, two merged, one new', () => {
    expect(sampleUnits.filter((u) => u.aliases.length > 0).map((u) => u.code)).toEqual(['DV009']);
    expect(sampleUnits.filter((u) => u.mergedInto).map((u) => [u.code, u.activeTo, u.mergedInto])).toEqual([
      ['DV006', 2024, 'DV005'],
      ['DV037', 2024, 'DV005'],
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
