/**
 * Options every command shares, and readers for option values (years, dates, numbers) that
 * print what is wrong in the user's language and return undefined.
 */
import { isoFromParts, isValidIso } from '../core/text';
import type { IsoDate, Lang } from '../core/types';
import type { CliContext } from './cli-context';
import { parseArgs } from './parse-args';
import type { OptionSpecs, OptionValues } from './parse-args';

export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  quiet: { type: 'boolean', short: 'q' },
  lang: { type: 'string' },
  config: { type: 'string' },
} as const satisfies OptionSpecs;

export type CommonOptions = typeof COMMON_OPTIONS;

/** Exit codes: 0 success, 1 a report has errors, 2 usage error or unreadable input. */
export const EXIT = { ok: 0, reportErrors: 1, usage: 2 } as const;

/**
 * Parses a command's arguments (its own options plus the common ones). Prints the problem and
 * returns undefined on a usage error.
 */
export function parseCommand<S extends OptionSpecs>(
  cmd: string,
  argv: readonly string[],
  specs: S,
  ctx: CliContext,
): { values: OptionValues<S & CommonOptions>; positionals: string[] } | undefined {
  const all = { ...COMMON_OPTIONS, ...specs } as S & CommonOptions;
  const parsed = parseArgs(argv, all);
  if (parsed.ok) return parsed.value;
  const u = ctx.m.usage;
  const e = parsed.error;
  const line =
    e.kind === 'unknown-option'
      ? u.unknownOption(e.option, cmd)
      : e.kind === 'missing-value'
        ? u.missingValue(e.option, cmd)
        : e.kind === 'unexpected-value'
          ? u.unexpectedValue(e.option, cmd)
          : u.repeatedOption(e.option, cmd);
  ctx.error(line);
  return undefined;
}

/** The language from the arguments, looked up before parsing so even parse errors use it. */
export function langOf(argv: readonly string[]): Lang | { bad: string } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') break;
    const value =
      a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value === undefined) continue;
    if (value === 'vi' || value === 'en') return value;
    return { bad: value };
  }
  return 'vi';
}

export function readYear(value: string | undefined, option: string, ctx: CliContext): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(n) || n < 1900 || n > 2200) {
    ctx.error(ctx.m.usage.badYear(value, option));
    return undefined;
  }
  return n;
}

/** "2021-2025", "2025", "2024,2025" -> sorted distinct years. */
export function readYears(value: string, ctx: CliContext): number[] | undefined {
  const years = new Set<number>();
  for (const part of value.split(',').map((p) => p.trim())) {
    const m = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(part);
    const from = m ? Number(m[1]) : NaN;
    const to = m?.[2] !== undefined ? Number(m[2]) : from;
    if (!m || from < 1900 || to > 2200 || to < from || to - from > 50) {
      ctx.error(ctx.m.usage.badYears(value));
      return undefined;
    }
    for (let y = from; y <= to; y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** YYYY-MM-DD or dd/mm/yyyy (also with '-' or '.'), as an ISO date. */
export function readDate(value: string, option: string, ctx: CliContext): IsoDate | undefined {
  const t = value.trim();
  if (isValidIso(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = m ? isoFromParts(Number(m[3]), Number(m[2]), Number(m[1])) : null;
  if (iso === null) {
    ctx.error(ctx.m.usage.badDate(value, option));
    return undefined;
  }
  return iso;
}

export function readInteger(
  value: string,
  option: string,
  min: number,
  max: number,
  ctx: CliContext,
): number | undefined {
  const n = /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    ctx.error(ctx.m.usage.badInteger(value, option, min, max));
    return undefined;
  }
  return n;
}
