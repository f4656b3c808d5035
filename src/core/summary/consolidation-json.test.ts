import { aBlocInput, aUnit, anEntry } from '../../../test/builders';
import { milestoneStatuses } from '../milestones/milestone-status';
import { PLAN, batchConsolidation, expectedTotals } from '../../../test/consolidation/batch-fixture';
import { consolidationJson, isConsolidationJson } from './consolidation-json';

const { c, settings } = batchConsolidation();
const json = consolidationJson(c, PLAN, settings);

/** Every path in the object whose value is undefined (JSON would drop the key). */
function undefinedPaths(v: unknown, path = '$'): string[] {
  if (v === undefined) return [path];
  if (Array.isArray(v)) return v.flatMap((x, i) => undefinedPaths(x, `${path}[${i}]`));
  if (v !== null && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) => undefinedPaths(x, `${path}.${k}`));
  return [];
}

describe('consolidationJson', () => {
  it('is versioned plain data: no undefined anywhere, survives a JSON round trip unchanged', () => {
    expect(json.schemaVersion).toBe(2);
    expect(json.kind).toBe('baocao-consolidation');
    expect(undefinedPaths(json)).toEqual([]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('keeps the same keys on every source, whatever its verdict', () => {
    const keys = json.sources.map((s) => Object.keys(s).sort().join(','));
    expect(new Set(keys).size).toBe(1);
    expect(json.sources.map((s) => s.verdict)).toEqual(c.sources.map((s) => s.verdict));
    expect(json.sources.filter((s) => s.counted).map((s) => s.verdict)).toEqual([
      'accepted',
      'accepted-with-findings',
      'accepted-with-findings',
      'old-template',
      'accepted-with-findings',
    ]);
  });

  it('II 100% cấp ủy cơ sở: carries each target over every applicable unit, with reported, meeting, missing and applicable', () => {
    const expected = expectedTotals();
    for (const t of json.targets) {
      const want = expected[t.itemId] as {
        meeting: number;
        applicable: number;
        reported: number;
        missing: number;
      };
      expect({
        id: t.itemId,
        meeting: t.meeting,
        applicable: t.applicable,
        reported: t.reported,
        missing: t.missing,
      }).toEqual({
        id: t.itemId,
        ...want,
      });
      expect(t.percent).toBeCloseTo((100 * want.meeting) / want.applicable, 9);
      // Never met while an applicable unit has not reported.
      if (t.missing > 0) expect(t.met).toBe(false);
      expect(t.notReported).toHaveLength(t.missing);
    }
    expect(json.targets.map((t) => t.code).slice(0, 3)).toEqual(['1.1', '1.2', '2.1']);
  });

  it('V.3: carries late reports, wrong-template notes, every unit milestone status and the years with reports', () => {
    const first = c.accepted[0] as (typeof c.accepted)[number];
    // V.3 names no report date: the deadline is the setting's assumed default, and says so.
    const late = { due: '2025-12-15', reportDate: '2025-12-20', daysLate: 5, dueAssumed: true as const };
    const note = {
      vi: 'báo cáo dùng mẫu năm 2024, lập ngày 10/12/2025: có thể đơn vị dùng nhầm mẫu',
      en: 'x',
    };
    const [u, ...others] = c.notReported;
    const wrong = { templateYear: 2024, reportDate: '2025-12-10', sourceIndex: 5, note };
    const j = consolidationJson(
      {
        ...c,
        accepted: [{ ...first, late }, ...c.accepted.slice(1)],
        notReported: [{ ...u!, wrongTemplate: wrong }, ...others],
      },
      PLAN,
      settings,
    );
    expect(j.units.find((x) => x.code === first.unit.code)?.late).toEqual(late);
    expect(j.notReported[0]?.wrongTemplate).toEqual(wrong);
    expect(j.notReported.every((n) => n.dueAssumed)).toBe(true);
    expect(j.notReported[1]?.wrongTemplate).toBeNull();
    expect(json.yearsWithReports).toEqual([2024, 2025]);
    expect(new Set(json.milestones.unit.map((m) => m.status)).size).toBeGreaterThan(1);
  });

  it.each<[string, unknown, boolean]>([
    ['this version', { kind: 'baocao-consolidation', schemaVersion: 2 }, true],
    ['version 1, before the mark', { schemaVersion: 1, planId: 'de-an-04', sources: [], targets: [] }, true],
    ['a settings file', { units: [], asOf: '2026-01-01' }, false],
    ['not an object', [1, 2], false],
  ])('recognises its own output: %s', (_name, value, expected) => {
    expect(isConsolidationJson(value)).toBe(expected);
  });

  it('gives each reported unit its verdicts and the cells they were read from', () => {
    const u01 = json.units.find((u) => u.code === 'U01');
    expect(u01).toMatchObject({ reported: true, sourceIndex: 0 });
    expect(u01?.verdicts?.ii1_plan).toBe('met');
    expect(u01?.cells?.ii3_ontime).toMatch(/^E\d+ \/ F\d+$/);
    expect(json.units.find((u) => u.code === 'U02')).toMatchObject({
      reported: false,
      verdicts: null,
      cells: null,
    });
    expect(json.notReported.map((n) => [n.code, n.daysOverdue])).toEqual([
      ['U02', 36],
      ['U06', 36],
    ]);
  });

  it('keeps unit strings exactly as they are, even ones a spreadsheet would run', () => {
    const odd = aUnit({ code: 'U01', name: '=1+2' });
    const j = consolidationJson({ ...c, units: c.units.map((u) => (u.code === 'U01' ? odd : u)) }, PLAN);
    expect(j.units.find((u) => u.code === 'U01')?.name).toBe('=1+2');
  });

  // Nothing the plan does not state is given as the plan's: `assumed` and the plan data's note.
  it.each([
    ['II.3 satisfaction: the share of units (100%) is assumed', 'ii3_satisfaction', true, 'giả định 100%'],
    ['II.3 on time: the unit criterion (98%) is assumed', 'ii3_ontime', true, '≥ 98%'],
    ['II.1 plan: "100% cấp ủy cơ sở" is the plan’s', 'ii1_plan', false, undefined],
  ])('target %s', (_name, itemId, assumed, note) => {
    const t = json.targets.find((x) => x.itemId === itemId);
    expect(t?.assumed).toBe(assumed);
    if (note === undefined) expect(t?.assumedNote).toBeNull();
    else expect(t?.assumedNote?.vi).toContain(note);
  });

  it('marks each milestone row whose due date the plan does not state (V.3: no report date)', () => {
    const rows = [...json.milestones.unit, ...json.milestones.bloc];
    const flag = (id: string) => rows.find((r) => r.milestoneId === id)?.assumed;
    expect(flag('unit_review')).toBe(true);
    expect(flag('bloc_plan_2021')).toBe(false); // "Quý IV/2021" is the plan's own (IV.1)
    for (const r of rows) expect(r.assumedNote === null).toBe(!r.assumed);
  });

  it('holds the trend from the plan first year', () => {
    expect(json.trend.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(json.trend.targets[0]?.points.map((p) => p.reports)).toEqual([0, 0, 0, 1, 5]);
  });
});

describe('consolidationJson: plan IV, the yearly inspections carry their count (≥ 2)', () => {
  const { c, settings } = batchConsolidation();
  const blocInputs = { 2023: aBlocInput(2023, [anEntry('bloc_departments_inspected', 3)]) };
  const j = consolidationJson(
    { ...c, blocMilestones: milestoneStatuses(PLAN, settings, { kind: 'bloc', blocInputs }) },
    PLAN,
    settings,
  );
  it.each<[string, number | undefined, object | null]>([
    ['3 of 2 in 2023', 2023, { value: 3, min: 2 }],
    ['no count in 2024', 2024, { value: null, min: 2 }],
    ['a one-off milestone has none', undefined, null],
  ])('%s', (_name, year, count) => {
    const id = year === undefined ? 'bloc_evaluate_2022' : 'bloc_inspect_departments';
    const m = j.milestones.bloc.find((x) => x.milestoneId === id && x.year === (year ?? null));
    expect(m?.count).toEqual(count);
  });
});
