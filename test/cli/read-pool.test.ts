import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Settings } from '../../src/core/settings/settings-types';
import { ReadPool, readInputs, type InputFile, type InputRead } from '../../src/cli/read-intake';
import { defaultSettings } from '../../src/plans/de-an-04/default-settings';
import { validReportBytes } from '../bad-input/valid-report';

/**
 * The reading pool when a reading thread dies (a crash, running out of memory): a worker holds
 * several files at once, so which one killed it is not known. The file it held alone is
 * "unreadable"; files it held with others are read again, each alone on a fresh worker, so no
 * good file is lost and the one that kills its worker is named. The threads here run the real
 * read-worker, except that one dies on the file named crash.xlsx.
 */
const WORKER = join(__dirname, '../../src/cli/read-worker.ts');

function dyingOnCrash(settings: Settings): Worker {
  const boot = `
    require('tsx/cjs/api').register();
    require('node:worker_threads').parentPort.on('message', (r) => {
      if (r.file.name === 'crash.xlsx') process.exit(3);
    });
    require(${JSON.stringify(WORKER)});`;
  return new Worker(boot, { eval: true, workerData: settings });
}

describe('ReadPool: a reading thread that dies', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-read-pool-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const settings = defaultSettings('2025-12-31');
  let files: InputFile[];

  beforeAll(async () => {
    const bytes = await validReportBytes();
    files = ['a', 'b', 'crash', 'c', 'd', 'e'].map((n) => {
      const path = join(dir, `${n}.xlsx`);
      writeFileSync(path, bytes);
      return { path, name: `${n}.xlsx` };
    });
  });

  it('loses no good file and names the one that killed its worker', async () => {
    const pool = new ReadPool(2, settings, dyingOnCrash);
    let reads: InputRead[];
    try {
      reads = await Promise.all(files.map((f) => pool.read(f)));
    } finally {
      await pool.close();
    }
    const alone: InputRead[] = [];
    for await (const r of readInputs(files, settings, 0)) alone.push(r);
    expect(reads.map((r) => r.intake.file)).toEqual(files.map((f) => f.name));
    reads.forEach((r, i) => {
      if (r.intake.file === 'crash.xlsx') {
        expect(r.intake.kind).toBe('unreadable');
        expect(r.intake.findings[0]?.message.en).toContain('exit code 3');
        expect(r.sha256).toBeNull();
      } else expect(r).toEqual(alone[i]);
    });
  });
});
