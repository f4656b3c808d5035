import { defaultSettings } from '../../plans/de-an-04/default-settings';
import { parseSettings } from './settings-schema';

const fallback = defaultSettings('2025-06-01');
const flags = { resolvesTthc: false, publishesTthc: false, isDepartment: false };
const unit = { code: 'A1', name: 'Chi bộ A', kind: 'chi-bo-co-so', ...flags, aliases: [] };

describe('parseSettings', () => {
  it('accepts the defaults unchanged', () => {
    expect(parseSettings(fallback, fallback)).toEqual({ ok: true, value: fallback });
  });

  it('fills what a settings file leaves out from the fallback', () => {
    const r = parseSettings({ dueSoonDays: 14, limits: { maxSheets: 10 } }, fallback);
    expect(r.ok && r.value).toEqual({
      ...fallback,
      dueSoonDays: 14,
      limits: { ...fallback.limits, maxSheets: 10 },
    });
  });

  // Issue 13 §4: settings written before names had periods hold one `org` object.
  const khoi = {
    superior: 'ĐẢNG BỘ TỈNH NGHỆ AN',
    issuer: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH',
    place: 'Nghệ An',
    consolidatingOffice: 'Ban Tuyên giáo Đảng ủy Khối',
  };
  it.each<[string, Record<string, string>, unknown]>([
    ['the former built-in names become the default periods', khoi, fallback.org],
    [
      'names a user chose become one period valid at all times',
      {
        ...khoi,
        issuer: 'ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH',
        consolidatingOffice: 'Ban Tuyên giáo Đảng ủy Khối',
      },
      [
        {
          ...khoi,
          issuer: 'ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH',
          standingCommittee: 'Ban Thường vụ Đảng ủy khối doanh nghiệp tỉnh',
          unitSuperior: 'ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH',
          assumed: false,
        },
      ],
    ],
    [
      'a file with some names takes the others from the former names',
      { place: 'Vinh' },
      [
        {
          ...khoi,
          place: 'Vinh',
          standingCommittee: 'Ban Thường vụ Đảng ủy khối các cơ quan tỉnh',
          unitSuperior: 'ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH',
          assumed: false,
        },
      ],
    ],
  ])('reads a single org: %s', (_name, org, expected) => {
    const r = parseSettings({ org }, fallback);
    expect(r.ok && r.value.org).toEqual(expected);
  });

  it('stores names normalized (NFC, ƣ) and gives missing aliases an empty list', () => {
    const r = parseSettings(
      {
        units: [
          {
            code: ' A1 ',
            name: 'Chi bộ Thƣ viện  tỉnh'.normalize('NFD'),
            kind: 'chi-bo-co-so',
            ...flags,
          },
        ],
      },
      fallback,
    );
    expect(r.ok && r.value.units).toEqual([
      { code: 'A1', name: 'Chi bộ Thư viện tỉnh', kind: 'chi-bo-co-so', ...flags, aliases: [] },
    ]);
  });

  // Files saved before II.3's two targets and III.2/III.4's sở, ban, ngành had their own flags.
  it.each<[string, Record<string, boolean>, [boolean, boolean, boolean]]>([
    ['an old unit handling TTHC gets all three flags', { handlesTthc: true }, [true, true, true]],
    ['an old unit not handling TTHC gets none', { handlesTthc: false }, [false, false, false]],
    [
      'a flag written beside the old one wins',
      { handlesTthc: true, isDepartment: false },
      [true, true, false],
    ],
    [
      'a new unit keeps its flags',
      { resolvesTthc: true, publishesTthc: false, isDepartment: true },
      [true, false, true],
    ],
  ])('migrates units of older files: %s', (_name, given, [resolves, publishes, department]) => {
    const { resolvesTthc: _r, publishesTthc: _p, isDepartment: _d, ...bare } = unit;
    const r = parseSettings({ units: [{ ...bare, ...given }] }, fallback);
    expect(r.ok && r.value.units[0]).toEqual({
      ...bare,
      resolvesTthc: resolves,
      publishesTthc: publishes,
      isDepartment: department,
    });
  });

  it('refuses a unit with neither the old flag nor the new ones', () => {
    const { resolvesTthc: _r, ...bare } = unit;
    const r = parseSettings({ units: [bare] }, fallback);
    expect(!r.ok && r.error[0]?.message.vi).toContain('units[0].resolvesTthc');
  });

  it.each<[string, unknown, string]>([
    ['not an object', 'hello', '(gốc): cần một đối tượng'],
    ['a bad as-of date', { asOf: '2025-02-30' }, 'asOf: phải là ngày dạng YYYY-MM-DD'],
    ['a negative due-soon', { dueSoonDays: -1 }, 'dueSoonDays: phải từ 0 trở lên'],
    ['a fractional due-soon', { dueSoonDays: 1.5 }, 'dueSoonDays: phải là số nguyên'],
    ['a bad language', { lang: 'fr' }, 'lang: cần một trong'],
    [
      'a report deadline as dd-mm',
      { reportDeadline: '31-12' },
      'reportDeadline: phải là ngày tháng dạng MM-DD',
    ],
    [
      'a bad deadline override',
      { deadlineOverrides: { unit_plan: '2025-13-01' } },
      'deadlineOverrides.unit_plan: phải là ngày',
    ],
    [
      'a threshold that is text',
      { thresholdOverrides: { ii3_satisfaction: '90' } },
      'thresholdOverrides.ii3_satisfaction: cần một số',
    ],
    [
      'a bloc target above 100',
      { blocTargetOverrides: { ii1_plan: 120 } },
      'blocTargetOverrides.ii1_plan: không được lớn hơn 100',
    ],
    ['an empty org name (single org)', { org: { issuer: '  ' } }, 'org.issuer: không được để trống'],
    [
      'an empty org name in a period',
      { org: [{ ...fallback.org[0], issuer: ' ' }] },
      'org[0].issuer: không được để trống',
    ],
    ['no org period', { org: [] }, 'org: không được để trống'],
    [
      'a period ending before it starts',
      { org: [{ ...fallback.org[0], from: '2025-02-01', to: '2025-01-01' }] },
      'org[0].to: không được nhỏ hơn from',
    ],
    [
      'overlapping periods',
      { org: [fallback.org[0], { ...fallback.org[1], from: '2025-02-01' }] },
      'org[1].from: không được nhỏ hơn org[0].to',
    ],
    ['a zero limit', { limits: { maxSheets: 0 } }, 'limits.maxSheets: phải từ 1 trở lên'],
    ['a bad unit kind', { units: [{ ...unit, kind: 'to-dan-pho' }] }, 'units[0].kind: cần một trong'],
    [
      'a unit without a name',
      { units: [{ ...unit, name: undefined }] },
      'units[0].name: thiếu giá trị bắt buộc',
    ],
    ['duplicate codes', { units: [unit, { ...unit, name: 'Chi bộ B' }] }, 'units[1].code: bị trùng'],
    [
      'years out of order',
      { units: [{ ...unit, activeFrom: 2024, activeTo: 2023 }] },
      'units[0].activeTo: không được nhỏ hơn activeFrom',
    ],
    [
      'a merge into an unknown unit',
      { units: [{ ...unit, activeTo: 2024, mergedInto: 'ZZ' }] },
      'units[0].mergedInto: không có trong units',
    ],
    [
      'a merge without a last year',
      { units: [unit, { ...unit, code: 'A2', mergedInto: 'A1' }] },
      'units[1].activeTo: đơn vị đã sáp nhập',
    ],
  ])('names the path of %s', (_name, data, vi) => {
    const r = parseSettings(data, fallback);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error[0]).toMatchObject({ code: 'SETTINGS.INVALID', severity: 'error' });
    expect(r.error[0]?.message.vi).toContain(vi);
    const path = vi.split(':')[0] ?? '';
    expect(r.error[0]?.message.en.startsWith(path === '(gốc)' ? '(root)' : path)).toBe(true);
  });
});
