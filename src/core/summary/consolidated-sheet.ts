import type { Consolidation, NotReportedUnit } from '../consolidate/consolidate-types';
import {
  ITEM_VERDICT_LABELS,
  NOT_REPORTED_LABEL,
  SOURCE_VERDICT_LABELS,
  deadlineWords,
  lateNote,
  mergedSourceNote,
} from '../consolidate/verdicts';
import type { Plan } from '../plan/plan-types';
import { orgNamesOn } from '../settings/org-names';
import type { OrgNames, Settings, Unit } from '../settings/settings-types';
import type { CellStyle, ConditionalFormatSpec, SheetSpec } from '../sheet/sheet-spec';
import { numberFormats } from '../sheet/number-formats';
import { COLORS } from '../template/report-template';
import { SheetBuilder, lineHeight, xlText } from '../template/sheet-builder';
import { a1, colLetter } from '../template/template-keys';
import { markAssumed } from '../messages/messages';
import { formatNumber } from '../text';
import type { Lang, Text } from '../types';
import type { ItemVerdict } from '../validate/validate-types';
import { officeHeader, placePartyHeader, placeTitle, reportSubject } from '../template/party-header';
import { targetColumns } from './target-columns';
import type { TargetColumn } from './target-columns';
import { heightOf, linesOf } from '../template/text-fit';

/**
 * "Tổng hợp <year>": the consolidated table, an annex printed on A4 landscape. A row per active
 * unit (đảng bộ cơ sở, then chi bộ cơ sở, Vietnamese order), a column per bloc target with the
 * unit's verdict, "Chưa báo cáo" rows for units without an accepted report, and totals as live
 * COUNTIF formulas carrying the core's results (a reader that does not calculate sees the same
 * numbers).
 */

export const SUMMARY_FONT = { name: 'Times New Roman', size: 12 };
export const GREY = { fill: 'D9D9D9', font: '595959' } as const;

const BODY = 11;
const SMALL = 10;
const BOX: CellStyle = { border: true, vAlign: 'middle', wrap: true, size: BODY };
const CENTER: CellStyle = { ...BOX, hAlign: 'center' };
const HEAD: CellStyle = { ...CENTER, bold: true, fill: COLORS.header };

const W = { tt: 5, name: 34, item: 8.5, note: 15 };

const T = {
  sheet: (year: number): Text => ({ vi: `Tổng hợp ${year}`, en: `Consolidated ${year}` }),
  // The first annex of the office's report (the trend is the second).
  title: { vi: 'PHỤ LỤC 1', en: 'ANNEX 1' },
  subject: (plan: Plan, year: number, lang: Lang): string =>
    lang === 'vi'
      ? `biểu tổng hợp ${reportSubject(plan, year, lang)} của các cấp ủy cơ sở`
      : `consolidated table of the grassroots committees' results ${reportSubject(plan, year, lang)}`,
  tt: { vi: 'TT', en: 'No.' },
  unit: { vi: 'Tổ chức cơ sở đảng', en: 'Grassroots party organization' },
  note: { vi: 'Ghi chú', en: 'Note' },
  groups: {
    'dang-bo-co-so': { vi: 'I. ĐẢNG BỘ CƠ SỞ', en: 'I. GRASSROOTS PARTY COMMITTEES' },
    'chi-bo-co-so': { vi: 'II. CHI BỘ CƠ SỞ', en: 'II. GRASSROOTS PARTY CELLS' },
  } satisfies Record<Unit['kind'], Text>,
  meeting: { vi: 'Số đơn vị đạt', en: 'Units meeting the target' },
  applicable: {
    vi: 'Số đơn vị thuộc diện áp dụng (kể cả chưa báo cáo)',
    en: 'Units subject to it (not reported included)',
  },
  missing: { vi: 'Số đơn vị chưa báo cáo', en: 'Units not reported' },
  rate: { vi: 'Tỷ lệ đạt', en: 'Share meeting it' },
  blocTarget: { vi: 'Chỉ tiêu của Đề án', en: "The scheme's target" },
  assessment: { vi: 'Đánh giá', en: 'Assessment' },
  legendTitle: { vi: 'Ghi chú:', en: 'Notes:' },
};

/** The office's report number, left blank for the clerk: "Số      -BC/BTG". */
export function docNumberOf(initials: string): string {
  return `Số      -BC/${initials}`;
}

/** The annex caption under a title: "(Kèm theo Báo cáo số    -BC/BTG, ngày ... của ...)". */
export interface AnnexHeadOptions {
  /** The names valid on the report's date. */
  org: OrgNames;
  lang: Lang;
  widths: readonly number[];
  /** Columns of the office header (left) and of the party line (right); the title spans both. */
  left: [number, number];
  right: [number, number];
  kind: string;
  subject: string;
}

/**
 * The head of an annex of the office's report (guidance 36-HD/VPTW): the header without number
 * or date, then the title and the caption naming the report it goes with. Returns the row after
 * the title. The consolidated table and the trend both open this way.
 */
export function placeAnnexHead(b: SheetBuilder, o: AnnexHeadOptions): number {
  const head = officeHeader(o.org);
  const header = placePartyHeader(b, {
    left: o.left,
    right: o.right,
    widths: o.widths,
    superior: head.superior,
    issuer: head.issuer,
    lang: o.lang,
  });
  return placeTitle(b, {
    row: header.next + 1,
    from: o.left[0],
    to: o.right[1],
    widths: o.widths,
    kind: o.kind,
    subject: o.subject,
    caption: annexCaption(o.org, o.lang),
  });
}

export function annexCaption(org: OrgNames, lang: Lang): string {
  const { initials } = officeHeader(org);
  return lang === 'vi'
    ? `(Kèm theo Báo cáo số    -BC/${initials}, ngày ... của ${org.consolidatingOffice})`
    : `(Annexed to Report No.    -BC/${initials} of ... by the ${org.consolidatingOffice})`;
}

/** Where the parts of the consolidated sheet are, for tests and for the sources sheet. */
export interface ConsolidatedLayout {
  /** Column of each target, by item id. */
  columns: Record<string, number>;
  noteColumn: number;
  /** Row of each unit, by code. */
  unitRows: Record<string, number>;
  firstDataRow: number;
  lastDataRow: number;
  totals: {
    meeting: number;
    applicable: number;
    missing: number;
    rate: number;
    target: number;
    assessment: number;
  };
}

export function consolidatedSheet(c: Consolidation, plan: Plan, settings: Settings, lang: Lang): SheetSpec {
  return buildConsolidated(c, plan, settings, lang).spec;
}

export function buildConsolidated(
  c: Consolidation,
  plan: Plan,
  settings: Settings,
  lang: Lang,
): { spec: SheetSpec; layout: ConsolidatedLayout } {
  const targets = targetColumns(plan, settings);
  const firstItem = 3;
  const lastItem = firstItem + targets.length - 1;
  const noteCol = lastItem + 1;
  const widths = [W.tt, W.name, ...targets.map(() => W.item), W.note];
  const width = (from: number, to: number): number => widths.slice(from - 1, to).reduce((s, x) => s + x, 0);
  const b = new SheetBuilder();

  const leftTo = Math.min(4, noteCol);
  const h1 = placeAnnexHead(b, {
    org: orgNamesOn(settings.org, c.asOf),
    lang,
    widths,
    left: [1, leftTo],
    right: [Math.max(leftTo + 1, noteCol - 6), noteCol],
    kind: T.title[lang],
    subject: T.subject(plan, c.year, lang),
  });

  // Table header: three rows (target groups, codes, unit criterion).
  const h3 = h1 + 2;
  b.merge(h1, 1, h3, 1, { text: T.tt[lang] }, HEAD);
  b.merge(h1, 2, h3, 2, { text: T.unit[lang] }, HEAD);
  b.merge(h1, noteCol, h3, noteCol, { text: T.note[lang] }, HEAD);
  let groupLines = 1;
  for (let i = 0; i < targets.length;) {
    const t = targets[i] as TargetColumn;
    let j = i;
    while (j + 1 < targets.length && targets[j + 1]?.item.section === t.item.section) j++;
    const text = t.group[lang];
    groupLines = Math.max(groupLines, linesOf(text, width(firstItem + i, firstItem + j), BODY, true));
    b.span(h1, firstItem + i, firstItem + j, { text }, HEAD);
    i = j + 1;
  }
  let criterionLines = 1;
  targets.forEach((t, i) => {
    b.put(h1 + 1, firstItem + i, { text: t.code }, HEAD);
    // A criterion the plan does not state is marked, as on the summary: "≥ 98% (giả định)".
    const text = markAssumed(t.criterion[lang], t.criterionAssumed, lang);
    criterionLines = Math.max(criterionLines, linesOf(text, W.item, SMALL));
    b.put(h1 + 2, firstItem + i, { text }, { ...CENTER, italic: true, size: SMALL, fill: COLORS.header });
  });
  b.height(h1, lineHeight(groupLines, BODY));
  b.height(h1 + 1, lineHeight(1, BODY));
  b.height(h1 + 2, lineHeight(criterionLines, SMALL));

  // Units, by kind.
  const aggregates = new Map(c.aggregates.map((a) => [a.itemId, a]));
  const byCode = new Map(c.accepted.map((a) => [a.unit.code, a]));
  const missing = new Map<string, NotReportedUnit>(c.notReported.map((n) => [n.code, n]));
  const sourceOf = new Map(c.sources.map((s) => [s.index, s]));
  const unitRows: Record<string, number> = {};
  let row = h3 + 1;
  const firstDataRow = row;
  for (const kind of ['dang-bo-co-so', 'chi-bo-co-so'] as const) {
    const units = c.units.filter((u) => u.kind === kind);
    if (units.length === 0) continue;
    b.merge(
      row,
      1,
      row,
      noteCol,
      { text: T.groups[kind][lang] },
      { ...BOX, bold: true, fill: COLORS.section },
    );
    b.height(row, lineHeight(1, BODY));
    row++;
    units.forEach((unit, n) => {
      unitRows[unit.code] = row;
      b.put(row, 1, { number: n + 1 }, CENTER);
      b.put(row, 2, { text: unit.name }, BOX);
      let lines = linesOf(unit.name, W.name, BODY);
      const accepted = byCode.get(unit.code);
      if (accepted) {
        targets.forEach((t, i) => {
          const verdict: ItemVerdict = accepted.check.verdicts[t.itemId] ?? 'not-entered';
          const text = ITEM_VERDICT_LABELS[verdict][lang];
          lines = Math.max(lines, linesOf(text, W.item, SMALL));
          b.put(row, firstItem + i, { text }, { ...CENTER, size: SMALL, ...verdictColors(verdict) });
        });
        const source = sourceOf.get(accepted.sourceIndex);
        // A merged unit's report counted for its successor says whose report it is.
        const merged =
          source?.matchedVia === 'merged'
            ? mergedSourceNote(source.writtenName || source.writtenCode || '', lang)
            : '';
        const note = [
          merged,
          source ? noteOf(source.verdict, source.findings, lang) : '',
          accepted.late ? capitalize(lateNote(accepted.late, lang)) : '',
        ]
          .filter((x) => x !== '')
          .join('; ');
        lines = Math.max(lines, linesOf(note, W.note, SMALL));
        b.put(row, noteCol, { text: note }, { ...BOX, size: SMALL });
      } else {
        // Each cell the item applies to says "Chưa báo cáo", so the COUNTIF totals count the
        // unit against the target; the others say it does not apply.
        targets.forEach((t, i) => {
          const applies = aggregates.get(t.itemId)?.notReported.includes(unit.code) ?? false;
          const text = applies ? NOT_REPORTED_LABEL[lang] : ITEM_VERDICT_LABELS['not-applicable'][lang];
          lines = Math.max(lines, linesOf(text, W.item, SMALL));
          b.put(
            row,
            firstItem + i,
            { text },
            { ...CENTER, size: SMALL, italic: true, fill: GREY.fill, color: GREY.font },
          );
        });
        const n = missing.get(unit.code);
        const overdue = n?.daysOverdue ?? 0;
        // "Quá hạn 17 ngày (hạn giả định 15/12/2025)": the deadline the days are counted from.
        const deadline = n?.due ? ` (${deadlineWords(n.due, n.dueAssumed === true, lang)})` : '';
        const note = [
          overdue > 0
            ? lang === 'vi'
              ? `Quá hạn ${overdue} ngày${deadline}`
              : `${overdue} day(s) overdue${deadline}`
            : '',
          n?.wrongTemplate ? capitalize(n.wrongTemplate.note[lang]) : '',
        ]
          .filter((x) => x !== '')
          .join('; ');
        lines = Math.max(lines, linesOf(note, W.note, SMALL));
        b.put(row, noteCol, { text: note }, { ...BOX, size: SMALL, color: GREY.font });
      }
      b.height(row, lineHeight(lines, BODY));
      row++;
    });
  }
  const lastDataRow = row - 1;

  // Totals: live formulas over each target's column, with the core's results.
  const totals = {
    meeting: row,
    applicable: row + 1,
    missing: row + 2,
    rate: row + 3,
    target: row + 4,
    assessment: row + 5,
  };
  const labels: [number, Text][] = [
    [totals.meeting, T.meeting],
    [totals.applicable, T.applicable],
    [totals.missing, T.missing],
    [totals.rate, T.rate],
    [totals.target, T.blocTarget],
    [totals.assessment, T.assessment],
  ];
  for (const [r, text] of labels) {
    b.merge(r, 1, r, 2, { text: text[lang] }, { ...BOX, bold: true, fill: COLORS.section });
    b.put(r, noteCol, null, BOX);
    b.height(r, heightOf(text[lang], W.tt + W.name, BODY, true));
  }
  // Every unit the target applies to, reported or not, is in the denominator (DOMAIN.md).
  const counted: ItemVerdict[] = ['met', 'not-met', 'not-entered', 'invalid'];
  let targetLines = 1;
  const fmt = numberFormats(lang);
  targets.forEach((t, i) => {
    const col = colLetter(firstItem + i);
    const range = `${col}${firstDataRow}:${col}${lastDataRow}`;
    const countText = (text: string): string => `COUNTIF(${range},${xlText(text)})`;
    const countOf = (v: ItemVerdict): string => countText(ITEM_VERDICT_LABELS[v][lang]);
    const notReported = countText(NOT_REPORTED_LABEL[lang]);
    const a = aggregates.get(t.itemId);
    const meeting = a?.meeting ?? 0;
    const applicable = a?.applicable ?? 0;
    const [m, n, k, r] = [totals.meeting, totals.applicable, totals.missing, totals.rate].map(
      (x) => `${col}${x}`,
    );
    const g = String(t.minPercent / 100);
    b.put(
      totals.meeting,
      firstItem + i,
      { formula: countOf('met'), result: meeting },
      { ...CENTER, bold: true, numFmt: fmt.integer },
    );
    b.put(
      totals.applicable,
      firstItem + i,
      { formula: [...counted.map(countOf), notReported].join('+'), result: applicable },
      { ...CENTER, bold: true, numFmt: fmt.integer },
    );
    b.put(
      totals.missing,
      firstItem + i,
      { formula: notReported, result: a?.missing ?? 0 },
      { ...CENTER, bold: true, numFmt: fmt.integer },
    );
    b.put(
      totals.rate,
      firstItem + i,
      { formula: `IF(${n}=0,"",${m}/${n})`, result: applicable === 0 ? '' : meeting / applicable },
      { ...CENTER, bold: true, numFmt: fmt.percent1 },
    );
    // A share the plan does not state is marked, as on the summary: "100% (giả định)". The
    // assessment compares with the share itself, so the cell can say so in words.
    b.put(totals.target, firstItem + i, { text: shareText(t, lang) }, CENTER);
    targetLines = Math.max(targetLines, linesOf(shareText(t, lang), W.item, BODY));
    const met = a?.met ?? null;
    const words = (v: boolean | null): string =>
      v === null
        ? ITEM_VERDICT_LABELS['not-applicable'][lang]
        : ITEM_VERDICT_LABELS[v ? 'met' : 'not-met'][lang];
    b.put(
      totals.assessment,
      firstItem + i,
      {
        // Never met while a unit it applies to has not reported.
        formula: `IF(${r}="",${xlText(words(null))},IF(${k}>0,${xlText(words(false))},IF(${r}>=${g},${xlText(words(true))},${xlText(words(false))})))`,
        result: words(met),
      },
      {
        ...CENTER,
        bold: true,
        size: SMALL,
        ...verdictColors(met === null ? 'not-applicable' : met ? 'met' : 'not-met'),
      },
    );
  });
  const targetLabel = heightOf(T.blocTarget[lang], W.tt + W.name, BODY, true);
  b.height(totals.target, Math.max(targetLabel, lineHeight(targetLines, BODY)));
  row = totals.assessment + 2;

  // Legend: the long label of every code, then the words of the table.
  const full = width(1, noteCol);
  const para = (text: string, style: CellStyle = {}): void => {
    b.merge(row, 1, row, noteCol, { text }, { wrap: true, vAlign: 'top', size: BODY, ...style });
    b.height(row, heightOf(text, full, BODY, style.bold));
    row++;
  };
  para(T.legendTitle[lang], { bold: true, italic: true });
  for (const t of targets) para(legendLine(t, lang));
  para(wordsLine(lang), { italic: true });
  const lastRow = row - 1;

  const area = `${a1(firstDataRow, firstItem)}:${a1(totals.assessment, lastItem)}`;
  const topLeft = a1(firstDataRow, firstItem);
  const cf = (verdict: ItemVerdict, priority: number): ConditionalFormatSpec => {
    const colors = verdictColors(verdict);
    return {
      range: area,
      formula: `${topLeft}=${xlText(ITEM_VERDICT_LABELS[verdict][lang])}`,
      fill: colors.fill ?? 'FFFFFF',
      ...(colors.color ? { fontColor: colors.color } : {}),
      priority,
    };
  };

  const spec = b.build({
    name: T.sheet(c.year)[lang],
    font: { ...SUMMARY_FONT },
    columns: widths.map((w) => ({ width: w })),
    names: {},
    freeze: { rows: h3, columns: 2 },
    autoFilter: `${a1(h3, 1)}:${a1(lastDataRow, noteCol)}`,
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      repeatRows: `${h1}:${h3}`,
      area: `A1:${a1(lastRow, noteCol)}`,
      margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4 },
      centerHorizontally: true,
    },
    tabColor: '1F4E79',
  });
  spec.conditionalFormats.push(cf('met', 1), cf('not-met', 2), cf('invalid', 3), cf('not-entered', 4));
  const columns = Object.fromEntries(targets.map((t, i) => [t.itemId, firstItem + i]));
  return {
    spec,
    layout: { columns, noteColumn: noteCol, unitRows, firstDataRow, lastDataRow, totals },
  };
}

/** Green for met, red for not met or invalid, amber for not entered. */
export function verdictColors(v: ItemVerdict): { fill?: string; color?: string } {
  switch (v) {
    case 'met':
      return { fill: COLORS.green.fill, color: COLORS.green.font };
    case 'not-met':
    case 'invalid':
      return { fill: COLORS.red.fill, color: COLORS.red.font };
    case 'not-entered':
      return { fill: COLORS.amber.fill, color: COLORS.amber.font };
    default:
      return {};
  }
}

const capitalize = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

function noteOf(verdict: string, findings: { severity: string }[], lang: Lang): string {
  if (verdict === 'old-template') return SOURCE_VERDICT_LABELS['old-template'][lang];
  if (verdict !== 'accepted-with-findings') return '';
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const parts: string[] = [];
  if (errors > 0) parts.push(lang === 'vi' ? `${errors} lỗi` : `${errors} error(s)`);
  if (warnings > 0) parts.push(lang === 'vi' ? `${warnings} cảnh báo` : `${warnings} warning(s)`);
  return parts.join(', ');
}

/** "100%", or "100% (giả định)" for a share of units the plan does not state. */
function shareText(t: TargetColumn, lang: Lang): string {
  return markAssumed(`${formatNumber(t.minPercent, lang, { maxDecimals: 2 })}%`, t.minPercentAssumed, lang);
}

/**
 * "3.1: ... Tiêu chí của đơn vị: ≥ 98% (giả định); chỉ tiêu của Đề án: 100% cấp ủy cơ sở (mục II.3)."
 * Assumed values are marked as on the summary; the target is the scheme's, whoever consolidates.
 */
export function legendLine(t: TargetColumn, lang: Lang): string {
  const pct = `${formatNumber(t.minPercent, lang, { maxDecimals: 2 })}%`;
  const share = markAssumed(
    lang === 'vi' ? `${pct} cấp ủy cơ sở` : `${pct} of grassroots committees`,
    t.minPercentAssumed,
    lang,
  );
  const criterion = markAssumed(t.criterion[lang], t.criterionAssumed, lang);
  const label = t.item.label[lang];
  return lang === 'vi'
    ? `${t.code}: ${label}. Tiêu chí của đơn vị: ${criterion}; chỉ tiêu của Đề án: ${share} (mục ${t.item.clause}).`
    : `${t.code}: ${label}. Unit criterion: ${criterion}; the scheme's target: ${share} (clause ${t.item.clause}).`;
}

function wordsLine(lang: Lang): string {
  const w = (v: ItemVerdict): string => ITEM_VERDICT_LABELS[v][lang];
  return lang === 'vi'
    ? `“${w('met')}”, “${w('not-met')}”: so với tiêu chí của đơn vị; “${w('not-entered')}”: đơn vị để trống; “${w('invalid')}”: giá trị không đọc được hoặc ngoài giới hạn (như 120%, -1), tính là chưa đạt; “${w('not-applicable')}”: không áp dụng cho đơn vị; “${NOT_REPORTED_LABEL.vi}”: chưa nhận được báo cáo hợp lệ, tính là chưa đạt; chỉ tiêu của Đề án chỉ đạt khi mọi đơn vị thuộc diện áp dụng đã báo cáo. Các dòng tổng cộng là công thức, tự tính lại khi sửa bảng.`
    : `"${w('met')}", "${w('not-met')}": against the unit criterion; "${w('not-entered')}": left blank; "${w('invalid')}": a value that cannot be read or is out of range (such as 120%, -1), counted as not met; "${w('not-applicable')}": does not apply to the unit; "${NOT_REPORTED_LABEL.en}": no valid report received, counted as not met; the scheme's target is met only when every unit it applies to has reported. The total rows are formulas and recalculate when the table is edited.`;
}
