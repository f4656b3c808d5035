import { parseMonthDay } from '../../core/plan/effective-plan';
import type { Milestone, Plan, ReportItem } from '../../core/plan/plan-types';
import { parseSettings } from '../../core/settings/settings-schema';
import type { OrgNames, Settings, Unit } from '../../core/settings/settings-types';
import { formatDate, formatNumber, parseNumberText, parseValue } from '../../core/text';
import type { Finding, IsoDate, Lang, Text } from '../../core/types';
import { textOf } from './text-of';

/**
 * The Settings panel edits a draft: every field as the user types it (dd/mm/yyyy, "98,5"), turned
 * into Settings only on Save, where each bad field gets its own message and the whole is checked
 * by the settings schema. An empty override field means "the plan's value".
 */
export interface SettingsDraft {
  asOf: string;
  dueSoonDays: string;
  /** dd/mm */
  reportDeadline: string;
  /** Item id -> target override as typed. */
  thresholds: Record<string, string>;
  /** Item id -> minimum percent of units as typed. */
  blocTargets: Record<string, string>;
  /** Milestone id -> dd/mm/yyyy (one-off) or dd/mm (yearly). */
  deadlines: Record<string, string>;
  /** The organization names by period, in date order. */
  org: OrgPeriodDraft[];
  units: Unit[];
}

/** The names a period holds, each edited as text. */
export const ORG_NAME_FIELDS = [
  'superior',
  'issuer',
  'standingCommittee',
  'consolidatingOffice',
  'unitSuperior',
  'place',
] as const satisfies readonly (keyof OrgNames)[];

export type OrgNameField = (typeof ORG_NAME_FIELDS)[number];

/** The name fields of a period, as they are (the draft and the settings share them). */
const nameFields = (p: Record<OrgNameField, string>): Record<OrgNameField, string> =>
  Object.fromEntries(ORG_NAME_FIELDS.map((k) => [k, p[k]])) as Record<OrgNameField, string>;

/** One period of organization names as typed: dates dd/mm/yyyy ('' = open end). */
export type OrgPeriodDraft = Record<OrgNameField | 'from' | 'to', string> & { assumed: boolean };

export function toOrgDraft(p: OrgNames, lang: Lang): OrgPeriodDraft {
  return {
    from: p.from === undefined ? '' : formatDate(p.from, lang),
    to: p.to === undefined ? '' : formatDate(p.to, lang),
    ...nameFields(p),
    assumed: p.assumed,
  };
}

/** A period as OrgNames, with a message on each bad field ('org:1:from', 'org:0:issuer'). */
function fromOrgDraft(p: OrgPeriodDraft, i: number, errors: DraftErrors): OrgNames {
  const date = (key: 'from' | 'to'): IsoDate | undefined => {
    const text = p[key];
    if (text.trim() === '') return undefined;
    const iso = parseDateText(text);
    if (iso === undefined) errors[`org:${i}:${key}`] = textOf((c) => c.settings.errors.date(text));
    return iso;
  };
  const from = date('from');
  const to = date('to');
  for (const k of ORG_NAME_FIELDS)
    if (p[k].trim() === '') errors[`org:${i}:${k}`] = textOf((c) => c.settings.errors.required);
  return {
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...nameFields(p),
    assumed: p.assumed,
  };
}

/** Field key ('asOf', 'threshold:ii3_ontime', 'deadline:unit_plan', 'org:0:issuer'...) -> message. */
export type DraftErrors = Record<string, Text>;

/** Items whose target is a number a user may change (not "Có"). */
export function numericTargetItems(plan: Plan): ReportItem[] {
  return [...plan.items, ...plan.blocItems].filter((i) => i.target !== undefined && i.target.op !== 'yes');
}

/** The number an override replaces: a 'between' rule's lower bound, otherwise its value. */
export function planThreshold(item: ReportItem): number | undefined {
  const t = item.target;
  if (!t || t.op === 'yes') return undefined;
  return t.op === 'between' ? t.min : t.value;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** 'MM-DD' -> 'dd/mm'. */
export function formatDayMonth(md: string): string {
  const p = parseMonthDay(md);
  return p ? `${pad(p.day)}/${pad(p.month)}` : md;
}

/** 'dd/mm' (also d/m, dd.mm, dd-mm) -> 'MM-DD', or undefined. */
export function parseDayMonth(text: string): string | undefined {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*$/.exec(text);
  if (!m) return undefined;
  const md = `${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  return parseMonthDay(md) ? md : undefined;
}

/** A date as people type it (dd/mm/yyyy and the other forms the report reader accepts). */
export function parseDateText(text: string): IsoDate | undefined {
  const v = parseValue({ v: text }, 'date');
  return v.kind === 'date' ? v.iso : undefined;
}

/** The plan's due date of a milestone, as shown: "31/01/2022", or "31/10" for a yearly one. */
export function planDue(m: Milestone, lang: Lang): string {
  const s = m.schedule;
  return s.kind === 'once' ? formatDate(s.due, lang) : `${pad(s.day)}/${pad(s.month)}`;
}

export function toDraft(s: Settings, plan: Plan, lang: Lang): SettingsDraft {
  const num = (n: number | undefined): string =>
    n === undefined ? '' : formatNumber(n, lang, { maxDecimals: 2, grouping: false });
  const deadlines: Record<string, string> = {};
  for (const m of plan.milestones) {
    const o = s.deadlineOverrides[m.id];
    deadlines[m.id] =
      o === undefined ? '' : m.schedule.kind === 'once' ? formatDate(o, lang) : formatDayMonth(o);
  }
  return {
    asOf: formatDate(s.asOf, lang),
    dueSoonDays: String(s.dueSoonDays),
    reportDeadline: formatDayMonth(s.reportDeadline),
    thresholds: Object.fromEntries(
      numericTargetItems(plan).map((i) => [i.id, num(s.thresholdOverrides[i.id])]),
    ),
    blocTargets: Object.fromEntries(
      plan.blocTargets.map((t) => [t.itemId, num(s.blocTargetOverrides[t.itemId])]),
    ),
    deadlines,
    org: s.org.map((p) => toOrgDraft(p, lang)),
    units: s.units.map((u) => ({ ...u, aliases: [...u.aliases] })),
  };
}

export interface DraftResult {
  settings?: Settings;
  errors: DraftErrors;
  /** Whole-settings problems found by the schema (units, ranges). */
  findings: Finding[];
}

export function fromDraft(d: SettingsDraft, base: Settings, plan: Plan): DraftResult {
  const errors: DraftErrors = {};
  const asOf = parseDateText(d.asOf);
  if (!asOf) errors.asOf = textOf((c) => c.settings.errors.date(d.asOf));
  const due = parseNumberText(d.dueSoonDays, { whole: true });
  if (due === null || due < 0 || due > 366) errors.dueSoonDays = textOf((c) => c.settings.errors.dueSoon);
  const reportDeadline = parseDayMonth(d.reportDeadline);
  if (!reportDeadline) errors.reportDeadline = textOf((c) => c.settings.errors.dayMonth(d.reportDeadline));

  const thresholdOverrides: Record<string, number> = {};
  for (const [id, text] of Object.entries(d.thresholds)) {
    if (text.trim() === '') continue;
    const n = parseNumberText(text.replace(/%\s*$/, ''));
    if (n === null || n < 0) errors[`threshold:${id}`] = textOf((c) => c.settings.errors.number(text));
    else thresholdOverrides[id] = n;
  }
  const blocTargetOverrides: Record<string, number> = {};
  for (const [id, text] of Object.entries(d.blocTargets)) {
    if (text.trim() === '') continue;
    const n = parseNumberText(text.replace(/%\s*$/, ''));
    if (n === null || n < 0 || n > 100) errors[`bloc:${id}`] = textOf((c) => c.settings.errors.percent(text));
    else blocTargetOverrides[id] = n;
  }
  const deadlineOverrides: Record<string, string> = {};
  for (const m of plan.milestones) {
    const text = d.deadlines[m.id] ?? '';
    if (text.trim() === '') continue;
    const value = m.schedule.kind === 'once' ? parseDateText(text) : parseDayMonth(text);
    if (value === undefined) {
      errors[`deadline:${m.id}`] =
        m.schedule.kind === 'once'
          ? textOf((c) => c.settings.errors.date(text))
          : textOf((c) => c.settings.errors.dayMonth(text));
    } else deadlineOverrides[m.id] = value;
  }
  const org = d.org.map((p, i) => fromOrgDraft(p, i, errors));
  if (Object.keys(errors).length > 0) return { errors, findings: [] };

  const parsed = parseSettings(
    {
      ...base,
      asOf,
      dueSoonDays: due,
      reportDeadline,
      thresholdOverrides,
      blocTargetOverrides,
      deadlineOverrides,
      org,
      units: d.units,
    },
    base,
    plan,
  );
  return parsed.ok ? { settings: parsed.value, errors, findings: [] } : { errors, findings: parsed.error };
}
