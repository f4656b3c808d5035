import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkbookIntake } from '../../src/core/intake/intake';
import { readIntakes, type InputFile } from '../../src/cli/read-intake';
import { defaultSettings } from '../../src/plans/de-an-04/default-settings';
import { listBadFixtures } from '../bad-input/fixtures';

/**
 * The CLI's batch reader gives the same intakes, in the same order, whether it reads on this
 * thread or on a pool of worker threads: the bad-input fixtures (every kind of broken file),
 * a file that is not there and a folder among them.
 */
async function collect(files: readonly InputFile[], workers: number): Promise<WorkbookIntake[]> {
  const out: WorkbookIntake[] = [];
  for await (const intake of readIntakes(files, defaultSettings('2025-12-31'), workers)) out.push(intake);
  return out;
}

describe('readIntakes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-read-intakes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'random.xlsx'), new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]));
  const fixtures = listBadFixtures();
  const files: InputFile[] = [
    ...fixtures.map((f) => ({ path: f.path, name: f.file })),
    { path: join(dir, 'missing.xlsx'), name: 'missing.xlsx' },
    { path: dir, name: 'a-folder.xlsx' },
    { path: join(dir, 'random.xlsx'), name: 'random.xlsx' },
  ];

  it('reads on two worker threads exactly what it reads on one thread, in order', async () => {
    const alone = await collect(files, 0);
    const pooled = await collect(files, 2);
    expect(alone.map((i) => i.file)).toEqual(files.map((f) => f.name));
    expect(pooled).toEqual(alone);
  });

  it.each<[string, string]>([
    ['a file that is not there', 'missing.xlsx'],
    ['a folder', 'a-folder.xlsx'],
    ['bytes that are no workbook', 'random.xlsx'],
  ])('turns %s read on a worker into its finding', async (_case, name) => {
    const [intake] = await collect(
      [files.find((f) => f.name === name) as InputFile, ...files.slice(0, 1)],
      2,
    );
    expect(intake?.kind).toBe('unreadable');
    expect(intake?.findings.some((f) => f.severity === 'error' && f.file === name)).toBe(true);
  });
});
