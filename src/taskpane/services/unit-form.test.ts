import { defaultSettings } from '../../plans/de-an-04/default-settings';
import { keepSpans, unitFromForm, unitToForm } from './unit-form';
import { searchUnits } from './unit-search';

const units = defaultSettings('2025-11-20').units;

describe('unit search', () => {
  it.each([
    ['so noi vu', ['Đảng bộ Sở Nội vụ']],
    ['SỞ NỘI', ['Đảng bộ Sở Nội vụ']],
    ['dv002', ['Đảng bộ Sở Nội vụ']],
    // A former name finds the renamed unit.
    ['nong nghiep va phat trien', ['Đảng bộ Sở Nông nghiệp và Môi trường']],
  ])('finds "%s" without diacritics', (query, names) => {
    expect(searchUnits(units, query).map((u) => u.name)).toEqual(names);
  });

  it('lists everything in Vietnamese order when nothing is typed', () => {
    const names = searchUnits(units, '').map((u) => u.name);
    expect(names).toHaveLength(units.length);
    // "Chi bộ" before "Đảng bộ": Đ sorts after D, not after Z.
    expect(names[0]?.startsWith('Chi bộ')).toBe(true);
    expect(names.at(-1)?.startsWith('Đảng bộ')).toBe(true);
  });
});

describe('unit form', () => {
  const form = unitToForm(undefined);

  it('builds the unit from the fields', () => {
    expect(
      unitFromForm(
        {
          ...form,
          code: ' X01 ',
          name: 'Chi bộ  Báo Nghệ An',
          kind: 'chi-bo-co-so',
          to: '2024',
          aliases: 'Báo NA\n\n',
          mergedInto: 'DV001',
        },
        units,
      ).unit,
    ).toEqual({
      code: 'X01',
      name: 'Chi bộ Báo Nghệ An',
      kind: 'chi-bo-co-so',
      resolvesTthc: false,
      publishesTthc: false,
      isDepartment: false,
      activeTo: 2024,
      aliases: ['Báo NA'],
      mergedInto: 'DV001',
    });
  });

  it.each([
    ['II.3 on time, satisfaction: resolves TTHC', 'resolvesTthc'],
    ['II.3 publication: publishes TTHC', 'publishesTthc'],
    ['III.2 steering board, III.4 code of conduct: sở, ban, ngành', 'isDepartment'],
  ] as const)('keeps each flag apart (%s)', (_name, flag) => {
    const unit = unitFromForm({ ...form, code: 'X01', name: 'Tên', [flag]: true }, units).unit;
    expect(unit && [unit.resolvesTthc, unit.publishesTthc, unit.isDepartment]).toEqual([
      flag === 'resolvesTthc',
      flag === 'publishesTthc',
      flag === 'isDepartment',
    ]);
    expect(unitToForm(unit)[flag]).toBe(true);
  });

  it.each([
    [{ code: '' }, 'code', 'Hãy ghi mã đơn vị.'],
    [{ code: 'dv001' }, 'code', 'Mã dv001 đã có đơn vị khác dùng.'],
    [{ name: '  ' }, 'name', 'Hãy ghi tên đơn vị.'],
    [{ from: '1999' }, 'from', 'Hãy ghi năm từ 2000 đến 2100.'],
    [{ from: '2025', to: '2024' }, 'to', 'Năm kết thúc không được trước năm bắt đầu.'],
    [{ mergedInto: 'DV001' }, 'to', 'Đơn vị đã sáp nhập cần có năm kết thúc.'],
  ] as const)('refuses %j', (change, field, message) => {
    const result = unitFromForm({ ...form, code: 'X01', name: 'Tên', ...change }, units);
    expect(result.unit).toBeUndefined();
    expect(result.errors[field]?.vi).toBe(message);
  });
});

describe('keepSpans (issue 13 §4: names and superiors by year)', () => {
  const dv009 = units.find((u) => u.code === 'DV009')!;
  it.each([
    ['an edited unit keeps its former name by year', dv009, dv009.names],
    ['a new unit has none', undefined, undefined],
  ])('%s', (_name, before, names) => {
    const edited = unitFromForm({ ...unitToForm(dv009), name: 'Đảng bộ Sở Nông nghiệp' }, []).unit!;
    expect(edited.names).toBeUndefined();
    const kept = keepSpans(edited, before);
    expect(kept.name).toBe('Đảng bộ Sở Nông nghiệp');
    expect(kept.names).toEqual(names);
  });
});
