import type { RawWorkbook } from '../../core/report/report-types';
import type { ReadLimits } from '../../core/settings/settings-types';
import type { Result } from '../../core/types';
import { readWorkbookFile } from '../../xlsx/read-workbook-file';

/**
 * The messages between the task pane and its read worker (read-worker.ts). Everything in them is
 * plain data, so it crosses by structured clone; the file's bytes are transferred, not copied.
 */

/** Read this file's bytes with these limits; `id` pairs the replies with the request. */
export interface ReadRequest {
  id: number;
  bytes: Uint8Array;
  name: string;
  limits: ReadLimits;
}

export type ReadReply =
  /** The worker took the request: its code is loaded and the read starts now (the time limit counts from here). */
  { id: number; type: 'started' } | { id: number; type: 'done'; result: Result<RawWorkbook> };

/**
 * How the worker answers a request: 'started' at once (the time limit counts from here), then the
 * one file reader's result. readWorkbookFile never rejects: whatever goes wrong is a finding.
 */
export async function answerReadRequest(
  request: ReadRequest,
  post: (reply: ReadReply) => void,
): Promise<void> {
  const { id, bytes, name, limits } = request;
  post({ id, type: 'started' });
  post({ id, type: 'done', result: await readWorkbookFile(bytes, name, limits) });
}
