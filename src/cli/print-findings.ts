import type { Finding, Severity } from '../core/types';
import type { CliContext } from './cli-context';

/** "    Lỗi (VALUE.RANGE), ô E27: <message>" — severity, code and cell first, so they can be grepped. */
export function findingLine(ctx: CliContext, f: Finding, indent = '    '): string {
  const cell = f.cell ? (ctx.lang === 'vi' ? `, ô ${f.cell}` : `, cell ${f.cell}`) : '';
  return `${indent}${ctx.m.severity[f.severity]} (${f.code})${cell}: ${ctx.t(f.message)}`;
}

export const countOf = (findings: readonly Finding[], s: Severity): number =>
  findings.filter((f) => f.severity === s).length;
