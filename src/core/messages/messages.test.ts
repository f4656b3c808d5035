import { testPlan } from '../../../test/plans/test-plan';
import { deAn04 } from '../../plans/de-an-04/plan';
import type { ReportItem, TargetRule } from '../plan/plan-types';
import { schemaIssue } from '../schema/schema-messages';
import { indicatorTargetText, measureText, targetText, valueRequired } from './messages';

const item = (id: string): ReportItem => {
  const found = [...deAn04.items, ...testPlan.items].find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};
const withTarget = (id: string, target: TargetRule): ReportItem => ({ ...item(id), target });

describe('targetText', () => {
  it.each<[string, ReportItem, string, string]>([
    ["'>' on a percent", item('ii3_satisfaction'), 'trên 90%', 'above 90%'],
    ["'>=' on a ratio", item('ii3_ontime'), 'từ 98% trở lên', 'at least 98%'],
    ["'>=' 100 on a ratio", item('ii3_published'), 'đạt 100%', '100%'],
    ["II.5 '>=' 1 leader", item('ii5_leader'), 'từ 1 người trở lên', 'at least 1 person'],
    [
      "II.5 '>=' 1 cadre (1-2 is not a ceiling)",
      item('ii5_cadres'),
      'từ 1 người trở lên',
      'at least 1 person',
    ],
    ["'=' on a count", withTarget('ii5_leader', { op: '=', value: 1 }), 'đúng 1 người', 'exactly 1 person'],
    [
      "'between' on a count",
      withTarget('ii5_cadres', { op: 'between', min: 1, max: 2 }),
      'từ 1 đến 2 người',
      '1 to 2 people',
    ],
    ["'>=' 1 on a count", item('ii4_model_dvk'), 'từ 1 mô hình trở lên', 'at least 1 model'],
    ["'yes'", item('ii1_plan'), 'Có', 'Yes'],
    ["'<' on a percent", withTarget('ii3_satisfaction', { op: '<', value: 5.5 }), 'dưới 5,5%', 'below 5.5%'],
    [
      "'<=' on a count",
      withTarget('ii5_leader', { op: '<=', value: 3 }),
      'không quá 3 người',
      'at most 3 people',
    ],
    [
      "'between' on a percent",
      withTarget('t_coverage', { op: 'between', min: 80, max: 90 }),
      'từ 80% đến 90%',
      '80% to 90%',
    ],
  ])('%s', (_name, it_, vi, en) => {
    expect(targetText(it_)).toEqual({ vi, en });
  });

  it('is undefined without a target', () => {
    expect(targetText(item('ii6_commended_collectives'))).toBeUndefined();
  });
});

describe('measureText', () => {
  it.each([
    [item('ii3_satisfaction'), { n: 88.5 }, '88,5%', '88.5%'],
    [item('ii3_ontime'), { num: 1234, den: 1300 }, '1.234/1.300 (94,92%)', '1,234/1,300 (94.92%)'],
    [item('ii3_ontime'), { num: 0, den: 0 }, '0/0', '0/0'],
    [item('ii5_cadres'), { n: 1 }, '1 người', '1 person'],
    [item('ii1_plan'), { yes: false }, 'Không', 'No'],
  ])('%#', (it_, value, vi, en) => {
    expect(measureText(it_, value)).toEqual({ vi, en });
  });
});

describe('messages', () => {
  it('say where, in both languages', () => {
    const m = valueRequired(item('ii2_directives'), { cell: 'E12', sheet: 'Báo cáo 2025', file: 'a.xlsx' });
    expect(m.vi).toBe(
      'Chưa nhập “Quán triệt các chỉ thị, nghị quyết của Đảng, Nhà nước về công tác dân vận trong năm” (ô E12, trang tính “Báo cáo 2025”, tệp “a.xlsx”). Hãy nhập kết quả của đơn vị vào ô này.',
    );
    expect(m.en).toContain('(cell E12, sheet “Báo cáo 2025”, file “a.xlsx”)');
  });

  it('start schema problems with the path', () => {
    const m = schemaIssue('items[3].target.value', { kind: 'type', expected: 'number', received: '"x"' });
    expect(m).toEqual({
      vi: 'items[3].target.value: cần một số, nhận được "x".',
      en: 'items[3].target.value: expected a number, got "x".',
    });
  });

  it('word province targets', () => {
    expect(indicatorTargetText(deAn04.provinceIndicators[0]!).vi).toBe('tốp 15 cả nước đến năm 2025');
    expect(indicatorTargetText(deAn04.provinceIndicators[3]!).vi).toBe('tăng ít nhất 1 bậc mỗi năm');
  });
});
