import { aUnit, settingsAsOf } from '../../../test/builders';
import { deAn04 } from '../../plans/de-an-04/plan';
import type { Settings, Unit } from '../settings/settings-types';
import type { ItemVerdict, ReportCheck } from '../validate/validate-types';
import { aggregateBloc, evaluateIndicators } from './aggregate';

const checkWith = (verdicts: Record<string, ItemVerdict>): ReportCheck => ({
  findings: [],
  verdicts,
  measures: {},
});
const code = (i: number): string => `U${String(i + 1).padStart(2, '0')}`;
/** A unit list of `n` units, with or without administrative procedures. */
const unitList = (n: number, tthc = true): Unit[] =>
  Array.from({ length: n }, (_, i) => aUnit({ code: code(i), resolvesTthc: tthc, publishesTthc: tthc }));
/** The first units of `list` report the given verdicts for `itemId`. */
const reports = (list: Unit[], verdicts: ItemVerdict[], itemId: string) =>
  verdicts.map((v, i) => ({ unit: list[i] as Unit, check: checkWith({ [itemId]: v }) }));
const aggregateOf = (settings: Settings, checks: { unit: Unit; check: ReportCheck }[], itemId: string) =>
  aggregateBloc(deAn04, settings, 2025, checks).find((a) => a.itemId === itemId);

describe('aggregateBloc', () => {
  const asOf = '2026-01-15';
  const over = (list: Unit[], extra: Partial<Settings> = {}): Settings =>
    settingsAsOf(asOf, { units: list, ...extra });

  it('II.5 100% cấp ủy cơ sở: counts meeting, reported and applicable units and lists the others', () => {
    const list = unitList(6);
    const checks = reports(
      list,
      ['met', 'not-met', 'not-entered', 'not-applicable', 'invalid', 'met'],
      'ii5_leader',
    );
    expect(aggregateOf(over(list), checks, 'ii5_leader')).toEqual({
      itemId: 'ii5_leader',
      meeting: 2,
      applicable: 5,
      reported: 5,
      missing: 0,
      percent: 40,
      minPercent: 100,
      met: false,
      notMet: ['U02', 'U05'],
      notEntered: ['U03'],
      notReported: [],
    });
  });

  // The denominator is every active unit the item applies to, reported or not (DOMAIN.md).
  it.each<[string, string, number, number, number, number, boolean]>([
    ['II.1 100% cấp ủy cơ sở: 1 of 68 reported and met', 'ii1_plan', 68, 1, 1, 67, false],
    ['II.1 100% cấp ủy cơ sở: 65 of 68 reported and met, 3 not reported', 'ii1_plan', 68, 65, 65, 3, false],
    ['II.1 100% cấp ủy cơ sở: all 68 reported and met', 'ii1_plan', 68, 68, 68, 0, true],
    [
      'II.3 ít nhất 98% cơ quan, đơn vị: 50 of 51 met, 1 not reported (98%)',
      'ii3_ontime',
      51,
      50,
      50,
      1,
      false,
    ],
    ['II.3 ít nhất 98% cơ quan, đơn vị: 49 of 50 met, all reported (98%)', 'ii3_ontime', 50, 50, 49, 0, true],
    ['II.6 100% cấp ủy cơ sở: nobody reported', 'ii6_review', 10, 0, 0, 10, false],
  ])('%s', (_name, itemId, units, reported, meeting, missing, met) => {
    const list = unitList(units);
    const verdicts = Array.from({ length: reported }, (_, i): ItemVerdict =>
      i < meeting ? 'met' : 'not-met',
    );
    const agg = aggregateOf(over(list), reports(list, verdicts, itemId), itemId);
    expect(agg).toMatchObject({ applicable: units, reported, meeting, missing, met });
    expect(agg?.percent).toBeCloseTo((100 * meeting) / units, 9);
    expect(agg?.notReported).toEqual(list.slice(reported).map((u) => u.code));
  });

  it('II.3 thủ tục hành chính: a unit that does not handle procedures and has not reported is not counted', () => {
    const list = [...unitList(2), aUnit({ code: 'NOTTHC', resolvesTthc: false, publishesTthc: false })];
    const agg = aggregateOf(over(list), reports(list, ['met'], 'ii3_ontime'), 'ii3_ontime');
    expect(agg).toMatchObject({ applicable: 2, reported: 1, missing: 1, notReported: ['U02'], met: false });
  });

  it('II.1 100% cấp ủy cơ sở: units not active in the year are not counted', () => {
    const list = [
      ...unitList(1),
      aUnit({ code: 'OLD', activeTo: 2024 }),
      aUnit({ code: 'NEW', activeFrom: 2026 }),
    ];
    const agg = aggregateOf(over(list), reports(list, ['met'], 'ii1_plan'), 'ii1_plan');
    expect(agg).toMatchObject({ applicable: 1, missing: 0, met: true });
  });

  it.each<[string, number, number, boolean]>([
    ['II.3 ít nhất 98%: 49 of 50 on time is 98%, meeting 98%', 49, 1, true],
    ['II.3 ít nhất 98%: 48 of 50 is 96%', 48, 2, false],
    ['II.3 ít nhất 98%: all', 50, 0, true],
  ])('%s', (_name, met, notMet, expected) => {
    const list = unitList(met + notMet);
    const checks = reports(
      list,
      [...Array<ItemVerdict>(met).fill('met'), ...Array<ItemVerdict>(notMet).fill('not-met')],
      'ii3_ontime',
    );
    const agg = aggregateOf(over(list), checks, 'ii3_ontime');
    expect(agg?.minPercent).toBe(98);
    expect(agg?.met).toBe(expected);
  });

  it('II.3 mức độ hài lòng: no percent when no unit applies', () => {
    const list = unitList(2, false);
    expect(
      aggregateOf(over(list), reports(list, ['not-applicable'], 'ii3_satisfaction'), 'ii3_satisfaction'),
    ).toMatchObject({
      applicable: 0,
      reported: 0,
      missing: 0,
      percent: null,
      met: null,
    });
  });

  it('counts a missing verdict as not entered', () => {
    const list = [aUnit()];
    const agg = aggregateOf(over(list), [{ unit: aUnit(), check: checkWith({}) }], 'ii1_plan');
    expect(agg).toMatchObject({ applicable: 1, notEntered: ['DV900'] });
  });

  it('takes the minimum share from settings', () => {
    const list = unitList(2);
    const s = over(list, { blocTargetOverrides: { ii5_leader: 50 } });
    expect(aggregateOf(s, reports(list, ['met', 'not-met'], 'ii5_leader'), 'ii5_leader')).toMatchObject({
      percent: 50,
      minPercent: 50,
      met: true,
    });
  });

  it('gives one row per bloc target, in plan order', () => {
    expect(aggregateBloc(deAn04, settingsAsOf(asOf), 2025, []).map((a) => a.itemId)).toEqual(
      deAn04.blocTargets.map((t) => t.itemId),
    );
  });
});

describe('evaluateIndicators', () => {
  const status = (ranks: Record<number, Record<string, number | undefined>>, year: number, id: string) =>
    evaluateIndicators(deAn04, ranks, year).find((s) => s.indicatorId === id);

  it.each<[string, number, number | undefined, string]>([
    ['in the top 15 before 2025', 2023, 15, 'on-track'],
    ['outside the top 15 before 2025', 2023, 16, 'not-yet'],
    ['in the top 15 in 2025', 2025, 15, 'met'],
    ['outside the top 15 in 2025', 2025, 16, 'not-met'],
    ['in the top 15 after 2025', 2026, 3, 'met'],
    ['no rank', 2025, undefined, 'no-data'],
  ])('PAR INDEX %s', (_name, year, rank, expected) => {
    expect(status({ [year]: { par_index: rank } }, year, 'par_index')?.status).toBe(expected);
  });

  it.each<[string, number | undefined, number | undefined, string]>([
    ['up 2 places (14 -> 12)', 14, 12, 'met'],
    ['up 1 place', 13, 12, 'met'],
    ['unchanged', 12, 12, 'not-met'],
    ['down 1 place', 12, 13, 'not-met'],
    ['no previous rank', undefined, 12, 'no-data'],
    ['no rank this year', 12, undefined, 'no-data'],
  ])('SIPAS %s', (_name, previous, rank, expected) => {
    expect(status({ 2022: { sipas: previous }, 2023: { sipas: rank } }, 2023, 'sipas')?.status).toBe(
      expected,
    );
  });

  it('explains the status in words', () => {
    const s = status({ 2022: { sipas: 14 }, 2023: { sipas: 12 } }, 2023, 'sipas');
    expect(s).toMatchObject({ rank: 12, previousRank: 14, year: 2023 });
    expect(s?.message.vi).toBe(
      'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2023: hạng 12, tăng 2 bậc so với năm 2022 (hạng 14); đạt (chỉ tiêu: tăng ít nhất 1 bậc mỗi năm).',
    );
    const par = status({ 2023: { par_index: 15 } }, 2023, 'par_index');
    expect(par?.message.vi).toContain('hạng 15, đã trong tốp 15');
    expect(par?.previousRank).toBeUndefined();
  });
});
