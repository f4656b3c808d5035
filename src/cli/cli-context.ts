/**
 * What every command gets: the language and its messages, where to print, the working folder,
 * and the clock. The CLI is the edge where the clock may be read (the core never does), and
 * `now` is injectable so tests can pin it.
 */
import { formatNumber } from '../core/text';
import type { IsoDate, Lang, Text } from '../core/types';
import { cliMessages } from './cli-messages';
import type { CliMessages } from './cli-messages';
import { printable } from './printable';
import type { ProgressStream } from './progress';

export interface CliStreams {
  stdout: ProgressStream;
  stderr: ProgressStream;
}

export interface CliContext {
  cwd: string;
  lang: Lang;
  quiet: boolean;
  m: CliMessages;
  // Every line below is printed through `printable`: names in it cannot drive the terminal.
  /** Results and summaries (stdout); silent with --quiet. */
  out(line?: string): void;
  /** Things that went wrong (stderr); always printed. */
  error(line: string): void;
  /** Lines that must reach stdout even with --quiet (validate's errors). */
  always(line: string): void;
  /** The progress stream (stderr). */
  progress: ProgressStream;
  now(): Date;
  /** Today's local date, for the default as-of date. */
  today(): IsoDate;
  /** A Text in the current language. */
  t(text: Text): string;
  /** Seconds since `startMs` (from `now()`), "12,3" / "12.3". */
  seconds(startMs: number): string;
}

export interface CliEnvironment {
  cwd: string;
  env?: Record<string, string | undefined>;
  streams?: CliStreams;
  now?: () => Date;
}

export function createContext(env: CliEnvironment, lang: Lang, quiet: boolean): CliContext {
  const streams: CliStreams = env.streams ?? { stdout: process.stdout, stderr: process.stderr };
  const now = env.now ?? (() => new Date());
  return {
    cwd: env.cwd,
    lang,
    quiet,
    m: cliMessages(lang),
    out: (line = '') => {
      if (!quiet) streams.stdout.write(`${printable(line)}\n`);
    },
    error: (line) => {
      streams.stderr.write(`${printable(line)}\n`);
    },
    always: (line) => {
      streams.stdout.write(`${printable(line)}\n`);
    },
    progress: streams.stderr,
    now,
    today: () => localIsoDate(now()),
    t: (text) => text[lang],
    seconds: (startMs) => formatNumber((now().getTime() - startMs) / 1000, lang, { decimals: 1 }),
  };
}

/** The calendar date of a moment in the machine's time zone (what "today" means to its user). */
export function localIsoDate(d: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local date and time "YYYY-MM-DDTHH:MM:SS", for when a batch was imported. */
export function localIsoDateTime(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localIsoDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
