import { buildReportTemplate } from '../../core/template/report-template';
import { deAn04 } from '../../plans/de-an-04/plan';
import { defaultSettings } from '../../plans/de-an-04/default-settings';
import { writeXlsx } from '../../xlsx/write-xlsx';
import { answerReadRequest, type ReadReply, type ReadRequest } from './read-worker-protocol';
import { workerReader } from './read-worker-client';

const settings = defaultSettings('2025-11-20');
/** A short time limit, which the hanging worker meets (the outcome is checked, not the time)... */
const short = { ...settings.limits, maxMillisPerFile: 50 };
/** ...and a long one, which a real read in a busy test run never meets. */
const limits = { ...settings.limits, maxMillisPerFile: 600_000 };

type Behaviour = 'answers' | 'hangs' | 'fails';

/**
 * A stand-in for the browser's Worker (jest has none), speaking the worker's protocol in this
 * thread: 'answers' runs the real worker's answer (answerReadRequest, the one file reader);
 * 'hangs' starts and never finishes, as exceljs on a hostile file; 'fails' raises the worker's
 * error event, as a worker that ran out of memory.
 */
class WorkerDouble extends EventTarget {
  terminated = false;
  constructor(private readonly behaviour: Behaviour) {
    super();
  }
  postMessage(request: ReadRequest): void {
    const reply = (r: ReadReply) => {
      if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data: r }));
    };
    setTimeout(() => {
      if (this.behaviour === 'answers') void answerReadRequest(request, reply);
      else if (this.behaviour === 'hangs') reply({ id: request.id, type: 'started' });
      else
        this.dispatchEvent(
          Object.assign(new Event('error', { cancelable: true }), { message: 'out of memory' }),
        );
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A reader over doubles that behave as `behaviours` says, one per worker started. */
function readerOf(...behaviours: Behaviour[]) {
  const started: WorkerDouble[] = [];
  const reader = workerReader(async () => {
    const w = new WorkerDouble(behaviours[started.length] ?? 'answers');
    started.push(w);
    return w as unknown as Worker;
  });
  return { reader, started };
}

/** Lets the pending promise callbacks (a termination) run. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

let report: Uint8Array;
beforeAll(async () => {
  const unit = settings.units.find((u) => u.code === 'DV001')!;
  report = await writeXlsx([buildReportTemplate(deAn04, settings, unit, 2025)], { created: '2025-11-03' });
});
const bytes = () => report.slice();
const codes = (r: Awaited<ReturnType<ReturnType<typeof workerReader>['read']>>) =>
  r.ok ? ['ok'] : r.error.map((f) => f.code);

describe('workerReader (issue 16 §1: a read the pane can stop)', () => {
  it.each<[string, Behaviour, string[], boolean]>([
    ['the worker answers: its result, and the worker is kept for the next read', 'answers', ['ok'], false],
    [
      'the worker is still parsing at the time limit: FILE.TIMEOUT, the worker ended',
      'hangs',
      ['FILE.TIMEOUT'],
      true,
    ],
    [
      'the worker fails: FILE.UNREADABLE with its reason, the worker ended',
      'fails',
      ['FILE.UNREADABLE'],
      true,
    ],
  ])('%s', async (_, behaviour, expected, ended) => {
    const { reader, started } = readerOf(behaviour, 'answers');
    const first = await reader.read(bytes(), 'a.xlsx', behaviour === 'hangs' ? short : limits);
    expect(codes(first)).toEqual(expected);
    if (!first.ok) expect(first.error[0]?.file).toBe('a.xlsx');
    await tick();
    expect(started[0]?.terminated).toBe(ended);
    // The next read works, in a new worker when the first was ended.
    expect(codes(await reader.read(bytes(), 'b.xlsx', limits))).toEqual(['ok']);
    expect(started).toHaveLength(ended ? 2 : 1);
    reader.close();
    await tick();
    expect(started.every((w) => w.terminated)).toBe(true);
  });

  it('Cancel during a read answers at once with the file not read, ends the worker, and the next read starts a new one', async () => {
    const { reader, started } = readerOf('hangs', 'answers');
    const controller = new AbortController();
    const reading = reader.read(
      bytes(),
      'cham.xlsx',
      { ...limits, maxMillisPerFile: 600_000 },
      controller.signal,
    );
    await tick();
    controller.abort();
    const result = await reading;
    await tick();
    expect(codes(result)).toEqual(['TASKPANE.READ_CANCELLED']);
    if (!result.ok)
      expect(result.error[0]?.message.vi).toBe('Chưa đọc tệp cham.xlsx (đã dừng đọc theo yêu cầu).');
    expect(started[0]?.terminated).toBe(true);
    expect(codes(await reader.read(bytes(), 'b.xlsx', limits))).toEqual(['ok']);
    expect(started).toHaveLength(2);
  });

  it("says so when the worker's code cannot be loaded", async () => {
    const reader = workerReader(() => Promise.reject(new Error('chunk load failed')));
    const result = await reader.read(bytes(), 'a.xlsx', limits);
    expect(codes(result)).toEqual(['FILE.UNREADABLE']);
    if (!result.ok) expect(result.error[0]?.message.vi).toContain('chunk load failed');
  });
});
