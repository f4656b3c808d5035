/**
 * Generates docs/plan-de-an-04.md from the plan as data: `npm run docs:plan`.
 * test/docs/plan-doc.test.ts fails when the committed file differs from what this renders, so
 * the document cannot drift from the data. The output is already in Prettier's markdown style.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { countMinimum } from '../src/core/milestones/milestone-status';
import { effectivePlan } from '../src/core/plan/effective-plan';
import type { Milestone, Plan, ReportItem } from '../src/core/plan/plan-types';
import type { Settings } from '../src/core/settings/settings-types';
import { formatDate } from '../src/core/text';
import type { Text } from '../src/core/types';
import { indicatorTargetText, markAssumed, targetText } from '../src/core/messages/messages';
import { defaultSettings } from '../src/plans/de-an-04/default-settings';
import { deAn04 } from '../src/plans/de-an-04/plan';

export const PLAN_DOC_PATH = 'docs/plan-de-an-04.md';

const KIND: Record<ReportItem['kind'], string> = {
  yesno: 'Có/Không',
  count: 'Số lượng',
  percent: 'Tỷ lệ %',
  date: 'Ngày',
  rank: 'Thứ hạng',
  ratio: 'Tỷ lệ (hai số)',
  text: 'Văn bản',
};
/** Which units, by the unit-list flag the item reads (`appliesToUnit`). */
const APPLIES: Record<ReportItem['applicability'], string> = {
  all: 'Tất cả đơn vị',
  'resolves-tthc': 'Đơn vị giải quyết TTHC (`resolvesTthc`)',
  'publishes-tthc': 'Đơn vị công bố, công khai TTHC (`publishesTthc`)',
  department: 'Sở, ban, ngành (`isDepartment`)',
};
const FREQUENCY: Record<ReportItem['frequency'], string> = {
  once: 'Một lần',
  yearly: 'Hằng năm',
  cumulative: 'Lũy kế từ khi triển khai',
};
const WHO: Record<Milestone['who'], string> = { unit: 'Đơn vị', bloc: 'Khối' };

/** A table cell: one line, pipes escaped. */
const cell = (s: string): string => s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (s: string): string => `\`${s}\``;
const assumed = (t: Text | undefined): string => (t ? `giả định: ${t.vi}` : '');

/** Display width as Prettier measures it: combining marks take no space. */
const width = (s: string): number => [...s.normalize('NFC')].filter((c) => !/\p{M}/u.test(c)).length;

/** A markdown table, columns padded the way Prettier aligns them (so `prettier --check` passes). */
function table(header: string[], rows: string[][]): string[] {
  const all = [header, ...rows].map((r) => r.map(cell));
  const widths = header.map((_, i) => Math.max(3, ...all.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    `| ${widths.map((w, i) => (cells[i] ?? '') + ' '.repeat(w - width(cells[i] ?? ''))).join(' | ')} |`;
  const [head = [], ...body] = all;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line)];
}

function itemRows(items: ReportItem[]): string[][] {
  return items.map((item) => {
    const stated = targetText(item);
    // A criterion the plan does not state is marked in the column itself, not only in "Giả định".
    const mark = item.assumed !== undefined;
    const target = stated && {
      vi: markAssumed(stated.vi, mark, 'vi'),
      en: markAssumed(stated.en, mark, 'en'),
    };
    const measure = item.ratio
      ? `${item.measure.vi} (${item.ratio.num.vi} / ${item.ratio.den.vi})`
      : item.measure.vi;
    const entry = [item.required ? 'bắt buộc' : 'không bắt buộc', item.needsDate ? 'kèm ngày hoàn thành' : '']
      .filter(Boolean)
      .join(', ');
    return [
      code(item.id),
      item.section,
      item.label.vi,
      measure,
      `${KIND[item.kind]} (${item.kind})`,
      APPLIES[item.applicability],
      target?.vi ?? '',
      target?.en ?? '',
      FREQUENCY[item.frequency],
      entry,
      item.clause,
      assumed(item.assumed),
    ];
  });
}

const ITEM_HEADER = [
  'Mã (id)',
  'Mục',
  'Nội dung',
  'Đơn vị tính',
  'Loại',
  'Áp dụng',
  'Chỉ tiêu',
  'Target',
  'Kỳ',
  'Nhập',
  'Căn cứ',
  'Giả định',
];

function dueWords(m: Milestone): Text {
  const s = m.schedule;
  if (s.kind === 'once') return { vi: formatDate(s.due, 'vi'), en: formatDate(s.due, 'en') };
  const dm = `${String(s.day).padStart(2, '0')}/${String(s.month).padStart(2, '0')}`;
  const to = s.toYear !== undefined;
  return {
    vi: `${dm} hằng năm từ ${s.fromYear}${to ? ` đến ${s.toYear}` : ''}`,
    en: `${dm} every year from ${s.fromYear}${to ? ` to ${s.toYear}` : ''}`,
  };
}

/** The document, in Vietnamese first with English beside it where short. */
export function renderPlanDoc(plan: Plan, settings: Settings): string {
  const ep = effectivePlan(plan, settings);
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines, '');
  const label = new Map([...ep.items, ...ep.blocItems].map((i) => [i.id, i.label.vi]));

  push(`# ${ep.shortTitle.vi}: kế hoạch dưới dạng dữ liệu (${ep.shortTitle.en}: the plan as data)`);
  push(
    `> Tệp này được sinh từ \`src/plans/${ep.id}/plan.ts\` bằng \`npm run docs:plan\`; đừng sửa tay.`,
    '> Generated from the plan data by `npm run docs:plan`; do not edit by hand.',
  );
  push(`**${ep.title.vi}**`, '', `_${ep.title.en}_`);
  push(
    `- Năm bắt đầu báo cáo (first reporting year): ${ep.firstYear}`,
    `- Ngày của Đề án (the scheme's date): ${formatDate(ep.startDate, 'vi')}; ngày hoàn thành hay ngày báo cáo trước ngày này không hợp lệ (an earlier completion or report date is invalid)`,
    `- Giai đoạn (period): ${ep.firstYear}-${ep.periodEndYear} và những năm tiếp theo (and the following years)`,
    `- Hạn nộp báo cáo hằng năm của đơn vị, theo cài đặt (units' yearly report deadline, a setting): ${settings.reportDeadline.slice(3)}/${settings.reportDeadline.slice(0, 2)} (giả định: Kế hoạch không nêu ngày; assumed: the plan names no date)`,
    `- "Sắp đến hạn" trước hạn (due soon, a setting): ${settings.dueSoonDays} ngày (days)`,
    '- "giả định" đánh dấu giá trị Kế hoạch không nêu; mọi giá trị như vậy đổi được trong Cài đặt. ("giả định" marks a value the plan does not state; every such value can be changed in Settings.)',
  );

  push('## Ghi chú về đánh số mục (note on numbering)');
  push(
    'Văn bản Kế hoạch đánh số mục "IV- TỔ CHỨC THỰC HIỆN" là IV lần thứ hai, ngay sau "IV- LỘ TRÌNH THỰC HIỆN". Đây là lỗi đánh máy; tài liệu này và dữ liệu kế hoạch trích dẫn mục đó là V (ví dụ V.3).',
    '',
    'The plan text numbers "IV- TỔ CHỨC THỰC HIỆN" (organization of implementation) IV a second time, right after "IV- LỘ TRÌNH THỰC HIỆN" (roadmap). It is a typo; this document and the plan data cite that section as V (e.g. V.3).',
  );

  push('## Các mục báo cáo của đơn vị (unit report items)');
  push(
    'Cột "Áp dụng" nêu cờ của đơn vị trong danh sách đơn vị mà mục dựa vào (The "Áp dụng" column names the unit-list flag the item depends on): `resolvesTthc` giải quyết thủ tục hành chính (resolves administrative procedures), `publishesTthc` công bố, công khai thủ tục hành chính (publishes them), `isDepartment` là sở, ban, ngành cấp tỉnh (a provincial department, board or sector). Cột "Kỳ" (period): "Lũy kế từ khi triển khai" (cumulative) là số đếm từ khi triển khai Đề án, ngày ghi kèm là ngày của cái đầu tiên, từ bất kỳ năm nào kể từ ngày của Đề án (counted since the scheme began; its date is the first one, from any year since the scheme\'s date).',
  );
  for (const section of ep.sections) {
    const items = ep.items.filter((i) => i.section === section.id);
    if (items.length === 0) continue;
    push(`### ${section.id}. ${section.title.vi} (${section.title.en})`);
    push(...table(ITEM_HEADER, itemRows(items)));
  }

  if ((ep.consistency ?? []).length > 0) {
    push('## Quy tắc đối chiếu giữa các mục (consistency rules)');
    push(
      ...table(
        ['Mã (id)', 'Quy tắc', 'Rule', 'Căn cứ'],
        (ep.consistency ?? []).map((r) => [
          code(r.id),
          `${r.label.vi} (${r.items.map(code).join(', ')}) không lớn hơn ${label.get(r.max) ?? r.max} (${code(r.max)})`,
          `sum ≤ ${code(r.max)}`,
          r.clause ?? '',
        ]),
      ),
    );
  }

  push('## Chỉ tiêu toàn Khối (bloc targets)');
  push(
    ...table(
      ['Mục (item)', 'Nội dung', 'Tỷ lệ đơn vị đạt tối thiểu', 'Min. share of units', 'Căn cứ', 'Giả định'],
      ep.blocTargets.map((t) => [
        code(t.itemId),
        label.get(t.itemId) ?? '',
        markAssumed(`${t.minPercent}%`, t.assumed !== undefined, 'vi'),
        markAssumed(`${t.minPercent}%`, t.assumed !== undefined, 'en'),
        t.clause,
        assumed(t.assumed),
      ]),
    ),
  );

  push('## Chỉ số của tỉnh (province indicators)');
  push(
    ...table(
      ['Mã (id)', 'Chỉ số', 'Chỉ tiêu', 'Target', 'Căn cứ', 'Giả định'],
      ep.provinceIndicators.map((p) => {
        const t = indicatorTargetText(p);
        const mark = p.assumed !== undefined;
        return [
          code(p.id),
          p.label.vi,
          markAssumed(t.vi, mark, 'vi'),
          markAssumed(t.en, mark, 'en'),
          p.clause,
          assumed(p.assumed),
        ];
      }),
    ),
  );

  push('## Số liệu của Khối (bloc input items)');
  push(...table(ITEM_HEADER, itemRows(ep.blocItems)));

  push('## Mốc thời gian (milestones)');
  push(
    ...table(
      [
        'Mã (id)',
        'Ai (who)',
        'Nội dung',
        'Thời gian theo Kế hoạch',
        'Hạn',
        'Due',
        'Hoàn thành khi',
        'Căn cứ',
        'Giả định',
      ],
      ep.milestones.map((m) => {
        const words = dueWords(m);
        const mark = m.assumed !== undefined;
        const due = { vi: markAssumed(words.vi, mark, 'vi'), en: markAssumed(words.en, mark, 'en') };
        const itemId = m.doneBy.kind === 'report-date' ? undefined : m.doneBy.itemId;
        const min = countMinimum(
          m,
          ep.blocItems.find((i) => i.id === itemId),
        );
        const doneBy =
          m.doneBy.kind === 'report-date'
            ? 'ngày báo cáo (report date)'
            : min !== undefined
              ? `số ${code(m.doneBy.itemId)} của năm ≥ ${min} (the year's count)`
              : `ngày của ${code(m.doneBy.itemId)}`;
        return [
          code(m.id),
          `${WHO[m.who]} (${m.who})`,
          m.label.vi,
          m.when.vi,
          due.vi,
          due.en,
          doneBy,
          m.clause,
          assumed(m.assumed),
        ];
      }),
    ),
  );
  return `${out.join('\n').trimEnd()}\n`;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === __filename) {
  const path = resolve(__dirname, '..', PLAN_DOC_PATH);
  writeFileSync(path, renderPlanDoc(deAn04, defaultSettings('2025-01-01')), 'utf8');
  console.log(`Wrote ${path}`);
}
