import * as v from 'valibot';
import { parseMonthDay } from '../plan/effective-plan';
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
 */

const CODE = 'SETTINGS.INVALID';

const name = v.pipe(v.string(), v.transform(normalizeText), v.minLength(1, 'nonempty'));
const int = v.pipe(v.number(), v.integer('integer'));
const positive = v.pipe(int, v.minValue(1, 'min'));
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

const yearSpan = v.object({ from: v.optional(year), to: v.optional(year), name });

const unitSchema = v.object({
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

const orgSchema = v.object({
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

const legacyOrgSchema = v.object({
  superior: v.optional(name),
  issuer: v.optional(name),
  place: v.optional(name),
  consolidatingOffice: v.optional(name),
});

export const settingsSchema = v.object({
  asOf: isoDate,
  dueSoonDays: v.pipe(int, v.minValue(0, 'min'), v.maxValue(366, 'max')),
  lang: v.picklist(['vi', 'en']),
  thresholdOverrides: v.record(v.string(), v.pipe(v.number(), v.finite('other'))),
  deadlineOverrides: v.record(v.string(), deadline),
  blocTargetOverrides: v.record(v.string(), v.pipe(v.number(), v.minValue(0, 'min'), v.maxValue(100, 'max'))),
  reportDeadline: monthDay,
  org: v.pipe(v.array(orgSchema), v.minLength(1, 'nonempty')),
  units: v.array(unitSchema),
  limits: v.object({
    maxFileBytes: positive,
    maxUncompressedBytes: positive,
    maxZipEntries: positive,
    maxSheets: positive,
    maxCells: positive,
    maxMillisPerFile: positive,
  }),
});

// A compile-time proof that what the schema returns is Settings.
const asSettings = (s: v.InferOutput<typeof settingsSchema>): Settings => s;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads settings (stored or imported) over `fallback`. Failures are 'SETTINGS.INVALID'
 * findings naming the bad path ("units[3].activeTo: ...").
 */
export function parseSettings(data: unknown, fallback: Settings): Result<Settings> {
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
  const problems = [...checkOrg(settings.org), ...checkUnits(settings.units)];
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
