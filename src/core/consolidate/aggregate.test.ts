import { aUnit, settingsAsOf } from '../../../test/builders';
import { deAn04 } from '../../plans/de-an-04/plan';
import type { ItemVerdict, ReportCheck } from '../validate/validate-types';
import { aggregateBloc, evaluateIndicators } from './aggregate';

const checkWith = (verdicts: Record<string, ItemVerdict>): ReportCheck => ({
  findings: [],
  verdicts,
  measures: {},
});
const units = (verdicts: ItemVerdict[], itemId: string) =>
  verdicts.map((v, i) => ({
    unit: aUnit({ code: `U${String(i + 1).padStart(2, '0')}` }),
    check: checkWith({ [itemId]: v }),
  }));

describe('aggregateBloc', () => {
  const settings = settingsAsOf('2026-01-15');

  it('counts meeting and applicable units and lists the others', () => {
    const checks = units(['met', 'not-met', 'not-entered', 'not-applicable', 'invalid', 'met'], 'ii5_leader');
    const agg = aggregateBloc(deAn04, settings, 2025, checks).find((a) => a.itemId === 'ii5_leader');
    expect(agg).toEqual({
      itemId: 'ii5_leader',
      meeting: 2,
      applicable: 5,
      percent: 40,
      minPercent: 100,
      met: false,
      notMet: ['U02', 'U05'],
      notEntered: ['U03'],
    });
  });

  it.each<[string, number, number, boolean]>([
    ['49 of 50 on time is 98%, meeting 98%', 49, 1, true],
    ['48 of 50 is 96%', 48, 2, false],
    ['all', 50, 0, true],
  ])('%s', (_name, met, notMet, expected) => {
    const checks = units(
      [...Array<ItemVerdict>(met).fill('met'), ...Array<ItemVerdict>(notMet).fill('not-met')],
      'ii3_ontime',
    );
    const agg = aggregateBloc(deAn04, settings, 2025, checks).find((a) => a.itemId === 'ii3_ontime');
    expect(agg?.minPercent).toBe(98);
    expect(agg?.met).toBe(expected);
  });

  it('has no percent when no unit applies', () => {
    const agg = aggregateBloc(deAn04, settings, 2025, units(['not-applicable'], 'ii3_satisfaction'));
    expect(agg.find((a) => a.itemId === 'ii3_satisfaction')).toMatchObject({
      applicable: 0,
      percent: null,
      met: null,
    });
  });

  it('counts a missing verdict as not entered', () => {
    const agg = aggregateBloc(deAn04, settings, 2025, [{ unit: aUnit(), check: checkWith({}) }]);
    expect(agg.find((a) => a.itemId === 'ii1_plan')).toMatchObject({ applicable: 1, notEntered: ['DV900'] });
  });

  it('takes the minimum share from settings', () => {
    const s = settingsAsOf('2026-01-15', { blocTargetOverrides: { ii5_leader: 50 } });
    const agg = aggregateBloc(deAn04, s, 2025, units(['met', 'not-met'], 'ii5_leader'));
    expect(agg.find((a) => a.itemId === 'ii5_leader')).toMatchObject({
      percent: 50,
      minPercent: 50,
      met: true,
    });
  });

  it('gives one row per bloc target, in plan order', () => {
    expect(aggregateBloc(deAn04, settings, 2025, []).map((a) => a.itemId)).toEqual(
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
