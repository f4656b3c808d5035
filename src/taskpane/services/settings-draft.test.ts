import { deAn04 } from '../../plans/de-an-04/plan';
import { defaultSettings } from '../../plans/de-an-04/default-settings';
import {
  formatDayMonth,
  fromDraft,
  parseDayMonth,
  parseDateText,
  toDraft,
  type OrgPeriodDraft,
} from './settings-draft';

const base = defaultSettings('2025-11-20');

describe('settings draft', () => {
  it('shows dates as dd/mm/yyyy and dd/mm, and numbers with a decimal comma', () => {
    const d = toDraft(
      {
        ...base,
        thresholdOverrides: { ii3_ontime: 97.5 },
        deadlineOverrides: { unit_plan: '2022-02-15', unit_review: '12-20' },
      },
      deAn04,
      'vi',
    );
    expect(d.asOf).toBe('20/11/2025');
    expect(d.reportDeadline).toBe('15/12');
    expect(d.thresholds.ii3_ontime).toBe('97,5');
    expect(d.deadlines.unit_plan).toBe('15/02/2022');
    expect(d.deadlines.unit_review).toBe('20/12');
  });

  it('gives back the same settings when nothing was edited', () => {
    expect(fromDraft(toDraft(base, deAn04, 'vi'), base, deAn04)).toEqual({
      settings: base,
      errors: {},
      findings: [],
    });
  });

  it.each([
    ['15/12', '12-15'],
    ['1/2', '02-01'],
    ['29.02', '02-29'],
    ['31/04', undefined],
    ['15/12/2025', undefined],
  ])('reads the day and month %s', (text, expected) => {
    expect(parseDayMonth(text)).toBe(expected);
    if (expected) expect(formatDayMonth(expected)).toMatch(/^\d\d\/\d\d$/);
  });

  it.each([
    ['31/12/2025', '2025-12-31'],
    ['1/1/2026', '2026-01-01'],
    ['31/02/2025', undefined],
    ['ngày mai', undefined],
  ])('reads the date %s', (text, expected) => {
    expect(parseDateText(text)).toBe(expected);
  });

  it('puts a message on each bad field and returns no settings', () => {
    const d = toDraft(base, deAn04, 'vi');
    const result = fromDraft(
      {
        ...d,
        asOf: '32/01/2025',
        dueSoonDays: '-1',
        reportDeadline: '30/02',
        thresholds: { ...d.thresholds, ii3_ontime: 'chín mươi' },
        blocTargets: { ...d.blocTargets, ii1_plan: '120' },
        deadlines: { ...d.deadlines, unit_plan: '15/02', unit_review: '20/12/2025' },
        org: [
          { ...(d.org[0] as OrgPeriodDraft), issuer: ' ' },
          { ...(d.org[1] as OrgPeriodDraft), from: '30/02/2025' },
        ],
      },
      base,
      deAn04,
    );
    expect(result.settings).toBeUndefined();
    expect(Object.keys(result.errors).sort()).toEqual(
      [
        'asOf',
        'bloc:ii1_plan',
        'deadline:unit_plan',
        'deadline:unit_review',
        'dueSoonDays',
        'org:0:issuer',
        'org:1:from',
        'reportDeadline',
        'threshold:ii3_ontime',
      ].sort(),
    );
    expect(result.errors.asOf?.vi).toBe(
      '“32/01/2025” không phải ngày hợp lệ; hãy ghi ngày/tháng/năm, ví dụ 15/12/2025.',
    );
  });

  it('turns typed overrides into settings; an emptied field goes back to the plan', () => {
    const d = toDraft({ ...base, blocTargetOverrides: { ii1_plan: 90 } }, deAn04, 'vi');
    const result = fromDraft(
      {
        ...d,
        asOf: '31/12/2025',
        thresholds: { ...d.thresholds, ii3_satisfaction: '85,5%' },
        blocTargets: { ...d.blocTargets, ii1_plan: '' },
        deadlines: { ...d.deadlines, unit_first_model: '30/06/2023', unit_october_study: '15/11' },
      },
      base,
      deAn04,
    );
    expect(result.settings).toMatchObject({
      asOf: '2025-12-31',
      thresholdOverrides: { ii3_satisfaction: 85.5 },
      blocTargetOverrides: {},
      deadlineOverrides: { unit_first_model: '2023-06-30', unit_october_study: '11-15' },
    });
  });

  it('shows the organization names by period, dates as dd/mm/yyyy, and reads them back (issue 13 §4)', () => {
    const d = toDraft(base, deAn04, 'vi');
    expect(d.org.map((p) => [p.from, p.to, p.issuer, p.assumed])).toEqual([
      ['', '12/02/2025', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', false],
      ['13/02/2025', '', 'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH', true],
    ]);
    const confirmed = d.org.map((p, i) =>
      i === 1 ? { ...p, consolidatingOffice: 'Ban Dân vận Tỉnh ủy', assumed: false } : p,
    );
    const result = fromDraft({ ...d, org: confirmed }, base, deAn04);
    expect(result.settings?.org).toEqual([
      base.org[0],
      { ...base.org[1], consolidatingOffice: 'Ban Dân vận Tỉnh ủy', assumed: false },
    ]);
  });

  it('refuses overlapping periods with the schema finding', () => {
    const d = toDraft(base, deAn04, 'vi');
    const overlapping = d.org.map((p, i) => (i === 1 ? { ...p, from: '01/02/2025' } : p));
    const result = fromDraft({ ...d, org: overlapping }, base, deAn04);
    expect(result.settings).toBeUndefined();
    expect(result.findings[0]?.message.vi).toContain('org[1].from');
  });
});
