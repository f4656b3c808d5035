import { intakeOfRead, type WorkbookIntake } from '../../core/intake/intake';
import type { Plan } from '../../core/plan/plan-types';
import type { RawWorkbook } from '../../core/report/report-types';
import type { Settings } from '../../core/settings/settings-types';
import { isoFromParts } from '../../core/text';
import { fail, type IsoDate, type Result } from '../../core/types';
import { fileFinding } from '../../xlsx/file-messages';
import { workbookReader, type WorkbookReader } from './read-worker-client';

/** The part of a browser `File` the reader uses (tests pass plain objects). */
export interface PickedFile {
  name: string;
  size: number;
  lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type FileState = 'waiting' | 'reading' | 'read' | 'failed' | 'cancelled';

export interface FileProgress {
  index: number;
  state: FileState;
  /** Report sheets found, once read. */
  reports?: number;
}

/** The local calendar day of a file's modification time. */
export function fileDate(ms: number): IsoDate | undefined {
  if (!Number.isFinite(ms) || ms <= 0) return undefined;
  const d = new Date(ms);
  return isoFromParts(d.getFullYear(), d.getMonth() + 1, d.getDate()) ?? undefined;
}

/** Lets the browser paint and handle input (the Cancel button) between two files. */
export const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Where a picked file is read, and the Cancel that stops it (see WorkbookReader). */
export interface ReadOptions {
  /** The batch's reader; without one, the read has a reader of its own, closed after it. */
  reader?: WorkbookReader;
  signal?: AbortSignal;
}

/**
 * Reads one picked file with the one file reader, off the page's thread where the browser can (see
 * read-worker-client.ts). The size is checked before the bytes are asked for, so a huge file is
 * never loaded into memory.
 */
export async function readPickedFile(
  file: PickedFile,
  settings: Settings,
  opts: ReadOptions = {},
): Promise<Result<RawWorkbook>> {
  const limit = settings.limits.maxFileBytes;
  if (file.size > limit) return fail([fileFinding('FILE.TOO_LARGE', file.name, { bytes: file.size, limit })]);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    // A file moved or changed since it was picked: the browser no longer lets us read it.
    return fail([
      fileFinding('FILE.UNREADABLE', file.name, { reason: e instanceof Error ? e.message : String(e) }),
    ]);
  }
  const reader = opts.reader ?? workbookReader();
  try {
    return await reader.read(bytes, file.name, settings.limits, opts.signal);
  } finally {
    if (!opts.reader) reader.close();
  }
}

/** A picked file through the one intake: report sources, bloc inputs and findings. */
export async function intakeOfPickedFile(
  file: PickedFile,
  ctx: { plan: Plan; settings: Settings },
): Promise<WorkbookIntake> {
  return intakeOfRead(await readPickedFile(file, ctx.settings), ctx.plan, ctx.settings, sourceOf(file));
}

function sourceOf(file: PickedFile): { name: string; modified?: IsoDate } {
  const modified = fileDate(file.lastModified);
  return { name: file.name, ...(modified !== undefined ? { modified } : {}) };
}

/**
 * Reads files one by one with one reader (one worker) for the batch, yielding to the interface
 * between files, each through the one intake (a file that cannot be read becomes one rejected
 * source with its reason; a bloc data file gives bloc inputs). Once `signal` aborts, the file being
 * read is dropped at once (its worker is terminated) and it and the files after it are reported
 * 'cancelled' and left out of the result.
 */
export async function readWorkbookFiles(
  files: readonly PickedFile[],
  ctx: { plan: Plan; settings: Settings },
  opts: { signal?: AbortSignal; onProgress?: (p: FileProgress) => void; firstIndex?: number } = {},
): Promise<WorkbookIntake[]> {
  const first = opts.firstIndex ?? 0;
  const intakes: WorkbookIntake[] = [];
  const reader = workbookReader();
  try {
    for (const [i, file] of files.entries()) {
      const index = first + i;
      if (opts.signal?.aborted) {
        opts.onProgress?.({ index, state: 'cancelled' });
        continue;
      }
      opts.onProgress?.({ index, state: 'reading' });
      await yieldToUi();
      const read = await readPickedFile(file, ctx.settings, { reader, signal: opts.signal });
      if (opts.signal?.aborted) {
        opts.onProgress?.({ index, state: 'cancelled' });
        continue;
      }
      const intake = intakeOfRead(read, ctx.plan, ctx.settings, sourceOf(file));
      intakes.push(intake);
      const reports = intake.kind === 'none' || intake.kind === 'unreadable' ? 0 : intake.sources.length;
      // Our own consolidation is read and skipped, not a file that failed.
      const usable =
        intake.sources.some((s) => s.read.ok) || intake.blocInputs.length > 0 || intake.kind === 'own-output';
      opts.onProgress?.({ index, state: usable ? 'read' : 'failed', reports });
    }
  } finally {
    reader.close();
  }
  return intakes;
}
