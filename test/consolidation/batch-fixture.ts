/**
 * One batch of unit reports holding every case the consolidation must tell apart: a duplicate,
 * an unknown unit, a renamed unit (reporting under its old name and an old code), a merged unit
 * (reporting for a year after the merge), units that did not report, an old template (v1), a
 * report of another year and a broken file. The core test builds UnitReports from it; the
 * file-level test writes real .xlsx files from it. Both check the same expected verdicts, and
 * both recompute the totals from `values` below, never from the core's output.
 */
import type { Plan, ReportItem } from '../../src/core/plan/plan-types';
import type { ItemEntry, UnitReport } from '../../src/core/report/report-types';
import type { Settings, Unit } from '../../src/core/settings/settings-types';
import { consolidate } from '../../src/core/consolidate/consolidate';
import type {
  Consolidation,
  ConsolidationInput,
  SourceInput,
  SourceVerdict,
} from '../../src/core/consolidate/consolidate-types';
import type { FillValue, ReportFillEntry } from '../../src/core/template/report-template';
import type { IsoDate } from '../../src/core/types';
import { deAn04 } from '../../src/plans/de-an-04/plan';
import { aReport, anEntry, settingsAsOf } from '../builders';

export const PLAN: Plan = deAn04;
export const YEAR = 2025;
export const AS_OF = '2026-01-20';
export const IMPORTED_AT = '2026-01-20T08:30:00+07:00';

/** The batch's units carry the three unit-list flags alike: the TTHC items and III's department items apply together. */
export const flags = (on: boolean): Pick<Unit, 'resolvesTthc' | 'publishesTthc' | 'isDepartment'> => ({
  resolvesTthc: on,
  publishesTthc: on,
  isDepartment: on,
});

const unit = (
  code: string,
  name: string,
  kind: Unit['kind'],
  handlesTthc: boolean,
  more: Partial<Unit> = {},
): Unit => ({
  code,
  name,
  kind,
  ...flags(handlesTthc),
  aliases: [],
  ...more,
});

export const UNITS: Unit[] = [
  unit('U01', 'Đảng bộ Sở Nội vụ', 'dang-bo-co-so', true),
  unit('U02', 'Đảng bộ Sở Tài chính', 'dang-bo-co-so', true),
  unit('U03', 'Đảng bộ Sở Nông nghiệp và Môi trường', 'dang-bo-co-so', true, {
    aliases: ['Đảng bộ Sở Nông nghiệp và Phát triển nông thôn'],
  }),
  unit('U04', 'Đảng bộ Sở Xây dựng', 'dang-bo-co-so', true),
  unit('U05', 'Đảng bộ Sở Giao thông vận tải', 'dang-bo-co-so', true, { activeTo: 2024, mergedInto: 'U04' }),
  unit('U06', 'Chi bộ Sở Ngoại vụ', 'chi-bo-co-so', true),
  unit('U07', 'Chi bộ Thư viện tỉnh', 'chi-bo-co-so', false),
  unit('U08', 'Chi bộ Bảo tàng Nghệ An', 'chi-bo-co-so', false),
];

export function batchSettings(): Settings {
  return settingsAsOf(AS_OF, { units: UNITS.map((u) => ({ ...u, aliases: [...u.aliases] })) });
}

/** A report of the batch: which unit the template is stamped for, and what differs from "all met". */
export interface BatchReport {
  file: string;
  /** The unit as stamped in the template: a code and name, not necessarily of the list. */
  stampCode: string;
  writtenName: string;
  /** Whether the items that depend on a unit flag apply (the list gives the unit all three flags or none). */
  handlesTthc: boolean;
  kind: Unit['kind'];
  year: number;
  templateVersion: number;
  reportDate: IsoDate;
  /** Items whose entry differs from the value meeting the target. */
  changes: Record<string, ReportFillEntry>;
  expected: SourceVerdict;
  /** The list unit it counts for (accepted, duplicate, other-year). */
  countsFor?: string;
}

export const REPORTS: BatchReport[] = [
  {
    file: 'so-noi-vu-2025.xlsx',
    stampCode: 'U01',
    writtenName: 'Đảng bộ Sở Nội vụ',
    handlesTthc: true,
    kind: 'dang-bo-co-so',
    year: YEAR,
    templateVersion: 2,
    reportDate: '2025-12-10',
    changes: {},
    expected: 'accepted',
    countsFor: 'U01',
  },
  {
    // Same unit and year, an earlier report date: the duplicate.
    file: 'so-noi-vu-2025-ban-nhap.xlsx',
    stampCode: 'U01',
    writtenName: 'Đảng bộ Sở Nội vụ',
    handlesTthc: true,
    kind: 'dang-bo-co-so',
    year: YEAR,
    templateVersion: 2,
    reportDate: '2025-12-01',
    changes: { ii1_plan: { value: false } },
    expected: 'duplicate',
    countsFor: 'U01',
  },
  {
    file: 'so-ngoai-giao.xlsx',
    stampCode: 'X99',
    writtenName: 'Đảng bộ Cục Hàng không dân dụng',
    handlesTthc: true,
    kind: 'dang-bo-co-so',
    year: YEAR,
    templateVersion: 2,
    reportDate: '2025-12-09',
    changes: {},
    expected: 'unknown-unit',
  },
  {
    // Renamed: the old name (an alias of U03) and a code from an old list.
    file: 'so-nn-ptnt.xlsx',
    stampCode: 'NN-PTNT',
    writtenName: 'Đảng bộ Sở Nông nghiệp và Phát triển nông thôn',
    handlesTthc: true,
    kind: 'dang-bo-co-so',
    year: YEAR,
    templateVersion: 2,
    reportDate: '2025-12-11',
    changes: { ii1_plan: { value: null, date: null } },
    expected: 'accepted-with-findings',
    countsFor: 'U03',
  },
  {
    // Merged into U04 after 2024: its 2025 report counts for U04.
    file: 'so-gtvt.xlsx',
    stampCode: 'U05',
    writtenName: 'Đảng bộ Sở Giao thông vận tải',
    handlesTthc: true,
    kind: 'dang-bo-co-so',
    year: YEAR,
    templateVersion: 2,
    reportDate: '2025-12-12',
    changes: { ii5_cadres: { value: 0 }, ii3_satisfaction: { value: 88.5 } },
    expected: 'accepted-with-findings',
    countsFor: 'U04',
  },
  {
    // U06 reported for 2024 only: another year (trend), and "not reported" for 2025.
    file: 'ngoai-vu-2024.xlsx',
    stampCode: 'U06',
    writtenName: 'Chi bộ Sở Ngoại vụ',
    handlesTthc: true,
    kind: 'chi-bo-co-so',
    year: YEAR - 1,
    templateVersion: 2,
    reportDate: '2024-12-10',
    changes: { ii4_model_dvk: { value: 0, date: null } },
    expected: 'other-year',
    countsFor: 'U06',
  },
  {
    file: 'thu-vien-mau-cu.xlsx',
    stampCode: 'U07',
    writtenName: 'Chi bộ Thư viện tỉnh',
    handlesTthc: false,
    kind: 'chi-bo-co-so',
    year: YEAR,
    templateVersion: 1,
    reportDate: '2025-12-08',
    changes: { ii4_model_dvk: { value: 0, date: null } },
    expected: 'old-template',
    countsFor: 'U07',
  },
  {
    file: 'bao-tang.xlsx',
    stampCode: 'U08',
    writtenName: 'Chi bộ Bảo tàng Nghệ An',
    handlesTthc: false,
    kind: 'chi-bo-co-so',
    year: YEAR,
    templateVersion: 2,
    reportDate: '2025-12-05',
    changes: { ii6_review: { value: false, date: null } },
    expected: 'accepted-with-findings',
    countsFor: 'U08',
  },
];

export const BROKEN_FILE = 'hong.xlsx';

/** Units active in the year with no accepted report. */
export const EXPECTED_NOT_REPORTED = ['U02', 'U06'];

const applies = (item: ReportItem, handlesTthc: boolean): boolean =>
  item.applicability === 'all' || handlesTthc;

/** What a unit types so an item meets its target (items without a target are left blank). */
function metValue(item: ReportItem, year: number): ReportFillEntry | undefined {
  const t = item.target;
  if (!t) return undefined;
  const date = item.needsDate ? { date: `${year}-06-30` } : {};
  switch (item.kind) {
    case 'yesno':
      return { value: true, ...date };
    case 'ratio':
      return { value: 100, den: 100, ...date };
    case 'percent':
      return { value: 95, ...date };
    default:
      if (t.op === 'between') return { value: t.min, ...date };
      if (t.op === 'yes') return { value: 1, ...date };
      return { value: t.op === '>' ? t.value + 1 : t.value, ...date };
  }
}

/** The values of a report: every target met, then the report's changes. */
export function valuesOf(r: BatchReport, plan: Plan = PLAN): Record<string, ReportFillEntry> {
  const out: Record<string, ReportFillEntry> = {};
  for (const item of plan.items) {
    if (!applies(item, r.handlesTthc)) continue;
    const v = metValue(item, r.year);
    if (v) out[item.id] = v;
  }
  for (const [id, change] of Object.entries(r.changes)) out[id] = { ...out[id], ...change };
  return out;
}

/**
 * The test's own judgement of an entry against the unit criterion, written from the plan's
 * rules as a person reads them (not with the core): 'met', 'not-met', 'blank', 'n/a'.
 */
export function judge(
  item: ReportItem,
  entry: ReportFillEntry | undefined,
  handlesTthc: boolean,
): 'met' | 'not-met' | 'blank' | 'n/a' {
  if (!applies(item, handlesTthc)) return 'n/a';
  const v = entry?.value;
  if (v === undefined || v === null || v === '') return 'blank';
  const t = item.target;
  if (!t) return 'n/a';
  let n: number;
  if (typeof v === 'boolean') return t.op === 'yes' && v ? 'met' : 'not-met';
  if (item.kind === 'ratio') n = (100 * Number(v)) / Number(entry?.den);
  else n = Number(v);
  switch (t.op) {
    case 'yes':
      return 'not-met';
    case '>=':
      return n >= t.value ? 'met' : 'not-met';
    case '>':
      return n > t.value ? 'met' : 'not-met';
    case '<=':
      return n <= t.value ? 'met' : 'not-met';
    case '<':
      return n < t.value ? 'met' : 'not-met';
    case '=':
      return n === t.value ? 'met' : 'not-met';
    case 'between':
      return n >= t.min && n <= t.max ? 'met' : 'not-met';
  }
}

/** Meeting / applicable per bloc target, recomputed from the batch's values for the reports that count in `year`. */
/**
 * Each target's totals recomputed from the values typed: the denominator is every unit of the
 * list active in `year` the item applies to; a unit without a counted report counts as not
 * meeting it (missing).
 */
export function expectedTotals(
  year: number = YEAR,
): Record<string, { meeting: number; applicable: number; reported: number; missing: number }> {
  const counted = REPORTS.filter(
    (r) =>
      r.year === year &&
      ['accepted', 'accepted-with-findings', 'old-template', 'other-year'].includes(r.expected),
  );
  const reportedCodes = new Set(counted.map((r) => r.countsFor));
  const silent = UNITS.filter(
    (u) =>
      (u.activeFrom === undefined || u.activeFrom <= year) &&
      (u.activeTo === undefined || year <= u.activeTo) &&
      !reportedCodes.has(u.code),
  );
  const out: Record<string, { meeting: number; applicable: number; reported: number; missing: number }> = {};
  for (const t of PLAN.blocTargets) {
    const item = PLAN.items.find((i) => i.id === t.itemId) as ReportItem;
    let meeting = 0;
    let reported = 0;
    for (const r of counted) {
      const j = judge(item, valuesOf(r)[item.id], r.handlesTthc);
      if (j === 'n/a') continue;
      reported++;
      if (j === 'met') meeting++;
    }
    const missing = silent.filter((u) => applies(item, u.resolvesTthc)).length;
    out[t.itemId] = { meeting, applicable: reported + missing, reported, missing };
  }
  return out;
}

/** "dd/mm/yyyy" as a person types a date. */
const typedDate = (v: FillValue | undefined): string | null | undefined => {
  if (typeof v !== 'string') return v === null ? null : undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : v;
};

/** The batch report as the parser would give it, for core tests. */
export function unitReportOf(r: BatchReport): UnitReport {
  const entries: ItemEntry[] = Object.entries(valuesOf(r)).map(([id, e]) => {
    const date = typedDate(e.date);
    return anEntry(id, e.value === undefined ? null : e.value, {
      ...(e.den !== undefined ? { den: e.den } : {}),
      ...(date !== undefined ? { date } : {}),
    });
  });
  return aReport({
    stamp: { planId: PLAN.id, templateVersion: r.templateVersion, unitCode: r.stampCode, year: r.year },
    unitName: r.writtenName,
    reportDate: r.reportDate,
    source: { file: r.file, sheet: `Báo cáo ${r.year}` },
    entries,
  });
}

/** The broken file as the reader reports it. */
export const brokenSource: SourceInput = {
  file: BROKEN_FILE,
  read: {
    ok: false,
    error: [
      {
        code: 'FILE.NOT_XLSX',
        severity: 'error',
        message: {
          vi: 'Tệp “hong.xlsx” không phải tệp Excel.',
          en: 'File "hong.xlsx" is not an Excel file.',
        },
        file: BROKEN_FILE,
      },
    ],
  },
};

/** The batch as sources: every report parsed, then the broken file. */
export function batchInput(): ConsolidationInput {
  const sources: SourceInput[] = REPORTS.map((r) => ({
    file: r.file,
    sheet: `Báo cáo ${r.year}`,
    read: { ok: true, value: unitReportOf(r) },
  }));
  sources.push(brokenSource);
  return { plan: PLAN, settings: batchSettings(), year: YEAR, sources, importedAt: IMPORTED_AT };
}

export function batchConsolidation(): { c: Consolidation; settings: Settings } {
  const input = batchInput();
  return { c: consolidate(input), settings: input.settings };
}

/** The list unit a report counts for, and the test's own verdict of each target item in it. */
export function expectedCells(): Map<string, Record<string, 'met' | 'not-met' | 'blank' | 'n/a'>> {
  const out = new Map<string, Record<string, 'met' | 'not-met' | 'blank' | 'n/a'>>();
  for (const r of REPORTS) {
    if (
      r.year !== YEAR ||
      !r.countsFor ||
      !['accepted', 'accepted-with-findings', 'old-template'].includes(r.expected)
    )
      continue;
    const values = valuesOf(r);
    out.set(
      r.countsFor,
      Object.fromEntries(
        PLAN.blocTargets.map((t) => {
          const item = PLAN.items.find((i) => i.id === t.itemId) as ReportItem;
          return [t.itemId, judge(item, values[t.itemId], r.handlesTthc)];
        }),
      ),
    );
  }
  return out;
}
