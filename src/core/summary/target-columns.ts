import { effectivePlan } from '../plan/effective-plan';
import type { Plan, PlanSection, ReportItem, TargetRule } from '../plan/plan-types';
import type { Settings } from '../settings/settings-types';
import { formatNumber } from '../text';
import type { Lang, Text } from '../types';

/**
 * The bloc targets as the summary sheets show them: one column (or row) each, with a short code
 * ("1.1" = the first target item of the first target section) so a table of fifteen targets fits
 * an A4 page; the long labels go in a legend keyed by the same code.
 */
export interface TargetColumn {
  itemId: string;
  item: ReportItem;
  /** "1.1", "3.2": section number among the plan's target sections, then item number. */
  code: string;
  section: PlanSection | undefined;
  /** "Mục tiêu 1" / "Target 1" (or the section id for sections that are not targets). */
  group: Text;
  /** The unit's criterion in a few characters: "Có", "≥ 98%", "100%", "> 90%", "= 1", "1–2". */
  criterion: Text;
  /** Share of applicable units that must meet it (settings applied). */
  minPercent: number;
  /** The plan's verb phrase for a unit meeting it (BlocTarget.deed), if it has one. */
  deed?: Text;
  /** The plan does not state the unit criterion (it is marked "giả định" wherever shown). */
  criterionAssumed: boolean;
  /** The plan does not state the share of units (marked "giả định" wherever shown). */
  minPercentAssumed: boolean;
}

/** With `settings`, thresholds and bloc targets as overridden there; without, the plan's own. */
export function targetColumns(plan: Plan, settings?: Settings): TargetColumn[] {
  const ep = settings ? effectivePlan(plan, settings) : plan;
  const targetSections = ep.sections.filter((s) => s.kind === 'target');
  const itemIndex = new Map(ep.items.map((item, i) => [item.id, i]));
  const targets = [...ep.blocTargets]
    .filter((t) => itemIndex.has(t.itemId))
    .sort((a, b) => (itemIndex.get(a.itemId) ?? 0) - (itemIndex.get(b.itemId) ?? 0));
  const perSection = new Map<string, number>();
  return targets.map((t) => {
    const item = ep.items[itemIndex.get(t.itemId) ?? 0] as ReportItem;
    const section = ep.sections.find((s) => s.id === item.section);
    const n = targetSections.findIndex((s) => s.id === item.section) + 1;
    const k = (perSection.get(item.section) ?? 0) + 1;
    perSection.set(item.section, k);
    const head = n > 0 ? String(n) : item.section;
    return {
      itemId: t.itemId,
      item,
      code: `${head}.${k}`,
      section,
      group: n > 0 ? { vi: `Mục tiêu ${n}`, en: `Target ${n}` } : { vi: item.section, en: item.section },
      criterion: shortCriterion(item),
      minPercent: t.minPercent,
      ...(t.deed ? { deed: t.deed } : {}),
      criterionAssumed: item.target !== undefined && item.assumed !== undefined,
      minPercentAssumed: t.assumed !== undefined,
    };
  });
}

/** A target rule in a few characters, for a column heading. */
export function shortCriterion(item: ReportItem): Text {
  const rule: TargetRule | undefined = item.target;
  const pct = item.kind === 'percent' || item.kind === 'ratio' ? '%' : '';
  const n = (x: number, lang: Lang): string => formatNumber(x, lang, { maxDecimals: 2 }) + pct;
  const both = (f: (lang: Lang) => string): Text => ({ vi: f('vi'), en: f('en') });
  if (!rule) return { vi: '', en: '' };
  switch (rule.op) {
    case 'yes':
      return { vi: 'Có', en: 'Yes' };
    case 'between':
      return both((lang) => `${n(rule.min, lang)}–${n(rule.max, lang)}`);
    case '>=':
      // "At least 100%" of a percentage is all of it: "100%", not "≥ 100%".
      if (pct && rule.value === 100) return both((lang) => n(rule.value, lang));
      return both((lang) => `≥ ${n(rule.value, lang)}`);
    case '<=':
      return both((lang) => `≤ ${n(rule.value, lang)}`);
    default:
      return both((lang) => `${rule.op} ${n(rule.value, lang)}`);
  }
}
