/**
 * Plain-text tables for the bench's output: one per figure, the goal beside each measurement and
 * ✓/✗ where a goal applies.
 */

export type Align = 'left' | 'right';

export interface Column {
  title: string;
  align?: Align;
}

/** Display width: code points (the bench prints ASCII, ✓ and ✗, each one column wide). */
const width = (s: string): number => [...s].length;

const pad = (s: string, n: number, align: Align): string =>
  align === 'right' ? ' '.repeat(n - width(s)) + s : s + ' '.repeat(n - width(s));

export function renderTable(title: string, columns: readonly Column[], rows: readonly string[][]): string {
  const widths = columns.map((c, i) => Math.max(width(c.title), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 0, columns[i]?.align ?? 'left'))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [title, '', line(columns.map((c) => c.title)), rule, ...rows.map(line)].join('\n');
}

export const mark = (ok: boolean): string => (ok ? '✓' : '✗');

const KB = 1024;
const MB = 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(2)} MB`;
  if (bytes >= KB) return `${(bytes / KB).toFixed(1)} KB`;
  return `${bytes} B`;
}

export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(1)} ms`;
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** Milliseconds since `start` (from performance.now()). */
export const since = (start: number): number => performance.now() - start;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}
