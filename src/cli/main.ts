/**
 * The `baocao` command: dispatches to template, validate, consolidate, sample, demo and verify. Run by
 * bin/baocao.js; returns the exit code instead of calling process.exit, so tests and other
 * scripts can call it in-process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliContext, CliEnvironment } from './cli-context';
import { createContext } from './cli-context';
import { EXIT, langOf } from './cli-options';

export type { CliEnvironment } from './cli-context';

type Command = (argv: readonly string[], ctx: CliContext) => Promise<number>;

/*
 * Commands load on demand: `--help` or a typo should not wait for the file adapter and the whole core to
 * load. `require`, not `import()`: the CLI runs under tsx's CommonJS hook, which does not see
 * dynamic imports.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
export const COMMANDS: Record<string, () => Command> = {
  template: () => (require('./template') as typeof import('./template')).templateCommand,
  validate: () => (require('./validate') as typeof import('./validate')).validateCommand,
  consolidate: () => (require('./consolidate') as typeof import('./consolidate')).consolidateCommand,
  sample: () => (require('./sample') as typeof import('./sample')).sampleCommand,
  demo: () => (require('./demo') as typeof import('./demo')).demoCommand,
  verify: () => (require('./verify') as typeof import('./verify')).verifyCommand,
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** Options that may come before the command name ("baocao --lang en validate ..."). */
const LEADING_WITH_VALUE = new Set(['--lang', '--config']);

export async function main(argv: readonly string[], env: CliEnvironment): Promise<number> {
  const lang = langOf(argv);
  const quiet = argv.includes('--quiet') || argv.includes('-q');
  const ctx = createContext(env, typeof lang === 'string' ? lang : 'vi', quiet);
  if (typeof lang !== 'string') {
    ctx.error(ctx.m.usage.badLang(lang.bad));
    return EXIT.usage;
  }

  // Split the options before the command name from the command and its own arguments.
  const leading: string[] = [];
  let i = 0;
  while (i < argv.length && (argv[i] ?? '').startsWith('-')) {
    const a = argv[i] as string;
    if (a === '--help' || a === '-h') {
      ctx.always(ctx.m.help.main);
      return EXIT.ok;
    }
    if (a === '--version' || a === '-v') {
      ctx.always(ctx.m.version(version()));
      return EXIT.ok;
    }
    leading.push(a);
    if (LEADING_WITH_VALUE.has(a) && i + 1 < argv.length) leading.push(argv[++i] as string);
    i++;
  }
  const name = argv[i];
  if (name === undefined) {
    ctx.error(ctx.m.help.main);
    return EXIT.usage;
  }
  if (name === 'help') {
    const topic = argv[i + 1];
    const help =
      topic !== undefined && topic in ctx.m.help
        ? ctx.m.help[topic as keyof typeof ctx.m.help]
        : ctx.m.help.main;
    ctx.always(help);
    return EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    ctx.error(ctx.m.usage.unknownCommand(name));
    return EXIT.usage;
  }
  return load()([...leading, ...argv.slice(i + 1)], ctx);
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '?';
  } catch {
    return '?';
  }
}
