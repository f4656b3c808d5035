import { batchConsolidation } from '../../../test/consolidation/batch-fixture';
import type { Consolidation, SourceRow } from '../consolidate/consolidate-types';
import type { Finding } from '../types';
import { fileNameOf, reminderText, reminders } from './reminder-list';

const { c } = batchConsolidation();
const indexOf = (file: string): number => c.sources.findIndex((s) => s.file === file);

/** The batch with one source changed. */
function withSource(file: string, patch: Partial<SourceRow>): Consolidation {
  const i = indexOf(file);
  return { ...c, sources: c.sources.map((s, k) => (k === i ? { ...s, ...patch } : s)) };
}

const anError = (cell: string): Finding => ({
  code: 'VALUE.RANGE',
  severity: 'error',
  message: { vi: `Giá trị ở ô ${cell} vượt quá 100%.`, en: `The value in ${cell} exceeds 100%.` },
  file: 'C:\\Bao cao\\bao-tang.xlsx',
  sheet: 'Báo cáo 2025',
  cell,
});

/** What a test compares: each reminder's kind and unit, and where each of its lines points. */
const shape = (x: Consolidation) =>
  reminders(x).map((r) => [r.kind, r.unit?.code, r.lines.map((l) => [l.cell, l.sheet, l.file])]);

const BASE = [
  ['not-reported', 'U02', [[undefined, undefined, undefined]]],
  ['not-reported', 'U06', [[undefined, undefined, undefined]]],
  // so-nn-ptnt.xlsx left a required entry blank (VALUE.REQUIRED, a warning): sent back.
  ['to-correct', 'U03', [['E10', 'Báo cáo 2025', 'so-nn-ptnt.xlsx']]],
  ['unattributed', undefined, [[undefined, 'Báo cáo 2025', 'so-ngoai-giao.xlsx']]],
  ['unattributed', undefined, [[undefined, undefined, 'hong.xlsx']]],
];

describe('reminders', () => {
  it.each<[string, Consolidation, unknown[]]>([
    [
      'the batch: two units not reported, one report with a blank entry, two files of no listed unit; a target not met (U04, U08) is a result, not a reminder',
      c,
      BASE,
    ],
    [
      "an error in a counted report: its cell, sheet and the file's own name (no folder)",
      withSource('bao-tang.xlsx', { findings: [anError('E24'), anError('E30')] }),
      [
        ...BASE.slice(0, 3),
        [
          'to-correct',
          'U08',
          [
            ['E24', 'Báo cáo 2025', 'bao-tang.xlsx'],
            ['E30', 'Báo cáo 2025', 'bao-tang.xlsx'],
          ],
        ],
        ...BASE.slice(3),
      ],
    ],
    [
      'a refused file of a unit that has not reported goes with that unit, not among the files of no unit',
      withSource('hong.xlsx', { unit: { code: 'U02', name: 'Đảng bộ Sở Tài chính' } }),
      [
        [
          'not-reported',
          'U02',
          [
            [undefined, undefined, undefined],
            [undefined, undefined, 'hong.xlsx'],
          ],
        ],
        ...BASE.slice(1, 4),
      ],
    ],
    [
      "a file of no listed unit for another year is not this year's reminder",
      withSource('so-ngoai-giao.xlsx', { year: 2024 }),
      [...BASE.slice(0, 3), BASE[4]],
    ],
    [
      'nothing to remind: every unit reported, nothing to correct, every file placed',
      {
        ...c,
        notReported: [],
        sources: c.sources.filter((s) => s.unit).map((s) => ({ ...s, findings: [] })),
      },
      [],
    ],
  ])('%s', (_, x, expected) => {
    expect(shape(x)).toEqual(expected);
  });

  it('says when the report is due (an assumed deadline as such), how late, and the last year reported (plan V.3 sets no date)', () => {
    const [u02, u06] = reminders(c);
    expect(u02?.lines[0]?.what.vi).toBe(
      'Chưa gửi báo cáo năm 2025 (hạn giả định 15/12/2025; quá hạn 36 ngày; chưa có báo cáo nào).',
    );
    expect(u06?.lines[0]?.what.en).toBe(
      'No 2025 report received (assumed deadline 15/12/2025; 36 day(s) overdue; last report: 2024).',
    );
  });

  it.each([
    ['bao-cao/BC-2025-DV001.xlsx', 'BC-2025-DV001.xlsx'],
    ['C:\\Bao cao\\BC.xlsx', 'BC.xlsx'],
    ['BC.xlsx', 'BC.xlsx'],
  ])('names the file %s as %s', (path, name) => {
    expect(fileNameOf(path)).toBe(name);
  });
});

describe('reminderText', () => {
  it.each([
    [
      'vi',
      [
        'DANH SÁCH ĐƠN VỊ CẦN ĐÔN ĐỐC BÁO CÁO NĂM 2025',
        'Tính đến ngày 20/01/2026: 2 đơn vị chưa báo cáo, 1 đơn vị có báo cáo cần bổ sung, sửa, 2 tệp chưa xác định được đơn vị.',
        'I. ĐƠN VỊ CHƯA BÁO CÁO (2)',
        '1. Đảng bộ Sở Tài chính (U02)',
        'II. ĐƠN VỊ CÓ BÁO CÁO CẦN BỔ SUNG, SỬA (1)',
        '1. Đảng bộ Sở Nông nghiệp và Môi trường (U03)',
        '[trang tính “Báo cáo 2025”, tệp “so-ngoai-giao.xlsx”]',
        'III. TỆP CHƯA XÁC ĐỊNH ĐƯỢC ĐƠN VỊ (2)',
        '1. (chưa rõ đơn vị)',
      ],
    ],
    [
      'en',
      [
        'UNITS TO REMIND ABOUT THEIR 2025 REPORTS',
        'I. UNITS NOT REPORTED (2)',
        'II. UNITS WHOSE REPORT NEEDS COMPLETING OR CORRECTING (1)',
        '[sheet “Báo cáo 2025”, file “so-ngoai-giao.xlsx”]',
        'III. FILES NOT TIED TO A UNIT (2)',
      ],
    ],
  ] as const)('lists each part with its units and where to look (%s)', (lang, parts) => {
    const text = reminderText(c, lang);
    for (const part of parts) expect(text).toContain(part);
  });

  it('does not repeat the place of a finding, whose message already names its cell and file', () => {
    const line = reminderText(c, 'vi')
      .split('\n')
      .find((l) => l.includes('so-nn-ptnt.xlsx'));
    expect(line).toMatch(/^ {3}- Chưa nhập .*ô E10.*so-nn-ptnt\.xlsx/);
    expect(line).not.toContain('[');
  });

  it('says when nobody needs a reminder', () => {
    const none = { ...c, notReported: [], sources: [] };
    expect(reminderText(none, 'vi').split('\n')).toEqual([
      'DANH SÁCH ĐƠN VỊ CẦN ĐÔN ĐỐC BÁO CÁO NĂM 2025',
      'Tính đến ngày 20/01/2026: 0 đơn vị chưa báo cáo, 0 đơn vị có báo cáo cần bổ sung, sửa, 0 tệp chưa xác định được đơn vị.',
      'Không có đơn vị nào cần đôn đốc.',
    ]);
  });
});
