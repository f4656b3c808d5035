import { completionDate, statusOf, yearlyDue } from '../milestones/milestone-status';
import type { MilestoneStatus } from '../milestones/milestone-types';
import { appliesToUnit } from '../settings/applies-to-unit';
import { effectivePlan } from '../plan/effective-plan';
import type { Milestone, Plan, ReportItem, TargetRule, ValueKind } from '../plan/plan-types';
import type { RawCell, RawSheet, UnitReport } from '../report/report-types';
import { orgNamesOfYear, unitIssuer, unitNameIn, unitSuperiorIn } from '../settings/org-names';
import type { OrgNames, Settings, Unit } from '../settings/settings-types';
import { isActive } from '../settings/units-active';
import type { CellStyle, DataValidationSpec, PrintSpec, SheetSpec, SpecValue } from '../sheet/sheet-spec';
import { fitsOnePage, pageModel, pageStarts } from '../sheet/print-pages';
import { EN_MONTHS, formatDate, formatLongDate, isoParts, isoToSerial, isValidIso } from '../text';
import type { IsoDate, Lang, Text } from '../types';
import { ASSUMED_WORD, markAssumed, targetText } from '../messages/messages';
import { ANSWER_WORDS, ITEM_VERDICT_WORDS, MILESTONE_STATUS_WORDS } from '../messages/vocabulary';
import { validateReport } from '../validate/validate-report';
import type { ItemVerdict } from '../validate/validate-types';
import { officeShort, placeFooter, placePartyHeader, placeTitle, reportSubject } from './party-header';
import { LIST_WORDS, parseReport } from './parse-report';
import { SheetBuilder, capitalize, estimateLines, lineHeight, xlText } from './sheet-builder';
import {
  COL,
  COLUMNS_MARK,
  FIELD,
  a1,
  denKey,
  formatStamp,
  milestoneKey,
  numKey,
  parseA1,
} from './template-keys';
import { CURRENT_TEMPLATE_VERSION, itemKeyIn, templateLayout } from './template-versions';
import type { TemplateLayout } from './template-versions';

/**
 * The unit report template as a SheetSpec: a Party document (header, title, fields), the table
 * of the plan's items with Excel-native validation and live assessment formulas, the unit's
 * milestones, and the signature block. Every input cell is keyed (template-keys.ts) and every
 * formula carries the result the core computes for the same entries read as the formulas read
 * them (validateReport, milestone-status on sheetReading), so a file that is never recalculated
 * still shows what Excel would.
 */

export type FillValue = string | number | boolean | null;

/** Values to write into the template (samples, tests): raw, as a person would type them. */
export interface ReportFillEntry {
  /** The result; for a ratio item, the numerator. `true`/`false` on yes/no items = "Có"/"Không". */
  value?: FillValue;
  /**
   * The number format of the value cell(s), as Excel leaves it after typing: "95,5%" typed is
   * the number 0.955 in a '0.0%' cell. Default: the template's own format.
   */
  valueFmt?: string;
  /** Write a boolean `value` as a TRUE/FALSE cell even on a yes/no item (where `true` is "Có"). */
  valueAsBoolean?: boolean;
  /** Ratio items: the denominator. */
  den?: FillValue;
  /** Completion date: an ISO date is written as a date, any other text as typed. */
  date?: FillValue;
  note?: string;
}

export interface ReportFill {
  unitName?: string;
  reportDate?: IsoDate;
  preparer?: string;
  /** By item id (or, for an older template version, by that version's key). */
  values: Record<string, ReportFillEntry>;
}

export interface ReportTemplateOptions {
  fill?: ReportFill;
  templateVersion?: number;
  lang?: Lang;
  /**
   * Leave formula results out (null), so a spreadsheet program must compute them itself: for
   * tests proving the formulas agree with the core. Default false.
   */
  omitResults?: boolean;
}

// --- Words ---------------------------------------------------------------------------------------

// The vocabulary's words, under the names the template's formulas use.
export const VERDICT_WORDS = ITEM_VERDICT_WORDS;
export const STATUS_WORDS = MILESTONE_STATUS_WORDS;
export { ANSWER_WORDS };

/** "Báo cáo 2025" / "Report 2025" (Excel allows 31 characters). */
export function reportSheetName(year: number, lang: Lang): string {
  return lang === 'vi' ? `Báo cáo ${year}` : `Report ${year}`;
}

// --- Look ----------------------------------------------------------------------------------------

export const TEMPLATE_FONT = { name: 'Times New Roman', size: 12 };

export const COLORS = {
  input: 'FFF2CC', // light yellow: cells a unit types into
  locked: 'EDEDED', // grey: "Không áp dụng" cells a unit cannot change
  header: 'D9D9D9',
  section: 'F2F2F2',
  red: { fill: 'FFC7CE', font: '9C0006' },
  amber: { fill: 'FFEB9C', font: '9C5700' },
  green: { fill: 'C6EFCE', font: '006100' },
} as const;

const INPUT: CellStyle = {
  border: true,
  fill: COLORS.input,
  unlocked: true,
  vAlign: 'middle',
  hAlign: 'center',
};
const BOX: CellStyle = { border: true, vAlign: 'middle', wrap: true };
const CENTER: CellStyle = { ...BOX, hAlign: 'center' };

/** Columns of a layout, 1-based. Version 1 has no note column; the key column is the last, hidden. */
interface Columns {
  stt: number;
  label: number;
  measure: number;
  target: number;
  value: number;
  date: number;
  note?: number;
  verdict: number;
  key: number;
}

function columnsOf(layout: TemplateLayout): Columns {
  return layout.notes
    ? { stt: 1, label: 2, measure: 3, target: 4, value: 5, date: 6, note: 7, verdict: 8, key: 9 }
    : { stt: 1, label: 2, measure: 3, target: 4, value: 5, date: 6, verdict: 7, key: 8 };
}

/** Widths fit A4 portrait at about 90% (fit to one page wide). */
const WIDTHS = {
  stt: 5,
  label: 34,
  measure: 8,
  target: 12,
  value: 10,
  date: 11,
  note: 12,
  verdict: 11,
  key: 14,
};

const TABLE_HEADER: Record<keyof Omit<Columns, 'key'>, Text> = {
  stt: { vi: 'TT', en: 'No.' },
  label: { vi: 'Nội dung', en: 'Item' },
  measure: { vi: 'Đơn vị tính', en: 'Unit' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  value: { vi: 'Kết quả', en: 'Result' },
  date: { vi: 'Ngày hoàn thành', en: 'Date done' },
  note: { vi: 'Ghi chú', en: 'Note' },
  verdict: { vi: 'Đánh giá', en: 'Assessment' },
};

const T = {
  title: { vi: 'BÁO CÁO', en: 'REPORT' },
  unitName: { vi: 'Đơn vị:', en: 'Unit:' },
  year: { vi: 'Năm báo cáo:', en: 'Reporting year:' },
  reportDate: { vi: 'Ngày báo cáo:', en: 'Report date:' },
  preparer: { vi: 'Người lập:', en: 'Prepared by:' },
  milestoneLabel: { vi: 'Mốc thời gian', en: 'Milestone' },
  milestoneWhen: { vi: 'Thời hạn theo Kế hoạch', en: 'When (plan)' },
  milestoneDue: { vi: 'Hạn', en: 'Due' },
  milestoneDone: { vi: 'Ngày hoàn thành', en: 'Date done' },
  milestoneStatus: { vi: 'Tình trạng', en: 'Status' },
  recipient: (org: OrgNames): Text => {
    const office = officeShort(org.consolidatingOffice, org.issuer);
    return {
      vi: `${org.standingCommittee} (qua ${office})`,
      en: `${org.standingCommittee} (through ${office})`,
    };
  },
  archive: (unit: Unit): Text =>
    unit.kind === 'chi-bo-co-so'
      ? { vi: 'Lưu Chi bộ', en: 'Party cell file' }
      : { vi: 'Lưu Văn phòng Đảng ủy', en: 'Party committee office file' },
  onBehalf: (unit: Unit): Text =>
    unit.kind === 'chi-bo-co-so'
      ? { vi: 'T/M CHI BỘ', en: 'ON BEHALF OF THE PARTY CELL' }
      : { vi: 'T/M ĐẢNG ỦY', en: 'ON BEHALF OF THE PARTY COMMITTEE' },
  secretary: { vi: 'BÍ THƯ', en: 'SECRETARY' },
  docNumber: (unit: Unit): string => (unit.kind === 'chi-bo-co-so' ? 'Số      -BC/CB' : 'Số      -BC/ĐU'),
  dateUnknown: { vi: 'ngày ... tháng ... năm ...', en: '... ... ...' },
  ratioParts: ['a) ', 'b) '],
};

// --- Validation texts (Excel: titles <= 32 characters, messages <= 225) ----------------------------

const V = {
  yesno: (lang: Lang) => ({
    prompt: {
      title: lang === 'vi' ? 'Kết quả' : 'Result',
      message:
        lang === 'vi'
          ? 'Chọn “Có”, “Không” hoặc “Không áp dụng” trong danh sách.'
          : 'Choose "Yes", "No" or "Not applicable" from the list.',
    },
    error: {
      title: lang === 'vi' ? 'Giá trị không hợp lệ' : 'Invalid value',
      message:
        lang === 'vi'
          ? 'Chỉ được chọn “Có”, “Không” hoặc “Không áp dụng”.'
          : 'Only "Yes", "No" or "Not applicable" can be chosen.',
    },
  }),
  count: (lang: Lang, what: string) => ({
    prompt: {
      title: lang === 'vi' ? 'Số lượng' : 'Count',
      message:
        lang === 'vi' ? `Nhập ${what}: số nguyên từ 0 trở lên.` : `Enter ${what}: a whole number, 0 or more.`,
    },
    error: {
      title: lang === 'vi' ? 'Số không hợp lệ' : 'Invalid number',
      message:
        lang === 'vi'
          ? 'Phải là số nguyên từ 0 trở lên (0, 1, 2...). Nếu không áp dụng, để trống và ghi rõ ở cột Ghi chú.'
          : 'It must be a whole number, 0 or more (0, 1, 2...). If it does not apply, leave it blank and say so in the note.',
    },
  }),
  percent: (lang: Lang) => ({
    prompt: {
      title: lang === 'vi' ? 'Tỷ lệ (%)' : 'Percent',
      message:
        lang === 'vi'
          ? 'Nhập tỷ lệ phần trăm từ 0 đến 100, ví dụ 95,5 (không gõ dấu %).'
          : 'Enter a percentage from 0 to 100, e.g. 95.5 (without the % sign).',
    },
    error: {
      title: lang === 'vi' ? 'Tỷ lệ không hợp lệ' : 'Invalid percentage',
      message:
        lang === 'vi' ? 'Tỷ lệ phải là số từ 0 đến 100.' : 'The percentage must be a number from 0 to 100.',
    },
  }),
  date: (lang: Lang, min: IsoDate, max: IsoDate, what: Text) => ({
    prompt: {
      title: what[lang],
      message:
        lang === 'vi'
          ? `Nhập ngày dạng dd/mm/yyyy, từ ${formatDate(min, lang)} đến ${formatDate(max, lang)}.`
          : `Enter a date as dd/mm/yyyy, from ${formatDate(min, lang)} to ${formatDate(max, lang)}.`,
    },
    error: {
      title: lang === 'vi' ? 'Ngày không hợp lệ' : 'Invalid date',
      message:
        lang === 'vi'
          ? `Ngày phải từ ${formatDate(min, lang)} đến ${formatDate(max, lang)}, dạng dd/mm/yyyy.`
          : `The date must be from ${formatDate(min, lang)} to ${formatDate(max, lang)}, as dd/mm/yyyy.`,
    },
  }),
  text: (lang: Lang, max: number, what: Text) => ({
    prompt: {
      title: what[lang],
      message: lang === 'vi' ? `Tối đa ${max} ký tự.` : `At most ${max} characters.`,
    },
    error: {
      title: lang === 'vi' ? 'Quá dài' : 'Too long',
      message:
        lang === 'vi'
          ? `Nội dung quá dài: tối đa ${max} ký tự.`
          : `The text is too long: at most ${max} characters.`,
    },
  }),
};

const NOTE_MAX = 1000;

// --- The template ----------------------------------------------------------------------------------

/** Where one item's cells are. */
interface ItemCells {
  item: ReportItem;
  key: string;
  /** How its cells are typed in this layout (a v1 rate is 'percent' for a 'ratio' item). */
  kind: ValueKind;
  applies: boolean;
  value?: string; // single-cell items
  num?: string; // ratio items
  den?: string;
  rate?: string;
  date?: string;
  verdict: string;
}

interface MilestoneCells {
  milestone: Milestone;
  due: IsoDate;
  dueCell: string;
  doneCell?: string;
  statusCell: string;
  /** Set when the milestone cannot apply (item not for this unit, unit not active yet). */
  notApplicable: boolean;
  /** The yearly milestone's year. */
  year?: number;
}

/** Rows of the header fields in a fresh template (units may move them; readers use the keys). */
const FIELD_ROWS = { unitName: 10, year: 11, reportDate: 12, preparer: 13 } as const;

export function buildReportTemplate(
  plan: Plan,
  settings: Settings,
  unit: Unit,
  year: number,
  opts: ReportTemplateOptions = {},
): SheetSpec {
  const ep = effectivePlan(plan, settings);
  const lang = opts.lang ?? settings.lang;
  const version = opts.templateVersion ?? CURRENT_TEMPLATE_VERSION;
  const layout = templateLayout(plan, version);
  if (!layout) throw new Error(`Unknown template version ${version}`);
  const cols = columnsOf(layout);
  const last = cols.verdict;
  const fill = opts.fill;
  const b = new SheetBuilder();
  const w = (col: number): number => widthOf(cols, col);

  // Row 1 (hidden): the stamp in the key column, column keys above their columns.
  b.put(1, cols.key, {
    text: formatStamp({ kind: 'report', planId: plan.id, version, unitCode: unit.code, year }),
  });
  b.put(1, cols.label, { text: COL.label });
  b.put(1, cols.measure, { text: COL.field });
  b.put(1, cols.target, { text: COL.target });
  b.put(1, cols.value, { text: COL.value });
  b.put(1, cols.date, { text: COL.date });
  if (cols.note) b.put(1, cols.note, { text: COL.note });
  b.put(1, cols.verdict, { text: COL.verdict });
  b.hide(1);

  // Rows 2-5: the Party document header (guidance 36-HD/VPTW). Left: the Party organization
  // above the unit, then the unit's committee that issues the report, "*", the number; right:
  // the party line over its rule, and the place and date level with the number. The names are
  // those valid in the report's year.
  const org = orgNamesOfYear(settings.org, year);
  const widths = Array.from({ length: last }, (_, i) => w(i + 1));
  const header = placePartyHeader(b, {
    row: 2,
    left: [cols.stt, cols.measure],
    right: [cols.target, last],
    widths,
    superior: unitSuperiorIn(unit, year, org),
    issuer: unitIssuer({ kind: unit.kind, name: unitNameIn(unit, year) }),
    docNumber: T.docNumber(unit),
    dateLine: {
      formula: dateLineFormula(org.place, a1(FIELD_ROWS.reportDate, cols.measure), lang),
      result: null,
    },
    lang,
  });
  const dateLineCell = header.dateCell as string;

  // Rows 6-8: "BÁO CÁO", the subject, a short rule, then a blank row; air above the title.
  placeTitle(b, {
    row: header.next,
    from: cols.stt,
    to: last,
    widths,
    kind: T.title[lang],
    subject: reportSubject(plan, year, lang),
  });
  b.height(header.next, lineHeight(2, 14));

  // Rows 10-13: header fields, keyed; values in the 'field' column (measure), merged to the right.
  const fieldLabel: CellStyle = { bold: true, hAlign: 'right', vAlign: 'middle' };
  const field = (row: number, key: string, label: Text, to: number, value: SpecValue, style: CellStyle) => {
    b.put(row, cols.key, { text: key });
    b.span(row, cols.stt, cols.label, { text: label[lang] }, fieldLabel);
    b.height(row, lineHeight(1, TEMPLATE_FONT.size) + 2);
    return b.span(row, cols.measure, to, value, style);
  };
  const fieldInput: CellStyle = { ...INPUT, hAlign: 'left', wrap: true };
  const unitNameCell = field(
    FIELD_ROWS.unitName,
    FIELD.unitName,
    T.unitName,
    last,
    { text: fill?.unitName ?? unitNameIn(unit, year) },
    fieldInput,
  );
  field(
    FIELD_ROWS.year,
    FIELD.year,
    T.year,
    cols.measure,
    { number: year },
    { hAlign: 'left', vAlign: 'middle' },
  );
  const reportDateCell = field(
    FIELD_ROWS.reportDate,
    FIELD.reportDate,
    T.reportDate,
    cols.target,
    fill?.reportDate ? dateValue(fill.reportDate) : null,
    { ...INPUT, numFmt: 'dd/mm/yyyy' },
  );
  const preparerCell = field(
    FIELD_ROWS.preparer,
    FIELD.preparer,
    T.preparer,
    last,
    fill?.preparer ? { text: fill.preparer } : null,
    fieldInput,
  );
  // Nothing done for the scheme, its report included, can be dated before the scheme itself.
  const reportDateRange = { min: plan.startDate, max: `${year + 1}-12-31` };
  b.validations.push(
    {
      range: unitNameCell,
      rule: { kind: 'textLength', max: 300 },
      ...V.text(lang, 300, { vi: 'Tên đơn vị', en: 'Unit name' }),
    },
    {
      range: reportDateCell,
      rule: { kind: 'date', ...reportDateRange },
      ...V.date(lang, reportDateRange.min, reportDateRange.max, { vi: 'Ngày báo cáo', en: 'Report date' }),
    },
    {
      range: preparerCell,
      rule: { kind: 'textLength', max: 200 },
      ...V.text(lang, 200, { vi: 'Người lập', en: 'Prepared by' }),
    },
  );

  // Rows 15-16: table header and column numbers (repeated on every printed page).
  const headerRow = 15;
  const headerCols = (Object.keys(TABLE_HEADER) as (keyof typeof TABLE_HEADER)[]).filter(
    (k) => k !== 'note' || cols.note !== undefined,
  );
  let headerLines = 1;
  headerCols.forEach((k, i) => {
    const col = cols[k] as number;
    const text = TABLE_HEADER[k][lang];
    headerLines = Math.max(headerLines, estimateLines(text, w(col), 0.9));
    b.put(headerRow, col, { text }, { ...CENTER, bold: true, fill: COLORS.header });
    b.put(headerRow + 1, col, { text: `(${i + 1})` }, { ...CENTER, italic: true, size: 10 });
  });
  b.height(headerRow, lineHeight(headerLines, TEMPLATE_FONT.size));
  b.height(headerRow + 1, lineHeight(1, 10));

  // The table: one header row per section, then its items.
  const dateRange = { min: plan.startDate, max: `${year}-12-31` };
  const itemCells: ItemCells[] = [];
  let row = headerRow + 2;
  let stt = 0;
  const tableFirst = row;
  const itemStarts: number[] = [];
  for (const section of ep.sections.filter((s) => s.kind !== 'milestone')) {
    const items = ep.items.filter((i) => i.section === section.id);
    if (items.length === 0) continue;
    b.put(row, cols.stt, { text: section.id }, { ...CENTER, bold: true, fill: COLORS.section });
    b.merge(
      row,
      cols.label,
      row,
      last,
      { text: section.title[lang] },
      { ...BOX, bold: true, fill: COLORS.section },
    );
    b.height(
      row,
      lineHeight(
        estimateLines(section.title[lang], totalWidth(cols) - w(cols.stt), 0.95),
        TEMPLATE_FONT.size,
      ),
    );
    row++;
    for (const item of items) {
      stt++;
      itemStarts.push(row);
      const placed = placeItem(b, item, row, stt, { cols, layout, unit, lang, fill, dateRange, year });
      itemCells.push(placed.cells);
      row = placed.next;
    }
  }
  const tableLast = row - 1;

  // The unit's milestones for this year.
  row++;
  const msSection = ep.sections.find((s) => s.kind === 'milestone');
  const statusFrom = cols.note ?? cols.verdict;
  b.put(row, cols.key, { text: COLUMNS_MARK });
  b.put(row, cols.value, { text: COL.due });
  b.put(row, cols.date, { text: COL.done });
  b.put(row, statusFrom, { text: COL.status });
  b.hide(row);
  row++;
  const msTitle = msSection?.title[lang] ?? T.milestoneLabel[lang];
  b.put(row, cols.stt, { text: msSection?.id ?? '' }, { ...CENTER, bold: true, fill: COLORS.section });
  b.merge(row, cols.label, row, last, { text: msTitle }, { ...BOX, bold: true, fill: COLORS.section });
  b.height(row, lineHeight(1, TEMPLATE_FONT.size));
  row++;
  const msHead: [number, number, Text][] = [
    [cols.stt, cols.stt, TABLE_HEADER.stt],
    [cols.label, cols.label, T.milestoneLabel],
    [cols.measure, cols.target, T.milestoneWhen],
    [cols.value, cols.value, T.milestoneDue],
    [cols.date, cols.date, T.milestoneDone],
    [statusFrom, cols.verdict, T.milestoneStatus],
  ];
  for (const [c1, c2, text] of msHead)
    b.span(row, c1, c2, { text: text[lang] }, { ...CENTER, bold: true, fill: COLORS.header });
  b.height(row, lineHeight(2, TEMPLATE_FONT.size));
  row++;
  const msCells: MilestoneCells[] = [];
  const msFirst = row;
  let msNo = 0;
  for (const m of ep.milestones.filter((x) => x.who === 'unit')) {
    const due = dueIn(m, year);
    if (due === null) continue;
    msNo++;
    const placed = placeMilestone(b, m, due, row, msNo, {
      cols,
      unit,
      lang,
      recipient: T.recipient(org)[lang],
      itemCells,
      reportDateCell,
      year,
      dueSoonDays: settings.dueSoonDays,
    });
    msCells.push(placed);
    row++;
  }
  const msLast = row - 1;

  // Recipients and signature: the report goes to the Standing Committee through its advisory
  // board (plan V.3: "báo cáo kết quả ... về Ban Thường vụ Đảng ủy Khối (qua Ban Tuyên giáo)").
  row++;
  const footerRow = row;
  const sigLast = placeFooter(b, {
    row,
    left: [cols.stt, cols.label],
    right: [cols.target, last],
    widths,
    recipients: [T.recipient(org)[lang]],
    archive: T.archive(unit)[lang],
    onBehalf: T.onBehalf(unit)[lang],
    signer: T.secretary[lang],
    lang,
  });
  const lastRow = sigLast + 4;
  b.put(lastRow, cols.stt, null);

  // Conditional formatting: the assessment and status columns.
  const verdictRange = `${a1(tableFirst, cols.verdict)}:${a1(tableLast, cols.verdict)}`;
  const statusRange = `${a1(msFirst, statusFrom)}:${a1(Math.max(msFirst, msLast), statusFrom)}`;
  const v0 = a1(tableFirst, cols.verdict);
  const s0 = a1(msFirst, statusFrom);
  const cf = (
    range: string,
    cell: string,
    word: Text,
    color: { fill: string; font: string },
    priority: number,
  ) =>
    b.conditionalFormats.push({
      range,
      formula: `${cell}=${xlText(word[lang])}`,
      fill: color.fill,
      fontColor: color.font,
      priority,
    });
  cf(verdictRange, v0, VERDICT_WORDS['not-met'], COLORS.red, 1);
  cf(verdictRange, v0, VERDICT_WORDS.invalid, COLORS.red, 2);
  cf(verdictRange, v0, VERDICT_WORDS.met, COLORS.green, 3);
  cf(statusRange, s0, STATUS_WORDS.overdue, COLORS.red, 4);
  cf(statusRange, s0, STATUS_WORDS['due-soon'], COLORS.amber, 5);
  cf(statusRange, s0, STATUS_WORDS['done-on-time'], COLORS.green, 6);

  // Cached results: the core reads the entries back from this very spec as the formulas read
  // them and judges them with its own rules, so they are what Excel and LibreOffice compute.
  if (!opts.omitResults) {
    const report = readBack(b, plan, settings, reportSheetName(year, lang));
    const check = validateReport(report, plan, settings, unit);
    for (const ic of itemCells) {
      b.setResult(
        ic.verdict,
        ic.applies
          ? VERDICT_WORDS[check.verdicts[ic.item.id] ?? 'not-entered'][lang]
          : VERDICT_WORDS['not-applicable'][lang],
      );
      if (ic.rate) b.setResult(ic.rate, rateOf(b, ic));
    }
    for (const mc of msCells) {
      if (mc.notApplicable) continue;
      const done = doneDateOf(mc, report, ep);
      if (mc.doneCell) b.setResult(mc.doneCell, done === undefined ? '' : (isoToSerial(done) ?? ''));
      b.setResult(
        mc.statusCell,
        STATUS_WORDS[statusOf(mc.due, done, settings.asOf, settings.dueSoonDays)][lang],
      );
    }
    b.setResult(dateLineCell, dateLineText(org.place, report.reportDate, lang));
  }

  const spec = b.build({
    name: reportSheetName(year, lang),
    font: { ...TEMPLATE_FONT },
    columns: Array.from({ length: cols.key }, (_, i) => ({
      width: w(i + 1),
      ...(i + 1 === cols.key ? { hidden: true } : {}),
    })),
    names: {},
    freeze: { rows: headerRow + 1, columns: 0 },
    protection: {},
    print: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: 1,
      repeatRows: `${headerRow}:${headerRow + 1}`,
      area: `A1:${a1(lastRow, last)}`,
      margins: { top: 0.6, bottom: 0.6, left: 0.6, right: 0.4 },
      centerHorizontally: true,
    },
    tabColor: '1F4E79',
  });
  return { ...spec, print: keepFooterWithTable(spec, itemStarts, footerRow) };
}

/** Items of the table that print on the last page, above the milestones and the signature. */
const ITEMS_ON_LAST_PAGE = 2;

/**
 * The signature block is never split from "Nơi nhận:", and the table's repeated header prints
 * only over the table's rows: when the report takes more than one page, a manual break puts the
 * last items of the table, the milestones and the signature together on the last page (Excel
 * cannot stop repeating its print titles, so a last page without rows would show a header over
 * nothing). When that tail does not fit a page, the break goes above "Nơi nhận:" and the header
 * is not repeated.
 */
function keepFooterWithTable(spec: SheetSpec, itemStarts: readonly number[], footerRow: number): PrintSpec {
  const model = pageModel(spec);
  const starts = pageStarts(model);
  const lastStart = starts[starts.length - 1] as number;
  if (starts.length < 2) return spec.print;
  const tail = itemStarts[Math.max(0, itemStarts.length - ITEMS_ON_LAST_PAGE)] ?? footerRow;
  const from = Math.min(lastStart, tail);
  if (fitsOnePage(model, from, model.lastRow)) return { ...spec.print, rowBreaks: [from] };
  const print: PrintSpec = { ...spec.print, rowBreaks: [footerRow] };
  delete print.repeatRows;
  return print;
}

// --- Items ---------------------------------------------------------------------------------------

interface PlaceContext {
  cols: Columns;
  layout: TemplateLayout;
  unit: Unit;
  lang: Lang;
  fill: ReportFill | undefined;
  /** Dates a one-off or cumulative item may take: from the scheme's date to the report's year. */
  dateRange: { min: IsoDate; max: IsoDate };
  year: number;
}

/** The rule's date range for an item: a yearly item's date lies in the report's year (core: date-before-year). */
function itemDateRange(item: ReportItem, ctx: PlaceContext): { min: IsoDate; max: IsoDate } {
  return item.frequency === 'yearly' ? { ...ctx.dateRange, min: `${ctx.year}-01-01` } : ctx.dateRange;
}

function placeItem(
  b: SheetBuilder,
  item: ReportItem,
  row: number,
  stt: number,
  ctx: PlaceContext,
): { cells: ItemCells; next: number } {
  const { cols, layout, unit, lang } = ctx;
  const { key, kind } = itemKeyIn(layout, item);
  const applies = appliesToUnit(item, unit);
  const entry = fillFor(ctx.fill, item, key, kind);
  const label = item.label[lang];
  // A criterion the plan does not state reads "Từ 98% trở lên (giả định)".
  const stated = capitalize(targetText(item)?.[lang] ?? '');
  const target = markAssumed(stated, stated !== '' && item.assumed !== undefined, lang);
  const measure = kind === 'ratio' || kind === 'percent' ? '%' : item.measure[lang];

  b.put(row, cols.key, { text: key });
  b.put(row, cols.stt, { number: stt }, CENTER);
  b.put(row, cols.label, { text: label }, BOX);
  b.put(row, cols.measure, { text: measure }, CENTER);
  b.put(row, cols.target, { text: target }, CENTER);
  let lines = Math.max(
    estimateLines(label, widthOf(cols, cols.label)),
    estimateLines(target, widthOf(cols, cols.target)),
    estimateLines(measure, widthOf(cols, cols.measure)),
  );

  const cells: ItemCells = { item, key, kind, applies, verdict: a1(row, cols.verdict) };
  const na: SpecValue = { text: ANSWER_WORDS.na[lang] };
  // Small enough for “Không áp dụng” to fit the result column on one line.
  const naStyle: CellStyle = { ...CENTER, fill: COLORS.locked, italic: true, size: 10, wrap: false };
  let next = row + 1;

  if (kind === 'ratio') {
    // Main row: the rate (formula), the note and the assessment; then a) numerator, b) denominator.
    const numRow = row + 1;
    const denRow = row + 2;
    cells.num = a1(numRow, cols.value);
    cells.den = a1(denRow, cols.value);
    cells.rate = a1(row, cols.value);
    b.put(
      row,
      cols.value,
      { formula: rateFormula(cells.num, cells.den), result: null },
      { ...CENTER, numFmt: '0.0' },
    );
    const parts = [item.ratio?.num ?? item.label, item.ratio?.den ?? item.label];
    [numRow, denRow].forEach((r, i) => {
      const partLabel = `${T.ratioParts[i]}${parts[i]?.[lang] ?? ''}`;
      b.put(r, cols.key, { text: i === 0 ? numKey(key) : denKey(key) });
      b.put(r, cols.stt, null, CENTER);
      b.put(r, cols.label, { text: partLabel }, { ...BOX, italic: true });
      b.put(r, cols.measure, { text: item.measure[lang] }, CENTER);
      b.put(r, cols.target, null, CENTER);
      const raw = i === 0 ? entry.value : entry.den;
      const address = a1(r, cols.value);
      if (applies) {
        b.put(r, cols.value, inputValue(raw, 'ratio', lang), { ...INPUT, numFmt: entry.valueFmt ?? '#,##0' });
        b.validations.push({
          range: address,
          rule: { kind: 'whole', min: 0 },
          ...V.count(lang, lowerFirst(parts[i]?.[lang] ?? '')),
        });
      } else {
        b.put(r, cols.value, na, naStyle);
      }
      b.put(r, cols.date, null, CENTER);
      if (cols.note) b.put(r, cols.note, null, BOX);
      b.put(r, cols.verdict, null, CENTER);
      b.height(r, lineHeight(estimateLines(partLabel, widthOf(cols, cols.label)), TEMPLATE_FONT.size));
    });
    next = row + 3;
  } else {
    const address = a1(row, cols.value);
    cells.value = address;
    if (applies) {
      const numFmt = entry.valueFmt ?? (kind === 'date' ? 'dd/mm/yyyy' : undefined);
      const typed = entry.valueAsBoolean ? 'text' : kind;
      b.put(row, cols.value, inputValue(entry.value, typed, lang), {
        ...INPUT,
        ...(numFmt ? { numFmt } : {}),
      });
      const v = valueValidation(address, kind, item, lang, itemDateRange(item, ctx));
      if (v) b.validations.push(v);
    } else {
      b.put(row, cols.value, na, naStyle);
    }
  }

  // Completion date, note, assessment.
  const dateAddress = a1(row, cols.date);
  if (item.needsDate && applies) {
    cells.date = dateAddress;
    b.put(row, cols.date, inputValue(entry.date, 'date', lang), { ...INPUT, numFmt: 'dd/mm/yyyy' });
    const range = itemDateRange(item, ctx);
    b.validations.push({
      range: dateAddress,
      rule: { kind: 'date', ...range },
      ...V.date(lang, range.min, range.max, TABLE_HEADER.date),
    });
  } else {
    b.put(row, cols.date, null, applies ? CENTER : naStyle);
  }
  if (cols.note) {
    const note = entry.note ?? '';
    const noteAddress = b.put(row, cols.note, note ? { text: note } : null, {
      ...INPUT,
      hAlign: 'left',
      wrap: true,
    });
    b.validations.push({
      range: noteAddress,
      rule: { kind: 'textLength', max: NOTE_MAX },
      ...V.text(lang, NOTE_MAX, TABLE_HEADER.note),
    });
    lines = Math.max(lines, estimateLines(note, widthOf(cols, cols.note)));
  }
  if (applies) {
    b.put(row, cols.verdict, { formula: verdictFormula(item, cells, lang), result: null }, CENTER);
  } else {
    b.put(row, cols.verdict, { text: VERDICT_WORDS['not-applicable'][lang] }, { ...naStyle, italic: false });
  }
  b.height(row, lineHeight(lines, TEMPLATE_FONT.size));
  return { cells, next };
}

/** The fill of an item: by its key in this layout, else by its id (converting a ratio to a v1 rate). */
function fillFor(
  fill: ReportFill | undefined,
  item: ReportItem,
  key: string,
  kind: ValueKind,
): ReportFillEntry {
  const byKey = fill?.values[key];
  if (byKey) return byKey;
  const byId = fill?.values[item.id] ?? {};
  if (item.kind === 'ratio' && kind === 'percent') {
    const { value, den, ...rest } = byId;
    if (typeof value === 'number' && typeof den === 'number' && den > 0)
      return { ...rest, value: Math.round((1000 * value) / den) / 10 };
    return { ...rest, value: value ?? null };
  }
  return byId;
}

/** A raw fill value as the cell a person would have typed. */
function inputValue(raw: FillValue | undefined, kind: ValueKind, lang: Lang): SpecValue {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'boolean') {
    return kind === 'yesno' ? { text: (raw ? ANSWER_WORDS.yes : ANSWER_WORDS.no)[lang] } : { bool: raw };
  }
  if (typeof raw === 'number') return { number: raw };
  if (kind === 'date' && isValidIso(raw)) return { date: raw };
  return { text: raw };
}

const dateValue = (iso: IsoDate): SpecValue => (isValidIso(iso) ? { date: iso } : { text: iso });

function valueValidation(
  range: string,
  kind: ValueKind,
  item: ReportItem,
  lang: Lang,
  dates: { min: IsoDate; max: IsoDate },
): DataValidationSpec | undefined {
  switch (kind) {
    case 'yesno':
      return {
        range,
        rule: {
          kind: 'list',
          values: [ANSWER_WORDS.yes[lang], ANSWER_WORDS.no[lang], ANSWER_WORDS.na[lang]],
        },
        ...V.yesno(lang),
      };
    case 'count':
      return { range, rule: { kind: 'whole', min: 0 }, ...V.count(lang, item.measure[lang]) };
    case 'rank':
      return { range, rule: { kind: 'whole', min: 1 }, ...V.count(lang, item.measure[lang]) };
    case 'percent':
      return { range, rule: { kind: 'decimal', min: 0, max: 100 }, ...V.percent(lang) };
    case 'date':
      return { range, rule: { kind: 'date', ...dates }, ...V.date(lang, dates.min, dates.max, item.label) };
    case 'text':
      return {
        range,
        rule: { kind: 'textLength', max: NOTE_MAX },
        ...V.text(lang, NOTE_MAX, TABLE_HEADER.value),
      };
    case 'ratio':
      return undefined;
  }
}

// --- Formulas (each mirrors a rule of the core; see validate-report.ts and milestone-status.ts) ---

/*
 * The formulas read a cell exactly as sheetReading (core/text/parse-value.ts) does, with
 * functions Excel 2007+ and LibreOffice compute alike: TRIM, then a case-insensitive "=" with
 * the list's words of either language; numbers as stored (ISLOGICAL excludes TRUE/FALSE,
 * which LibreOffice counts as numbers). An error value in an input gives "Không hợp lệ".
 */
const xlAmong = (x: string, words: readonly string[]): string =>
  `OR(${words.map((w) => `TRIM(${x})=${xlText(w)}`).join(',')})`;
const xlBlank = (x: string): string => `TRIM(${x})=""`;
const xlNumber = (x: string): string => `AND(ISNUMBER(${x}),NOT(ISLOGICAL(${x})))`;
const xlNa = (x: string): string => xlAmong(x, LIST_WORDS.na);

/** The rate of a ratio item in percent, blank until both counts are numbers and the whole is not 0. */
function rateFormula(num: string, den: string): string {
  return `IF(AND(${xlNumber(num)},${xlNumber(den)}),IF(${den}<>0,100*${num}/${den},""),"")`;
}

function rateOf(b: SheetBuilder, ic: ItemCells): number | string {
  const n = ic.num ? b.get(ic.num)?.value : null;
  const d = ic.den ? b.get(ic.den)?.value : null;
  if (n && d && 'number' in n && 'number' in d && d.number !== 0) return (100 * n.number) / d.number;
  return '';
}

/** An Excel condition for a numeric target rule on `x` (already known to be a number). */
function ruleCondition(rule: TargetRule, x: string): string {
  switch (rule.op) {
    case 'yes':
      return 'FALSE';
    case 'between':
      return `AND(${x}>=${rule.min},${x}<=${rule.max})`;
    case '=':
      return `${x}=${rule.value}`;
    default:
      return `${x}${rule.op}${rule.value}`;
  }
}

/**
 * The assessment formula of an item that applies to the unit. It follows validateReport's order:
 * "Không áp dụng" alone (optional item: not applicable; required: not entered) -> unreadable or
 * out of range (invalid) -> blank (not entered) -> a ratio's whole 0 or below its part (invalid)
 * -> no target ("") -> met | not met. Forms the core reads and these formulas do not ("x", text
 * numbers, a %-formatted fraction) carry a VALUE.NORMALISED warning from the reader.
 */
function verdictFormula(item: ReportItem, cells: ItemCells, lang: Lang): string {
  const W = (v: ItemVerdict) => xlText(VERDICT_WORDS[v][lang]);
  const naResult = item.required ? W('not-entered') : W('not-applicable');
  const rule = item.target;
  const judge = (cond: string) =>
    rule === undefined ? W('no-target') : `IF(${cond},${W('met')},${W('not-met')})`;
  const guarded = (f: string) => `IFERROR(${f},${W('invalid')})`;

  if (item.kind === 'ratio' && cells.num && cells.den) {
    const [n, d] = [cells.num, cells.den];
    const empty = (x: string) => `OR(${xlBlank(x)},${xlNa(x)})`;
    const bad = (x: string) => `IF(${empty(x)},FALSE,IF(${xlNumber(x)},OR(${x}<0,${x}<>INT(${x})),TRUE))`;
    const rate = `ROUND(100*${n}/${d},9)`;
    return guarded(
      `IF(AND(${xlNa(n)},${empty(d)}),${naResult},` +
        `IF(OR(${bad(n)},${bad(d)}),${W('invalid')},` +
        `IF(OR(${empty(n)},${empty(d)}),${W('not-entered')},` +
        `IF(OR(${d}=0,${n}>${d}),${W('invalid')},${judge(rule ? ruleCondition(rule, rate) : 'TRUE')}))))`,
    );
  }
  const v = cells.value ?? 'A1';
  const head = `IF(${xlNa(v)},${naResult},IF(${xlBlank(v)},${W('not-entered')},`;
  if (cells.kind === 'yesno') {
    const yes = rule?.op === 'yes' ? W('met') : W('no-target');
    const no = rule?.op === 'yes' ? W('not-met') : W('no-target');
    return guarded(
      `${head}IF(${xlAmong(v, LIST_WORDS.yes)},${yes},IF(${xlAmong(v, LIST_WORDS.no)},${no},${W('invalid')}))))`,
    );
  }
  // A v1 rate stands for a ratio: the core compares its percent the same way.
  const outOfRange =
    cells.kind === 'percent'
      ? `OR(${v}<0,${v}>100)`
      : cells.kind === 'rank'
        ? `OR(${v}<1,${v}<>INT(${v}))`
        : `OR(${v}<0,${v}<>INT(${v}))`;
  if (cells.kind === 'count' || cells.kind === 'percent' || cells.kind === 'rank') {
    return guarded(
      `${head}IF(NOT(${xlNumber(v)}),${W('invalid')},IF(${outOfRange},${W('invalid')},${judge(rule ? ruleCondition(rule, v) : 'TRUE')}))))`,
    );
  }
  // Dates and text carry no numeric target: entered is enough.
  return guarded(`${head}${W('no-target')}))`);
}

function dateLineFormula(place: string, dateCell: string, lang: Lang): string {
  const d = dateCell;
  if (lang === 'en') {
    const months = xlMonths();
    return `IF(ISNUMBER(${d}),${xlText(`${place}, `)}&DAY(${d})&" "&CHOOSE(MONTH(${d}),${months})&" "&YEAR(${d}),${xlText(`${place}, ${T.dateUnknown.en}`)})`;
  }
  return (
    `IF(ISNUMBER(${d}),${xlText(`${place}, ngày `)}&IF(DAY(${d})<10,"0","")&DAY(${d})` +
    `&" tháng "&IF(MONTH(${d})<3,"0","")&MONTH(${d})&" năm "&YEAR(${d}),${xlText(`${place}, ${T.dateUnknown.vi}`)})`
  );
}

function xlMonths(): string {
  return EN_MONTHS.map(xlText).join(',');
}

function dateLineText(place: string, date: IsoDate | undefined, lang: Lang): string {
  return `${place}, ${date ? formatLongDate(date, lang) : T.dateUnknown[lang]}`;
}

// --- Milestones ------------------------------------------------------------------------------------

/** The due date of a unit milestone in the template's year, or null when it has none then. */
function dueIn(m: Milestone, year: number): IsoDate | null {
  const s = m.schedule;
  if (s.kind === 'once') return s.due;
  if (year < s.fromYear || (s.toYear !== undefined && year > s.toYear)) return null;
  return yearlyDue(year, s.month, s.day);
}

/** The plan's words of when, and, where the due date beside it is assumed, says so. */
function whenText(m: Milestone, lang: Lang): string {
  if (m.assumed === undefined) return m.when[lang];
  return lang === 'vi'
    ? `${m.when[lang]}; hạn ${ASSUMED_WORD.vi}`
    : `${m.when[lang]}; due date ${ASSUMED_WORD.en}`;
}

/**
 * A milestone's label on a unit's report. The yearly report's names the report's own recipient
 * (plan V.3: to the Standing Committee through its advisory board), as its "Nơi nhận" does with
 * the names valid in the report's year, so no page of 2025 names the bloc that ended 13/02/2025.
 */
export function milestoneLabelIn(m: Milestone, recipient: string, lang: Lang): string {
  if (m.doneBy.kind !== 'report-date') return m.label[lang];
  return lang === 'vi' ? `Báo cáo kết quả thực hiện về ${recipient}` : `Results reported to the ${recipient}`;
}

function placeMilestone(
  b: SheetBuilder,
  m: Milestone,
  due: IsoDate,
  row: number,
  no: number,
  ctx: {
    cols: Columns;
    unit: Unit;
    lang: Lang;
    /** The report's own "Nơi nhận" (names valid in its year), which the yearly report goes to. */
    recipient: string;
    itemCells: ItemCells[];
    reportDateCell: string;
    year: number;
    dueSoonDays: number;
  },
): MilestoneCells {
  const { cols, unit, lang } = ctx;
  const statusFrom = cols.note ?? cols.verdict;
  const ic =
    m.doneBy.kind === 'report-date'
      ? undefined
      : ctx.itemCells.find((c) => c.item.id === (m.doneBy as { itemId: string }).itemId);
  const dueYear = isoParts(due)?.year ?? ctx.year;
  const notApplicable =
    (ic !== undefined && !ic.applies) || !isActive(unit, dueYear) || (m.doneBy.kind === 'item-date' && !ic);
  const label = milestoneLabelIn(m, ctx.recipient, lang);
  const when = whenText(m, lang);
  b.put(row, cols.key, { text: milestoneKey(m.id) });
  b.put(row, cols.stt, { number: no }, CENTER);
  b.put(row, cols.label, { text: label }, BOX);
  b.merge(row, cols.measure, row, cols.target, { text: when }, CENTER);
  const dueCell = b.put(row, cols.value, { date: due }, { ...CENTER, numFmt: 'dd/mm/yyyy' });
  const yearly = m.schedule.kind === 'yearly';
  let doneCell: string | undefined;
  let statusValue: SpecValue;
  if (notApplicable) {
    b.put(row, cols.date, null, CENTER);
    statusValue = { text: STATUS_WORDS['not-applicable'][lang] };
  } else {
    // completionDate() compares a ratio's numerator (entry.value), so the formula does too.
    const answer = ic ? (ic.kind === 'ratio' ? ic.num : ic.value) : undefined;
    const done = completionFormula({
      ...(ic && answer ? { answer: { cell: answer, item: ic.item, kind: ic.kind } } : {}),
      ...(ic?.date ? { date: ic.date } : {}),
      fallback: ctx.reportDateCell,
      ...(yearly ? { year: ctx.year } : {}),
      lang,
    });
    doneCell = b.put(row, cols.date, { formula: done, result: null }, { ...CENTER, numFmt: 'dd/mm/yyyy' });
    statusValue = { formula: milestoneStatusFormula(doneCell, dueCell, lang, ctx.dueSoonDays), result: null };
  }
  const statusCell = b.span(row, statusFrom, cols.verdict, statusValue, CENTER);
  const lines = Math.max(
    estimateLines(label, widthOf(cols, cols.label)),
    estimateLines(when, widthOf(cols, cols.measure) + widthOf(cols, cols.target)),
  );
  b.height(row, lineHeight(lines, TEMPLATE_FONT.size));
  return {
    milestone: m,
    due,
    dueCell,
    ...(doneCell ? { doneCell } : {}),
    statusCell,
    notApplicable,
    ...(yearly ? { year: ctx.year } : {}),
  };
}

/**
 * When an item was done, as completionDate() decides, as an Excel expression: the answer in
 * `answer` (a value cell, or a ratio's numerator) must say "done" (a "Có", a number meeting the
 * target, or above 0 without one; counts whole; a date item's own date); then the date in
 * `date`, or else the date in `fallback` (the report date). With `year`, only dates from
 * 1 January of that year count. Cells are read as sheetReading reads them; an error value in
 * the answer means not done.
 */
export function completionFormula(a: {
  answer?: { cell: string; item: ReportItem; kind: ValueKind };
  date?: string;
  fallback?: string;
  year?: number;
  lang: Lang;
}): string {
  const within = (x: string) => (a.year === undefined ? x : `IF(${x}>=DATE(${a.year},1,1),${x},"")`);
  const dated = (x: string, otherwise: string) => `IF(${xlNumber(x)},${within(x)},${otherwise})`;
  const fromFallback = a.fallback ? dated(a.fallback, '""') : '""';
  if (!a.answer) return fromFallback;
  const { cell, item, kind } = a.answer;
  if (kind === 'date') return dated(cell, '""');
  let doneCond: string;
  if (kind === 'yesno') doneCond = xlAmong(cell, LIST_WORDS.yes);
  else {
    const rule = item.target && item.target.op !== 'yes' ? ruleCondition(item.target, cell) : `${cell}>0`;
    const whole = kind === 'percent' ? [] : [`${cell}=INT(${cell})`];
    doneCond = `AND(${[xlNumber(cell), ...whole, rule].join(',')})`;
  }
  return `IFERROR(IF(${doneCond},${a.date ? dated(a.date, fromFallback) : fromFallback},""),"")`;
}

/**
 * statusOf() in Excel, with TODAY() for the as-of date: `done` is a cell holding a completion
 * date (or ""), `due` a cell or a serial.
 */
export function milestoneStatusFormula(done: string, due: string, lang: Lang, dueSoonDays: number): string {
  const S = (s: MilestoneStatus) => xlText(STATUS_WORDS[s][lang]);
  return (
    `IF(AND(ISNUMBER(${done}),${done}<=TODAY()),IF(${done}<=${due},${S('done-on-time')},${S('done-late')}),` +
    `IF(TODAY()>${due},${S('overdue')},IF(${due}-TODAY()<=${dueSoonDays},${S('due-soon')},${S('not-yet-due')})))`
  );
}

/** The completion date of a milestone in this report, as milestone-status computes it. */
function doneDateOf(mc: MilestoneCells, report: UnitReport, plan: Plan): IsoDate | undefined {
  const m = mc.milestone;
  let done: IsoDate | undefined;
  if (m.doneBy.kind === 'report-date') done = report.reportDate;
  else if (m.doneBy.kind === 'item-date') {
    const id = m.doneBy.itemId;
    done = completionDate(
      report.entries[id],
      plan.items.find((i) => i.id === id),
      report.reportDate,
    );
  }
  if (done !== undefined && mc.year !== undefined && done < `${mc.year}-01-01`) return undefined;
  return done;
}

// --- Reading the template back -----------------------------------------------------------------------

/**
 * The spec's cells as an adapter would read them, read as the template's formulas read them
 * (sheetReading), so that the stored results are the ones Excel computes.
 */
function readBack(b: SheetBuilder, plan: Plan, settings: Settings, name: string): UnitReport {
  const raw = toRawSheet(b.allCells(), name);
  const parsed = parseReport(raw, plan, settings, {}, 'sheet');
  if (!parsed.ok)
    throw new Error(`The report template does not read back: ${parsed.error.map((f) => f.code).join(', ')}`);
  return parsed.value;
}

/** A RawSheet of spec cells: what an adapter reads from a freshly written, uncalculated sheet. */
export function toRawSheet(
  cells: { address: string; value: SpecValue; style?: CellStyle }[],
  name: string,
): RawSheet {
  const rows: (RawCell | undefined)[][] = [];
  for (const c of cells) {
    const p = parseA1(c.address);
    if (!p || c.value === null) continue;
    const fmt = c.style?.numFmt;
    const v = c.value;
    let raw: RawCell;
    if ('text' in v) raw = { v: v.text };
    else if ('number' in v) raw = { v: v.number };
    else if ('bool' in v) raw = { v: v.bool };
    else if ('date' in v) raw = { v: isoToSerial(v.date), fmt: fmt ?? 'dd/mm/yyyy' };
    else raw = { v: v.result, formula: v.formula };
    if (fmt && !('date' in v)) raw.fmt = fmt;
    const r = (rows[p.row - 1] ??= []);
    r[p.col - 1] = raw;
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { name, rows, names: {} };
}

// --- Small helpers ---------------------------------------------------------------------------------

function widthOf(cols: Columns, col: number): number {
  const entry = (Object.entries(cols) as [keyof Columns, number | undefined][]).find(([, c]) => c === col);
  return entry ? WIDTHS[entry[0]] : 10;
}

function totalWidth(cols: Columns): number {
  let sum = 0;
  for (let c = 1; c <= cols.verdict; c++) sum += widthOf(cols, c);
  return sum;
}

const lowerFirst = (s: string): string => (s ? s.charAt(0).toLowerCase() + s.slice(1) : s);
