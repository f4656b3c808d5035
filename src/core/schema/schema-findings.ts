import * as v from 'valibot';
import type { Finding } from '../types';
import { schemaIssue, type SchemaRule } from './schema-messages';

/**
 * Shared by plan-schema and settings-schema: valibot issues and cross-reference checks become
 * findings whose message starts with the bad path ("items[3].target.value: ..."). Schema
 * actions carry a SchemaRule key as their valibot message, so the catalogue can word them in
 * both languages; valibot's own English messages are never shown.
 */

export type PathKey = string | number;

/** ['items', 3, 'target', 'value'] -> 'items[3].target.value'. */
export function formatPath(path: readonly PathKey[]): string {
  return path.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s === '' ? k : `${s}.${k}`),
    '',
  );
}

/** A short, safe rendering of a received value for messages. */
export function describeValue(x: unknown): string {
  if (x === undefined) return 'undefined';
  if (typeof x === 'string') return JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x);
  if (typeof x === 'number' || typeof x === 'boolean' || x === null) return String(x);
  return Array.isArray(x) ? 'Array' : 'Object';
}

const RULES = new Set<string>([
  'nonempty',
  'integer',
  'min',
  'max',
  'iso-date',
  'month-day',
  'deadline',
  'unique',
  'unknown-ref',
  'order',
  'target-for-kind',
  'ratio-labels',
  'merged-needs-end',
  'unknown-key',
]);

export function ruleFinding(
  code: string,
  path: readonly PathKey[],
  rule: SchemaRule,
  received: unknown,
  expected?: string,
): Finding {
  const problem = { kind: 'rule' as const, rule, received: describeValue(received), expected };
  return {
    code,
    severity: 'error',
    message: schemaIssue(formatPath(path), problem),
    value: problem.received,
  };
}

export function issueFindings(code: string, issues: readonly v.BaseIssue<unknown>[]): Finding[] {
  return issues.map((issue) => {
    const path = formatPath((issue.path ?? []).map((p) => p.key as PathKey));
    // A rule's own "received" is what it measured (a length); show the value itself instead.
    const received = issue.kind === 'schema' ? issue.received : describeValue(issue.input);
    const requirement = (issue as { requirement?: unknown }).requirement;
    // A strict object's extra key: valibot says "expected never"; name the key instead.
    if (issue.type === 'strict_object')
      return ruleFinding(
        code,
        (issue.path ?? []).map((p) => p.key as PathKey),
        'unknown-key',
        issue.input,
      );
    const message = RULES.has(issue.message)
      ? schemaIssue(path, {
          kind: 'rule',
          rule: issue.message as SchemaRule,
          received,
          expected: typeof requirement === 'number' ? String(requirement) : undefined,
        })
      : issue.kind === 'schema'
        ? schemaIssue(path, { kind: 'type', expected: issue.expected ?? '', received })
        : schemaIssue(path, { kind: 'rule', rule: 'other', received });
    return { code, severity: 'error' as const, message, value: received };
  });
}
