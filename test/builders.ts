/**
 * Builders for tests: small, readable data with sensible defaults. Entries go through the real
 * `parseValue`, so a test that types "95,5%" exercises what a unit typing it would.
 */
import type { Plan, ReportItem } from '../src/core/plan/plan-types';
import type {
  BlocInput,
  ItemEntry,
  ParsedValue,
  RawCell,
  RawSheet,
  TemplateStamp,
  UnitReport,
} from '../src/core/report/report-types';
import type { Settings, Unit } from '../src/core/settings/settings-types';
import type { SheetSpec } from '../src/core/sheet/sheet-spec';
import { parseA1 } from '../src/core/template/template-keys';
import { displayRaw, parseValue } from '../src/core/text';
import type { IsoDate } from '../src/core/types';
import { deAn04 } from '../src/plans/de-an-04/plan';
import { defaultSettings } from '../src/plans/de-an-04/default-settings';

/** What a test types into a cell: a string or number as typed, a boolean, null, or a full RawCell. */
export type Typed = string | number | boolean | null | RawCell;

export const cellOf = (typed: Typed): RawCell =>
  typed !== null && typeof typed === 'object' ? typed : { v: typed };

function findItem(plan: Plan, itemId: string): { item: ReportItem; row: number } {
  const all = [...plan.items, ...plan.blocItems];
  const index = all.findIndex((i) => i.id === itemId);
  const item = all[index];
  if (!item) throw new Error(`No item ${itemId} in plan ${plan.id}`);
  return { item, row: 10 + index };
}

export interface EntryOptions {
  plan?: Plan;
  /** Denominator of a ratio item, as typed. */
  den?: Typed;
  /** The completion-date column, as typed. */
  date?: Typed;
  note?: string;
  /** Main cell address; default E{10 + the item's index}, the den in F and the date in G. */
  cell?: string;
}

/** An entry of `itemId` (looked up in the plan, Đề án 04 by default) as the parser reads `typed`. */
export function anEntry(itemId: string, typed: Typed, options: EntryOptions = {}): ItemEntry {
  const { item, row } = findItem(options.plan ?? deAn04, itemId);
  const raw = cellOf(typed);
  const entry: ItemEntry = {
    itemId,
    value: parseValue(raw, item.kind),
    cell: options.cell ?? `E${row}`,
    display: displayRaw(raw),
  };
  if (options.den !== undefined) {
    entry.den = parseValue(cellOf(options.den), item.kind);
    entry.denCell = `F${row}`;
  }
  if (options.date !== undefined) {
    entry.date = parseValue(cellOf(options.date), 'date');
    entry.dateCell = `G${row}`;
  }
  if (options.note !== undefined) {
    entry.note = options.note;
    entry.noteCell = `H${row}`;
  }
  return entry;
}

/** An entry with an already parsed value (for values the parser never produces, e.g. 1.5 models). */
export function aParsedEntry(itemId: string, value: ParsedValue, extra: Partial<ItemEntry> = {}): ItemEntry {
  return { itemId, value, cell: 'E10', display: '', ...extra };
}

export type ReportOverrides = Partial<Omit<UnitReport, 'stamp' | 'entries'>> & {
  stamp?: Partial<TemplateStamp>;
  entries?: ItemEntry[] | Record<string, ItemEntry>;
};

/** A unit's report: DV002 (Sở Nội vụ), 2025, dated 10/12/2025, no entries unless given. */
export function aReport(overrides: ReportOverrides = {}): UnitReport {
  const { stamp, entries, ...rest } = overrides;
  const year = stamp?.year ?? 2025;
  return {
    stamp: { planId: 'de-an-04', templateVersion: 1, unitCode: 'DV002', year, ...stamp },
    unitName: 'Đảng bộ Sở Nội vụ',
    reportDate: `${year}-12-10`,
    source: { file: `dv002-${year}.xlsx`, sheet: `Báo cáo ${year}` },
    readFindings: [],
    ...rest,
    entries: Array.isArray(entries) ? Object.fromEntries(entries.map((e) => [e.itemId, e])) : (entries ?? {}),
  };
}

/** What to type so an item meets its target (or a plausible value when it has none). */
function typedToMeet(item: ReportItem): { value: Typed; den?: Typed } {
  const t = item.target;
  switch (item.kind) {
    case 'yesno':
      return { value: 'Có' };
    case 'date':
      return { value: '30/06/2025' };
    case 'text':
      return { value: 'Ghi chú' };
    case 'ratio':
      return { value: 100, den: 100 };
    default: {
      // Counts without a target (commendations, models by field) are 0: nothing to add up.
      if (!t || t.op === 'yes') return { value: 0 };
      if (t.op === 'between') return { value: t.min };
      if (t.op === '>') return { value: t.value + 1 };
      if (t.op === '<') return { value: t.value - 1 };
      return { value: t.value };
    }
  }
}

/**
 * Entries meeting every target of the plan's unit items, each "done" one dated `doneOn`
 * (default 30/06 of the report year). Override single items by spreading over the result.
 */
export function metEntries(
  plan: Plan = deAn04,
  options: { year?: number; doneOn?: IsoDate } = {},
): ItemEntry[] {
  const year = options.year ?? 2025;
  const doneOn = options.doneOn ?? `${year}-06-30`;
  return plan.items.map((item) => {
    const { value, den } = typedToMeet(item);
    const typed = item.kind === 'date' ? doneOn : value;
    return anEntry(item.id, typed, {
      plan,
      ...(den !== undefined ? { den } : {}),
      ...(item.needsDate ? { date: doneOn } : {}),
    });
  });
}

/** A unit: DV900, a đảng bộ cơ sở of a department that resolves and publishes TTHC, active throughout. */
export function aUnit(overrides: Partial<Unit> = {}): Unit {
  return {
    code: 'DV900',
    name: 'Đảng bộ Sở Thử nghiệm',
    kind: 'dang-bo-co-so',
    resolvesTthc: true,
    publishesTthc: true,
    isDepartment: true,
    aliases: [],
    ...overrides,
  };
}

/** The bloc's input for a year, with entries. */
export function aBlocInput(
  year: number,
  entries: ItemEntry[] = [],
  ranks: BlocInput['ranks'] = {},
): BlocInput {
  return {
    year,
    ranks,
    entries: Object.fromEntries(entries.map((e) => [e.itemId, e])),
    source: { file: `khoi-${year}.xlsx`, sheet: `Số liệu Khối ${year}` },
    readFindings: [],
  };
}

/** Đề án 04's default settings as of a date, with overrides. */
export function settingsAsOf(asOf: IsoDate, overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(asOf), ...overrides };
}

/** A sheet spec as an adapter would read it back: its text cells on a grid. */
export function textCellsOf(spec: SheetSpec): RawSheet {
  const rows: RawSheet['rows'] = [];
  for (const cell of spec.cells) {
    const at = parseA1(cell.address);
    const v = cell.value && 'text' in cell.value ? cell.value.text : null;
    if (!at || v === null) continue;
    (rows[at.row - 1] ??= [])[at.col - 1] = { v };
  }
  return { name: spec.name, rows: Array.from(rows, (r) => r ?? []), names: {} };
}
