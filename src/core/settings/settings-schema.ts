import * as v from 'valibot';
import { parseMonthDay } from '../plan/effective-plan';
import type { Plan } from '../plan/plan-types';
import { issueFindings, ruleFinding } from '../schema/schema-findings';
import { isoParts, normalizeText } from '../text';
import { fail, ok, type Finding, type Result } from '../types';
import { FORMER_DEFAULT_ORG, isFormerDefaultOrg, periodOfLegacyOrg } from './org-names';
import type { OrgNames, Settings, Unit } from './settings-types';

/**
 * The schema of Settings, for the settings stored in a workbook and for settings files a user
 * imports. A file may hold only some settings: missing top-level keys (and missing keys of
 * `limits`) keep the fallback's values; `units`, `org` and the override maps are replaced
 * whole. Names are stored normalized (NFC, ƣ -> ư, spaces collapsed). Units of older files are
 * migrated first (`migrateUnit`). Settings written before names had periods hold one `org`
 * object: it becomes one period valid at all times, except the former built-in names, which
 * become the fallback's periods (see migrateOrg).
 *
 * Every object is strict: a key the schema does not know (a misspelt "dueSoonDay") is an error
 * with its path, never ignored. Every number has a range (docs/bad-input.md says why each).
 */

const CODE = 'SETTINGS.INVALID';

const name = v.pipe(v.string(), v.transform(normalizeText), v.minLength(1, 'nonempty'));
const int = v.pipe(v.number(), v.integer('integer'));
const year = v.pipe(int, v.minValue(1900, 'min'), v.maxValue(2200, 'max'));
const isoDate = v.pipe(
  v.string(),
  v.check((s) => isoParts(s) !== null, 'iso-date'),
);
const monthDay = v.pipe(
  v.string(),
  v.check((s) => parseMonthDay(s) !== null, 'month-day'),
);
const deadline = v.pipe(
  v.string(),
  v.check((s) => isoParts(s) !== null || parseMonthDay(s) !== null, 'deadline'),
);

const between = (min: number, max: number) => v.pipe(int, v.minValue(min, 'min'), v.maxValue(max, 'max'));
const MB = 1024 * 1024;

const yearSpan = v.strictObject({ from: v.optional(year), to: v.optional(year), name });

const unitSchema = v.strictObject({
  code: name,
  name,
  kind: v.picklist(['dang-bo-co-so', 'chi-bo-co-so']),
  resolvesTthc: v.boolean(),
  publishesTthc: v.boolean(),
  isDepartment: v.boolean(),
  activeFrom: v.optional(year),
  activeTo: v.optional(year),
  aliases: v.optional(v.array(name), []),
  mergedInto: v.optional(name),
  names: v.optional(v.array(yearSpan)),
  superiors: v.optional(v.array(yearSpan)),
});

const orgSchema = v.strictObject({
  from: v.optional(isoDate),
  to: v.optional(isoDate),
  superior: name,
  issuer: name,
  standingCommittee: name,
  consolidatingOffice: name,
  unitSuperior: name,
  place: name,
  assumed: v.optional(v.boolean(), false),
});

const legacyOrgSchema = v.strictObject({
  superior: v.optional(name),
  issuer: v.optional(name),
  place: v.optional(name),
  consolidatingOffice: v.optional(name),
});

export const settingsSchema = v.strictObject({
  asOf: isoDate,
  dueSoonDays: v.pipe(int, v.minValue(0, 'min'), v.maxValue(366, 'max')),
  lang: v.picklist(['vi', 'en']),
  // Each override's range depends on its item (a percent 0-100, a count 0-1000): checkOverrides.
  thresholdOverrides: v.record(v.string(), v.pipe(v.number(), v.finite('other'), v.minValue(0, 'min'))),
  deadlineOverrides: v.record(v.string(), deadline),
  blocTargetOverrides: v.record(v.string(), v.pipe(v.number(), v.minValue(0, 'min'), v.maxValue(100, 'max'))),
  reportDeadline: monthDay,
  org: v.pipe(v.array(orgSchema), v.minLength(1, 'nonempty')),
  units: v.array(unitSchema),
  // Lower bounds let a real report through; upper bounds are what a machine can do (memory is
  // about twice the inflated size; a zip without zip64 holds 65,535 entries; a timer cannot wait
  // longer than 2^31 - 1 ms, and a 10-minute wait per file is already a stalled batch).
  limits: v.strictObject({
    maxFileBytes: between(64 * 1024, 200 * MB),
    maxUncompressedBytes: between(MB, 1024 * MB),
    maxZipEntries: between(20, 65_535),
    maxSheets: between(1, 1000),
    maxCells: between(10_000, 2_000_000),
    maxMillisPerFile: between(1000, 600_000),
  }),
});

// A compile-time proof that what the schema returns is Settings.
const asSettings = (s: v.InferOutput<typeof settingsSchema>): Settings => s;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads settings (stored or imported) over `fallback`. Failures are 'SETTINGS.INVALID'
 * findings naming the bad path ("units[3].activeTo: ..."). With the plan, the overrides are
 * checked against it too: only its item, milestone and bloc target ids, each in its range.
 */
export function parseSettings(data: unknown, fallback: Settings, plan?: Plan): Result<Settings> {
  if (!isRecord(data)) return fail(issueFindings(CODE, v.safeParse(v.object({}), data).issues ?? []));
  const merged: Record<string, unknown> = { ...fallback, ...data };
  if (Array.isArray(data.units)) merged.units = data.units.map(migrateUnit);
  if (isRecord(data.limits)) merged.limits = { ...fallback.limits, ...data.limits };
  if (isRecord(data.org)) {
    const org = migrateOrg(data.org, fallback);
    if (!org.ok) return org;
    merged.org = org.value;
  }
  const parsed = v.safeParse(settingsSchema, merged);
  if (!parsed.success) return fail(issueFindings(CODE, parsed.issues));
  const settings = asSettings(parsed.output);
  const problems = [
    ...checkOrg(settings.org),
    ...checkUnits(settings.units),
    ...(plan ? checkOverrides(settings, plan) : []),
  ];
  return problems.length > 0 ? fail(problems) : ok(settings);
}

/**
 * Settings saved before the unit list had three flags carried one, `handlesTthc`, which then
 * meant all three (II.3's items and III.2's steering board applied together). Such a unit takes
 * its value for each flag it lacks (resolvesTthc, publishesTthc, isDepartment), so it is judged
 * as before; `handlesTthc` is then dropped. The user reviews the three flags in the unit list.
 */
export function migrateUnit(u: unknown): unknown {
  if (!isRecord(u) || typeof u.handlesTthc !== 'boolean') return u;
  const { handlesTthc: old, ...rest } = u;
  return { resolvesTthc: old, publishesTthc: old, isDepartment: old, ...rest };
}

/**
 * A pre-period `org` object as a list of periods. Keys it lacks are the former built-in names'
 * (the defaults it was written against); the former built-in names themselves, never chosen by
 * the user, give way to the fallback's periods; other names become one period valid at all
 * times. Anything unreadable is left for the schema to report.
 */
function migrateOrg(old: Record<string, unknown>, fallback: Settings): Result<unknown> {
  const parsed = v.safeParse(v.object({ org: legacyOrgSchema }), { org: old });
  if (!parsed.success) return fail(issueFindings(CODE, parsed.issues));
  const names = { ...FORMER_DEFAULT_ORG, ...parsed.output.org };
  return ok(isFormerDefaultOrg(names) ? fallback.org : [periodOfLegacyOrg(names)]);
}

/** The largest count target an override may set: no unit builds a thousand models a year. */
export const MAX_COUNT_THRESHOLD = 1000;

/**
 * Overrides name the plan's own ids (an unknown id would be silently ignored, and a typo hide a
 * change the user believes made); a percent target is 0-100, a count 0-1000; a milestone's
 * date has its schedule's form (YYYY-MM-DD once, MM-DD yearly).
 */
function checkOverrides(s: Settings, plan: Plan): Finding[] {
  const out: Finding[] = [];
  const items = new Map([...plan.items, ...plan.blocItems].map((i) => [i.id, i]));
  for (const [id, n] of Object.entries(s.thresholdOverrides)) {
    const item = items.get(id);
    const path = ['thresholdOverrides', id];
    if (!item || !item.target || item.target.op === 'yes')
      out.push(ruleFinding(CODE, path, 'unknown-ref', id, 'plan.items'));
    else {
      const max = item.kind === 'percent' || item.kind === 'ratio' ? 100 : MAX_COUNT_THRESHOLD;
      if (n > max) out.push(ruleFinding(CODE, path, 'max', n, String(max)));
    }
  }
  const blocIds = new Set(plan.blocTargets.map((t) => t.itemId));
  for (const id of Object.keys(s.blocTargetOverrides))
    if (!blocIds.has(id))
      out.push(ruleFinding(CODE, ['blocTargetOverrides', id], 'unknown-ref', id, 'plan.blocTargets'));
  const milestones = new Map(plan.milestones.map((m) => [m.id, m]));
  for (const [id, date] of Object.entries(s.deadlineOverrides)) {
    const m = milestones.get(id);
    const path = ['deadlineOverrides', id];
    if (!m) out.push(ruleFinding(CODE, path, 'unknown-ref', id, 'plan.milestones'));
    else if (m.schedule.kind === 'once' && isoParts(date) === null)
      out.push(ruleFinding(CODE, path, 'iso-date', date));
    else if (m.schedule.kind === 'yearly' && parseMonthDay(date) === null)
      out.push(ruleFinding(CODE, path, 'month-day', date));
  }
  return out;
}

/** Each period's dates in order, and the periods in date order without overlap. */
function checkOrg(periods: OrgNames[]): Finding[] {
  const out: Finding[] = [];
  periods.forEach((p, i) => {
    if (p.from !== undefined && p.to !== undefined && p.to < p.from)
      out.push(ruleFinding(CODE, ['org', i, 'to'], 'order', p.to, 'from'));
    const prev = periods[i - 1];
    if (prev === undefined) return;
    // The previous period must end before this one starts (open ends overlap everything).
    if (prev.to === undefined || p.from === undefined || p.from <= prev.to)
      out.push(ruleFinding(CODE, ['org', i, 'from'], 'order', p.from ?? '', `org[${i - 1}].to`));
  });
  return out;
}

/** Unique codes; a merge points at another listed unit and has a last year; years in order. */
function checkUnits(units: Unit[]): Finding[] {
  const out: Finding[] = [];
  const codes = new Set<string>();
  units.forEach((u, i) => {
    if (codes.has(u.code)) out.push(ruleFinding(CODE, ['units', i, 'code'], 'unique', u.code));
    codes.add(u.code);
    if (u.activeFrom !== undefined && u.activeTo !== undefined && u.activeTo < u.activeFrom)
      out.push(ruleFinding(CODE, ['units', i, 'activeTo'], 'order', u.activeTo, 'activeFrom'));
  });
  units.forEach((u, i) => {
    if (u.mergedInto === undefined) return;
    if (!codes.has(u.mergedInto) || u.mergedInto === u.code)
      out.push(ruleFinding(CODE, ['units', i, 'mergedInto'], 'unknown-ref', u.mergedInto, 'units'));
    if (u.activeTo === undefined)
      out.push(ruleFinding(CODE, ['units', i, 'activeTo'], 'merged-needs-end', undefined));
  });
  return out;
}
