import { intakeOfRead, type WorkbookIntake } from '../../core/intake/intake';
import type { Plan } from '../../core/plan/plan-types';
import type { RawWorkbook } from '../../core/report/report-types';
import type { Settings } from '../../core/settings/settings-types';
import { isoFromParts } from '../../core/text';
import { fail, type IsoDate, type Result } from '../../core/types';

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

/**
 * Reads one picked file with the .xlsx adapter (loaded on first use, as a chunk of its own). The
 * size is checked before the bytes are asked for, so a huge file is never loaded into memory.
 */
export async function readPickedFile(file: PickedFile, settings: Settings): Promise<Result<RawWorkbook>> {
  const [{ readWorkbookFile }, { fileFinding }] = await Promise.all([
    import(/* webpackChunkName: "xlsx" */ '../../xlsx/read-workbook-file'),
    import(/* webpackChunkName: "xlsx" */ '../../xlsx/file-messages'),
  ]);
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
  return readWorkbookFile(bytes, file.name, settings.limits);
}

/** A picked file through the one intake: report sources, bloc inputs and findings. */
export async function intakeOfPickedFile(
  file: PickedFile,
  ctx: { plan: Plan; settings: Settings },
): Promise<WorkbookIntake> {
  const modified = fileDate(file.lastModified);
  return intakeOfRead(await readPickedFile(file, ctx.settings), ctx.plan, ctx.settings, {
    name: file.name,
    ...(modified !== undefined ? { modified } : {}),
  });
}

/**
 * Reads files one by one, yielding to the interface between files, each through the one intake
 * (a file that cannot be read becomes one rejected source with its reason; a bloc data file gives
 * bloc inputs). Stops before the next file once `signal` is aborted; the files not read are
 * reported 'cancelled'.
 */
export async function readWorkbookFiles(
  files: readonly PickedFile[],
  ctx: { plan: Plan; settings: Settings },
  opts: { signal?: AbortSignal; onProgress?: (p: FileProgress) => void; firstIndex?: number } = {},
): Promise<WorkbookIntake[]> {
  const first = opts.firstIndex ?? 0;
  const intakes: WorkbookIntake[] = [];
  for (const [i, file] of files.entries()) {
    const index = first + i;
    if (opts.signal?.aborted) {
      opts.onProgress?.({ index, state: 'cancelled' });
      continue;
    }
    opts.onProgress?.({ index, state: 'reading' });
    await yieldToUi();
    const intake = await intakeOfPickedFile(file, ctx);
    intakes.push(intake);
    const reports = intake.kind === 'none' || intake.kind === 'unreadable' ? 0 : intake.sources.length;
    // Our own consolidation is read and skipped, not a file that failed.
    const usable =
      intake.sources.some((s) => s.read.ok) || intake.blocInputs.length > 0 || intake.kind === 'own-output';
    opts.onProgress?.({ index, state: usable ? 'read' : 'failed', reports });
  }
  return intakes;
}
