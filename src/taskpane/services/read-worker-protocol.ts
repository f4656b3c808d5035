import type { RawWorkbook } from '../../core/report/report-types';
import type { ReadLimits } from '../../core/settings/settings-types';
import type { Result } from '../../core/types';

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
