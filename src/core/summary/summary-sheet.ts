import type { TargetAggregate } from '../consolidate/aggregate-types';
import type { Consolidation, SourceRow } from '../consolidate/consolidate-types';
import { reportDueAssumed } from '../consolidate/consolidate';
import {
  ITEM_VERDICT_LABELS,
  NOT_REPORTED_LABEL,
  deadlineWords,
  milestoneDeadline,
} from '../consolidate/verdicts';
import type { MilestoneRow } from '../milestones/milestone-types';
import { milestoneStatusText } from '../milestones/milestone-status';
import { effectivePlan } from '../plan/effective-plan';
import type { Plan } from '../plan/plan-types';
import type { OrgNames, Settings, Unit } from '../settings/settings-types';
import type { CellStyle, SheetSpec } from '../sheet/sheet-spec';
import { numberFormats } from '../sheet/number-formats';
import { COLORS, STATUS_WORDS } from '../template/report-template';
import { SheetBuilder, lineHeight } from '../template/sheet-builder';
import { a1 } from '../template/template-keys';
import { formatDate, formatNumber, formatPercent } from '../text';
import type { IsoDate, Lang, Text } from '../types';
import { ASSUMED_WORD, markAssumed, targetText } from '../messages/messages';
import { orgNamesOn } from '../settings/org-names';
import { SUMMARY_FONT, docNumberOf, verdictColors } from './consolidated-sheet';
import {
  officeHeader,
  officeShort,
  placeDateLine,
  placeFooter,
  placePartyHeader,
  placeTitle,
  reportSubject,
} from '../template/party-header';
import { ofTheYear, reportsToCorrect } from './reminder-list';
import { targetColumns } from './target-columns';
import type { TargetColumn } from './target-columns';
import { heightOf } from '../template/text-fit';
import { keepTogether, pageModel } from '../sheet/print-pages';
import { PERCENT_AXIS } from '../sheet/chart-spec';

/**
 * "Tóm tắt <year>": the summary for the Standing Committee meeting, printable as it is on A4
 * portrait (a BÁO CÁO; only its annexes are landscape): the Party header and annex caption, the reporting status, one sentence per bloc
 * target with its numbers, the province indices, the units that missed each target, overdue
 * milestones, units not reported, and the achievement per target against the bloc target as a
 * table and a column chart over it (both adapters draw the chart from spec.charts).
 */

const BODY = 12;
// About 90 characters: one portrait A4 page wide at full size.
const W = [5, 24, 9, 9, 13, 10, 11, 12];
const LAST = W.length;
const FULL = W.reduce((s, x) => s + x, 0);

/** A bloc target's result as one sentence, with the numbers it states. */
export interface TargetSentence {
  itemId: string;
  code: string;
  text: string;
  /** "Chưa đạt (1): ...; Chưa báo cáo (2): ..." (names), or '' when every applicable unit met it. */
  missed: string;
}

const lowerFirst = (s: string): string => (s ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const stripDot = (s: string): string => s.replace(/[.\s]+$/, '');

/** What a unit meeting the target has done: the plan's verb phrase, with the unit criterion. */
function deedOf(t: TargetColumn, lang: Lang): string {
  const stated = t.item.target?.op === 'yes' ? undefined : targetText(t.item)?.[lang];
  // Already in brackets: "(từ 98% trở lên, giả định)".
  const criterion =
    stated === undefined ? undefined : t.criterionAssumed ? `${stated}, ${ASSUMED_WORD[lang]}` : stated;
  const deed =
    t.deed?.[lang] ??
    (lang === 'vi'
      ? `đạt tiêu chí ${lowerFirst(stripDot(t.item.label.vi))}`
      : `met the criterion: ${lowerFirst(stripDot(t.item.label.en))}`);
  return criterion ? `${deed} (${criterion})` : deed;
}

/**
 * "65/68 cấp ủy cơ sở (95,6%) đã xây dựng chương trình, kế hoạch thực hiện Đề án 04; chỉ tiêu
 * 100%: chưa đạt, 3 cấp ủy chưa báo cáo." The count is over every unit active in the year the
 * item applies to (`expected` is the number of active units: fewer applicable ones read
 * "thuộc diện áp dụng"); a target is never "đạt" while an applicable unit has not reported.
 */
export function targetSentence(
  t: TargetColumn,
  a: TargetAggregate | undefined,
  expected: number,
  lang: Lang,
): string {
  const vi = lang === 'vi';
  const goal = markAssumed(
    `${formatNumber(t.minPercent, lang, { maxDecimals: 2 })}%`,
    t.minPercentAssumed,
    lang,
  );
  if (!a || a.applicable === 0 || a.percent === null)
    return vi
      ? `${t.code}. Không có cấp ủy cơ sở thuộc diện áp dụng; chỉ tiêu ${goal}: không đánh giá.`
      : `${t.code}. No grassroots committee is subject to it; target ${goal}: not assessed.`;
  const scope = a.applicable < expected ? (vi ? ' thuộc diện áp dụng' : ' subject to it') : '';
  const pct = formatPercent(a.percent, lang, 1);
  const verdict = a.met ? (vi ? 'đạt' : 'met') : vi ? 'chưa đạt' : 'not met';
  const missing =
    a.missing > 0
      ? vi
        ? `, ${a.missing} cấp ủy chưa báo cáo`
        : `, ${a.missing} committee(s) have not reported`
      : '';
  return vi
    ? `${t.code}. ${a.meeting}/${a.applicable} cấp ủy cơ sở${scope} (${pct}) ${deedOf(t, lang)}; chỉ tiêu ${goal}: ${verdict}${missing}.`
    : `${t.code}. ${a.meeting}/${a.applicable} grassroots committees${scope} (${pct}) ${deedOf(t, lang)}; target ${goal}: ${verdict}${missing}.`;
}

/**
 * The standing committees that held the plan's bloc tasks between two dates: one name, or
 * "cấp ủy cấp trên (Ban Thường vụ Đảng ủy Khối … đến 12/02/2025; Ban Thường vụ … từ 13/02/2025)".
 */
export function committeesSince(
  periods: readonly OrgNames[],
  from: IsoDate,
  to: IsoDate,
  lang: Lang,
): string {
  const held = periods.filter(
    (p) => (p.from === undefined || p.from <= to) && (p.to === undefined || p.to >= from),
  );
  const names = [...new Set(held.map((p) => p.standingCommittee))];
  if (names.length <= 1) return names[0] ?? '';
  const when = (p: OrgNames): string =>
    p.to !== undefined && p.to < to
      ? `${lang === 'vi' ? 'đến' : 'until'} ${formatDate(p.to, lang)}`
      : `${lang === 'vi' ? 'từ' : 'from'} ${formatDate(p.from ?? from, lang)}`;
  const list = held.map((p) => `${p.standingCommittee} ${when(p)}`).join('; ');
  return lang === 'vi' ? `cấp ủy cấp trên (${list})` : `higher committee (${list})`;
}

/** Units whose figure for a target could not be read: what the summary says of them. */
const INVALID_FIGURE_LABEL: Text = {
  vi: 'Số liệu không hợp lệ, chưa tính là đạt',
  en: 'Invalid figure, not counted as met',
};

export function targetSentences(
  c: Consolidation,
  plan: Plan,
  settings: Settings,
  lang: Lang,
): TargetSentence[] {
  const aggregates = new Map(c.aggregates.map((a) => [a.itemId, a]));
  const order = new Map(c.units.map((u, i) => [u.code, i]));
  const names = new Map(c.units.map((u) => [u.code, u.name]));
  const list = (codes: string[]): string =>
    [...codes]
      .sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0))
      .map((code) => names.get(code) ?? code)
      .join('; ');
  const line = (label: Text, codes: string[]): string => `${label[lang]} (${codes.length}): ${list(codes)}.`;
  const verdictsOf = new Map(c.accepted.map((r) => [r.unit.code, r.check.verdicts]));
  return targetColumns(plan, settings).map((t) => {
    const a = aggregates.get(t.itemId);
    const parts: string[] = [];
    // A figure that cannot be read counts against the share like a target not met, but the unit
    // is not named as having missed it: its figure is to be corrected (Đôn đốc, part II).
    const isInvalid = (code: string): boolean => verdictsOf.get(code)?.[t.itemId] === 'invalid';
    const invalid = (a?.notMet ?? []).filter(isInvalid);
    const notMet = (a?.notMet ?? []).filter((code) => !isInvalid(code));
    if (notMet.length > 0) parts.push(line(ITEM_VERDICT_LABELS['not-met'], notMet));
    if (invalid.length > 0) parts.push(line(INVALID_FIGURE_LABEL, invalid));
    if (a && a.notEntered.length > 0) parts.push(line(ITEM_VERDICT_LABELS['not-entered'], a.notEntered));
    if (a && a.notReported.length > 0) {
      // Every unit of section V: name them once, there (16 targets naming the same units again
      // took half a printed page).
      const all = a.notReported.length === c.notReported.length;
      parts.push(
        all
          ? `${NOT_REPORTED_LABEL[lang]} (${a.notReported.length}): ${lang === 'vi' ? 'danh sách ở mục V' : 'listed in section V'}.`
          : line(NOT_REPORTED_LABEL, a.notReported),
      );
    }
    return {
      itemId: t.itemId,
      code: t.code,
      text: targetSentence(t, a, c.counts.expected, lang),
      missed: parts.join(' '),
    };
  });
}

/**
 * Section I: how many committees reported, who reported late, and what could not be used, as an
 * official writes it ("62/70 cấp ủy cơ sở (88,6%) đã gửi báo cáo năm 2025; 8 cấp ủy chưa báo
 * cáo."). Counts of zero are left out.
 */
export function reportingSentences(c: Consolidation, lang: Lang): string[] {
  const k = c.counts;
  const vi = lang === 'vi';
  const out: string[] = [];
  const pct = k.expected > 0 ? ` (${formatPercent((100 * k.reported) / k.expected, lang, 1)})` : '';
  const missing =
    k.notReported > 0
      ? vi
        ? `; ${k.notReported} cấp ủy chưa báo cáo`
        : `; ${k.notReported} have not reported`
      : '';
  out.push(
    vi
      ? `${k.reported}/${k.expected} cấp ủy cơ sở${pct} đã gửi báo cáo năm ${c.year}${missing}.`
      : `${k.reported}/${k.expected} grassroots committees${pct} have sent their ${c.year} report${missing}.`,
  );
  const late = c.accepted.filter((a) => a.late !== undefined);
  const first = late[0]?.late;
  if (first !== undefined) {
    const who = late
      .map((a) => `${a.unit.name} (${formatDate(a.late?.reportDate ?? first.due, lang)})`)
      .join('; ');
    // "hạn giả định 15/12/2025": the plan names no report date (V.3).
    const deadline = deadlineWords(first.due, first.dueAssumed === true, lang);
    out.push(
      vi
        ? `${late.length} cấp ủy gửi báo cáo sau ${deadline}: ${who}.`
        : `${late.length} committee(s) reported after the ${deadline}: ${who}.`,
    );
  }
  const counted = (
    [
      // The same rule as the reminder list ("Đôn đốc báo cáo"): a target not met or a value the
      // program read right after normalising it is not a mistake to correct.
      [
        reportsToCorrect(c),
        { vi: 'báo cáo cần cấp ủy bổ sung, sửa', en: 'report(s) to complete or correct' },
      ],
      [k.oldTemplate, { vi: 'báo cáo dùng mẫu cũ', en: 'report(s) on an old template' }],
    ] as [number, Text][]
  )
    .filter(([n]) => n > 0)
    .map(([n, t]) => `${n} ${t[lang]}`);
  if (counted.length > 0)
    out.push(
      vi
        ? `Trong các báo cáo đã nhận có ${counted.join(', ')}.`
        : `Of the reports received, ${counted.join(', ')}.`,
    );
  // Files of the year consolidated (or of no known year) only, as the reminder list and Nguồn's
  // line for the year count them: a duplicate 2024 report is not left out of the 2025 report.
  const leftOut = (verdict: SourceRow['verdict']): number =>
    c.sources.filter((s) => s.verdict === verdict && ofTheYear(s, c.year)).length;
  const left = (
    [
      [leftOut('duplicate'), { vi: 'báo cáo trùng lặp', en: 'duplicate report(s)' }],
      [
        leftOut('unknown-unit'),
        { vi: 'báo cáo của đơn vị không có trong danh sách', en: 'report(s) of units not in the list' },
      ],
      [leftOut('rejected'), { vi: 'tệp không sử dụng được', en: 'unusable file(s)' }],
    ] as [number, Text][]
  )
    .filter(([n]) => n > 0)
    .map(([n, t]) => `${n} ${t[lang]}`);
  if (left.length > 0)
    out.push(
      vi
        ? `Không tổng hợp ${left.join(', ')} (chi tiết ở trang Nguồn).`
        : `Not consolidated: ${left.join(', ')} (details on the Sources sheet).`,
    );
  return out;
}

/** Milestone statuses the summary lists for the units: what is wrong, not what is on time. */
const UNIT_MILESTONE_LISTED = ['overdue', 'done-late'] as const;

/**
 * One line per unit milestone and status listed (overdue, done late) with the units, and per
 * bloc milestone not done on time.
 */
export function milestoneSentences(
  c: Consolidation,
  plan: Plan,
  settings: Settings,
  lang: Lang,
): { unit: string[]; bloc: string[] } {
  const ep = effectivePlan(plan, settings);
  const label = (id: string): string => ep.milestones.find((m) => m.id === id)?.label[lang] ?? id;
  // "hạn giả định 31/12/2022": a due date the plan does not state is never printed as the plan's.
  const due = (m: MilestoneRow): string => milestoneDeadline(ep, m, lang);
  const names = new Map(c.units.map((u) => [u.code, u.name]));
  const vi = lang === 'vi';
  const groups = new Map<string, MilestoneRow[]>();
  for (const m of c.unitMilestones) {
    if (!(UNIT_MILESTONE_LISTED as readonly string[]).includes(m.status)) continue;
    const key = `${m.milestoneId}\u0000${m.due}\u0000${m.status}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const rank = (m: MilestoneRow): number => (UNIT_MILESTONE_LISTED as readonly string[]).indexOf(m.status);
  // Overdue first, then done late; the plan's milestone order within each.
  const unit = [...groups.values()]
    .sort((x, y) => rank(x[0] as MilestoneRow) - rank(y[0] as MilestoneRow))
    .map((rows) => {
      const m = rows[0] as MilestoneRow;
      const who = rows.map((r) => names.get(r.unitCode ?? '') ?? r.unitCode ?? '').join('; ');
      const status = STATUS_WORDS[m.status][lang].toLowerCase();
      return vi
        ? `${label(m.milestoneId)} (${due(m)}): ${rows.length} cấp ủy ${status}: ${who}.`
        : `${label(m.milestoneId)} (${due(m)}): ${rows.length} committee(s) ${status}: ${who}.`;
    });
  const bloc = c.blocMilestones
    .filter((m) => m.status === 'overdue' || m.status === 'due-soon' || m.status === 'done-late')
    .map((m) => {
      // A count milestone is judged on the year's count: "(năm 2023): chưa đạt (1/2)".
      const when = m.count && m.year !== undefined ? (vi ? `năm ${m.year}` : `${m.year}`) : due(m);
      return `${label(m.milestoneId)} (${when}): ${milestoneStatusText(m, lang).toLowerCase()}.`;
    });
  return { unit, bloc };
}

const T = {
  sheet: (year: number): Text => ({ vi: `Tóm tắt ${year}`, en: `Summary ${year}` }),
  title: { vi: 'BÁO CÁO', en: 'REPORT' },
  subject: (plan: Plan, year: number, lang: Lang): string =>
    lang === 'vi'
      ? `tóm tắt ${reportSubject(plan, year, lang)}`
      : `summary ${reportSubject(plan, year, lang)}`,
  toCommittee: (org: OrgNames): Text => ({
    vi: `${org.standingCommittee} (để báo cáo)`,
    en: `${org.standingCommittee} (for information)`,
  }),
  archive: (office: string): Text => ({ vi: `Lưu ${office}`, en: `${office} file` }),
  signer: { vi: 'TRƯỞNG BAN', en: 'HEAD OF THE BOARD' },
  asOf: (d: string): Text => ({ vi: `Số liệu tính đến ngày ${d}.`, en: `Figures as of ${d}.` }),
  reporting: { vi: 'I. TÌNH HÌNH BÁO CÁO', en: 'I. REPORTING' },
  targets: { vi: 'II. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU', en: 'II. RESULTS AGAINST THE TARGETS' },
  indices: { vi: 'III. CÁC CHỈ SỐ CẤP TỈNH', en: 'III. PROVINCE INDICES' },
  milestones: { vi: 'IV. CÁC MỐC THỜI GIAN', en: 'IV. MILESTONES' },
  unitMilestones: {
    vi: '1. Của các cấp ủy cơ sở (quá hạn, hoàn thành muộn):',
    en: '1. Of the committees (overdue, done late):',
  },
  // The consolidating committee's own tasks since the plan began: when the committee changed on
  // the way (the 2025 reorganisation), each name with the days it applied.
  blocMilestones: (committees: string): Text => ({
    vi: `2. Của ${committees} (quá hạn, chưa đạt, sắp đến hạn, hoàn thành muộn):`,
    en: `2. Of the ${committees} (overdue, not met, due soon, done late):`,
  }),
  none: { vi: 'Không có.', en: 'None.' },
  notReported: (n: number): Text => ({
    vi: `V. ĐƠN VỊ CHƯA BÁO CÁO (${n})`,
    en: `V. UNITS NOT REPORTED (${n})`,
  }),
  chart: {
    vi: 'VI. TỶ LỆ CẤP ỦY CƠ SỞ ĐẠT TỪNG MỤC TIÊU',
    en: 'VI. SHARE OF COMMITTEES MEETING EACH TARGET',
  },
  chartTitle: (year: number): Text => ({
    vi: `Tỷ lệ đạt theo mục tiêu năm ${year} (%)`,
    en: `Share meeting each target in ${year} (%)`,
  }),
  head: {
    tt: { vi: 'TT', en: 'No.' },
    unit: { vi: 'Tổ chức cơ sở đảng', en: 'Grassroots party organization' },
    kind: { vi: 'Loại', en: 'Kind' },
    last: { vi: 'Báo cáo gần nhất', en: 'Last report' },
    due: { vi: 'Hạn nộp', en: 'Due' },
    overdue: { vi: 'Số ngày quá hạn', en: 'Days overdue' },
    target: { vi: 'Mục tiêu', en: 'Target' },
    rate: { vi: 'Tỷ lệ đạt (%)', en: 'Share met (%)' },
    goal: { vi: 'Chỉ tiêu (%)', en: 'Target (%)' },
    result: { vi: 'Đánh giá', en: 'Assessment' },
    units: { vi: 'Số đơn vị đạt', en: 'Units meeting it' },
  },
  kinds: {
    'dang-bo-co-so': { vi: 'Đảng bộ cơ sở', en: 'Party committee' },
    'chi-bo-co-so': { vi: 'Chi bộ cơ sở', en: 'Party cell' },
  } satisfies Record<Unit['kind'], Text>,
};

const BOX: CellStyle = { border: true, vAlign: 'middle', wrap: true, size: 11 };
const CENTER: CellStyle = { ...BOX, hAlign: 'center' };
const HEAD: CellStyle = { ...CENTER, bold: true, fill: COLORS.header };

export function summarySheet(c: Consolidation, plan: Plan, settings: Settings, lang: Lang): SheetSpec {
  const b = new SheetBuilder();
  // A report of the consolidating office, under the names valid on its date.
  const org = orgNamesOn(settings.org, c.asOf);
  const head = officeHeader(org);
  const header = placePartyHeader(b, {
    left: [1, 3],
    right: [5, LAST],
    widths: W,
    superior: head.superior,
    issuer: head.issuer,
    docNumber: docNumberOf(head.initials),
    dateLine: placeDateLine(org.place, c.asOf, lang),
    lang,
  });
  let row = placeTitle(b, {
    row: header.next + 1,
    from: 1,
    to: LAST,
    widths: W,
    kind: T.title[lang],
    subject: T.subject(plan, c.year, lang),
  });
  const width = (from: number, to: number): number => W.slice(from - 1, to).reduce((s, x) => s + x, 0);
  const para = (text: string, style: CellStyle = {}, indent = 0): void => {
    const size = style.size ?? BODY;
    const shown = indent > 0 ? `${' '.repeat(indent)}${text}` : text;
    b.merge(row, 1, row, LAST, { text: shown }, { wrap: true, vAlign: 'top', size, ...style });
    b.height(row, heightOf(shown, FULL, size, style.bold));
    row++;
  };
  const heading = (text: string): void => {
    row++;
    para(text, { bold: true });
  };

  para(T.asOf(formatDate(c.asOf, lang))[lang], { italic: true, hAlign: 'center' });

  heading(T.reporting[lang]);
  for (const s of reportingSentences(c, lang)) para(s, {}, 4);

  heading(T.targets[lang]);
  for (const s of targetSentences(c, plan, settings, lang)) {
    para(s.text, {}, 4);
    if (s.missed) para(s.missed, { italic: true, size: 11 }, 8);
  }

  heading(T.indices[lang]);
  if (c.indicators.length === 0) para(T.none[lang], {}, 4);
  for (const i of c.indicators) para(`– ${i.message[lang]}`, {}, 4);

  heading(T.milestones[lang]);
  const ms = milestoneSentences(c, plan, settings, lang);
  para(T.unitMilestones[lang], { italic: true }, 4);
  if (ms.unit.length === 0) para(T.none[lang], {}, 8);
  for (const s of ms.unit) para(`– ${s}`, {}, 8);
  para(
    T.blocMilestones(committeesSince(settings.org, `${plan.firstYear}-01-01`, settings.asOf, lang))[lang],
    { italic: true },
    4,
  );
  if (ms.bloc.length === 0) para(T.none[lang], {}, 8);
  for (const s of ms.bloc) para(`– ${s}`, {}, 8);

  // Units not reported: a table a reminder can be sent from.
  heading(T.notReported(c.notReported.length)[lang]);
  const notReportedFrom = row - 1;
  if (c.notReported.length === 0) para(T.none[lang], {}, 4);
  else {
    const h = T.head;
    // The units' report deadline is a setting the plan does not state: "Hạn nộp (giả định)".
    const dueAssumed = reportDueAssumed(plan);
    const dueHead: Text = {
      vi: markAssumed(h.due.vi, dueAssumed, 'vi'),
      en: markAssumed(h.due.en, dueAssumed, 'en'),
    };
    const cols: [number, number, Text][] = [
      [1, 1, h.tt],
      [2, 4, h.unit],
      [5, 5, h.kind],
      [6, 6, h.last],
      [7, 7, dueHead],
      [8, 8, h.overdue],
    ];
    for (const [c1, c2, text] of cols) b.span(row, c1, c2, { text: text[lang] }, HEAD);
    b.height(row, lineHeight(2, 11));
    row++;
    c.notReported.forEach((n, i) => {
      // A report on last year's template is why a unit may show here: say so beside its name.
      const name = n.wrongTemplate ? `${n.name} (${n.wrongTemplate.note[lang]})` : n.name;
      b.put(row, 1, { number: i + 1 }, CENTER);
      b.span(row, 2, 4, { text: name }, BOX);
      b.put(row, 5, { text: T.kinds[n.kind][lang] }, CENTER);
      b.put(
        row,
        6,
        n.lastReportedYear !== undefined ? { number: n.lastReportedYear } : { text: '—' },
        CENTER,
      );
      b.put(row, 7, n.due !== undefined ? { date: n.due } : { text: '—' }, {
        ...CENTER,
        numFmt: 'dd/mm/yyyy',
      });
      b.put(
        row,
        8,
        { number: n.daysOverdue },
        { ...CENTER, ...(n.daysOverdue > 0 ? { color: COLORS.red.font } : {}) },
      );
      b.height(row, heightOf(name, width(2, 4), 11));
      row++;
    });
  }

  // The chart's data: one row per target; the chart itself goes under it.
  heading(T.chart[lang]);
  const targets = targetColumns(plan, settings);
  const aggregates = new Map(c.aggregates.map((a) => [a.itemId, a]));
  const h = T.head;
  const tableHead: [number, number, Text][] = [
    [1, 1, h.tt],
    [2, 4, h.target],
    [5, 5, h.units],
    [6, 6, h.rate],
    [7, 7, h.goal],
    [8, 8, h.result],
  ];
  for (const [c1, c2, text] of tableHead) b.span(row, c1, c2, { text: text[lang] }, HEAD);
  b.height(row, lineHeight(2, 11));
  row++;
  const dataFirst = row;
  const fmt = numberFormats(lang);
  for (const t of targets) {
    const a = aggregates.get(t.itemId);
    const label = t.item.label[lang];
    b.put(row, 1, { text: t.code }, CENTER);
    b.span(row, 2, 4, { text: label }, BOX);
    b.put(row, 5, { text: a ? `${a.meeting}/${a.applicable}` : '—' }, CENTER);
    b.put(row, 6, a?.percent != null ? { number: a.percent } : null, { ...CENTER, numFmt: fmt.decimal1 });
    b.put(row, 7, { number: t.minPercent }, { ...CENTER, numFmt: fmt.general });
    const met = a?.met ?? null;
    const verdict = met === null ? 'not-applicable' : met ? 'met' : 'not-met';
    b.put(row, 8, { text: ITEM_VERDICT_LABELS[verdict][lang] }, { ...CENTER, ...verdictColors(verdict) });
    b.height(row, heightOf(label, width(2, 4), 11));
    row++;
  }
  const dataLast = row - 1;
  row++;
  const chartFrom = row;
  const chartRows = Math.max(14, targets.length + 4);
  const chartTo = chartFrom + chartRows;
  // The chart (spec.charts) covers these rows; they hold no cells of their own.
  for (let r = chartFrom; r <= chartTo; r++) b.height(r, 15);

  // To the Standing Committee, signed by the head of the office.
  const footerRow = chartTo + 2;
  const lastRow = placeFooter(b, {
    row: footerRow,
    left: [1, 3],
    right: [5, LAST],
    widths: W,
    recipients: [T.toCommittee(org)[lang]],
    archive: T.archive(officeShort(org.consolidatingOffice, org.issuer))[lang],
    signer: T.signer[lang],
    lang,
  });

  const spec = b.build({
    name: T.sheet(c.year)[lang],
    font: { ...SUMMARY_FONT },
    columns: W.map((w) => ({ width: w })),
    names: {},
    print: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: 1,
      area: `A1:${a1(lastRow, LAST)}`,
      margins: { top: 0.6, bottom: 0.6, left: 0.7, right: 0.5 },
      centerHorizontally: true,
    },
    tabColor: '375623',
    charts: [
      {
        title: T.chartTitle(c.year)[lang],
        // The bloc target beside each achievement: a target met shows as the taller bar.
        type: 'column',
        categories: `A${dataFirst}:A${dataLast}`,
        series: [
          // The target in grey beside the achievement in blue: no red or green, which the
          // table's "Đánh giá" uses for its verdicts.
          { name: h.rate[lang], values: `F${dataFirst}:F${dataLast}`, color: '2F5597' },
          { name: h.goal[lang], values: `G${dataFirst}:G${dataLast}`, color: 'A5A5A5' },
        ],
        valueAxis: PERCENT_AXIS,
        anchor: { from: a1(chartFrom, 1), to: a1(chartTo, LAST) },
      },
    ],
  });
  // Print titles repeat one header on every page, and this sheet has two tables: each table
  // (with its heading) and the chart's place with the signature are kept whole on a page instead.
  // The chart's place goes with the signature: renderers disagree most on a run of empty rows,
  // and a signature block pushed off the page with the chart's place above it cannot be split.
  // Tables V and VI go together: kept apart, the renderers' spread put each on a page of its own
  // (one table of 3 rows on a page) when the pack has to fit 12 pages.
  const blocks = [
    { from: notReportedFrom, to: dataLast },
    { from: chartFrom, to: lastRow },
  ];
  const rowBreaks = keepTogether(pageModel(spec), blocks);
  return rowBreaks.length > 0 ? { ...spec, print: { ...spec.print, rowBreaks } } : spec;
}
