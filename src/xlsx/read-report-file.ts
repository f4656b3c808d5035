import type { Plan } from '../core/plan/plan-types';
import type { UnitReport } from '../core/report/report-types';
import type { Settings } from '../core/settings/settings-types';
import { isConsolidationSheet } from '../core/summary/consolidation-sheets';
import { isReportSheet, parseReport } from '../core/template/parse-report';
import type { Finding, IsoDate, Result } from '../core/types';
import { fail } from '../core/types';
import { fileFinding } from './file-messages';
import { inspectFile, internalError } from './inspect-file';
import { readXlsx } from './read-xlsx';

/**
 * The ONE way a front door (CLI, file mode in the browser, tests) turns a file's bytes into
 * report sources: byte inspection (inspect-file.ts), then exceljs within a time limit, then the
 * core's parser on every report sheet. It never throws and never rejects: whatever goes wrong
 * becomes a finding, so one bad file among fifty never stops a consolidation.
 */

export interface FileSource {
  /** The sheet the report was read from (absent when the whole file failed). */
  sheet?: string;
  read: Result<UnitReport>;
}

export interface FileReadResult {
  file: string;
  /** One per report sheet found; empty when the file could not be read or has none. */
  sources: FileSource[];
  /** Findings about the file as a whole (FILE.*): errors that stopped it, or notes (macros, links). */
  fileFindings: Finding[];
}

/** Schedules `fn` after `ms` and returns a function that cancels it. */
export type After = (ms: number, fn: () => void) => () => void;

export interface ReadReportContext {
  plan: Plan;
  settings: Settings;
  /** The file's modification date from the file system, when the front door knows it. */
  modified?: IsoDate;
  /** The timer for the time limit; setTimeout by default (tests pass their own). */
  after?: After;
}

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

export async function readReportFile(
  bytes: Uint8Array,
  fileName: string,
  ctx: ReadReportContext,
): Promise<FileReadResult> {
  const file = fileName;
  const stop = (findings: Finding[]): FileReadResult => ({ file, sources: [], fileFindings: findings });
  try {
    const limits = ctx.settings.limits;
    const inspected = inspectFile(bytes, fileName, limits);
    const notes = inspected.findings;
    if (!inspected.workbook) return stop(notes);

    const read = await withinTime(
      readXlsx(inspected.workbook, fileName, limits),
      limits.maxMillisPerFile,
      ctx.after ?? defaultAfter,
    );
    if (read === TIMED_OUT) {
      return stop([...notes, fileFinding('FILE.TIMEOUT', file, { limit: limits.maxMillisPerFile })]);
    }
    if (!read.ok) return stop([...notes, ...read.error]);

    const workbook = read.value;
    const reportSheets = workbook.sheets.filter((sheet) => isReportSheet(sheet));
    if (reportSheets.length === 0) {
      if (workbook.sheets.some(isConsolidationSheet))
        return stop([...notes, fileFinding('FILE.OWN_OUTPUT', file, { format: '.xlsx' })]);
      const sheets = workbook.sheets.map((s) => s.name);
      return stop([...notes, fileFinding('FILE.NO_REPORT_SHEET', file, { sheets })]);
    }
    const modified = ctx.modified ?? workbook.modified;
    const sources = reportSheets.map((sheet): FileSource => {
      try {
        const source = { file, ...(modified ? { modified } : {}) };
        return { sheet: sheet.name, read: parseReport(sheet, ctx.plan, ctx.settings, source) };
      } catch (e) {
        // A bug in the parser for one sheet must not lose the other sheets.
        return {
          sheet: sheet.name,
          read: fail([fileFinding('FILE.UNREADABLE', file, { sheet: sheet.name, reason: internalError(e) })]),
        };
      }
    });
    return { file, sources, fileFindings: notes };
  } catch (e) {
    return stop([fileFinding('FILE.UNREADABLE', file, { reason: internalError(e) })]);
  }
}
