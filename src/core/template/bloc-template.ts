import { countMinimum, statusOf, yearlyDue } from '../milestones/milestone-status';
import { ITEM_VERDICT_WORDS } from '../messages/vocabulary';
import type { MilestoneStatus } from '../milestones/milestone-types';
import { effectivePlan } from '../plan/effective-plan';
import type { Milestone, Plan, ProvinceIndicator, ReportItem } from '../plan/plan-types';
import type { BlocInput, ItemEntry, RawSheet } from '../report/report-types';
import type { Settings } from '../settings/settings-types';
import type { CellStyle, DataValidationSpec, SheetSpec } from '../sheet/sheet-spec';
import { displayRaw, formatNumber, isoToSerial, parseValue } from '../text';
import { fail, ok } from '../types';
import type { Finding, IsoDate, Lang, Result, Text } from '../types';
import { targetText } from '../messages/messages';
import {
  COLORS,
  STATUS_WORDS,
  TEMPLATE_FONT,
  completionFormula,
  milestoneStatusFormula,
} from './report-template';
import { orgNamesOfYear } from '../settings/org-names';
import { keepTogether, pageModel } from '../sheet/print-pages';
import { officeHeader } from './party-header';
import { SheetBuilder, capitalize, estimateLines, lineHeight, xlText } from './sheet-builder';
import {
  COL,
  COLUMNS_MARK,
  a1,
  cellAt,
  formatStamp,
  keyedAddress,
  locateKeys,
  parseA1,
  rankKey,
  yearColumn,
} from './template-keys';
import { CURRENT_TEMPLATE_VERSION, templateLayout } from './template-versions';

/**
 * The consolidating office's own input sheet for one year and the years before it: province
 * index ranks (PAR INDEX, PAPI, PCI, SIPAS) per year, the plan's bloc items per year (departments
 * inspected) with the yearly inspection's completion date, and the completion dates of the bloc's
 * one-off milestones. Keyed like the unit report (template-keys.ts): year columns 'y2021'...,
 * rows 'rank:<indicator>', '<bloc item id>', '<yearly milestone's item id>' and 'ms:<milestone>'.
 */

/** "Số liệu Khối 2025" / "Bloc data 2025". */
export function blocSheetName(year: number, lang: Lang): string {
  return lang === 'vi' ? `Số liệu Khối ${year}` : `Bloc data ${year}`;
}

const INPUT: CellStyle = {
  border: true,
  fill: COLORS.input,
  unlocked: true,
  hAlign: 'center',
  vAlign: 'middle',
};
const BOX: CellStyle = { border: true, vAlign: 'middle', wrap: true };
const CENTER: CellStyle = { ...BOX, hAlign: 'center' };
const HEAD: CellStyle = { ...CENTER, bold: true, fill: COLORS.header };
const SECTION: CellStyle = { ...BOX, bold: true, fill: COLORS.section };

/** Ranks among Vietnam's provinces: 63 before the 2025 mergers, 34 after; 63 bounds both. */
const MAX_RANK = 63;

const T = {
  // The consolidating committee by the names valid in the year: a 2025 sheet names no bloc.
  title: (plan: Plan, year: number, issuer: string): Text => ({
    vi: `SỐ LIỆU CỦA ${issuer.toUpperCase()} VỀ THỰC HIỆN ${plan.shortTitle.vi.toUpperCase()} (${plan.firstYear}-${year})`,
    en: `DATA OF THE ${issuer.toUpperCase()} ON ${plan.shortTitle.en.toUpperCase()} (${plan.firstYear}-${year})`,
  }),
  ranks: { vi: 'Xếp hạng các chỉ số của tỉnh', en: "The province's index ranks" },
  blocItems: { vi: 'Kiểm tra, khảo sát các sở, ban, ngành', en: 'Inspections of departments' },
  milestones: { vi: 'Các mốc thời gian theo lộ trình của Đề án', en: "The scheme's roadmap milestones" },
  stt: { vi: 'TT', en: 'No.' },
  item: { vi: 'Nội dung', en: 'Item' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  due: { vi: 'Hạn', en: 'Due' },
  done: { vi: 'Ngày hoàn thành', en: 'Date done' },
  status: { vi: 'Tình trạng', en: 'Status' },
};

function indicatorTarget(ind: ProvinceIndicator, lang: Lang): string {
  const r = ind.rule;
  if (r.kind === 'top')
    return lang === 'vi'
      ? `Trong nhóm ${r.rank} tỉnh dẫn đầu vào năm ${r.byYear}`
      : `Top ${r.rank} by ${r.byYear}`;
  return lang === 'vi' ? `Tăng ít nhất ${r.places} bậc mỗi năm` : `Up at least ${r.places} place(s) a year`;
}

const WIDTH = { stt: 5, label: 40, year: 11, target: 18, key: 14 };

export function buildBlocTemplate(
  plan: Plan,
  settings: Settings,
  year: number,
  lang: Lang = settings.lang,
): SheetSpec {
  const ep = effectivePlan(plan, settings);
  const years = Array.from({ length: year - plan.firstYear + 1 }, (_, i) => plan.firstYear + i);
  const colOfYear = (y: number) => 3 + (y - plan.firstYear);
  const lastYearCol = colOfYear(year);
  const targetCol = lastYearCol + 1;
  const keyCol = targetCol + 1;
  const last = targetCol;
  const b = new SheetBuilder();
  const totalWidth = WIDTH.stt + WIDTH.label + years.length * WIDTH.year + WIDTH.target;

  // Row 1 (hidden): stamp and the year columns' keys.
  b.put(1, keyCol, {
    text: formatStamp({ kind: 'bloc', planId: plan.id, version: CURRENT_TEMPLATE_VERSION, year }),
  });
  for (const y of years) b.put(1, colOfYear(y), { text: yearColumn(y) });
  b.hide(1);
  // The office's header lines (36-HD/VPTW: superior regular, issuer bold), names valid in the year.
  const org = orgNamesOfYear(settings.org, year);
  const head = officeHeader(org);
  b.span(2, 1, 2, { text: head.superior }, { hAlign: 'center', size: 13 });
  b.span(3, 1, 2, { text: head.issuer }, { bold: true, hAlign: 'center', size: 13 });
  const title = T.title(plan, year, org.issuer)[lang];
  b.span(5, 1, last, { text: title }, { bold: true, hAlign: 'center', size: 14, wrap: true });
  b.height(5, lineHeight(estimateLines(title, totalWidth, 0.9), 14));

  let row = 7;
  const yearHeader = (r: number, label: Text) => {
    b.put(r, 1, { text: T.stt[lang] }, HEAD);
    b.put(r, 2, { text: label[lang] }, HEAD);
    for (const y of years) b.put(r, colOfYear(y), { number: y }, HEAD);
    b.put(r, targetCol, { text: T.target[lang] }, HEAD);
    b.height(r, lineHeight(1, TEMPLATE_FONT.size));
  };
  const section = (r: number, id: string, label: Text) => {
    b.put(r, 1, { text: id }, { ...CENTER, bold: true, fill: COLORS.section });
    b.merge(r, 2, r, last, { text: label[lang] }, SECTION);
    b.height(r, lineHeight(1, TEMPLATE_FONT.size));
  };
  const labelRow = (r: number, no: number | null, label: string, target: string) => {
    b.put(r, 1, no === null ? null : { number: no }, CENTER);
    b.put(r, 2, { text: label }, BOX);
    b.put(r, targetCol, { text: target }, CENTER);
    b.height(
      r,
      lineHeight(Math.max(estimateLines(label, WIDTH.label), estimateLines(target, WIDTH.target)), 12),
    );
  };

  // I. Province ranks.
  const ranksFrom = row;
  section(row++, 'I', T.ranks);
  yearHeader(row++, T.item);
  ep.provinceIndicators.forEach((ind, i) => {
    b.put(row, keyCol, { text: rankKey(ind.id) });
    labelRow(row, i + 1, ind.label[lang], indicatorTarget(ind, lang));
    for (const y of years) {
      const address = b.put(row, colOfYear(y), null, INPUT);
      b.validations.push({
        range: address,
        rule: { kind: 'whole', min: 1, max: MAX_RANK },
        prompt: {
          title: lang === 'vi' ? 'Thứ hạng' : 'Rank',
          message:
            lang === 'vi'
              ? `Nhập thứ hạng của tỉnh năm ${y} (1-${MAX_RANK}).`
              : `Enter the rank in ${y} (1-${MAX_RANK}).`,
        },
        error: {
          title: lang === 'vi' ? 'Thứ hạng không hợp lệ' : 'Invalid rank',
          message:
            lang === 'vi'
              ? `Thứ hạng là số nguyên từ 1 đến ${MAX_RANK}.`
              : `A rank is a whole number from 1 to ${MAX_RANK}.`,
        },
      });
    }
    row++;
  });

  // II. Yearly bloc items: a value per year, the completion date per year where the item needs
  // one, and the status of each yearly milestone the item completes.
  const ranksTo = row - 1;
  row++;
  const itemsFrom = row;
  section(row++, 'II', T.blocItems);
  yearHeader(row++, T.item);
  const statusCells: { cell: string; status: MilestoneStatus }[] = [];
  let no = 0;
  for (const item of ep.blocItems.filter((i) => i.frequency === 'yearly')) {
    no++;
    const valueRow = row;
    b.put(row, keyCol, { text: item.id });
    labelRow(row, no, item.label[lang], capitalize(targetText(item)?.[lang] ?? ''));
    for (const y of years) {
      const address = b.put(row, colOfYear(y), null, INPUT);
      b.validations.push(yearValueValidation(address, item, y, lang));
    }
    row++;
    const dateRow = item.needsDate ? row : undefined;
    if (dateRow !== undefined) {
      b.put(row, keyCol, { text: dateKey(item.id) });
      labelRow(row, null, T.done[lang], '');
      for (const y of years) {
        const address = b.put(row, colOfYear(y), null, { ...INPUT, numFmt: 'dd/mm/yyyy' });
        const yearStart: IsoDate = `${y}-01-01`;
        const min = yearStart < plan.startDate ? plan.startDate : yearStart;
        dateValidation(b, address, min, `${y + 1}-12-31`, lang);
      }
      row++;
    }
    for (const m of ep.milestones.filter((x) => x.who === 'bloc' && doneItemId(x) === item.id)) {
      if (m.schedule.kind !== 'yearly') continue;
      const s = m.schedule;
      labelRow(row, null, `${T.status[lang]}: ${m.label[lang]}`, m.when[lang]);
      for (const y of years) {
        const col = colOfYear(y);
        if (y < s.fromYear || (s.toYear !== undefined && y > s.toYear)) {
          b.put(row, col, null, { ...CENTER, fill: COLORS.locked });
          continue;
        }
        const done = completionFormula({
          answer: { cell: a1(valueRow, col), item, kind: item.kind },
          ...(dateRow !== undefined ? { date: a1(dateRow, col) } : {}),
          year: y,
          lang,
        });
        const due = yearlyDue(y, s.month, s.day);
        const byDate = statusFormula(`(${done})`, due, settings.dueSoonDays, lang);
        const min = countMinimum(m, item);
        const formula =
          min === undefined ? byDate : countStatusFormula(a1(valueRow, col), min, due, byDate, lang);
        const cell = b.put(
          row,
          col,
          { formula, result: null },
          {
            ...CENTER,
            size: 10,
          },
        );
        statusCells.push({ cell, status: statusOf(due, undefined, settings.asOf, settings.dueSoonDays) });
      }
      row++;
    }
  }

  // III. One-off bloc items (completion dates of the bloc's one-off milestones): due, date, status.
  const itemsTo = row - 1;
  row++;
  b.put(row, keyCol, { text: COLUMNS_MARK });
  b.put(row, 3, { text: COL.due });
  b.put(row, 4, { text: COL.value });
  b.put(row, 5, { text: COL.status });
  b.hide(row);
  row++;
  const milestonesFrom = row;
  section(row++, 'III', T.milestones);
  b.put(row, 1, { text: T.stt[lang] }, HEAD);
  b.put(row, 2, { text: T.item[lang] }, HEAD);
  b.put(row, 3, { text: T.due[lang] }, HEAD);
  b.put(row, 4, { text: T.done[lang] }, HEAD);
  b.span(row, 5, last, { text: T.status[lang] }, HEAD);
  b.height(row, lineHeight(2, TEMPLATE_FONT.size));
  row++;
  const statusFirst = row;
  let mNo = 0;
  for (const item of ep.blocItems.filter((i) => i.frequency === 'once')) {
    const m = ep.milestones.find(
      (x) => x.who === 'bloc' && doneItemId(x) === item.id && x.schedule.kind === 'once',
    );
    const due = m?.schedule.kind === 'once' ? m.schedule.due : undefined;
    // The column heading says "Ngày hoàn thành": the row names the milestone only.
    const label = m ? `${m.label[lang]} (${m.when[lang]})` : item.label[lang];
    mNo++;
    b.put(row, keyCol, { text: item.id });
    b.put(row, 1, { number: mNo }, CENTER);
    b.put(row, 2, { text: label }, BOX);
    b.height(row, lineHeight(estimateLines(label, WIDTH.label), 12));
    b.put(row, 3, due ? { date: due } : null, { ...CENTER, numFmt: 'dd/mm/yyyy' });
    const doneCell = b.put(row, 4, null, { ...INPUT, numFmt: 'dd/mm/yyyy' });
    dateValidation(b, doneCell, plan.startDate, `${year + 1}-12-31`, lang);
    if (due) {
      const cell = b.span(
        row,
        5,
        last,
        { formula: statusFormula(doneCell, due, settings.dueSoonDays, lang), result: null },
        CENTER,
      );
      statusCells.push({ cell, status: statusOf(due, undefined, settings.asOf, settings.dueSoonDays) });
    } else {
      b.span(row, 5, last, null, CENTER);
    }
    row++;
  }
  const statusLast = row - 1;

  // An empty sheet's statuses as of the settings' date (the office fills it in afterwards).
  for (const s of statusCells) b.setResult(s.cell, STATUS_WORDS[s.status][lang]);
  const range = `${a1(statusFirst, 5)}:${a1(Math.max(statusFirst, statusLast), 5)}`;
  const s0 = a1(statusFirst, 5);
  const words: [keyof typeof STATUS_WORDS, { fill: string; font: string }][] = [
    ['overdue', COLORS.red],
    ['due-soon', COLORS.amber],
    ['done-on-time', COLORS.green],
  ];
  words.forEach(([w, color], i) =>
    b.conditionalFormats.push({
      range,
      formula: `${s0}=${xlText(STATUS_WORDS[w][lang])}`,
      fill: color.fill,
      fontColor: color.font,
      priority: i + 1,
    }),
  );

  const spec = b.build({
    name: blocSheetName(year, lang),
    font: { ...TEMPLATE_FONT },
    columns: [
      { width: WIDTH.stt },
      { width: WIDTH.label },
      ...years.map(() => ({ width: WIDTH.year })),
      { width: WIDTH.target },
      { width: WIDTH.key, hidden: true },
    ],
    names: {},
    freeze: { rows: 1, columns: 2 },
    protection: {},
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      area: `A1:${a1(row + 1, last)}`,
      margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
      centerHorizontally: true,
    },
    tabColor: '7F6000',
  });
  // Each section (its heading, the table's header and rows) is kept on one page, so no header is
  // left alone at the foot of a page.
  const rowBreaks = keepTogether(pageModel(spec), [
    { from: ranksFrom, to: ranksTo },
    { from: itemsFrom, to: itemsTo },
    { from: milestonesFrom, to: statusLast },
  ]);
  return rowBreaks.length > 0 ? { ...spec, print: { ...spec.print, rowBreaks } } : spec;
}

function dateValidation(b: SheetBuilder, range: string, min: IsoDate, max: IsoDate, lang: Lang): void {
  const [dMin, dMax] = [min, max].map((d) => d.split('-').reverse().join('/'));
  b.validations.push({
    range,
    rule: { kind: 'date', min, max },
    prompt: {
      title: lang === 'vi' ? 'Ngày hoàn thành' : 'Date done',
      message:
        lang === 'vi'
          ? `Nhập ngày dạng dd/mm/yyyy, từ ${dMin} đến ${dMax}.`
          : `Enter a date as dd/mm/yyyy, ${dMin} to ${dMax}.`,
    },
    error: {
      title: lang === 'vi' ? 'Ngày không hợp lệ' : 'Invalid date',
      message:
        lang === 'vi' ? `Ngày phải từ ${dMin} đến ${dMax}.` : `The date must be from ${dMin} to ${dMax}.`,
    },
  });
}

/** The status of a completion date typed into `done`, against a due date written as its serial. */
function statusFormula(done: string, due: IsoDate, dueSoonDays: number, lang: Lang): string {
  return milestoneStatusFormula(done, String(isoToSerial(due) ?? 0), lang, dueSoonDays);
}

/**
 * milestoneStatusText() of a count milestone in Excel: the count entered against its minimum
 * ("Đạt (3/2)"; "Chưa đạt (1/2)" once past due), else the status by date (`byDate`).
 */
export function countStatusFormula(
  count: string,
  min: number,
  due: IsoDate,
  byDate: string,
  lang: Lang,
): string {
  const words = (v: 'met' | 'not-met') =>
    `${xlText(`${ITEM_VERDICT_WORDS[v][lang]} (`)}&${count}&${xlText(`/${min})`)}`;
  const dueSerial = String(isoToSerial(due) ?? 0);
  return (
    `IF(AND(ISNUMBER(${count}),${count}>=${min}),${words('met')},` +
    `IF(AND(ISNUMBER(${count}),TODAY()>${dueSerial}),${words('not-met')},${byDate}))`
  );
}

/** Row key of a yearly bloc item's completion dates: '<item id>:date'. */
export const dateKey = (itemId: string): string => `${itemId}:date`;

function yearValueValidation(range: string, item: ReportItem, y: number, lang: Lang): DataValidationSpec {
  return {
    range,
    rule: { kind: 'whole', min: 0 },
    prompt: {
      title: lang === 'vi' ? 'Số lượng' : 'Count',
      message:
        lang === 'vi'
          ? `Nhập số ${item.measure.vi} năm ${y}.`
          : `Enter the number of ${item.measure.en} in ${y}.`,
    },
    error: {
      title: lang === 'vi' ? 'Số không hợp lệ' : 'Invalid number',
      message: lang === 'vi' ? 'Phải là số nguyên từ 0 trở lên.' : 'It must be a whole number, 0 or more.',
    },
  };
}

/** The item id a bloc milestone's completion is recorded under (its own id for 'bloc-date'). */
function doneItemId(m: Milestone): string {
  return m.doneBy.kind === 'report-date' ? m.id : m.doneBy.itemId;
}

// --- Reading -----------------------------------------------------------------------------------------

/**
 * One BlocInput per year from the plan's first year to the sheet's year. A one-off milestone's
 * completion date is put into every year's entries (under the milestone's item id), so a reader
 * looking at any year finds it; ranks and counts are per year.
 */
export function parseBlocInput(sheet: RawSheet, plan: Plan, file?: string): Result<BlocInput[]> {
  const where = { sheet: sheet.name, ...(file !== undefined ? { file } : {}) };
  const keys = locateKeys(sheet);
  if (!keys || keys.stamp.kind !== 'bloc')
    return fail([finding('TEMPLATE.NOT_A_REPORT', 'error', notBloc(sheet.name), where)]);
  if (keys.stamp.planId !== plan.id)
    return fail([
      finding('TEMPLATE.OTHER_PLAN', 'error', otherPlan(keys.stamp.planId, plan), {
        ...where,
        cell: keys.stampCell,
      }),
    ]);
  if (!templateLayout(plan, keys.stamp.version))
    return fail([
      finding('TEMPLATE.VERSION', 'error', newer(keys.stamp.version), { ...where, cell: keys.stampCell }),
    ]);

  const year = keys.stamp.year;
  const years = Array.from({ length: Math.max(0, year - plan.firstYear + 1) }, (_, i) => plan.firstYear + i);
  const yearly = plan.blocItems.filter((i) => i.frequency === 'yearly');
  const once = plan.blocItems.filter((i) => i.frequency === 'once');
  const required = [
    ...plan.provinceIndicators.map((i) => rankKey(i.id)),
    ...yearly.flatMap((i) => (i.needsDate ? [i.id, dateKey(i.id)] : [i.id])),
    ...once.map((i) => i.id),
  ];
  const missing = required.filter((k) => !keys.rows.has(k));
  if (missing.length > 0)
    return fail([
      finding('TEMPLATE.KEYS_MISSING', 'error', keysMissing(sheet.name, missing), {
        ...where,
        cell: keys.stampCell,
      }),
    ]);

  const readFindings: Finding[] = [];
  const read = (rowKey: string, colKey: string, kind: ReportItem['kind']) => {
    const cell = keyedAddress(keys, rowKey, colKey) ?? '';
    const raw = rawAt(sheet, cell);
    const value = parseValue(raw, kind);
    const display = displayRaw(raw);
    if (value.kind === 'invalid')
      readFindings.push(
        finding('VALUE.KIND', 'error', invalidValue(display, kind, sheet.name, cell), { ...where, cell }),
      );
    return { value, cell, display };
  };

  const onceEntries: Record<string, ItemEntry> = {};
  for (const item of once) {
    const r = read(item.id, COL.value, item.kind);
    onceEntries[item.id] = { itemId: item.id, value: r.value, cell: r.cell, display: r.display };
  }
  const inputs = years.map((y): BlocInput => {
    const col = yearColumn(y);
    const ranks: Record<string, number | undefined> = {};
    for (const ind of plan.provinceIndicators) {
      const r = read(rankKey(ind.id), col, 'rank');
      ranks[ind.id] = r.value.kind === 'number' ? r.value.n : undefined;
    }
    const entries: Record<string, ItemEntry> = { ...onceEntries };
    for (const item of yearly) {
      const r = read(item.id, col, item.kind);
      const entry: ItemEntry = { itemId: item.id, value: r.value, cell: r.cell, display: r.display };
      if (item.needsDate) {
        const d = read(dateKey(item.id), col, 'date');
        entry.date = d.value;
        entry.dateCell = d.cell;
      }
      entries[item.id] = entry;
    }
    return {
      year: y,
      ranks,
      entries,
      source: { sheet: sheet.name, ...(file !== undefined ? { file } : {}) },
      readFindings: [],
    };
  });
  // Findings belong to the sheet, not to one year: they go with the sheet's own year.
  const own = inputs[inputs.length - 1];
  if (own) own.readFindings = readFindings;
  return ok(inputs);
}

function rawAt(sheet: RawSheet, address: string) {
  const p = parseA1(address);
  return p ? cellAt(sheet, p.row, p.col) : undefined;
}

function finding(
  code: string,
  severity: Finding['severity'],
  message: Text,
  where: { file?: string; sheet?: string; cell?: string },
): Finding {
  return { code, severity, message, ...where };
}

function notBloc(sheet: string): Text {
  return {
    vi: `Trang tính “${sheet}” không phải là trang số liệu cấp Khối (không tìm thấy dấu mẫu). Hãy dùng trang do phần bổ trợ tạo ra.`,
    en: `Sheet "${sheet}" is not a bloc data sheet (no template stamp found). Use the sheet made by the add-in.`,
  };
}

function otherPlan(planId: string, plan: Plan): Text {
  return {
    vi: `Trang số liệu này thuộc kế hoạch “${planId}”, không phải “${plan.shortTitle.vi}”. Hãy chọn đúng trang.`,
    en: `This data sheet belongs to plan "${planId}", not "${plan.shortTitle.en}". Choose the right sheet.`,
  };
}

function newer(version: number): Text {
  return {
    vi: `Trang số liệu phiên bản ${version} mới hơn phiên bản phần bổ trợ đọc được (${CURRENT_TEMPLATE_VERSION}). Hãy cập nhật phần bổ trợ.`,
    en: `The data sheet is version ${version}, newer than this add-in reads (${CURRENT_TEMPLATE_VERSION}). Update the add-in.`,
  };
}

function keysMissing(sheet: string, missing: string[]): Text {
  return {
    vi: `Trang tính “${sheet}” thiếu ${missing.length} dòng khóa (${missing.join(', ')}); có thể các dòng đã bị xóa. Hãy tạo lại trang số liệu và chép số liệu sang.`,
    en: `Sheet "${sheet}" lacks ${missing.length} key rows (${missing.join(', ')}); they may have been deleted. Make the data sheet again and copy the figures over.`,
  };
}

function invalidValue(raw: string, kind: ReportItem['kind'], sheet: string, cell: string): Text {
  const expected: Text =
    kind === 'date'
      ? { vi: 'một ngày dạng dd/mm/yyyy', en: 'a date as dd/mm/yyyy' }
      : kind === 'rank'
        ? { vi: `một thứ hạng từ 1 đến ${formatNumber(MAX_RANK, 'vi')}`, en: `a rank from 1 to ${MAX_RANK}` }
        : { vi: 'một số nguyên không âm', en: 'a whole number, 0 or more' };
  return {
    vi: `Giá trị “${raw}” ở ô ${cell} trang tính “${sheet}” không hợp lệ. Hãy nhập ${expected.vi}.`,
    en: `The value "${raw}" in cell ${cell} of sheet "${sheet}" is invalid. Enter ${expected.en}.`,
  };
}
