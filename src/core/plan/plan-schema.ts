import * as v from 'valibot';
import { isoFromParts, isoParts } from '../text';
import { fail, ok, type Finding, type Result } from '../types';
import type { Plan, ReportItem } from './plan-types';
import { ruleFinding, issueFindings, type PathKey } from '../schema/schema-findings';

/**
 * The schema of a plan. A plan is data (built in, or loaded from a file one day), so it is
 * checked like any input: shapes by valibot, then the references between its parts (items of
 * milestones, bloc targets and consistency rules; sections; unique ids). Failures name the bad
 * path: "items[3].target.value: ...".
 */

const CODE = 'PLAN.INVALID';

const str = v.pipe(v.string(), v.trim(), v.minLength(1, 'nonempty'));
const text = v.object({ vi: str, en: str });
const int = v.pipe(v.number(), v.integer('integer'));
const year = v.pipe(int, v.minValue(1900, 'min'), v.maxValue(2200, 'max'));
const isoDate = v.pipe(
  v.string(),
  v.check((s) => isoParts(s) !== null, 'iso-date'),
);
const finite = v.pipe(v.number(), v.finite('other'));

const targetRule = v.variant('op', [
  v.object({ op: v.literal('yes') }),
  v.object({ op: v.picklist(['>=', '>', '<=', '<', '=']), value: finite }),
  v.object({ op: v.literal('between'), min: finite, max: finite }),
]);

const valueKind = v.picklist(['yesno', 'count', 'percent', 'date', 'rank', 'ratio', 'text']);

const reportItem = v.object({
  id: str,
  section: str,
  label: text,
  measure: text,
  kind: valueKind,
  ratio: v.optional(v.object({ num: text, den: text })),
  applicability: v.picklist(['all', 'resolves-tthc', 'publishes-tthc', 'department']),
  target: v.optional(targetRule),
  frequency: v.picklist(['once', 'yearly', 'cumulative']),
  clause: str,
  assumed: v.optional(text),
  required: v.boolean(),
  needsDate: v.optional(v.boolean()),
});

const milestone = v.object({
  id: str,
  who: v.picklist(['unit', 'bloc']),
  label: text,
  clause: str,
  when: text,
  schedule: v.variant('kind', [
    v.object({ kind: v.literal('once'), due: isoDate }),
    v.object({
      kind: v.literal('yearly'),
      month: v.pipe(int, v.minValue(1, 'min'), v.maxValue(12, 'max')),
      day: v.pipe(int, v.minValue(1, 'min'), v.maxValue(31, 'max')),
      fromYear: year,
      toYear: v.optional(year),
    }),
  ]),
  doneBy: v.variant('kind', [
    v.object({ kind: v.literal('item-date'), itemId: str }),
    v.object({ kind: v.literal('report-date') }),
    v.object({ kind: v.literal('bloc-date'), itemId: str }),
  ]),
  assumed: v.optional(text),
});

const percent = v.pipe(finite, v.minValue(0, 'min'), v.maxValue(100, 'max'));

export const planSchema = v.object({
  id: str,
  title: text,
  shortTitle: text,
  documentName: v.optional(text),
  firstYear: year,
  startDate: isoDate,
  periodEndYear: year,
  sections: v.array(v.object({ id: str, title: text, kind: v.picklist(['target', 'task', 'milestone']) })),
  items: v.array(reportItem),
  milestones: v.array(milestone),
  blocTargets: v.array(
    v.object({
      itemId: str,
      minPercent: percent,
      clause: str,
      assumed: v.optional(text),
      deed: v.optional(text),
    }),
  ),
  provinceIndicators: v.array(
    v.object({
      id: str,
      label: text,
      rule: v.variant('kind', [
        v.object({ kind: v.literal('top'), rank: v.pipe(int, v.minValue(1, 'min')), byYear: year }),
        v.object({ kind: v.literal('improve'), places: v.pipe(int, v.minValue(1, 'min')) }),
      ]),
      clause: str,
      assumed: v.optional(text),
    }),
  ),
  blocItems: v.array(reportItem),
  legacyKeys: v.optional(
    v.record(
      v.pipe(v.string(), v.regex(/^[1-9]\d*$/, 'integer')),
      v.array(v.object({ itemId: str, key: str, kind: v.optional(valueKind) })),
    ),
  ),
  consistency: v.optional(
    v.array(
      v.object({
        kind: v.literal('sum-le'),
        id: str,
        items: v.pipe(v.array(str), v.minLength(1, 'nonempty')),
        max: str,
        label: text,
        clause: v.optional(str),
      }),
    ),
  ),
});

// A compile-time proof that what the schema returns is a Plan.
type SchemaPlan = v.InferOutput<typeof planSchema>;
const asPlan = (p: SchemaPlan): Plan => p;

/** Parses and checks a plan; failures are 'PLAN.INVALID' findings naming the bad path. */
export function loadPlan(data: unknown): Result<Plan> {
  const parsed = v.safeParse(planSchema, data);
  if (!parsed.success) return fail(issueFindings(CODE, parsed.issues));
  const plan = asPlan(parsed.output);
  const problems = checkReferences(plan);
  return problems.length > 0 ? fail(problems) : ok(plan);
}

const NUMERIC_KINDS = new Set(['count', 'percent', 'rank', 'ratio']);

/** Rules between parts of a plan that a shape schema cannot express. */
function checkReferences(plan: Plan): Finding[] {
  const out: Finding[] = [];
  const bad = (
    path: PathKey[],
    rule: Parameters<typeof ruleFinding>[2],
    received: unknown,
    expected?: string,
  ) => out.push(ruleFinding(CODE, path, rule, received, expected));

  if (plan.periodEndYear < plan.firstYear) bad(['periodEndYear'], 'order', plan.periodEndYear, 'firstYear');

  const sectionIds = new Set(plan.sections.map((s) => s.id));
  const itemIds = new Set<string>();
  const checkItem = (item: ReportItem, path: PathKey[]) => {
    if (itemIds.has(item.id)) bad([...path, 'id'], 'unique', item.id);
    itemIds.add(item.id);
    if (!sectionIds.has(item.section)) bad([...path, 'section'], 'unknown-ref', item.section, 'sections');
    if (item.kind === 'ratio' && item.ratio === undefined) bad([...path, 'ratio'], 'ratio-labels', undefined);
    const t = item.target;
    if (t !== undefined) {
      const fits = t.op === 'yes' ? item.kind === 'yesno' : NUMERIC_KINDS.has(item.kind);
      if (!fits) bad([...path, 'target', 'op'], 'target-for-kind', t.op, item.kind);
      if (t.op === 'between' && t.max < t.min) bad([...path, 'target', 'max'], 'order', t.max, 'min');
      if (item.kind === 'percent' || item.kind === 'ratio') {
        for (const key of ['value', 'min', 'max'] as const) {
          const n = (t as Partial<Record<typeof key, number>>)[key];
          if (n !== undefined && n < 0) bad([...path, 'target', key], 'min', n, '0');
          if (n !== undefined && n > 100) bad([...path, 'target', key], 'max', n, '100');
        }
      }
    }
  };
  plan.items.forEach((item, i) => checkItem(item, ['items', i]));
  const unitItems = new Map(plan.items.map((i) => [i.id, i]));
  plan.blocItems.forEach((item, i) => checkItem(item, ['blocItems', i]));
  const blocItemIds = new Set(plan.blocItems.map((i) => i.id));

  const milestoneIds = new Set<string>();
  plan.milestones.forEach((m, i) => {
    const path: PathKey[] = ['milestones', i];
    if (milestoneIds.has(m.id)) bad([...path, 'id'], 'unique', m.id);
    milestoneIds.add(m.id);
    const s = m.schedule;
    if (s.kind === 'yearly') {
      // 29/02 is allowed (it falls back to 28/02 in other years); 31/04 is not.
      if (isoFromParts(2024, s.month, s.day) === null) bad([...path, 'schedule', 'day'], 'max', s.day);
      if (s.toYear !== undefined && s.toYear < s.fromYear)
        bad([...path, 'schedule', 'toYear'], 'order', s.toYear, 'fromYear');
    }
    if (m.doneBy.kind === 'item-date' && !unitItems.has(m.doneBy.itemId))
      bad([...path, 'doneBy', 'itemId'], 'unknown-ref', m.doneBy.itemId, 'items');
    if (m.doneBy.kind === 'bloc-date' && !blocItemIds.has(m.doneBy.itemId))
      bad([...path, 'doneBy', 'itemId'], 'unknown-ref', m.doneBy.itemId, 'blocItems');
  });

  plan.blocTargets.forEach((t, i) => {
    if (!unitItems.has(t.itemId)) bad(['blocTargets', i, 'itemId'], 'unknown-ref', t.itemId, 'items');
  });

  const indicatorIds = new Set<string>();
  plan.provinceIndicators.forEach((p, i) => {
    if (indicatorIds.has(p.id)) bad(['provinceIndicators', i, 'id'], 'unique', p.id);
    indicatorIds.add(p.id);
  });

  (plan.consistency ?? []).forEach((rule, i) => {
    const numeric = (id: string) => NUMERIC_KINDS.has(unitItems.get(id)?.kind ?? '');
    rule.items.forEach((id, j) => {
      if (!numeric(id)) bad(['consistency', i, 'items', j], 'unknown-ref', id, 'items (count)');
    });
    if (!numeric(rule.max)) bad(['consistency', i, 'max'], 'unknown-ref', rule.max, 'items (count)');
  });
  return out;
}
