import type { RawCell, RawSheet } from '../../core/report/report-types';
import type { Unit } from '../../core/settings/settings-types';
import { toRawSheet } from '../../core/template/report-template';
import { defaultSettings } from '../../plans/de-an-04/default-settings';
import { isUnitListSheet, parseUnitListSheet, unitListSheet } from './unit-list-sheet';

const base = defaultSettings('2025-11-20');

/** A sheet as typed: the first row the headings, then rows of values. */
const typed = (rows: (string | number | null)[][], name = 'Danh sách đơn vị'): RawSheet => ({
  name,
  rows: rows.map((r) => r.map((v): RawCell | undefined => (v === null ? undefined : { v }))),
  names: {},
});

const HEAD = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Loại',
  'Giải quyết TTHC',
  'Công bố TTHC',
  'Sở, ban, ngành',
  'Từ năm',
  'Đến năm',
  'Tên cũ, tên khác',
  'Sáp nhập vào',
];

describe('unit list sheet', () => {
  it.each(['vi', 'en'] as const)('round-trips every unit of the sample list (%s headings)', (lang) => {
    const spec = unitListSheet(base.units, lang);
    const sheet = toRawSheet(spec.cells, spec.name);
    expect(isUnitListSheet(sheet)).toBe(true);
    const read = parseUnitListSheet(sheet, base);
    // The sheet holds no name or superior spans: loading the list keeps them (keepSpans).
    const withoutSpans = base.units.map(({ names: _n, superiors: _s, ...u }) => u);
    expect(read).toEqual({ ok: true, value: withoutSpans });
  });

  it('reads the three flags of the plan from their own columns, in any order', () => {
    const sheet = typed([
      ['Sở, ban, ngành', 'Mã đơn vị', 'Công bố TTHC', 'Tên đơn vị', 'Giải quyết TTHC'],
      ['Có', 'X01', 'Không', 'Đảng bộ Sở Một', 'Không'],
      ['Không', 'X02', 'Có', 'Chi bộ Trung tâm Hai', 'Có'],
    ]);
    const read = parseUnitListSheet(sheet, base);
    expect(
      read.ok && read.value.map((u) => [u.code, u.resolvesTthc, u.publishesTthc, u.isDepartment]),
    ).toEqual([
      ['X01', false, false, true],
      ['X02', true, true, false],
    ]);
  });

  it('finds columns by heading, in any order, and reads an old list\'s single "Có TTHC" column into all three flags', () => {
    const sheet = typed([
      ['Danh sách các đơn vị', null],
      ['Tên đơn vị', 'Mã đơn vị', 'Có TTHC', 'Loại', 'Tên cũ, tên khác', 'Đến năm', 'Sáp nhập vào'],
      ['Chi bộ Báo Nghệ An', 'X01', 'không', 'chi bộ', 'Báo Nghệ An; Chi bộ Báo NA', null, null],
      ['Đảng bộ Sở Mới', 'X02', 'x', 'Đảng bộ cơ sở', null, 2024, 'X01'],
    ]);
    const read = parseUnitListSheet(sheet, base);
    expect(read).toEqual({
      ok: true,
      value: [
        {
          code: 'X01',
          name: 'Chi bộ Báo Nghệ An',
          kind: 'chi-bo-co-so',
          resolvesTthc: false,
          publishesTthc: false,
          isDepartment: false,
          aliases: ['Báo Nghệ An', 'Chi bộ Báo NA'],
        },
        {
          code: 'X02',
          name: 'Đảng bộ Sở Mới',
          kind: 'dang-bo-co-so',
          resolvesTthc: true,
          publishesTthc: true,
          isDepartment: true,
          activeTo: 2024,
          aliases: [],
          mergedInto: 'X01',
        },
      ] satisfies Unit[],
    });
  });

  it.each([
    ['a missing code', [null, 'Tên', 'Đảng bộ cơ sở', 'Có', 'Có', 'Không'], 'Dòng 2: thiếu mã đơn vị.'],
    [
      'an unknown kind',
      ['A1', 'Tên', 'Ban', 'Có', 'Có', 'Không'],
      'Dòng 2: loại “Ban” không hợp lệ; hãy ghi “Đảng bộ cơ sở” hoặc “Chi bộ cơ sở”.',
    ],
    [
      'a bad yes/no',
      ['A1', 'Tên', 'Chi bộ cơ sở', 'Có', 'hm', 'Không'],
      'Dòng 2: cột “Công bố TTHC” ghi “hm”; hãy ghi “Có” hoặc “Không”.',
    ],
    [
      'a bad year',
      ['A1', 'Tên', 'Chi bộ cơ sở', 'Có', 'Có', 'Không', 1990],
      'Dòng 2: năm “1990” không hợp lệ; hãy ghi năm từ 2000 đến 2100.',
    ],
  ])('says which row has %s', (_label, row, message) => {
    const read = parseUnitListSheet(typed([HEAD, row]), base);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.map((f) => f.message.vi)).toEqual([message]);
  });

  it('checks the list as the settings do: duplicate codes are refused', () => {
    const read = parseUnitListSheet(
      typed([HEAD, ['A1', 'Một', 'Chi bộ cơ sở', 'Có'], ['A1', 'Hai', 'Chi bộ cơ sở', 'Có']]),
      base,
    );
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error[0]?.code).toBe('SETTINGS.INVALID');
  });

  it('refuses a sheet without the heading row', () => {
    const read = parseUnitListSheet(typed([['Tên', 'Mã']], 'Trang 1'), base);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.error[0]?.message.vi).toBe(
        'Trang “Trang 1” không có dòng tiêu đề với cột “Mã đơn vị” và “Tên đơn vị”.',
      );
  });
});
