import { sourcesFromFile, type SourceInput } from '../../core/consolidate/consolidate';
import type { Plan } from '../../core/plan/plan-types';
import type { Settings } from '../../core/settings/settings-types';
import { isoFromParts } from '../../core/text';
import type { IsoDate } from '../../core/types';

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
 * Reads report files one by one, yielding to the interface between files, and turns each into
 * consolidation sources (a file that cannot be read becomes one rejected source with its reason).
 * exceljs is loaded here, on first use, as a separate chunk. Stops before the next file once
 * `signal` is aborted; the files not read are reported 'cancelled'.
 */
export async function readReportFiles(
  files: readonly PickedFile[],
  ctx: { plan: Plan; settings: Settings },
  opts: { signal?: AbortSignal; onProgress?: (p: FileProgress) => void; firstIndex?: number } = {},
): Promise<SourceInput[]> {
  const { readReportFile } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/read-report-file');
  const first = opts.firstIndex ?? 0;
  const sources: SourceInput[] = [];
  for (const [i, file] of files.entries()) {
    const index = first + i;
    if (opts.signal?.aborted) {
      opts.onProgress?.({ index, state: 'cancelled' });
      continue;
    }
    opts.onProgress?.({ index, state: 'reading' });
    await yieldToUi();
    const modified = fileDate(file.lastModified);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      // A file moved or changed since it was picked cannot be read; readReportFile says so.
      bytes = new Uint8Array(0);
    }
    const read = await readReportFile(bytes, file.name, {
      ...ctx,
      ...(modified !== undefined ? { modified } : {}),
    });
    const found = sourcesFromFile(read.file, read.sources, read.fileFindings, modified);
    sources.push(...found);
    const ok = found.some((s) => s.read.ok);
    opts.onProgress?.({ index, state: ok ? 'read' : 'failed', reports: read.sources.length });
  }
  return sources;
}
