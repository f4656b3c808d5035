import { effectivePlan } from '../plan/effective-plan';
import { appliesToUnit } from '../settings/applies-to-unit';
import type { ConsistencyRule, Plan, ReportItem } from '../plan/plan-types';
import type { ItemEntry, ParsedValue, UnitReport } from '../report/report-types';
import type { Settings, Unit } from '../settings/settings-types';
import { formatDate, formatNumber } from '../text';
import type { Finding, IsoDate, Severity, Text } from '../types';
import * as msg from '../messages/messages';
import { meetsTarget } from './target';
import type { ItemVerdict, ReportCheck } from './validate-types';

export type { ItemVerdict, ReportCheck } from './validate-types';

/**
 * Checks a unit's report against the plan's rules (thresholds as overridden in settings):
 * - every entry must be readable as its item's kind and in range ('VALUE.KIND', 'VALUE.RANGE':
 *   errors, the verdict is 'invalid');
 * - required items must be entered ('VALUE.REQUIRED', 'VALUE.PART_MISSING',
 *   'VALUE.NA_ON_REQUIRED': warnings, the verdict is 'not-entered');
 * - entries must agree ('CONSISTENCY.*': a "Có" without its date, the plan's sum rules); a
 *   ratio needs a whole above 0 and a part not above its whole (errors: 1,300 on time of 1,200
 *   dossiers is invalid, not a rate of 108%);
 * - completion dates: not before the scheme's date (`plan.startDate`), not after the report's
 *   year nor its date; a yearly item's within the report's year, a one-off or cumulative item's
 *   from any year since the scheme began (II.4: a model built in 2022 still counts in 2025);
 * - targets ('TARGET.NOT_MET': warning); values on items that do not apply to the unit are
 *   ignored with an info ('TARGET.NOT_APPLICABLE_ENTERED');
 * - the report date ('REPORT.DATE_MISSING', 'REPORT.DATE_FUTURE'; 'REPORT.DATE_RANGE', an
 *   error, when before the scheme's date).
 * Which items apply is `appliesToUnit`'s answer; without `unit`, items that depend on a unit
 * flag apply when any item depending on the same flag was filled in.
 */
export function validateReport(report: UnitReport, plan: Plan, settings: Settings, unit?: Unit): ReportCheck {
  const ep = effectivePlan(plan, settings);
  const check: ReportCheck = { findings: [], verdicts: {}, measures: {} };
  const base = {
    unitCode: unit?.code ?? report.stamp.unitCode,
    sheet: report.source.sheet,
    ...(report.source.file !== undefined ? { file: report.source.file } : {}),
  };
  const entered = new Set(
    ep.items.filter((i) => entryHasContent(report.entries[i.id])).map((i) => i.applicability),
  );
  const applies = (item: ReportItem): boolean =>
    unit ? appliesToUnit(item, unit) : item.applicability === 'all' || entered.has(item.applicability);

  for (const item of ep.items) {
    const ctx = new ItemContext(item, report, ep, check, base);
    const verdict = applies(item) ? checkItem(ctx) : checkNotApplicable(ctx);
    check.verdicts[item.id] = verdict;
    check.measures[item.id] = ctx.measure;
  }
  for (const rule of ep.consistency ?? []) checkSum(rule, ep, report, check, base, applies);
  checkReportDate(report, ep.startDate, settings.asOf, check, base);
  return check;
}

type Base = Pick<Finding, 'unitCode' | 'sheet' | 'file'>;

const BLANK: ParsedValue = { kind: 'blank' };

const hasContent = (v: ParsedValue | undefined): boolean =>
  v !== undefined && v.kind !== 'blank' && v.kind !== 'not-applicable';

const entryHasContent = (e: ItemEntry | undefined): boolean =>
  e !== undefined && (hasContent(e.value) || hasContent(e.den));

/** The value as people read it, for findings' `value` column. */
function shown(v: ParsedValue): string {
  switch (v.kind) {
    case 'blank':
      return '';
    case 'not-applicable':
      return msg.NOT_APPLICABLE_WORDS.vi;
    case 'yes':
      return msg.YES.vi;
    case 'no':
      return msg.NO.vi;
    case 'number':
      return formatNumber(v.n, 'vi', { maxDecimals: 6 });
    case 'date':
      return formatDate(v.iso, 'vi');
    case 'text':
      return v.s;
    case 'invalid':
      return v.raw;
  }
}

/** One item of one report: where its cells are, and how findings about it are recorded. */
class ItemContext {
  readonly entry: ItemEntry | undefined;
  measure: number | undefined;
  constructor(
    readonly item: ReportItem,
    readonly report: UnitReport,
    readonly plan: Plan,
    readonly check: ReportCheck,
    readonly base: Base,
  ) {
    this.entry = report.entries[item.id];
  }
  get value(): ParsedValue {
    return this.entry?.value ?? BLANK;
  }
  where(cell: string | undefined = this.entry?.cell): msg.Where {
    return { ...this.base, ...(cell !== undefined ? { cell } : {}) };
  }
  /** The main value as typed ("95,5%"), falling back to the parsed value. */
  get display(): string {
    return this.entry?.display || shown(this.value);
  }
  add(
    code: string,
    severity: Severity,
    message: Text,
    opts: { cell?: string; value?: string; target?: string } = {},
  ) {
    const cell = 'cell' in opts ? opts.cell : this.entry?.cell;
    this.check.findings.push({
      code,
      severity,
      message,
      itemId: this.item.id,
      ...this.base,
      ...(cell !== undefined ? { cell } : {}),
      value: opts.value ?? this.display,
      ...(opts.target !== undefined ? { target: opts.target } : {}),
    });
  }
}

function checkNotApplicable(ctx: ItemContext): ItemVerdict {
  if (entryHasContent(ctx.entry))
    ctx.add(
      'TARGET.NOT_APPLICABLE_ENTERED',
      'info',
      msg.notApplicableEntered(ctx.item, ctx.display, ctx.where()),
    );
  return 'not-applicable';
}

/** A value read for comparison: a number (counts, percents, ratios as percent) or yes/no. */
type SingleRead =
  { status: 'blank' } | { status: 'invalid' } | { status: 'ok'; compare: number | boolean | undefined };
/** A ratio may also be partly entered (one of its two numbers); that is already reported. */
type Read = SingleRead | { status: 'partial' };

function checkItem(ctx: ItemContext): ItemVerdict {
  const { item } = ctx;
  const naOnly =
    ctx.value.kind === 'not-applicable' && (ctx.entry?.den === undefined || !hasContent(ctx.entry.den));
  if (naOnly) {
    if (!item.required) return 'not-applicable';
    ctx.add('VALUE.NA_ON_REQUIRED', 'warning', msg.valueNaOnRequired(item, ctx.where()));
    return 'not-entered';
  }
  const read =
    item.kind === 'ratio' ? readRatio(ctx) : readSingle(ctx, ctx.value, item.kind, ctx.entry?.cell);
  if (read.status === 'blank') {
    if (item.required)
      ctx.add('VALUE.REQUIRED', 'warning', msg.valueRequired(item, ctx.where()), { value: '' });
    return 'not-entered';
  }
  if (read.status === 'partial') return 'not-entered';
  if (read.status === 'invalid') return 'invalid';
  if (typeof read.compare === 'number') ctx.measure = read.compare;
  checkDate(ctx, read.compare);
  if (item.target === undefined || read.compare === undefined) return 'no-target';
  if (meetsTarget(item.target, read.compare)) return 'met';
  const target = msg.targetText(item) as Text;
  const value = valueWords(ctx, read.compare);
  ctx.add('TARGET.NOT_MET', 'warning', msg.targetNotMet(item, value, target, ctx.where()), {
    value: value.vi,
    target: target.vi,
  });
  return 'not-met';
}

function valueWords(ctx: ItemContext, compare: number | boolean): Text {
  if (typeof compare === 'boolean') return msg.measureText(ctx.item, { yes: compare });
  const { entry } = ctx;
  if (ctx.item.kind === 'ratio' && entry?.value.kind === 'number' && entry.den?.kind === 'number')
    return msg.measureText(ctx.item, { num: entry.value.n, den: entry.den.n });
  return msg.measureText(ctx.item, { n: compare });
}

/** Kinds of parsed value each kind of item takes. */
const ACCEPTS: Record<ReportItem['kind'], ParsedValue['kind'][]> = {
  yesno: ['yes', 'no'],
  count: ['number'],
  percent: ['number'],
  rank: ['number'],
  ratio: ['number'],
  date: ['date'],
  text: ['text', 'number', 'date', 'yes', 'no'],
};

function readSingle(
  ctx: ItemContext,
  v: ParsedValue,
  kind: ReportItem['kind'],
  cell: string | undefined,
): SingleRead {
  const { item } = ctx;
  const where = ctx.where(cell);
  const raw = v.kind === 'invalid' ? v.raw : shown(v);
  const invalid = (message: Text): SingleRead => {
    ctx.add('VALUE.RANGE', 'error', message, { cell, value: raw });
    return { status: 'invalid' };
  };
  if (v.kind === 'blank' || v.kind === 'not-applicable') return { status: 'blank' };
  if (v.kind === 'invalid') {
    ctx.add('VALUE.KIND', 'error', msg.valueKind(item, raw, v.reason, where, kind), { cell, value: raw });
    return { status: 'invalid' };
  }
  if (!ACCEPTS[kind].includes(v.kind)) {
    ctx.add('VALUE.KIND', 'error', msg.valueKind(item, raw, 'wrong-kind', where, kind), { cell, value: raw });
    return { status: 'invalid' };
  }
  switch (v.kind) {
    case 'yes':
    case 'no':
      return { status: 'ok', compare: kind === 'yesno' ? v.kind === 'yes' : undefined };
    case 'number': {
      const n = v.n;
      if (kind === 'percent' && (n < 0 || n > 100))
        return invalid(msg.valueRange(item, raw, { kind: 'percent-range' }, where));
      if ((kind === 'count' || kind === 'ratio' || kind === 'rank') && !Number.isInteger(n))
        return invalid(msg.valueRange(item, raw, { kind: 'not-whole' }, where));
      if ((kind === 'count' || kind === 'ratio') && n < 0)
        return invalid(msg.valueRange(item, raw, { kind: 'negative' }, where));
      if (kind === 'rank' && n < 1)
        return invalid(msg.valueRange(item, raw, { kind: 'rank-below-1' }, where));
      return { status: 'ok', compare: kind === 'text' ? undefined : n };
    }
    case 'date': {
      const problem = kind === 'date' ? dateProblem(ctx, v.iso) : undefined;
      if (problem) return invalid(msg.valueRange(item, raw, problem, where));
      return { status: 'ok', compare: undefined };
    }
    default:
      return { status: 'ok', compare: undefined };
  }
}

/** A ratio: both parts whole and >= 0, the whole above 0; compared as 100 * part / whole. */
function readRatio(ctx: ItemContext): Read {
  const { item, entry } = ctx;
  const numV = ctx.value;
  const denV = entry?.den ?? BLANK;
  const numRead = readSingle(ctx, numV, 'ratio', entry?.cell);
  const denRead = readSingle(ctx, denV, 'ratio', entry?.denCell);
  if (numRead.status === 'invalid' || denRead.status === 'invalid') return { status: 'invalid' };
  if (numRead.status === 'blank' && denRead.status === 'blank') return { status: 'blank' };
  if (numRead.status === 'blank' || denRead.status === 'blank') {
    const missingNum = numRead.status === 'blank';
    const part = (missingNum ? item.ratio?.num : item.ratio?.den) ?? item.label;
    const cell = missingNum ? entry?.cell : entry?.denCell;
    ctx.add('VALUE.PART_MISSING', 'warning', msg.valuePartMissing(item, part, ctx.where(cell)), {
      cell,
      value: '',
    });
    return { status: 'partial' };
  }
  const num = numRead.compare as number;
  const den = denRead.compare as number;
  const value = `${shown(numV)}/${shown(denV)}`;
  if (den === 0) {
    ctx.add('CONSISTENCY.RATIO', 'error', msg.ratioZeroDenominator(item, num, ctx.where(entry?.denCell)), {
      cell: entry?.denCell,
      value,
    });
    return { status: 'invalid' };
  }
  // A part above its whole is a typing error, never a rate above 100% that meets the target.
  if (num > den) {
    ctx.add('CONSISTENCY.RATIO', 'error', msg.ratioExceeds(item, num, den, ctx.where()), { value });
    return { status: 'invalid' };
  }
  return { status: 'ok', compare: (100 * num) / den };
}

/**
 * Why a date cannot be right for this report, if it cannot. Only a yearly item's date is tied to
 * the report's year; a one-off or cumulative item's may be from any year since the scheme began.
 */
function dateProblem(ctx: ItemContext, iso: IsoDate): msg.RangeProblem | undefined {
  const { plan, report, item } = ctx;
  const year = report.stamp.year;
  if (iso < plan.startDate) return { kind: 'date-before-period', start: plan.startDate };
  if (iso > `${year}-12-31`) return { kind: 'date-after-year', year };
  if (report.reportDate !== undefined && iso > report.reportDate)
    return { kind: 'date-after-report', reportDate: report.reportDate };
  if (item.frequency === 'yearly' && iso < `${year}-01-01`) return { kind: 'date-before-year', year };
  return undefined;
}

/**
 * The completion-date column: a valid date in range; with `needsDate`, a "done" answer ("Có",
 * a count above 0) needs a date and a "not done" one should not have one.
 */
function checkDate(ctx: ItemContext, compare: number | boolean | undefined): void {
  const { entry, item } = ctx;
  const date = entry?.date ?? BLANK;
  const cell = entry?.dateCell ?? entry?.cell;
  const where = ctx.where(cell);
  let hasDate = false;
  if (date.kind === 'invalid') {
    ctx.add('VALUE.KIND', 'error', msg.valueKind(item, date.raw, date.reason, where, 'date'), {
      cell,
      value: date.raw,
    });
  } else if (date.kind === 'date') {
    hasDate = true;
    const problem = dateProblem(ctx, date.iso);
    if (problem)
      ctx.add('VALUE.RANGE', 'error', msg.valueRange(item, shown(date), problem, where), {
        cell,
        value: shown(date),
      });
  } else if (date.kind !== 'blank' && date.kind !== 'not-applicable') {
    ctx.add('VALUE.KIND', 'error', msg.valueKind(item, shown(date), 'wrong-kind', where, 'date'), {
      cell,
      value: shown(date),
    });
  }
  if (!item.needsDate) return;
  const done = compare === true || (item.kind === 'count' && typeof compare === 'number' && compare > 0);
  const notDone = compare === false || (item.kind === 'count' && compare === 0);
  if (done && date.kind === 'blank')
    ctx.add('CONSISTENCY.DATE_MISSING', 'warning', msg.dateMissing(item, ctx.display, where), {
      cell,
      value: ctx.display,
    });
  if (notDone && hasDate)
    ctx.add(
      'CONSISTENCY.DATE_WITHOUT_YES',
      'info',
      msg.dateWithoutYes(item, ctx.display, shown(date), where),
      {
        cell,
        value: shown(date),
      },
    );
}

/** The plan's sum rules: parts (blank = 0) must not exceed their whole. Skipped when any is unreadable. */
function checkSum(
  rule: ConsistencyRule,
  plan: Plan,
  report: UnitReport,
  check: ReportCheck,
  base: Base,
  applies: (item: ReportItem) => boolean,
): void {
  const maxItem = plan.items.find((i) => i.id === rule.max);
  const parts = rule.items.map((id) => plan.items.find((i) => i.id === id));
  if (!maxItem || !applies(maxItem) || parts.some((p) => !p || !applies(p))) return;
  if ([rule.max, ...rule.items].some((id) => check.verdicts[id] === 'invalid')) return;
  const numberOf = (id: string): number | undefined => {
    const v = report.entries[id]?.value;
    return v?.kind === 'number' ? v.n : undefined;
  };
  const max = numberOf(rule.max);
  if (max === undefined) return;
  const sum = rule.items.reduce((s, id) => s + (numberOf(id) ?? 0), 0);
  if (sum <= max) return;
  const cell = report.entries[rule.max]?.cell;
  const where = { ...base, ...(cell !== undefined ? { cell } : {}) };
  check.findings.push({
    code: 'CONSISTENCY.SUM_EXCEEDS',
    severity: 'warning',
    message: msg.sumExceeds(rule, sum, maxItem, max, where),
    itemId: rule.max,
    ...where,
    value: formatNumber(sum, 'vi'),
    target: `≤ ${formatNumber(max, 'vi')}`,
  });
}

function checkReportDate(
  report: UnitReport,
  start: IsoDate,
  asOf: IsoDate,
  check: ReportCheck,
  base: Base,
): void {
  const where: msg.Where = base;
  if (report.reportDate !== undefined && report.reportDate < start) {
    check.findings.push({
      code: 'REPORT.DATE_RANGE',
      severity: 'error',
      message: msg.reportDateBeforeStart(report.reportDate, start, where),
      ...base,
      value: formatDate(report.reportDate, 'vi'),
    });
  } else if (report.reportDate === undefined) {
    check.findings.push({
      code: 'REPORT.DATE_MISSING',
      severity: 'warning',
      message: msg.reportDateMissing(where),
      ...base,
    });
  } else if (report.reportDate > asOf) {
    check.findings.push({
      code: 'REPORT.DATE_FUTURE',
      severity: 'warning',
      message: msg.reportDateFuture(report.reportDate, asOf, where),
      ...base,
      value: formatDate(report.reportDate, 'vi'),
    });
  }
}
