import type { RawWorkbook } from '../../core/report/report-types';
import type { ReadLimits } from '../../core/settings/settings-types';
import { fail, type Finding, type Result } from '../../core/types';
import { fileFinding } from '../../xlsx/file-messages';
import type { ReadReply, ReadRequest } from './read-worker-protocol';
import { textOf } from './text-of';

/**
 * Reads workbook files for the task pane. In a browser (file mode, and Excel's task pane when files
 * are picked) each read runs in a Web Worker (read-worker.ts), so a file that takes long to parse
 * never freezes the pane: Cancel and the time limit end the read by terminating the worker, and the
 * next read starts a new one. Where there is no Worker (jest's jsdom), the same reader runs in this
 * thread; then a read cannot be stopped midway, only between files.
 */
export interface WorkbookReader {
  /**
   * The file's bytes as a RawWorkbook, or findings; never rejects. The bytes are handed over (the
   * caller must not use them afterwards). Once `signal` aborts, resolves at once with a
   * TASKPANE.READ_CANCELLED finding: the caller drops the file as not read.
   */
  read(
    bytes: Uint8Array,
    name: string,
    limits: ReadLimits,
    signal?: AbortSignal,
  ): Promise<Result<RawWorkbook>>;
  /** Ends the worker, if one runs. */
  close(): void;
}

/** A file that Cancel left unread (the one being read, and those after it). */
export function notReadFinding(name: string): Finding {
  return {
    code: 'TASKPANE.READ_CANCELLED',
    severity: 'info',
    file: name,
    message: textOf((c) => c.consolidate.notRead(name)),
  };
}

const readCancelled = (name: string): Result<RawWorkbook> => fail([notReadFinding(name)]);

/** A reader for this environment: in a worker where the browser has workers, else in this thread. */
export function workbookReader(): WorkbookReader {
  if (typeof Worker === 'function')
    return workerReader(async () => {
      // Eager: bundled with this module, no request of its own; see read-worker-start.ts for why it is apart.
      const { startReadWorker } = await import(/* webpackMode: "eager" */ './read-worker-start');
      return startReadWorker();
    });
  return inThreadReader();
}

function inThreadReader(): WorkbookReader {
  return {
    async read(bytes, name, limits, signal) {
      if (signal?.aborted) return readCancelled(name);
      const { readWorkbookFile } = await import(
        /* webpackChunkName: "xlsx" */ '../../xlsx/read-workbook-file'
      );
      return readWorkbookFile(bytes, name, limits);
    },
    close: () => undefined,
  };
}

/**
 * A reader over one worker at a time, started on the first read. Reads are answered by id, one
 * outcome each: the worker's result, the time limit (counted from when the worker starts the read,
 * so loading its code is not counted), Cancel, or the worker's own failure. The last three
 * terminate the worker, which is the only way to stop exceljs midway.
 */
export function workerReader(start: () => Promise<Worker>): WorkbookReader {
  let worker: Promise<Worker> | undefined;
  let nextId = 0;
  const stop = (which: Promise<Worker>) => {
    void which.then(
      (w) => w.terminate(),
      () => undefined,
    );
    if (worker === which) worker = undefined;
  };

  async function read(
    bytes: Uint8Array,
    name: string,
    limits: ReadLimits,
    signal?: AbortSignal,
  ): Promise<Result<RawWorkbook>> {
    if (signal?.aborted) return readCancelled(name);
    const current = (worker ??= start());
    let w: Worker;
    try {
      w = await current;
    } catch (e) {
      // The worker's code could not be loaded (the add-in's server is gone, say).
      stop(current);
      return fail([
        fileFinding('FILE.UNREADABLE', name, { reason: e instanceof Error ? e.message : String(e) }),
      ]);
    }
    const id = ++nextId;
    return new Promise((resolve) => {
      let limit: ReturnType<typeof setTimeout> | undefined;
      const finish = (result: Result<RawWorkbook>, terminate: boolean) => {
        clearTimeout(limit);
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
        signal?.removeEventListener('abort', onAbort);
        if (terminate) stop(current);
        resolve(result);
      };
      const onMessage = (event: MessageEvent<ReadReply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.type === 'started')
          limit = setTimeout(
            () => finish(fail([fileFinding('FILE.TIMEOUT', name, { limit: limits.maxMillisPerFile })]), true),
            limits.maxMillisPerFile,
          );
        else finish(reply.result, false);
      };
      // The worker itself failed (its script did not load, or it ran out of memory).
      const onError = (event: ErrorEvent) => {
        event.preventDefault();
        finish(fail([fileFinding('FILE.UNREADABLE', name, { reason: event.message || 'worker' })]), true);
      };
      const onAbort = () => finish(readCancelled(name), true);
      w.addEventListener('message', onMessage);
      w.addEventListener('error', onError);
      signal?.addEventListener('abort', onAbort, { once: true });
      if (signal?.aborted) return onAbort();
      const request: ReadRequest = { id, bytes, name, limits };
      // Transferred when the bytes are a whole buffer of their own (a picked file's always are).
      const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      w.postMessage(request, whole ? [bytes.buffer as ArrayBuffer] : []);
    });
  }

  return {
    read,
    close: () => {
      if (worker) stop(worker);
    },
  };
}
