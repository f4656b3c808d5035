import type { RawWorkbook } from '../core/report/report-types';
import type { ReadLimits } from '../core/settings/settings-types';
import type { Result } from '../core/types';
import { fail, ok } from '../core/types';
import { fileFinding } from './file-messages';
import { Stop, inspectFile, internalError } from './inspect-file';
import { scanWorkbook } from './scan-workbook';

/**
 * The ONE way a front door (CLI, file mode in the browser, the Settings import, tests) turns a
 * file's bytes into a RawWorkbook: byte inspection (inspect-file.ts: size, zip bombs, encryption,
 * other formats; every part inflated once), then the reader (scan-workbook.ts), which scans the
 * parts into the RawWorkbook within the bounds of what they may hold and within
 * `limits.maxMillisPerFile`, looking at the clock as it goes. It decides nothing about what the
 * workbook holds (the core's intake does) and never throws or rejects: whatever goes wrong
 * becomes a finding, so one bad file among fifty never stops a consolidation. Findings about the
 * file that did not stop it (macros, external links) travel as the workbook's `notes`. No
 * Node-only API: it runs in the browser's worker too.
 */

/** Schedules `fn` after `ms` and returns a function that cancels it. */
export type After = (ms: number, fn: () => void) => () => void;

const defaultAfter: After = (ms, fn) => {
  const handle = setTimeout(fn, ms);
  // In Node, a pending limit must not keep the process alive after the read is done.
  (handle as { unref?: () => void }).unref?.();
  return () => clearTimeout(handle);
};

export async function readWorkbookFile(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits,
  after: After = defaultAfter,
): Promise<Result<RawWorkbook>> {
  let timedOut = false;
  let cancel: () => void = () => undefined;
  try {
    // The reader looks at the clock itself (a synchronous scan cannot be interrupted); the timer
    // is a second word, for a caller whose own clock says stop (it is looked at with the clock).
    cancel = after(limits.maxMillisPerFile, () => {
      timedOut = true;
    });
    await Promise.resolve();
    return readNow(bytes, fileName, limits, () => timedOut);
  } catch (e) {
    return fail([fileFinding('FILE.UNREADABLE', fileName, { reason: internalError(e) })]);
  } finally {
    cancel();
  }
}

function readNow(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits,
  cancelled: () => boolean,
): Result<RawWorkbook> {
  const inspected = inspectFile(bytes, fileName, limits);
  const notes = inspected.findings;
  if (!inspected.parts) return fail(notes);
  try {
    const workbook = scanWorkbook(inspected.parts, fileName, limits, {
      inflatedBytes: inspected.inflatedBytes,
      cancelled,
    });
    return ok(notes.length > 0 ? { ...workbook, notes } : workbook);
  } catch (e) {
    if (e instanceof Stop) return fail([...notes, fileFinding(e.code, fileName, e.detail)]);
    return fail([...notes, fileFinding('FILE.UNREADABLE', fileName, { reason: internalError(e) })]);
  }
}
