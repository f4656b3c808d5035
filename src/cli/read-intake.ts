/**
 * How the CLI reads input files: the file's bytes, the .xlsx adapter, then the core's intake,
 * the same path as file mode and the open workbook take. A file the system will not give us
 * becomes a finding too, so it is listed like any other unreadable file. The size is checked
 * before any byte is read, as file mode checks `file.size`. The SHA-256 of the verification
 * record (chốt số liệu) is taken of the very bytes that were read, so the record describes what
 * was consolidated and no file is read twice.
 *
 * A large batch is read on a pool of worker threads, one per core (`readInputs`): reading is
 * CPU work (unzip, XML, the core's parse) and one thread leaves the other cores idle. Each worker
 * sends back only the workbook's intake (its sources and findings) and the hash, never the
 * workbook, and the pool reads at most a few files ahead of the one the caller is waiting for, so
 * memory does not grow with the batch beyond what the caller keeps.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { intakeOfRead, type WorkbookIntake } from '../core/intake/intake';
import type { Settings } from '../core/settings/settings-types';
import { fail } from '../core/types';
import { deAn04 } from '../plans/de-an-04/plan';
import { fileFinding } from '../xlsx/file-messages';
import { readWorkbookFile } from '../xlsx/read-workbook-file';
import { readRegularFile, type ReadRegular } from './cli-files';
import { hashFile } from './hash-file';
import { reason } from './load-settings';

/** A file of the batch as read: its intake, and the SHA-256 of its bytes (null: none could be read). */
export interface InputRead {
  intake: WorkbookIntake;
  sha256: string | null;
}

/** A file's bytes, or why there are none. */
type Fetched = ReadRegular | { ok: false; kind: 'error'; why: string };

function fetchBytes(path: string, settings: Settings): Fetched {
  try {
    return readRegularFile(path, settings.limits.maxFileBytes);
  } catch (e) {
    return { ok: false, kind: 'error', why: reason(e) };
  }
}

export async function readInput(path: string, name: string, settings: Settings): Promise<InputRead> {
  return inputOf(fetchBytes(path, settings), path, name, settings);
}

async function inputOf(fetched: Fetched, path: string, name: string, settings: Settings): Promise<InputRead> {
  if (fetched.ok) {
    const sha256 = createHash('sha256').update(fetched.bytes).digest('hex');
    const read = await readWorkbookFile(fetched.bytes, name, settings.limits);
    return { intake: intakeOfRead(read, deAn04, settings, { name }), sha256 };
  }
  switch (fetched.kind) {
    case 'too-large': {
      // Not read, but listed in the record all the same: hashed as a stream, never held whole.
      const limit = settings.limits.maxFileBytes;
      const finding = fileFinding('FILE.TOO_LARGE', name, { bytes: fetched.size, limit });
      return { intake: failedIntake(name, settings, finding), sha256: await hashFile(path) };
    }
    case 'not-regular':
      return { intake: unreadable(name, settings, 'not a regular file'), sha256: null };
    case 'error':
      return { intake: unreadable(name, settings, fetched.why), sha256: null };
  }
}

function failedIntake(name: string, settings: Settings, finding: ReturnType<typeof fileFinding>) {
  return intakeOfRead(fail([finding]), deAn04, settings, { name });
}

/** The intake of a file that could not be read at all, saying why. */
export function unreadable(name: string, settings: Settings, why: string): WorkbookIntake {
  return failedIntake(name, settings, fileFinding('FILE.UNREADABLE', name, { reason: why }));
}

export interface InputFile {
  path: string;
  /** As shown to the user and written in findings. */
  name: string;
}

/**
 * From this many files a batch is read on worker threads. Measured on the shared 2-CPU build
 * machine (docs/performance.md, figure 3c): the pool was slower than one thread at 70-300 files
 * (each worker loads the reader's modules and warms up its own code) and no faster at 661 files
 * (5.8-5.9 s against 5.4-6.2 s, load average 2); so only batches well past that use it.
 */
export const POOL_FROM_FILES = 1000;

/** Workers for a batch of `files` files: one per core from POOL_FROM_FILES files, else none. */
export function workersFor(files: number): number {
  const cores = availableParallelism();
  return files >= POOL_FROM_FILES && cores > 1 ? cores : 0;
}

/**
 * Each file as read, in the order of `files`, whatever order the workers finish in. With
 * `workers` 0 the files are read one after the other on this thread.
 */
export async function* readInputs(
  files: readonly InputFile[],
  settings: Settings,
  workers = workersFor(files.length),
): AsyncGenerator<InputRead> {
  if (workers === 0) {
    for (const f of files) yield await readInput(f.path, f.name, settings);
    return;
  }
  const pool = new ReadPool(Math.min(workers, files.length), settings);
  // Reading ahead keeps every worker busy while the caller handles the file before; two files
  // per worker is enough for that and bounds what waits in memory.
  const ahead = 2 * pool.size;
  const pending: Promise<InputRead>[] = [];
  try {
    for (let i = 0; i < files.length; i++) {
      for (let j = pending.length; j <= Math.min(i + ahead, files.length - 1); j++)
        pending.push(pool.read(files[j] as InputFile));
      const read = await (pending[i] as Promise<InputRead>);
      delete pending[i];
      yield read;
    }
  } finally {
    await pool.close();
  }
}

/** What a worker is sent, and what it answers. */
export interface ReadRequest {
  id: number;
  file: InputFile;
}
export type ReadAnswer = { id: number; read: InputRead } | { id: number; error: string };

interface Task {
  file: InputFile;
  done: (read: InputRead) => void;
  /** Held by a worker that died with other files: read again on a worker of its own. */
  alone?: boolean;
}

/**
 * Files a worker holds at once, so that it finds the next file waiting when it finishes one and
 * never idles while its answer travels to the main thread and the next file comes back: with one
 * file at a time the pool was slower than one thread (1.47× at 661 files).
 */
const HELD_PER_WORKER = 3;

/**
 * Worker threads running read-worker, each holding up to HELD_PER_WORKER files. A worker that
 * dies (a crash, running out of memory) is replaced; the file it held alone becomes an
 * "unreadable" finding, and files it held with others are read again, each alone on a worker, so
 * the one that kills its worker is found and no good file is lost: one bad file never stops the
 * batch, as on a single thread.
 */
export class ReadPool {
  private readonly held = new Map<Worker, Map<number, Task>>();
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly settings: Settings,
    /** Starts a reading thread (a test gives one that can be made to die). */
    private readonly start: (settings: Settings) => Worker = startWorker,
  ) {
    for (let i = 0; i < size; i++) this.held.set(this.spawn(), new Map());
  }

  read(file: InputFile): Promise<InputRead> {
    return new Promise((done) => {
      this.queue.push({ file, done });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.held.keys()];
    this.held.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }

  /** A file a worker could not answer for: unreadable, and no hash (its bytes were not kept). */
  private unread(file: InputFile, why: string): InputRead {
    return { intake: unreadable(file.name, this.settings, why), sha256: null };
  }

  /** The worker with room for `task`: the least loaded; a file read alone needs an empty one. */
  private workerFor(task: Task): Worker | undefined {
    let best: Worker | undefined;
    let least = Infinity;
    for (const [worker, tasks] of this.held) {
      const full = [...tasks.values()].some((t) => t.alone) || tasks.size >= HELD_PER_WORKER;
      if (full || (task.alone && tasks.size > 0)) continue;
      if (tasks.size < least) [best, least] = [worker, tasks.size];
    }
    return best;
  }

  private dispatch(): void {
    if (this.held.size === 0)
      for (const task of this.queue.splice(0))
        void readInput(task.file.path, task.file.name, this.settings)
          .catch((e: unknown) => this.unread(task.file, reason(e)))
          .then(task.done);
    for (let task = this.queue[0]; task; task = this.queue[0]) {
      const worker = this.workerFor(task);
      if (!worker) return;
      this.queue.shift();
      const id = this.nextId++;
      this.held.get(worker)?.set(id, task);
      worker.postMessage({ id, file: task.file } satisfies ReadRequest);
    }
  }

  private spawn(): Worker {
    const worker = this.start(this.settings);
    worker.on('message', (answer: ReadAnswer) => {
      const tasks = this.held.get(worker);
      const task = tasks?.get(answer.id);
      if (!tasks || !task) return;
      tasks.delete(answer.id);
      task.done('read' in answer ? answer.read : this.unread(task.file, answer.error));
      this.dispatch();
    });
    let gone = false;
    const lost = (why: string) => {
      // 'error' is followed by 'exit': the first one counts.
      if (gone || this.closed) return;
      gone = true;
      const tasks = [...(this.held.get(worker)?.values() ?? [])];
      this.held.delete(worker);
      if (tasks.length === 1 && tasks[0]) tasks[0].done(this.unread(tasks[0].file, why));
      // Which of several files killed the worker is not known: each is read again, alone.
      else this.queue.unshift(...tasks.map((t) => ({ ...t, alone: true })));
      // A worker that dies holding no file could not start: no new one, and with none left the
      // files still waiting are read here.
      if (tasks.length > 0) this.held.set(this.spawn(), new Map());
      this.dispatch();
    };
    worker.on('error', (e) => lost(reason(e)));
    worker.on('exit', (code) => lost(`the reading thread stopped (exit code ${code})`));
    return worker;
  }
}

/**
 * A worker running read-worker: the built JavaScript next to this file, or, when the CLI runs
 * from its TypeScript sources (bin/baocao.js's fallback, the tests), the source through tsx.
 */
function startWorker(settings: Settings): Worker {
  const ext = extname(__filename);
  const entry = join(__dirname, `read-worker${ext}`);
  if (ext === '.js') return new Worker(entry, { workerData: settings });
  const boot = `require('tsx/cjs/api').register(); require(${JSON.stringify(entry)});`;
  return new Worker(boot, { eval: true, workerData: settings });
}
