/**
 * Progress per file on long runs, on stderr so stdout stays the result. On a terminal a bar
 * that redraws in place; in a pipe or a CI log one plain line per file
 * ("[12/70] BC-2025-DV012.xlsx: Đã nhận"), which greps and diffs well. Silent with --quiet.
 */

import { printable } from './printable';

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** One file done: its name and a short status in the user's language. */
  step(label: string, status: string): void;
  /** Clears the bar (TTY) so what follows starts on a clean line. */
  done(): void;
}

const BAR_WIDTH = 24;

export function createProgress(total: number, stream: ProgressStream, quiet: boolean): Progress {
  let count = 0;
  if (quiet || total === 0) return { step: () => undefined, done: () => undefined };
  const counter = (n: number): string => `[${String(n).padStart(String(total).length)}/${total}]`;

  if (!stream.isTTY) {
    return {
      step(label, status) {
        count++;
        stream.write(`${counter(count)} ${printable(label, 'escape')}: ${printable(status, 'escape')}\n`);
      },
      done: () => undefined,
    };
  }

  let drawn = false;
  return {
    step(label) {
      count++;
      const filled = Math.round((count / total) * BAR_WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      const line = `${bar} ${counter(count)} ${printable(label, 'escape')}`;
      stream.write(`\r\x1b[2K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
