import type { Finding, Severity } from '../core/types';
import type { CliContext } from './cli-context';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; within each, in the order found. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

/** "    Lỗi (VALUE.RANGE), ô E27: <message>" — severity, code and cell first, so they can be grepped. */
export function findingLine(ctx: CliContext, f: Finding, indent = '    '): string {
  const cell = f.cell ? (ctx.lang === 'vi' ? `, ô ${f.cell}` : `, cell ${f.cell}`) : '';
  return `${indent}${ctx.m.severity[f.severity]} (${f.code})${cell}: ${ctx.t(f.message)}`;
}

export const countOf = (findings: readonly Finding[], s: Severity): number =>
  findings.filter((f) => f.severity === s).length;
