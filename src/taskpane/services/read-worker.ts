/**
 * The task pane's read worker: turns a picked file's bytes into a RawWorkbook with the one file
 * reader (src/xlsx readWorkbookFile), off the page's thread. exceljs parses synchronously, so a
 * hostile file can keep a thread busy for a minute; here that thread is this worker's, the pane
 * stays responsive and its Cancel ends the read by terminating the worker (read-worker-client.ts).
 * Started by webpack's `new Worker(new URL(...))`: a script of its own, served from the add-in's
 * own origin like the page.
 */
import { answerReadRequest, type ReadReply, type ReadRequest } from './read-worker-protocol';

// The worker's global scope; typed by hand, as the project's lib is the page's (DOM), not WebWorker.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(reply: ReadReply): void;
};

scope.onmessage = (event) => void answerReadRequest(event.data, (reply) => scope.postMessage(reply));
