import type { RawWorkbook } from '../core/report/report-types';
import type { ReadLimits } from '../core/settings/settings-types';
import type { Result } from '../core/types';
import { fail, ok } from '../core/types';
import { fileFinding } from './file-messages';
import { inspectFile, internalError } from './inspect-file';
import { readXlsx } from './read-xlsx';

/**
 * The ONE way a front door (CLI, file mode in the browser, the Settings import, tests) turns a
 * file's bytes into a RawWorkbook: byte inspection (inspect-file.ts: size, zip bombs, encryption,
 * other formats), then exceljs within a time limit. It decides nothing about what the workbook
 * holds (the core's intake does) and never throws or rejects: whatever goes wrong becomes a
 * finding, so one bad file among fifty never stops a consolidation. Findings about the file that
 * did not stop it (macros, external links) travel as the workbook's `notes`.
 */

/** Schedules `fn` after `ms` and returns a function that cancels it. */
export type After = (ms: number, fn: () => void) => () => void;

const defaultAfter: After = (ms, fn) => {
  const handle = setTimeout(fn, ms);
  // In Node, a pending limit must not keep the process alive after the read is done.
  (handle as { unref?: () => void }).unref?.();
  return () => clearTimeout(handle);
};

const TIMED_OUT = Symbol('timed out');

/**
 * Resolves with the promise's value, or TIMED_OUT when `ms` pass first. The limitation: this
 * only stops the WAIT. exceljs parses each part synchronously between its awaits, so the timer
 * can fire only between parts, and the abandoned parse runs on to its end in the background
 * (there is no way to cancel it). The byte inspection before it bounds how much work that can
 * be (file size, inflated size, entries, sheets, cells), which is the real protection.
 */
async function withinTime<T>(promise: Promise<T>, ms: number, after: After): Promise<T | typeof TIMED_OUT> {
  let cancel: () => void = () => undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    cancel = after(ms, () => resolve(TIMED_OUT));
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    cancel();
  }
}

export async function readWorkbookFile(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits,
  after: After = defaultAfter,
): Promise<Result<RawWorkbook>> {
  try {
    const inspected = inspectFile(bytes, fileName, limits);
    const notes = inspected.findings;
    if (!inspected.workbook) return fail(notes);
    const read = await withinTime(
      readXlsx(inspected.workbook, fileName, limits),
      limits.maxMillisPerFile,
      after,
    );
    if (read === TIMED_OUT)
      return fail([...notes, fileFinding('FILE.TIMEOUT', fileName, { limit: limits.maxMillisPerFile })]);
    if (!read.ok) return fail([...notes, ...read.error]);
    return ok(notes.length > 0 ? { ...read.value, notes } : read.value);
  } catch (e) {
    return fail([fileFinding('FILE.UNREADABLE', fileName, { reason: internalError(e) })]);
  }
}
