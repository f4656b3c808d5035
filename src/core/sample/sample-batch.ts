import { yearlyDue } from '../milestones/milestone-status';
import { appliesToUnit } from '../settings/applies-to-unit';
import { unitNameIn } from '../settings/org-names';
import { parseMonthDay } from '../plan/effective-plan';
import type { Milestone, Plan, ReportItem, TargetRule } from '../plan/plan-types';
import type { Unit } from '../settings/settings-types';
import { isActive } from '../settings/units-active';
import type { FillValue, ReportFill, ReportFillEntry } from '../template/report-template';
import { CURRENT_TEMPLATE_VERSION, OLDEST_TEMPLATE_VERSION } from '../template/template-versions';
import { addDays, compareIso, convertUnicodeToTcvn3, daysBetween, formatNumber, isoParts } from '../text';
import type { IsoDate, Severity } from '../types';
import { reportFileName } from './report-file-name';
import { createRandom } from './seeded-random';
import type { Random } from './seeded-random';

/**
 * The sample-data model: which fictitious unit reports what, when, and with which of the faults
 * real batches have. Pure and seeded: the same options give the same batch, so the files the
 * CLI writes from it are byte-identical run after run, and every injected fault is listed with
 * the finding the checks must produce, for tests. Values are drawn by item kind and target, so
 * the model follows the plan's data rather than naming its items.
 */

export interface SampleOptions {
  plan: Plan;
  /** The batch's units (see sampleUnitList). */
  units: readonly Unit[];
  /** Reporting years; the last one is the year "just closed". */
  years: readonly number[];
  seed: number;
  /** The yearly report deadline 'MM-DD' (settings.reportDeadline). */
  reportDeadline: string;
}

/** What a fault is; each kind appears in every batch large enough to hold it. */
export type DefectKind =
  /** A percent above 100 ("120"): an error where it was typed. */
  | 'percent-out-of-range'
  /** A negative count ("-1"): an error where it was typed. */
  | 'negative-count'
  /** "95,5%" typed as text: read as 95.5, no error. */
  | 'percent-as-text'
  /** "x" for "Có": read as yes, no error. */
  | 'yes-as-x'
  /** A count typed as text ("2"): read as 2, no error. */
  | 'number-as-text'
  /** A date typed as text "15-01-2022": read as the date, no error. */
  | 'date-as-text'
  /** The unit name in decomposed Unicode (NFD): read as the same name. */
  | 'decomposed-unit-name'
  /** The preparer's name typed in TCVN3: read converted, with a warning. */
  | 'tcvn3-preparer'
  /** A note typed in TCVN3: read converted, with a warning. */
  | 'tcvn3-note'
  /** The 2022 template (version 1): read through the old layout, with an info. */
  | 'old-template'
  /** Sent after the report deadline: the report milestone is done late. */
  | 'late'
  /** A first file later corrected: a required value left blank, a warning. */
  | 'duplicate-first'
  /** The corrected second file of the same unit and year, with a later report date. */
  | 'duplicate-correction'
  /** A renamed unit reporting under its old name (matched by its code). */
  | 'renamed'
  /** A unit merged into another reporting after the merger (counts for the unit it joined). */
  | 'merged';

/** Where a fault sits: an item's cell, a header field, or the file as a whole. */
export type DefectPlace =
  | { itemId: string; part: 'value' | 'num' | 'den' | 'date' | 'note' }
  | { field: 'unitName' | 'preparer' | 'reportDate' }
  | { file: true };

export interface InjectedDefect {
  kind: DefectKind;
  place: DefectPlace;
  /** The value as written into the cell. */
  raw?: string | number;
  /**
   * The finding the checks must report at that place; absent when the input must be read
   * without an error (the tolerance of parse-value is what is tested then).
   */
  expect?: { code: string; severity: Severity };
}

export type SampleRole = 'report' | 'duplicate-first' | 'duplicate-correction' | 'renamed' | 'merged';

export interface SampleReport {
  fileName: string;
  /** The unit whose template the file is (its code is stamped in the sheet). */
  unit: Unit;
  year: number;
  templateVersion: number;
  reportDate: IsoDate;
  /** Sent after the report deadline. */
  late: boolean;
  role: SampleRole;
  fill: ReportFill;
  defects: InjectedDefect[];
}

/** The consolidating office's own figures: what the bloc input sheet is filled with. */
export interface SampleBlocData {
  /** The sheet's year (the batch's last year); it holds every year from the plan's first. */
  year: number;
  /** Province index ranks by year, then indicator id. */
  ranks: Record<number, Record<string, number>>;
  /** Bloc item counts by year, then item id. */
  counts: Record<number, Record<string, number>>;
  /** Completion dates of yearly bloc milestones by year, then the item id they are recorded under. */
  yearlyDone: Record<number, Record<string, IsoDate>>;
  /** Completion dates of one-off bloc milestones by milestone id (absent = not done yet). */
  onceDone: Record<string, IsoDate>;
}

export interface SampleBatch {
  /** The day after the last year closes: every report of the batch is dated before it. */
  asOf: IsoDate;
  units: Unit[];
  years: number[];
  /** Every file, in file-name order. */
  reports: SampleReport[];
  /** Units active in a year that sent nothing, by year. */
  notReported: Record<number, string[]>;
  bloc: SampleBlocData;
}

// --- People and words ---------------------------------------------------------------------------

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Hồ', 'Đinh', 'Thái'];
const MIDDLE_F = ['Thị', 'Thị Thu', 'Thị Minh', 'Ngọc', 'Thị Thanh', 'Hoài'];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Hữu', 'Quang', 'Xuân', 'Đình'];
const GIVEN_F = [
  'Hoa',
  'Lan',
  'Hương',
  'Thảo',
  'Hà',
  'Phương',
  'Thủy',
  'Nga',
  'Trang',
  'Yến',
  'Loan',
  'Hằng',
];
const GIVEN_M = [
  'Hùng',
  'Tuấn',
  'Dũng',
  'Nam',
  'Khánh',
  'Sơn',
  'Thắng',
  'Long',
  'Cường',
  'Hải',
  'Trung',
  'Vinh',
];

const NOTES = [
  'Số liệu tính đến ngày 30/11',
  'Theo Hệ thống thông tin giải quyết thủ tục hành chính tỉnh',
  'Đã tổ chức lồng ghép với sinh hoạt chi bộ định kỳ',
  'Phối hợp với Công đoàn cơ sở tổ chức',
  'Mô hình được cấp ủy cấp trên biểu dương',
];
/** The note typed in a legacy font (converted to TCVN3 when injected). */
const LEGACY_NOTE = 'Đã tổ chức hội nghị sơ kết, biểu dương tập thể và cá nhân điển hình';

// --- Province ranks -------------------------------------------------------------------------------

/**
 * Nghệ An's published ranks (DOMAIN.md, public reporting): PAR INDEX 17/16/15 (2021-2023), SIPAS
 * 35/14/12, PCI 30/23/44, PAPI 15/17 (2021-2022). Later years are invented, plausibly, and are
 * sample data only.
 */
const KNOWN_RANKS: Record<string, Record<number, number>> = {
  par_index: { 2021: 17, 2022: 16, 2023: 15, 2024: 13, 2025: 12 },
  sipas: { 2021: 35, 2022: 14, 2023: 12, 2024: 10, 2025: 11 },
  pci: { 2021: 30, 2022: 23, 2023: 44, 2024: 29, 2025: 24 },
  papi: { 2021: 15, 2022: 17, 2023: 20, 2024: 16, 2025: 14 },
};

// --- The model --------------------------------------------------------------------------------------

interface UnitProfile {
  /** Chance that an item with a target is missed in the plan's first year (lower later). */
  missRate: number;
  preparer: string;
  /** When the unit did each one-off item (its answer is "Có" in reports dated after it). */
  doneOn: Record<string, IsoDate>;
}

export function sampleBatch(o: SampleOptions): SampleBatch {
  const { plan } = o;
  const years = [...new Set(o.years)].sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) throw new Error('sampleBatch: no years');
  const asOf = `${String(last + 1).padStart(4, '0')}-01-01`;
  const rng = createRandom(o.seed);
  const units = o.units.map((u) => ({ ...u, aliases: [...u.aliases] }));
  const profiles = new Map(units.map((u) => [u.code, profileOf(plan, u, rng.fork(`unit:${u.code}`))]));
  const model = new ReportModel(plan, o.reportDeadline, asOf);

  const reports: SampleReport[] = [];
  const notReported: Record<number, string[]> = {};
  // Duplicates: one in the last year and one in the year before (two in all), where there is one.
  const duplicateYears = years.length > 1 ? [years[years.length - 2] as number, last] : [last, last];

  for (const year of years) {
    const yr = rng.fork(`year:${year}`);
    const active = units.filter((u) => isActive(u, year));
    // A unit merged away reports once more, the year after its last, with its own old template;
    // the unit it joined sends nothing itself that year (the merged body's report stands for it).
    // One such mistake a batch (the first merger in the list): the other units merged away
    // simply stop reporting, as most do.
    const mergedAway = (u: Unit): boolean =>
      u.mergedInto !== undefined && u.activeTo === year - 1 && active.some((a) => a.code === u.mergedInto);
    const mergedSenders = units.filter(mergedAway).slice(0, 1);
    const coveredByMerge = new Set(mergedSenders.map((u) => u.mergedInto as string));
    // The renamed unit: the first with a former name, in the last year, still using that name.
    const renamed = year === last ? active.find((u) => u.aliases.length > 0) : undefined;

    const pool = yr.shuffle(active.filter((u) => !coveredByMerge.has(u.code) && u !== renamed));
    const count = (share: number) => Math.max(1, Math.round(share * active.length));
    const missing = pool.slice(0, Math.min(count(0.05), Math.max(0, pool.length - 2)));
    const reporters = pool.slice(missing.length);
    notReported[year] = missing.map((u) => u.code).sort();
    const late = new Set(reporters.slice(0, count(0.08)).map((u) => u.code));
    const oldShare = year === plan.firstYear ? 0.15 : year === plan.firstYear + 1 ? 0.08 : 0;
    const old = new Set(
      oldShare > 0 ? reporters.slice(late.size, late.size + count(oldShare)).map((u) => u.code) : [],
    );

    const yearReports: SampleReport[] = [];
    const add = (unit: Unit, role: SampleRole, writtenName: string, r: Random): SampleReport => {
      const isLate = late.has(unit.code);
      const reportDate = model.reportDate(year, isLate, r);
      const version = old.has(unit.code) ? OLDEST_TEMPLATE_VERSION : CURRENT_TEMPLATE_VERSION;
      const profile = profiles.get(unit.code) as UnitProfile;
      const report: SampleReport = {
        fileName: reportFileName(year, unit.code, writtenName),
        unit,
        year,
        templateVersion: version,
        reportDate,
        late: isLate,
        role,
        fill: {
          unitName: writtenName,
          reportDate,
          preparer: profile.preparer,
          values: model.values(unit, year, reportDate, profile, r),
        },
        defects: [],
      };
      if (isLate) report.defects.push({ kind: 'late', place: { field: 'reportDate' }, raw: reportDate });
      if (version !== CURRENT_TEMPLATE_VERSION)
        report.defects.push({
          kind: 'old-template',
          place: { file: true },
          raw: version,
          expect: { code: 'TEMPLATE.OLD_VERSION', severity: 'info' },
        });
      yearReports.push(report);
      return report;
    };

    // A unit writes the name it bore that year (a renamed unit's 2021 report carries its old name).
    for (const unit of reporters) add(unit, 'report', unitNameIn(unit, year), yr.fork(unit.code));
    if (renamed) {
      const r = add(renamed, 'renamed', renamed.aliases[0] as string, yr.fork(renamed.code));
      r.defects.push({ kind: 'renamed', place: { field: 'unitName' }, raw: renamed.aliases[0] as string });
    }
    for (const unit of mergedSenders) {
      const r = add(unit, 'merged', unit.name, yr.fork(unit.code));
      r.defects.push({ kind: 'merged', place: { file: true }, raw: unit.mergedInto as string });
    }

    // Faults in cells, each in a different plain report where the batch is large enough.
    const plain = yr.shuffle(yearReports.filter((r) => r.templateVersion === CURRENT_TEMPLATE_VERSION));
    let next = 0;
    const take = (ok: (r: SampleReport) => boolean): SampleReport | undefined => {
      for (let i = 0; i < plain.length; i++) {
        const r = plain[(next + i) % plain.length] as SampleReport;
        if (r.role === 'report' && ok(r)) {
          next = (next + i + 1) % Math.max(1, plain.length);
          return r;
        }
      }
      return undefined;
    };
    // Duplicates first: they need a clean, on-time report to start from.
    const times = duplicateYears.filter((y) => y === year).length;
    for (let i = 0; i < times; i++) {
      const original = take(
        (r) => !r.late && r.defects.length === 0 && firstRequiredCount(plan, r) !== undefined,
      );
      if (original) yearReports.push(duplicatePair(plan, original, model, yr));
    }
    for (const inject of INJECTIONS) {
      if (inject.onlyLastYear && year !== last) continue;
      const target = take((r) => inject.fits(plan, r));
      if (target) inject.apply(plan, target);
    }
    reports.push(...yearReports);
  }

  reports.sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  return { asOf, units, years, reports, notReported, bloc: blocData(plan, last, asOf, rng.fork('bloc')) };
}

function profileOf(plan: Plan, unit: Unit, r: Random): UnitProfile {
  const roll = r.next();
  const missRate = roll < 0.7 ? 0.012 : roll < 0.95 ? 0.06 : 0.22;
  const female = r.chance(0.55);
  const preparer = [
    r.pick(FAMILY),
    r.pick(female ? MIDDLE_F : MIDDLE_M),
    r.pick(female ? GIVEN_F : GIVEN_M),
  ].join(' ');
  const doneOn: Record<string, IsoDate> = {};
  // One-off items and the first of a cumulative count (II.4's first model) are done once.
  for (const item of plan.items.filter((i) => i.frequency !== 'yearly')) {
    const due = onceDue(plan, item) ?? `${plan.firstYear + 1}-06-30`;
    // Most units finish in the months before the deadline, none before the plan was issued
    // (October of its first year); some weeks or months after it.
    const start = addDays(`${plan.firstYear}-10-15`, r.int(0, 30));
    const early = addDays(due, -r.int(5, 330));
    doneOn[item.id] = r.chance(0.85)
      ? compareIso(early, start) < 0
        ? start
        : early
      : addDays(due, r.int(5, 240));
  }
  return { missRate, preparer, doneOn };
}

/** The due date of the unit milestone an item completes, for one-off milestones. */
function onceDue(plan: Plan, item: ReportItem): IsoDate | undefined {
  const m = unitMilestoneOf(plan, item.id);
  return m?.schedule.kind === 'once' ? m.schedule.due : undefined;
}

function unitMilestoneOf(plan: Plan, itemId: string): Milestone | undefined {
  return plan.milestones.find(
    (m) => m.who === 'unit' && m.doneBy.kind === 'item-date' && m.doneBy.itemId === itemId,
  );
}

const applies = appliesToUnit;

/** Draws dates and values for one report. */
class ReportModel {
  private readonly sumParts: Set<string>;
  constructor(
    private readonly plan: Plan,
    private readonly deadline: string,
    private readonly asOf: IsoDate,
  ) {
    this.sumParts = new Set((plan.consistency ?? []).flatMap((c) => c.items));
  }

  deadlineOf(year: number): IsoDate {
    const md = parseMonthDay(this.deadline) ?? { month: 12, day: 15 };
    return yearlyDue(year, md.month, md.day);
  }

  /** On time: within the 3 weeks before the deadline; late: up to 2 weeks after it. */
  reportDate(year: number, late: boolean, r: Random): IsoDate {
    const due = this.deadlineOf(year);
    const date = late ? addDays(due, r.int(1, 14)) : addDays(due, -r.int(0, 21));
    return compareIso(date, this.asOf) > 0 ? this.asOf : date;
  }

  /** A rate of missing targets that falls as the plan goes on (units learn). */
  private missRate(profile: UnitProfile, year: number): number {
    const factor = Math.max(0.35, 1.8 - 0.35 * (year - this.plan.firstYear));
    return Math.min(0.9, profile.missRate * factor);
  }

  values(
    unit: Unit,
    year: number,
    reportDate: IsoDate,
    profile: UnitProfile,
    r: Random,
  ): Record<string, ReportFillEntry> {
    const out: Record<string, ReportFillEntry> = {};
    const miss = this.missRate(profile, year);
    for (const item of this.plan.items) {
      if (!applies(item, unit) || this.sumParts.has(item.id)) continue;
      const entry = this.entry(item, year, reportDate, profile, miss, r);
      if (entry) out[item.id] = entry;
    }
    // Parts of a sum rule share out their whole, so the report is consistent (sum <= whole).
    for (const rule of this.plan.consistency ?? []) {
      const whole = out[rule.max]?.value;
      let left = typeof whole === 'number' ? Math.max(0, whole - (r.chance(0.3) ? 1 : 0)) : 0;
      const parts: Record<string, number> = Object.fromEntries(rule.items.map((id) => [id, 0]));
      while (left-- > 0) {
        const id = r.pick(rule.items);
        parts[id] = (parts[id] ?? 0) + 1;
      }
      for (const id of rule.items) {
        const item = this.plan.items.find((i) => i.id === id);
        if (item && applies(item, unit)) out[id] = { value: parts[id] ?? 0 };
      }
    }
    if (r.chance(0.25)) {
      const withNotes = this.plan.items.filter((i) => applies(i, unit) && out[i.id] !== undefined);
      const item = withNotes.length > 0 ? r.pick(withNotes) : undefined;
      if (item) (out[item.id] as ReportFillEntry).note = r.pick(NOTES);
    }
    return out;
  }

  private entry(
    item: ReportItem,
    year: number,
    reportDate: IsoDate,
    profile: UnitProfile,
    miss: number,
    r: Random,
  ): ReportFillEntry | undefined {
    const rule = item.target;
    switch (item.kind) {
      case 'yesno': {
        if (item.frequency === 'once') {
          const done = profile.doneOn[item.id];
          const yes = done !== undefined && compareIso(done, reportDate) < 0;
          return {
            value: yes,
            ...(yes && item.needsDate ? { date: done } : {}),
          };
        }
        const yes = rule ? !r.chance(miss) : r.chance(0.92);
        if (!rule && r.chance(0.02)) return undefined;
        return {
          value: yes,
          ...(yes && item.needsDate ? { date: this.doneDate(item, year, reportDate, r) } : {}),
        };
      }
      case 'count': {
        const n = rule
          ? countFor(rule, r.chance(miss), r)
          : r.int(0, item.id.includes('individual') ? 15 : 5);
        return {
          value: n,
          ...(n > 0 && item.needsDate ? { date: this.countDate(item, year, reportDate, profile, r) } : {}),
        };
      }
      case 'percent': {
        const n = rule ? percentFor(rule, r.chance(miss), r) : round1(r.between(80, 99.5));
        return { value: n };
      }
      case 'ratio': {
        const den = r.chance(0.3) ? r.int(1000, 6000) : r.int(30, 999);
        const num = rule ? ratioNumerator(rule, den, r.chance(miss), r) : r.int(0, den);
        return { value: num, den };
      }
      case 'date':
        return { value: this.doneDate(item, year, reportDate, r) };
      default:
        return undefined;
    }
  }

  /**
   * The date beside a count: a cumulative count's is when the first was done (in an earlier
   * year, as every later report repeats it), else this year's.
   */
  private countDate(
    item: ReportItem,
    year: number,
    reportDate: IsoDate,
    profile: UnitProfile,
    r: Random,
  ): IsoDate {
    const first = item.frequency === 'cumulative' ? profile.doneOn[item.id] : undefined;
    return first !== undefined && compareIso(first, reportDate) < 0
      ? first
      : this.doneDate(item, year, reportDate, r);
  }

  /**
   * When a yearly item was done: around its milestone's due date in the year (mostly before it,
   * sometimes after), never after the report date nor outside the year, nor before the scheme.
   */
  private doneDate(item: ReportItem, year: number, reportDate: IsoDate, r: Random): IsoDate {
    const m = unitMilestoneOf(this.plan, item.id);
    const s = m?.schedule;
    const due = s?.kind === 'yearly' ? yearlyDue(year, s.month, s.day) : `${year}-09-30`;
    let date = r.chance(0.88) ? addDays(due, -r.int(0, 40)) : addDays(due, r.int(1, 25));
    const latest = addDays(reportDate, -r.int(1, 10));
    if (compareIso(date, latest) > 0) date = latest;
    if (compareIso(date, `${year}-12-31`) > 0) date = `${year}-12-31`;
    const yearStart: IsoDate = `${year}-01-02`;
    const earliest = compareIso(yearStart, this.plan.startDate) < 0 ? this.plan.startDate : yearStart;
    if (compareIso(date, earliest) < 0) date = earliest;
    return date;
  }
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** A count meeting (or, when `missed`, missing) a numeric target. */
function countFor(rule: TargetRule, missed: boolean, r: Random): number {
  switch (rule.op) {
    case '=':
      return missed ? (rule.value > 0 && r.chance(0.5) ? rule.value - 1 : rule.value + 1) : rule.value;
    case 'between':
      return missed
        ? rule.min > 0 && r.chance(0.4)
          ? rule.min - 1
          : rule.max + 1
        : r.int(rule.min, rule.max);
    case '>=':
      return missed ? Math.max(0, rule.value - 1) : rule.value + (r.chance(0.5) ? 0 : r.int(1, 2));
    case '>':
      return missed ? rule.value : rule.value + r.int(1, 3);
    case '<=':
      return missed ? rule.value + 1 : Math.max(0, rule.value - r.int(0, 1));
    case '<':
      return missed ? rule.value : Math.max(0, rule.value - 1);
    case 'yes':
      return missed ? 0 : 1;
  }
}

/** A percent around a threshold: above it mostly (up to 99.5), a few points under it when missed. */
function percentFor(rule: TargetRule, missed: boolean, r: Random): number {
  const t = rule.op === 'between' ? rule.min : rule.op === 'yes' ? 50 : rule.value;
  if (missed) return round1(Math.max(0, t - r.between(0.1, 4)));
  const low = Math.min(99.5, t + 0.5);
  return round1(r.between(low, Math.max(low, 99.5)));
}

/** A numerator giving a rate that meets (or misses) a threshold in percent. */
function ratioNumerator(rule: TargetRule, den: number, missed: boolean, r: Random): number {
  const t = rule.op === 'between' ? rule.min : rule.op === 'yes' ? 100 : rule.value;
  if (t >= 100) return missed ? Math.max(0, den - r.int(1, 3)) : den;
  if (missed) return Math.max(0, Math.ceil((den * t) / 100) - r.int(1, Math.max(1, Math.round(den * 0.03))));
  return r.chance(0.35) ? den : r.int(Math.ceil((den * t) / 100), den);
}

// --- Faults ------------------------------------------------------------------------------------------

interface Injection {
  kind: DefectKind;
  onlyLastYear?: boolean;
  fits(plan: Plan, r: SampleReport): boolean;
  apply(plan: Plan, r: SampleReport): void;
}

/** The first item of the report matching `pick` that was filled in. */
function filledItem(plan: Plan, r: SampleReport, pick: (i: ReportItem) => boolean): ReportItem | undefined {
  return plan.items.find(
    (i) => pick(i) && r.fill.values[i.id]?.value !== undefined && r.fill.values[i.id]?.value !== null,
  );
}

const withTarget = (kind: ReportItem['kind']) => (i: ReportItem) => i.kind === kind && i.target !== undefined;
const countNoDate = (i: ReportItem) => i.kind === 'count' && i.target?.op === '>=' && !i.needsDate;
const datedYes = (plan: Plan, r: SampleReport) =>
  plan.items.find((i) => i.kind === 'yesno' && i.needsDate && typeof r.fill.values[i.id]?.date === 'string');

function setValue(r: SampleReport, itemId: string, patch: Partial<ReportFillEntry>): void {
  r.fill.values[itemId] = { ...r.fill.values[itemId], ...patch };
}

/** Forms the core reads and the template's formulas do not: the reader warns at the cell. */
const NORMALISED = { code: 'VALUE.NORMALISED', severity: 'warning' } as const;

const INJECTIONS: Injection[] = [
  {
    kind: 'percent-out-of-range',
    fits: (plan, r) => filledItem(plan, r, withTarget('percent')) !== undefined,
    apply(plan, r) {
      const item = filledItem(plan, r, withTarget('percent')) as ReportItem;
      setValue(r, item.id, { value: 120 });
      r.defects.push({
        kind: 'percent-out-of-range',
        place: { itemId: item.id, part: 'value' },
        raw: 120,
        expect: { code: 'VALUE.RANGE', severity: 'error' },
      });
    },
  },
  {
    kind: 'negative-count',
    fits: (plan, r) => filledItem(plan, r, countNoDate) !== undefined,
    apply(plan, r) {
      const item = filledItem(plan, r, countNoDate) as ReportItem;
      setValue(r, item.id, { value: -1 });
      r.defects.push({
        kind: 'negative-count',
        place: { itemId: item.id, part: 'value' },
        raw: -1,
        expect: { code: 'VALUE.RANGE', severity: 'error' },
      });
    },
  },
  {
    kind: 'percent-as-text',
    fits: (plan, r) => filledItem(plan, r, withTarget('percent')) !== undefined,
    apply(plan, r) {
      const item = filledItem(plan, r, withTarget('percent')) as ReportItem;
      const n = r.fill.values[item.id]?.value;
      const raw = `${formatNumber(typeof n === 'number' ? n : 95.5, 'vi', { maxDecimals: 1 })}%`;
      setValue(r, item.id, { value: raw });
      r.defects.push({
        kind: 'percent-as-text',
        place: { itemId: item.id, part: 'value' },
        raw,
        expect: NORMALISED,
      });
    },
  },
  {
    kind: 'yes-as-x',
    fits: (plan, r) => yearlyYes(plan, r) !== undefined,
    apply(plan, r) {
      const item = yearlyYes(plan, r) as ReportItem;
      setValue(r, item.id, { value: 'x' });
      r.defects.push({
        kind: 'yes-as-x',
        place: { itemId: item.id, part: 'value' },
        raw: 'x',
        expect: NORMALISED,
      });
    },
  },
  {
    kind: 'number-as-text',
    fits: (plan, r) => filledItem(plan, r, (i) => i.kind === 'count' && i.target !== undefined) !== undefined,
    apply(plan, r) {
      const item = filledItem(plan, r, (i) => i.kind === 'count' && i.target !== undefined) as ReportItem;
      const raw = String(r.fill.values[item.id]?.value as FillValue);
      setValue(r, item.id, { value: raw });
      r.defects.push({
        kind: 'number-as-text',
        place: { itemId: item.id, part: 'value' },
        raw,
        expect: NORMALISED,
      });
    },
  },
  {
    kind: 'date-as-text',
    fits: (plan, r) => datedYes(plan, r) !== undefined,
    apply(plan, r) {
      const item = datedYes(plan, r) as ReportItem;
      const iso = r.fill.values[item.id]?.date as string;
      const p = isoParts(iso);
      const raw = p ? `${pad(p.day)}-${pad(p.month)}-${p.year}` : iso;
      setValue(r, item.id, { date: raw });
      r.defects.push({
        kind: 'date-as-text',
        place: { itemId: item.id, part: 'date' },
        raw,
        expect: NORMALISED,
      });
    },
  },
  {
    kind: 'decomposed-unit-name',
    fits: () => true,
    apply(_plan, r) {
      const raw = (r.fill.unitName ?? r.unit.name).normalize('NFD');
      r.fill.unitName = raw;
      r.defects.push({ kind: 'decomposed-unit-name', place: { field: 'unitName' }, raw });
    },
  },
  {
    kind: 'tcvn3-preparer',
    fits: (_plan, r) => r.fill.preparer !== undefined,
    apply(_plan, r) {
      const raw = convertUnicodeToTcvn3(r.fill.preparer as string);
      r.fill.preparer = raw;
      r.defects.push({
        kind: 'tcvn3-preparer',
        place: { field: 'preparer' },
        raw,
        expect: { code: 'TEXT.LEGACY_ENCODING', severity: 'warning' },
      });
    },
  },
  {
    kind: 'tcvn3-note',
    onlyLastYear: true,
    fits: (plan, r) => reviewItem(plan, r) !== undefined,
    apply(plan, r) {
      const item = reviewItem(plan, r) as ReportItem;
      const raw = convertUnicodeToTcvn3(LEGACY_NOTE);
      setValue(r, item.id, { note: raw });
      r.defects.push({
        kind: 'tcvn3-note',
        place: { itemId: item.id, part: 'note' },
        raw,
        expect: { code: 'TEXT.LEGACY_ENCODING', severity: 'warning' },
      });
    },
  },
];

/** A yearly yes/no item with a target that the report answers "Có". */
function yearlyYes(plan: Plan, r: SampleReport): ReportItem | undefined {
  return plan.items.find(
    (i) =>
      i.kind === 'yesno' &&
      i.frequency === 'yearly' &&
      i.target?.op === 'yes' &&
      r.fill.values[i.id]?.value === true,
  );
}

/** The last dated yearly yes/no item filled in (the yearly review, in Đề án 04): where a note goes. */
function reviewItem(plan: Plan, r: SampleReport): ReportItem | undefined {
  return [...plan.items]
    .reverse()
    .find(
      (i) =>
        i.kind === 'yesno' &&
        i.frequency === 'yearly' &&
        i.needsDate &&
        r.fill.values[i.id]?.value !== undefined,
    );
}

/** A required count item the report filled in: what the first of a duplicate pair leaves blank. */
function firstRequiredCount(plan: Plan, r: SampleReport): ReportItem | undefined {
  return filledItem(plan, r, (i) => i.kind === 'count' && i.required && !i.needsDate);
}

/**
 * A unit sends its report, then a corrected one: the first leaves a required value blank and is
 * dated earlier; the second is the complete report with a later date (and wins the duplicate rule).
 */
function duplicatePair(plan: Plan, original: SampleReport, model: ReportModel, r: Random): SampleReport {
  const item = firstRequiredCount(plan, original) as ReportItem;
  const due = model.deadlineOf(original.year);
  const firstDate = addDays(due, -r.int(12, 20));
  const secondDate = addDays(firstDate, r.int(3, 8));
  original.role = 'duplicate-first';
  original.reportDate = firstDate;
  original.fill.reportDate = firstDate;
  // Completion dates must not fall after the (now earlier) first report date, in either file.
  for (const [id, entry] of Object.entries(original.fill.values)) {
    if (typeof entry.date === 'string' && compareIso(entry.date, firstDate) >= 0)
      original.fill.values[id] = { ...entry, date: addDays(firstDate, -1) };
  }
  const corrected: SampleReport = {
    ...original,
    fileName: reportFileName(original.year, original.unit.code, original.unit.name, 'lan-2'),
    reportDate: secondDate,
    role: 'duplicate-correction',
    fill: { ...original.fill, reportDate: secondDate, values: { ...original.fill.values } },
    defects: [{ kind: 'duplicate-correction', place: { file: true }, raw: original.fileName }],
  };
  setValue(original, item.id, { value: null });
  original.defects.push({
    kind: 'duplicate-first',
    place: { itemId: item.id, part: 'value' },
    expect: { code: 'VALUE.REQUIRED', severity: 'warning' },
  });
  return corrected;
}

const pad = (n: number): string => String(n).padStart(2, '0');

// --- The bloc's own data ------------------------------------------------------------------------------

function blocData(plan: Plan, year: number, asOf: IsoDate, r: Random): SampleBlocData {
  const years = Array.from({ length: Math.max(0, year - plan.firstYear + 1) }, (_, i) => plan.firstYear + i);
  const ranks: SampleBlocData['ranks'] = {};
  const counts: SampleBlocData['counts'] = {};
  const yearlyDone: SampleBlocData['yearlyDone'] = {};
  const previous: Record<string, number> = {};
  for (const y of years) {
    ranks[y] = {};
    for (const ind of plan.provinceIndicators) {
      const known = KNOWN_RANKS[ind.id]?.[y];
      const drift =
        previous[ind.id] === undefined ? r.int(10, 40) : (previous[ind.id] as number) + r.int(-4, 3);
      const rank = known ?? Math.min(63, Math.max(1, drift));
      (ranks[y] as Record<string, number>)[ind.id] = rank;
      previous[ind.id] = rank;
    }
    counts[y] = {};
    for (const item of plan.blocItems.filter((i) => i.kind === 'count')) {
      const rule = item.target;
      (counts[y] as Record<string, number>)[item.id] = rule ? countFor(rule, r.chance(0.2), r) : r.int(1, 3);
    }
    yearlyDone[y] = {};
    for (const m of plan.milestones.filter((x) => x.who === 'bloc' && x.schedule.kind === 'yearly')) {
      const s = m.schedule as Extract<Milestone['schedule'], { kind: 'yearly' }>;
      if (y < s.fromYear || (s.toYear !== undefined && y > s.toYear)) continue;
      const id = m.doneBy.kind === 'report-date' ? m.id : m.doneBy.itemId;
      (yearlyDone[y] as Record<string, IsoDate>)[id] = addDays(yearlyDue(y, s.month, s.day), -r.int(10, 60));
    }
  }
  const onceDone: Record<string, IsoDate> = {};
  for (const m of plan.milestones.filter((x) => x.who === 'bloc' && x.schedule.kind === 'once')) {
    const due = (m.schedule as { due: IsoDate }).due;
    if (compareIso(due, `${year}-12-31`) > 0) continue;
    // Mostly on time; now and then late; the last one sometimes not done by the as-of date.
    const roll = r.next();
    if (roll < 0.08 && daysBetween(due, asOf) < 30) continue;
    const done = roll < 0.8 ? addDays(due, -r.int(2, 30)) : addDays(due, r.int(5, 25));
    onceDone[m.id] = compareIso(done, asOf) >= 0 ? addDays(asOf, -1) : done;
  }
  return { year, ranks, counts, yearlyDone, onceDone };
}
