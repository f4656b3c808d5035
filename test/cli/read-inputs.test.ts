import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Settings } from '../../src/core/settings/settings-types';
import { readInputs, type InputFile, type InputRead } from '../../src/cli/read-intake';
import { defaultSettings } from '../../src/plans/de-an-04/default-settings';
import { listBadFixtures } from '../bad-input/fixtures';

/**
 * The CLI's batch reader gives the same intakes and hashes, in the same order, whether it reads
 * on this thread or on a pool of worker threads: the bad-input fixtures (every kind of broken
 * file), a file that is not there and a folder among them. Each hash is the SHA-256 of the bytes
 * read (the verification record's), taken once with the read.
 */
async function collect(
  files: readonly InputFile[],
  workers: number,
  settings: Settings = defaultSettings('2025-12-31'),
): Promise<InputRead[]> {
  const out: InputRead[] = [];
  for await (const read of readInputs(files, settings, workers)) out.push(read);
  return out;
}

const sha256Of = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('readInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-read-inputs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'random.xlsx'), new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]));
  const fixtures = listBadFixtures();
  const files: InputFile[] = [
    ...fixtures.map((f) => ({ path: f.path, name: f.file })),
    { path: join(dir, 'missing.xlsx'), name: 'missing.xlsx' },
    { path: dir, name: 'a-folder.xlsx' },
    { path: join(dir, 'random.xlsx'), name: 'random.xlsx' },
  ];

  it.each([0, 2])('with %i worker threads: each file in order, hashed from its bytes', async (workers) => {
    const reads = await collect(files, workers);
    expect(reads.map((r) => r.intake.file)).toEqual(files.map((f) => f.name));
    reads.forEach((r, i) => {
      const file = files[i] as InputFile;
      const absent = file.name === 'missing.xlsx' || file.name === 'a-folder.xlsx';
      expect([file.name, r.sha256]).toEqual([file.name, absent ? null : sha256Of(file.path)]);
    });
  });

  it('reads on two worker threads exactly what it reads on one thread', async () => {
    expect(await collect(files, 2)).toEqual(await collect(files, 0));
  });

  it.each<[string, string]>([
    ['a file that is not there', 'missing.xlsx'],
    ['a folder', 'a-folder.xlsx'],
    ['bytes that are no workbook', 'random.xlsx'],
  ])('turns %s read on a worker into its finding', async (_case, name) => {
    const [read] = await collect([files.find((f) => f.name === name) as InputFile, ...files.slice(0, 1)], 2);
    expect(read?.intake.kind).toBe('unreadable');
    expect(read?.intake.findings.some((f) => f.severity === 'error' && f.file === name)).toBe(true);
  });

  it('hashes a file too large to read, without reading it whole, and says it is too large', async () => {
    const settings = defaultSettings('2025-12-31');
    const big = join(dir, 'big.xlsx');
    writeFileSync(big, new Uint8Array(2 * 1024 * 1024).fill(7));
    const small: Settings = { ...settings, limits: { ...settings.limits, maxFileBytes: 1024 * 1024 } };
    const [read] = await collect([{ path: big, name: 'big.xlsx' }], 0, small);
    expect(read?.intake.findings.map((f) => f.code)).toEqual(['FILE.TOO_LARGE']);
    expect(read?.sha256).toBe(sha256Of(big));
  });
});
