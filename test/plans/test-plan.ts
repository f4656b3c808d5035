import type { Plan } from '../../src/core/plan/plan-types';

/**
 * A second, small plan (3 items, 2 milestones, other ids, other years) used to prove that
 * nothing in the core is wired to Đề án 04.
 */
export const testPlan: Plan = {
  id: 'test-plan',
  title: { vi: 'Kế hoạch thử nghiệm', en: 'Test plan' },
  shortTitle: { vi: 'KH thử', en: 'Test' },
  firstYear: 2030,
  startDate: '2030-01-01',
  periodEndYear: 2032,
  sections: [
    { id: 'A', title: { vi: 'Mục tiêu', en: 'Targets' }, kind: 'target' },
    { id: 'B', title: { vi: 'Mốc', en: 'Milestones' }, kind: 'milestone' },
  ],
  items: [
    {
      id: 't_policy',
      section: 'A',
      label: { vi: 'Đã ban hành chính sách', en: 'Policy issued' },
      measure: { vi: 'Có/Không', en: 'Yes/No' },
      kind: 'yesno',
      applicability: 'all',
      target: { op: 'yes' },
      frequency: 'once',
      clause: 'A.1',
      required: true,
      needsDate: true,
    },
    {
      id: 't_coverage',
      section: 'A',
      label: { vi: 'Tỷ lệ bao phủ', en: 'Coverage' },
      measure: { vi: '%', en: '%' },
      kind: 'percent',
      applicability: 'resolves-tthc',
      target: { op: '>=', value: 80 },
      frequency: 'yearly',
      clause: 'A.2',
      assumed: { vi: 'Ngưỡng 80% là giả định.', en: 'The 80% threshold is assumed.' },
      required: true,
    },
    {
      id: 't_events',
      section: 'A',
      label: { vi: 'Số sự kiện', en: 'Events held' },
      measure: { vi: 'sự kiện', en: 'events' },
      kind: 'count',
      applicability: 'all',
      target: { op: 'between', min: 2, max: 4 },
      frequency: 'yearly',
      clause: 'A.3',
      required: false,
      needsDate: true,
    },
  ],
  blocItems: [
    {
      id: 't_bloc_audit',
      section: 'B',
      label: { vi: 'Ngày kiểm tra', en: 'Audit date' },
      measure: { vi: 'ngày', en: 'date' },
      kind: 'date',
      applicability: 'all',
      frequency: 'once',
      clause: 'B.1',
      required: false,
    },
  ],
  milestones: [
    {
      id: 't_policy_due',
      who: 'unit',
      label: { vi: 'Ban hành chính sách', en: 'Issue the policy' },
      clause: 'B.1',
      when: { vi: 'Tháng 6/2030', en: 'June 2030' },
      schedule: { kind: 'once', due: '2030-06-30' },
      doneBy: { kind: 'item-date', itemId: 't_policy' },
    },
    {
      id: 't_events_yearly',
      who: 'unit',
      label: { vi: 'Tổ chức sự kiện hằng năm', en: 'Hold the yearly events' },
      clause: 'B.2',
      when: { vi: 'Tháng 3 hằng năm', en: 'Every March' },
      schedule: { kind: 'yearly', month: 3, day: 31, fromYear: 2030, toYear: 2032 },
      doneBy: { kind: 'item-date', itemId: 't_events' },
    },
  ],
  blocTargets: [{ itemId: 't_coverage', minPercent: 75, clause: 'A.2' }],
  provinceIndicators: [
    {
      id: 't_rank',
      label: { vi: 'Xếp hạng thử', en: 'Test rank' },
      rule: { kind: 'improve', places: 2 },
      clause: 'A.4',
    },
  ],
};
