import type { TargetRule } from '../plan/plan-types';

/** Rounds away binary noise (100 * 49 / 50) so boundaries compare as people expect. */
const clean = (n: number): number => Math.round(n * 1e9) / 1e9;

/**
 * Whether a value meets a target rule. Numbers are compared as given: percent and ratio items
 * pass their percent (0-100). A 'yes' rule is met by `true` only; a numeric rule never by a
 * boolean. Boundaries: '>' 90 is not met by 90; '>=' 98 is met by 98; 'between' includes both ends.
 */
export function meetsTarget(rule: TargetRule, value: number | boolean): boolean {
  if (rule.op === 'yes') return value === true;
  if (typeof value !== 'number') return false;
  const n = clean(value);
  switch (rule.op) {
    case '>':
      return n > rule.value;
    case '>=':
      return n >= rule.value;
    case '<':
      return n < rule.value;
    case '<=':
      return n <= rule.value;
    case '=':
      return n === rule.value;
    case 'between':
      return n >= rule.min && n <= rule.max;
  }
}
