/**
 * A reading thread of the CLI's pool (read-intake.ts): reads each file it is sent with the same
 * `readInput` as the main thread and answers with the intake and the hash. The settings come once, as the
 * worker's data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Settings } from '../core/settings/settings-types';
import { reason } from './load-settings';
import { readInput, type ReadAnswer, type ReadRequest } from './read-intake';

const settings = workerData as Settings;
const port = parentPort;
if (!port) throw new Error('read-worker runs as a worker thread of read-intake.ts');

port.on('message', (request: ReadRequest) => {
  readInput(request.file.path, request.file.name, settings).then(
    (read) => port.postMessage({ id: request.id, read } satisfies ReadAnswer),
    // readInput turns every expected failure into a finding; this is a bug, still one file's.
    (e: unknown) => port.postMessage({ id: request.id, error: reason(e) } satisfies ReadAnswer),
  );
});
