import { defaultOrgNames } from '../../plans/de-an-04/default-settings';
import type { Unit } from './settings-types';
import { orgNamesOfYear, orgNamesOn, unitIssuer, unitNameIn, unitSuperiorIn } from './org-names';

const periods = defaultOrgNames();

describe('organization names by period (issue 13 §4, the 2025 reorganisation)', () => {
  it.each([
    ['the bloc before the change', '2024-12-31', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH'],
    [
      'the last day of the bloc (Quyết định 3254-QĐ/TU of 12/02/2025)',
      '2025-02-12',
      'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH',
    ],
    ['the first day of Đảng bộ UBND tỉnh', '2025-02-13', 'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH'],
    ['a summary dated 2026', '2026-01-20', 'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH'],
    ['a date before every period takes the first', '2019-01-01', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH'],
  ])('on %s (%s) the issuer is %s', (_name, date, issuer) => {
    expect(orgNamesOn(periods, date).issuer).toBe(issuer);
  });

  it('takes the nearest period before a date in a gap between periods', () => {
    const gap = [
      { ...periods[0]!, to: '2024-12-31', issuer: 'A' },
      { ...periods[1]!, from: '2025-03-01', issuer: 'B' },
    ];
    expect(orgNamesOn(gap, '2025-02-01').issuer).toBe('A');
  });

  it.each([
    [2024, 'ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH'],
    // A yearly report is written at the end of its year: 2025's is issued after the change.
    [2025, 'ĐẢNG BỘ ỦY BAN NHÂN DÂN TỈNH'],
  ])("a %d unit report names the units' superior %s", (year, superior) => {
    expect(orgNamesOfYear(periods, year).unitSuperior).toBe(superior);
  });

  it.each<[string, Pick<Unit, 'name' | 'kind'>, string]>([
    // Hướng dẫn 36-HD/VPTW: a đảng bộ cơ sở issues as its đảng ủy, a chi bộ cơ sở as the chi bộ.
    [
      'a đảng bộ cơ sở issues as its đảng ủy',
      { name: 'Đảng bộ Sở Tư pháp', kind: 'dang-bo-co-so' },
      'ĐẢNG ỦY SỞ TƯ PHÁP',
    ],
    [
      'a chi bộ cơ sở as the chi bộ',
      { name: 'Chi bộ Sở Ngoại vụ', kind: 'chi-bo-co-so' },
      'CHI BỘ SỞ NGOẠI VỤ',
    ],
    [
      '"cơ sở" in the name is dropped',
      { name: 'Đảng bộ cơ sở Báo Nghệ An', kind: 'dang-bo-co-so' },
      'ĐẢNG ỦY BÁO NGHỆ AN',
    ],
    ['a name without the party word gets it', { name: 'Sở Y tế', kind: 'dang-bo-co-so' }, 'ĐẢNG ỦY SỞ Y TẾ'],
    [
      'a name already as the committee stays',
      { name: 'Đảng ủy Sở Xây dựng', kind: 'dang-bo-co-so' },
      'ĐẢNG ỦY SỞ XÂY DỰNG',
    ],
  ])('36-HD/VPTW: %s', (_name, unit, issuer) => {
    expect(unitIssuer(unit)).toBe(issuer);
  });

  const renamed = {
    name: 'Đảng bộ Sở Nông nghiệp và Môi trường',
    names: [{ to: 2024, name: 'Đảng bộ Sở Nông nghiệp và Phát triển nông thôn' }],
    superiors: [{ from: 2025, name: 'ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH' }],
  };
  it.each([
    // Issue 13 §4: a unit's name and parent are settings with a validity period.
    [2024, 'Đảng bộ Sở Nông nghiệp và Phát triển nông thôn', 'ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH'],
    [2025, 'Đảng bộ Sở Nông nghiệp và Môi trường', 'ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH'],
  ])('in %d a renamed unit that moved is %s under %s', (year, name, superior) => {
    expect(unitNameIn(renamed, year)).toBe(name);
    expect(unitSuperiorIn(renamed, year, orgNamesOfYear(periods, year))).toBe(superior);
  });

  it('a unit without spans keeps its name and the superior of all units', () => {
    const plain: { name: string; names?: []; superiors?: [] } = { name: 'Đảng bộ Sở Y tế' };
    expect(unitNameIn(plain, 2022)).toBe('Đảng bộ Sở Y tế');
    expect(unitSuperiorIn(plain, 2025, orgNamesOfYear(periods, 2025))).toBe('ĐẢNG BỘ ỦY BAN NHÂN DÂN TỈNH');
  });
});
