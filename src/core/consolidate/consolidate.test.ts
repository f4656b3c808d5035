import { aReport, aUnit, settingsAsOf } from '../../../test/builders';
import {
  AS_OF,
  BROKEN_FILE,
  EXPECTED_NOT_REPORTED,
  IMPORTED_AT,
  PLAN,
  REPORTS,
  batchInput,
  expectedTotals,
} from '../../../test/consolidation/batch-fixture';
import type { Finding } from '../types';
import { consolidate, reportDue, unitsInOrder } from './consolidate';
import type { SourceInput } from './consolidate-types';

describe('consolidate: verdicts of a mixed batch', () => {
  const c = consolidate(batchInput());

  it.each(REPORTS.map((r, i) => [r.file, i, r.expected] as const))('%s -> %s', (_file, index, expected) => {
    expect(c.sources[index]?.verdict).toBe(expected);
  });

  it('rejects the broken file with the reading finding as its reason', () => {
    const row = c.sources[REPORTS.length];
    expect(row?.verdict).toBe('rejected');
    expect(row?.rejectReason).toBe('unreadable');
    expect(row?.reason.vi).toBe('Bị từ chối: Tệp “hong.xlsx” không phải tệp Excel.');
  });

  it('has one row per source, in input order', () => {
    expect(c.sources.map((s) => s.index)).toEqual([...Array(REPORTS.length + 1).keys()]);
    expect(c.sources.map((s) => s.file)).toEqual([...REPORTS.map((r) => r.file), BROKEN_FILE]);
  });

  it('resolves each counted report to the unit it counts for', () => {
    REPORTS.forEach((r, i) => {
      if (r.countsFor) expect(c.sources[i]?.unit?.code).toBe(r.countsFor);
    });
    expect(c.sources[3]?.matchedVia).toBe('alias');
    expect(c.sources[4]?.matchedVia).toBe('merged');
    expect(c.sources[3]?.reason.vi).toContain('tên cũ “Đảng bộ Sở Nông nghiệp và Phát triển nông thôn”');
    expect(c.sources[4]?.reason.vi).toContain('đã sáp nhập vào “Đảng bộ Sở Xây dựng”');
  });

  it('names the kept report in the duplicate and the duplicate in the kept one', () => {
    expect(c.sources[1]?.keptIndex).toBe(0);
    expect(c.sources[0]?.duplicateIndices).toEqual([1]);
    expect(c.sources[1]?.reason.vi).toContain('so-noi-vu-2025.xlsx');
    expect(c.sources[1]?.reason.vi).toContain('ngày báo cáo muộn hơn (10/12/2025 so với 01/12/2025)');
    expect(c.sources[0]?.reason.vi).toContain('so-noi-vu-2025-ban-nhap.xlsx');
  });

  it('gives the unknown unit up to three suggestions and a reason saying what to do', () => {
    const row = c.sources[2];
    expect(row?.suggestions?.length ?? 0).toBeLessThanOrEqual(3);
    expect(row?.reason.vi).toContain('không có trong danh sách đơn vị năm 2025');
    expect(row?.reason.vi).toContain('Cài đặt');
  });

  it('accepts the old template as counted, flagged "Mẫu cũ"', () => {
    const row = c.sources[6];
    expect(row?.templateVersion).toBe(1);
    expect(row?.reason.vi).toContain('mẫu cũ (phiên bản 1)');
    expect(c.accepted.map((a) => a.unit.code)).toContain('U07');
  });

  it('lists the accepted reports of the year in table order', () => {
    expect(c.accepted.map((a) => a.unit.code)).toEqual(['U01', 'U03', 'U04', 'U08', 'U07']);
    // Nội < Nông < Tài < Xây; Bảo < Sở < Thư.
    expect(c.units.map((u) => u.code)).toEqual(['U01', 'U03', 'U02', 'U04', 'U08', 'U06', 'U07']);
  });

  it('lists the active units without a report, with what a reminder needs', () => {
    expect(c.notReported.map((n) => n.code).sort()).toEqual(EXPECTED_NOT_REPORTED);
    const u06 = c.notReported.find((n) => n.code === 'U06');
    expect(u06).toEqual({
      code: 'U06',
      name: 'Chi bộ Sở Ngoại vụ',
      kind: 'chi-bo-co-so',
      lastReportedYear: 2024,
      due: '2025-12-15',
      daysOverdue: 36,
      dueAssumed: true,
    });
    expect(c.notReported.find((n) => n.code === 'U02')?.lastReportedYear).toBeUndefined();
  });

  it('counts every verdict', () => {
    expect(c.counts).toEqual({
      sources: 9,
      accepted: 1,
      acceptedWithFindings: 3,
      oldTemplate: 1,
      duplicate: 1,
      unknownUnit: 1,
      otherYear: 1,
      rejected: 1,
      expected: 7,
      reported: 5,
      notReported: 2,
      late: 0,
    });
  });

  it('aggregates equal a recomputation from the values typed', () => {
    const expected = expectedTotals();
    for (const a of c.aggregates) {
      expect({ id: a.itemId, ...expected[a.itemId] }).toEqual({
        id: a.itemId,
        meeting: a.meeting,
        applicable: a.applicable,
        reported: a.reported,
        missing: a.missing,
      });
    }
    // U02 and U06 (both handling procedures) have not reported.
    expect(c.aggregates.find((a) => a.itemId === 'ii3_satisfaction')).toMatchObject({
      meeting: 2,
      reported: 3,
      missing: 2,
      applicable: 5,
      notReported: ['U02', 'U06'],
      met: false,
    });
  });

  it('IV lộ trình: every milestone status of the units that reported reaches the consolidation', () => {
    const reported = new Set(c.accepted.map((a) => a.unit.code));
    expect(c.unitMilestones.every((m) => reported.has(m.unitCode ?? ''))).toBe(true);
    // Before, only 'overdue' rows were kept.
    expect(new Set(c.unitMilestones.map((m) => m.status)).size).toBeGreaterThan(1);
  });

  it('computes the trend from plan.firstYear to the latest year, the other year included', () => {
    expect(c.trendYears).toEqual([2021, 2022, 2023, 2024, 2025]);
    const model = c.trend.find((t) => t.itemId === 'ii4_model_dvk');
    const e2024 = expectedTotals(2024).ii4_model_dvk;
    const e2025 = expectedTotals(2025).ii4_model_dvk;
    expect(model?.points.map((p) => [p.year, p.reports, p.meeting, p.applicable])).toEqual([
      [2021, 0, 0, 0],
      [2022, 0, 0, 0],
      [2023, 0, 0, 0],
      [2024, 1, e2024?.meeting, e2024?.applicable],
      [2025, 5, e2025?.meeting, e2025?.applicable],
    ]);
    expect(model?.points[0]?.percent).toBeNull();
  });
});

describe('consolidate: rules one by one', () => {
  const settings = settingsAsOf(AS_OF, {
    units: [
      aUnit({ code: 'A', name: 'Đảng bộ Sở A' }),
      aUnit({ code: 'B', name: 'Đảng bộ Sở B', activeTo: 2024, mergedInto: 'A' }),
      aUnit({ code: 'C', name: 'Đảng bộ Sở C', activeTo: 2023 }),
    ],
  });
  const source = (file: string, report = aReport(), extra: Partial<SourceInput> = {}): SourceInput => ({
    file,
    read: { ok: true, value: { ...report, source: { ...report.source, file } } },
    ...extra,
  });
  const run = (sources: SourceInput[], year = 2025) =>
    consolidate({ plan: PLAN, settings, year, sources, importedAt: IMPORTED_AT });
  const r = (unitCode: string, year: number, more: Parameters<typeof aReport>[0] = {}) =>
    aReport({ ...more, stamp: { unitCode, year, templateVersion: 2, ...more.stamp }, unitName: '' });

  it('a merged unit report for a year up to its activeTo stands for itself', () => {
    const c = run([source('b-2024.xlsx', r('B', 2024))], 2024);
    expect(c.sources[0]).toMatchObject({
      verdict: 'accepted-with-findings',
      unit: { code: 'B' },
      matchedVia: 'code',
    });
  });

  it('after the merge it counts for the target, and a report of the target itself makes it a duplicate', () => {
    const c = run([
      source('a.xlsx', r('A', 2025, { reportDate: '2025-12-10' })),
      source('b.xlsx', r('B', 2025, { reportDate: '2025-12-01' })),
    ]);
    expect(c.sources.map((s) => s.verdict)).toEqual(['accepted-with-findings', 'duplicate']);
    expect(c.sources[1]).toMatchObject({ unit: { code: 'A' }, matchedVia: 'merged', keptIndex: 0 });
  });

  it('after the merge its report, counted for the target, says whose report it is in its verdict', () => {
    const c = run([source('b.xlsx', aReport({ stamp: { unitCode: 'B', year: 2025, templateVersion: 2 } }))]);
    expect(c.sources[0]?.matchedVia).toBe('merged');
    expect(c.sources[0]?.reason.vi).toMatch(
      /^Đã nhận báo cáo năm 2025 của “.+”, đơn vị đã sáp nhập vào “Đảng bộ Sở A”: số liệu được tính cho “Đảng bộ Sở A”\./,
    );
  });

  type Dates = { reportDate?: string; modified?: string };
  it.each<[string, Dates, Dates, number]>([
    ['report date', { reportDate: '2025-12-02' }, { reportDate: '2025-12-01' }, 0],
    ['no report date loses to a date', {}, { reportDate: '2025-12-01' }, 1],
    ['modification date', { modified: '2026-01-02' }, { modified: '2026-01-05' }, 1],
    ['file name order (last wins)', {}, {}, 1],
  ])('duplicates are decided by %s', (_rule, first, second, keptIndex) => {
    const make = (file: string, d: Dates) =>
      source(file, r('A', 2025, { reportDate: d.reportDate }), d.modified ? { modified: d.modified } : {});
    const c = run([make('a1.xlsx', first), make('a2.xlsx', second)]);
    expect(c.sources[keptIndex]?.verdict).not.toBe('duplicate');
    expect(c.sources[1 - keptIndex]?.verdict).toBe('duplicate');
    expect(c.sources[1 - keptIndex]?.keptIndex).toBe(keptIndex);
  });

  it('a unit not active in the report year is an unknown unit of that year', () => {
    const c = run([source('c.xlsx', r('C', 2025))]);
    expect(c.sources[0]?.verdict).toBe('unknown-unit');
    expect(c.sources[0]?.reason.vi).toContain('không hoạt động trong năm 2025');
  });

  it.each([
    ['TEMPLATE.NOT_A_REPORT', 'not-a-report'],
    ['TEMPLATE.OTHER_PLAN', 'other-plan'],
    ['TEMPLATE.VERSION', 'newer-template'],
    ['TEMPLATE.KEYS_MISSING', 'keys-missing'],
    ['FILE.ENCRYPTED', 'unreadable'],
  ] as const)('a read failure %s is rejected as %s', (code, reason) => {
    const error: Finding[] = [{ code, severity: 'error', message: { vi: 'Lý do.', en: 'Why.' } }];
    const c = run([{ file: 'x.xlsx', read: { ok: false, error } }]);
    expect(c.sources[0]).toMatchObject({ verdict: 'rejected', rejectReason: reason, findings: error });
  });

  it('a parsed report of another plan or a newer template is rejected too', () => {
    const c = run([
      source('other.xlsx', r('A', 2025, { stamp: { planId: 'khac' } })),
      source('newer.xlsx', r('A', 2025, { stamp: { templateVersion: 99 } })),
    ]);
    expect(c.sources.map((s) => s.rejectReason)).toEqual(['other-plan', 'newer-template']);
  });

  // V.3: units report their results each year; the deadline is an assumed setting (15/12),
  // printed "hạn giả định", never as the plan's.
  it.each<[string, string | undefined, number | undefined]>([
    ['V.3 báo cáo hằng năm: dated on the deadline is on time', '2025-12-15', undefined],
    ['V.3 báo cáo hằng năm: dated 5 days after the deadline is late', '2025-12-20', 5],
    ['V.3 báo cáo hằng năm: no report date cannot be judged late', undefined, undefined],
  ])('%s', (_name, reportDate, daysLate) => {
    const c = run([source('a.xlsx', r('A', 2025, reportDate ? { reportDate } : {}))]);
    const expected =
      daysLate === undefined ? undefined : { due: '2025-12-15', reportDate, daysLate, dueAssumed: true };
    expect(c.sources[0]?.late).toEqual(expected);
    expect(c.accepted[0]?.late).toEqual(expected);
    expect(c.counts.late).toBe(daysLate === undefined ? 0 : 1);
    if (daysLate !== undefined)
      expect(c.sources[0]?.reason.vi).toContain(
        'nộp muộn 5 ngày (hạn giả định 15/12/2025, ngày báo cáo 20/12/2025)',
      );
  });

  it('V.3 báo cáo hằng năm: the deadline of the settings decides lateness', () => {
    const c = consolidate({
      plan: PLAN,
      settings: { ...settings, reportDeadline: '12-31' },
      year: 2025,
      sources: [source('a.xlsx', r('A', 2025, { reportDate: '2025-12-20' }))],
      importedAt: IMPORTED_AT,
    });
    expect(c.sources[0]?.late).toBeUndefined();
  });

  it.each<[string, string, boolean]>([
    [
      'V.3 a 2024 template dated 10/12/2025 is most likely the 2025 report on the wrong template',
      '2025-12-10',
      true,
    ],
    ['V.3 a 2024 template dated 20/01/2025 is a late 2024 report', '2025-01-20', false],
  ])('%s', (_name, reportDate, suspect) => {
    const c = run([source('a-2024.xlsx', r('A', 2024, { reportDate }))]);
    expect(c.sources[0]?.verdict).toBe('other-year');
    const note = 'báo cáo dùng mẫu năm 2024, lập ngày 10/12/2025: có thể đơn vị dùng nhầm mẫu';
    if (suspect) {
      expect(c.sources[0]?.wrongTemplate).toMatchObject({ templateYear: 2024, reportDate, sourceIndex: 0 });
      expect(c.sources[0]?.reason.vi).toContain(note);
      expect(c.notReported.find((n) => n.code === 'A')?.wrongTemplate?.note.vi).toBe(note);
    } else {
      expect(c.sources[0]?.wrongTemplate).toBeUndefined();
      expect(c.notReported.find((n) => n.code === 'A')?.wrongTemplate).toBeUndefined();
    }
  });

  it('names the years the batch has reports of', () => {
    const c = run([source('a-2024.xlsx', r('A', 2024)), source('a-2023.xlsx', r('A', 2023))]);
    expect(c.counts.reported).toBe(0);
    expect(c.yearsWithReports).toEqual([2023, 2024]);
  });

  it('the report due date follows the settings', () => {
    expect(reportDue(PLAN, settings, 2025)).toBe('2025-12-15');
    expect(reportDue(PLAN, { ...settings, reportDeadline: '11-30' }, 2025)).toBe('2025-11-30');
  });

  it('orders units by kind, then in Vietnamese order', () => {
    const units = [
      aUnit({ code: '1', name: 'Chi bộ Ý', kind: 'chi-bo-co-so' }),
      aUnit({ code: '2', name: 'Đảng bộ Sở Y tế' }),
      aUnit({ code: '3', name: 'Đảng bộ Ban Dân tộc' }),
      aUnit({ code: '4', name: 'Chi bộ Ánh', kind: 'chi-bo-co-so' }),
    ];
    expect(unitsInOrder(units).map((u) => u.code)).toEqual(['3', '2', '4', '1']);
  });
});
