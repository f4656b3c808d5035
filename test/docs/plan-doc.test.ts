import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PLAN_DOC_PATH, renderPlanDoc } from '../../scripts/gen-plan-doc';
import { defaultSettings } from '../../src/plans/de-an-04/default-settings';
import { deAn04 } from '../../src/plans/de-an-04/plan';
import { testPlan } from '../plans/test-plan';

describe('docs/plan-de-an-04.md', () => {
  const rendered = renderPlanDoc(deAn04, defaultSettings('2025-01-01'));

  it('is up to date with the plan data (run `npm run docs:plan` when this fails)', () => {
    const committed = readFileSync(resolve(__dirname, '../..', PLAN_DOC_PATH), 'utf8');
    expect(committed).toBe(rendered);
  });

  it('does not depend on the as-of date', () => {
    expect(renderPlanDoc(deAn04, defaultSettings('2030-06-01'))).toBe(rendered);
  });

  it.each([
    ...deAn04.items.map((i) => i.id),
    ...deAn04.blocItems.map((i) => i.id),
    ...deAn04.milestones.map((m) => m.id),
    ...deAn04.provinceIndicators.map((p) => p.id),
  ])('lists %s', (id) => {
    expect(rendered).toContain(`\`${id}\``);
  });

  it.each([
    ['a strict target in words', 'trên 90%'],
    ['an inclusive target in words, marked assumed (II.3 per unit)', 'từ 98% trở lên (giả định)'],
    ['II.5 leaders and cadres as a floor', 'từ 1 người trở lên'],
    ['II.4 counted cumulatively', 'Lũy kế từ khi triển khai'],
    ['the scheme date (Đề án 04, 01/10/2021)', "Ngày của Đề án (the scheme's date): 01/10/2021"],
    ['III.2 steering board for sở, ban, ngành', 'Sở, ban, ngành (`isDepartment`)'],
    ['II.3 publication for units publishing TTHC', 'Đơn vị công bố, công khai TTHC (`publishesTthc`)'],
    ['an assumed due date', '31/12/2022 (giả định)'],
    ['a deadline the plan names no time for', 'Kế hoạch không nêu thời hạn'],
    ['a yearly due date', '31/10 hằng năm từ 2022'],
    ['a one-off due date', '31/01/2022'],
    ['the numbering note', '"IV- TỔ CHỨC THỰC HIỆN" là IV lần thứ hai'],
    ['an assumption', 'giả định: “Kỳ sinh hoạt chi bộ tháng 01/2022” được hiểu là hạn 31/01/2022.'],
  ])('shows %s', (_what, text) => {
    expect(rendered).toContain(text);
  });

  // V.3 names no quarter for the yearly report, II.5 no year for the regulation.
  it.each([
    ['unit_yearly_report', 'Quý IV'],
    ['unit_review', 'Quý IV'],
    ['unit_regulation', 'Năm 2022'],
    ['unit_first_model', 'Năm 2022'],
  ])('never prints a time the plan does not give: %s without "%s"', (id, text) => {
    const row = rendered.split('\n').find((l) => l.startsWith(`| \`${id}\``));
    expect(row).toBeDefined();
    expect(row).not.toContain(text);
  });

  it('cites a clause on every item, target and milestone row', () => {
    const rows = rendered.split('\n').filter((l) => /^\| `/.test(l));
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) expect(row).toMatch(/\| (I{1,3}|IV|V)(\.\d)?[^|]*\|/);
  });

  it('uses the report deadline from settings', () => {
    const s = { ...defaultSettings('2025-01-01'), reportDeadline: '11-30' };
    expect(renderPlanDoc(deAn04, s)).toContain('30/11 hằng năm từ 2022');
  });

  it('renders another plan', () => {
    const doc = renderPlanDoc(testPlan, defaultSettings('2031-01-01'));
    expect(doc).toContain('`t_events`');
    expect(doc).toContain('từ 2 đến 4 sự kiện');
    expect(doc).not.toContain('ii1_plan');
  });
});
