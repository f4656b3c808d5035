import { testPlan } from '../../../test/plans/test-plan';
import { deAn04 } from '../../plans/de-an-04/plan';
import { loadPlan } from './plan-schema';
import type { Plan } from './plan-types';

/** Plan JSON as a file would hold it: any shape, edited freely by the test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break plans in arbitrary ways
type Json = Record<string, any>;

/** A deep copy of Đề án 04 with one change, as a JSON file would arrive. */
function broken(change: (p: Json) => void): unknown {
  const copy = JSON.parse(JSON.stringify(deAn04)) as Json;
  change(copy);
  return copy;
}

describe('loadPlan', () => {
  it.each<[string, Plan]>([
    ['Đề án 04', deAn04],
    ['the test plan', testPlan],
  ])('accepts %s as it is', (_name, plan) => {
    expect(loadPlan(plan)).toEqual({ ok: true, value: plan });
  });

  it.each<[string, (p: Json) => void, string, string]>([
    [
      'a target value that is text',
      (p) => (p.items[3].target = { op: '>=', value: 'x' }),
      'items[3].target.value',
      'cần một số',
    ],
    ['an unknown kind', (p) => (p.items[0].kind = 'bogus'), 'items[0].kind', 'cần một trong'],
    ['a missing label', (p) => delete p.items[2].label, 'items[2].label', 'thiếu giá trị bắt buộc'],
    ['an empty clause', (p) => (p.items[1].clause = ' '), 'items[1].clause', 'không được để trống'],
    [
      'an impossible due date',
      (p) => (p.milestones[0].schedule.due = '2022-02-30'),
      'milestones[0].schedule.due',
      'phải là ngày',
    ],
    [
      'month 13',
      (p) => (p.milestones[4].schedule.month = 13),
      'milestones[4].schedule.month',
      'không được lớn hơn 12',
    ],
    [
      '31 April',
      (p) => Object.assign(p.milestones[4].schedule, { month: 4, day: 31 }),
      'milestones[4].schedule.day',
      'không được lớn hơn',
    ],
    ['a duplicate item id', (p) => (p.items[1].id = 'ii1_plan'), 'items[1].id', 'bị trùng'],
    [
      'an unknown section',
      (p) => (p.items[0].section = 'II.9'),
      'items[0].section',
      'không có trong sections',
    ],
    [
      'a milestone on an unknown item',
      (p) => (p.milestones[0].doneBy.itemId = 'nope'),
      'milestones[0].doneBy.itemId',
      'không có trong items',
    ],
    [
      'a bloc milestone on a unit item',
      (p) => (p.milestones.at(-1).doneBy.itemId = 'ii1_plan'),
      `milestones[${deAn04.milestones.length - 1}].doneBy.itemId`,
      'không có trong blocItems',
    ],
    [
      'a bloc target on an unknown item',
      (p) => (p.blocTargets[0].itemId = 'nope'),
      'blocTargets[0].itemId',
      'không có trong items',
    ],
    [
      'a bloc target above 100%',
      (p) => (p.blocTargets[0].minPercent = 101),
      'blocTargets[0].minPercent',
      'không được lớn hơn 100',
    ],
    [
      'a range upside down',
      (p) => (p.items[12].target = { op: 'between', min: 3, max: 1 }),
      'items[12].target.max',
      'không được nhỏ hơn min',
    ],
    [
      'a yes target on a count',
      (p) => (p.items[11].target = { op: 'yes' }),
      'items[11].target.op',
      'chỉ tiêu không hợp với loại giá trị count',
    ],
    [
      'a percent target above 100',
      (p) => (p.items[5].target.value = 190),
      'items[5].target.value',
      'không được lớn hơn 100',
    ],
    [
      'a ratio without its labels',
      (p) => delete p.items[4].ratio,
      'items[4].ratio',
      'mục tỷ lệ cần nhãn của tử số và tổng số',
    ],
    [
      'a sum rule on an unknown item',
      (p) => (p.consistency[0].items[1] = 'nope'),
      'consistency[0].items[1]',
      'không có trong items',
    ],
    [
      'an indicator rank of 0',
      (p) => (p.provinceIndicators[0].rule.rank = 0),
      'provinceIndicators[0].rule.rank',
      'phải từ 1 trở lên',
    ],
    [
      'a period ending before it starts',
      (p) => (p.periodEndYear = 2020),
      'periodEndYear',
      'không được nhỏ hơn firstYear',
    ],
    ['items that are not a list', (p) => (p.items = 3), 'items', 'cần một danh sách'],
  ])('names the path of %s', (_name, change, path, vi) => {
    const r = loadPlan(broken(change));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // The first finding is the change itself (a renamed id also orphans what referred to it).
    expect(r.error[0]).toMatchObject({ code: 'PLAN.INVALID', severity: 'error' });
    expect(r.error[0]?.message.vi).toContain(`${path}: ${vi}`);
    expect(r.error[0]?.message.en.startsWith(`${path}: `)).toBe(true);
  });

  it('rejects what is not a plan', () => {
    const r = loadPlan(null);
    expect(r.ok || r.error[0]?.message).toEqual({
      vi: '(gốc): cần một đối tượng { ... }, nhận được null.',
      en: '(root): expected an object { ... }, got null.',
    });
  });
});

describe('loadPlan: legacy template keys', () => {
  it('keeps the legacy keys of older template versions', () => {
    const loaded = loadPlan(deAn04);
    expect(loaded.ok && loaded.value.legacyKeys?.[1]?.map((k) => k.key)).toEqual([
      'ii2_study',
      'ii3_ontime_rate',
    ]);
  });

  it('names the path of a bad version number', () => {
    const loaded = loadPlan({ ...deAn04, legacyKeys: { x: [] } });
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.error[0]?.message.vi).toMatch(/^legacyKeys/);
  });
});
