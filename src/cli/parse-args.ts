/**
 * A small command-line parser (no dependency): `--name value`, `--name=value`, `-x value`,
 * boolean flags, repeatable options, and `--` to end the options. It returns an error value
 * instead of throwing so the command can say, in the user's language, what was wrong.
 */
import type { Result } from '../core/types';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** One-letter alias, without the dash ('o' for -o). */
  short?: string;
  /** A string option that may be given more than once (values collected in order). */
  multiple?: boolean;
}

export type OptionSpecs = Record<string, OptionSpec>;

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean'
  ? boolean | undefined
  : S['multiple'] extends true
    ? string[]
    : string | undefined;

export type OptionValues<S extends OptionSpecs> = { [K in keyof S]: ValueOf<S[K]> };

export interface ParsedArgs<S extends OptionSpecs> {
  values: OptionValues<S>;
  positionals: string[];
}

export type ArgsError =
  | { kind: 'unknown-option'; option: string }
  | { kind: 'missing-value'; option: string }
  | { kind: 'unexpected-value'; option: string }
  | { kind: 'repeated-option'; option: string };

export function parseArgs<S extends OptionSpecs>(
  argv: readonly string[],
  specs: S,
): Result<ParsedArgs<S>, ArgsError> {
  const values: Record<string, string | boolean | string[] | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) if (spec.multiple) values[name] = [];
  const positionals: string[] = [];
  const byShort = new Map(
    Object.entries(specs).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])),
  );

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    // A lone '-' and anything not starting with '-' is a positional (a file name, a command).
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const eq = long ? arg.indexOf('=') : -1;
    const key = long ? arg.slice(2, eq === -1 ? undefined : eq) : arg.slice(1);
    const name = long ? key : byShort.get(key);
    const spec = name === undefined ? undefined : specs[name];
    if (name === undefined || spec === undefined)
      return { ok: false, error: { kind: 'unknown-option', option: arg } };
    const shown = long ? `--${name}` : arg;

    if (spec.type === 'boolean') {
      if (eq !== -1) return { ok: false, error: { kind: 'unexpected-value', option: shown } };
      values[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      // A value may itself start with '-' only via the '=' form; '-5' after '--units' would be
      // ambiguous with an option, so it is refused rather than guessed.
      if (next === undefined || (next.startsWith('-') && next !== '-'))
        return { ok: false, error: { kind: 'missing-value', option: shown } };
      value = next;
      i++;
    }
    if (spec.multiple) (values[name] as string[]).push(value);
    else if (values[name] !== undefined)
      return { ok: false, error: { kind: 'repeated-option', option: shown } };
    else values[name] = value;
  }
  return { ok: true, value: { values: values as OptionValues<S>, positionals } };
}
