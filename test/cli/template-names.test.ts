import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aUnit } from '../builders';
import { templateFileNames } from '../../src/cli/template';
import { runCli, tempDir } from './run-cli';

/**
 * Issue 16 §8: `template --all` must never write two units' templates to one file. Names are
 * ASCII slugs compared without case (Windows and macOS file names ignore it).
 */

const one = (code: string, name = 'Đảng bộ Sở Một') => aUnit({ code, name });

describe('templateFileNames: one file per unit, the same names for the same list', () => {
  it.each<[string, ReturnType<typeof one>[], string[]]>([
    [
      'distinct units keep their names',
      [one('DV01'), one('DV02', 'Đảng bộ Sở Hai')],
      ['BC-2025-DV01-So-Mot.xlsx', 'BC-2025-DV02-So-Hai.xlsx'],
    ],
    [
      'Đ and D slug alike: the later gets -2',
      [one('DV01'), one('ĐV01')],
      ['BC-2025-DV01-So-Mot.xlsx', 'BC-2025-DV01-So-Mot-2.xlsx'],
    ],
    [
      'codes differing in case clash on Windows',
      [one('dv01'), one('DV01')],
      ['BC-2025-dv01-So-Mot.xlsx', 'BC-2025-DV01-So-Mot-2.xlsx'],
    ],
    [
      "a suffix that is another unit's name is skipped",
      [one('DV01'), one('ĐV01'), one('dv01'), one('Dv01', 'Đảng bộ Sở Một 2')],
      [
        'BC-2025-DV01-So-Mot.xlsx',
        'BC-2025-DV01-So-Mot-3.xlsx',
        'BC-2025-dv01-So-Mot-4.xlsx',
        'BC-2025-Dv01-So-Mot-2.xlsx',
      ],
    ],
  ])('%s', (_case, units, names) => {
    const files = templateFileNames(2025, units);
    expect(files.map((f) => f.name)).toEqual(names);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(units.length);
    expect(files.filter((f) => f.clash).every((f) => f.clash?.unit.code === units[0]?.code)).toBe(true);
  });
});

describe('baocao template --all with two codes that slug alike', () => {
  const tmp = tempDir('template-names');
  afterAll(() => tmp.remove());

  it('writes both templates, and says which file the second went to', async () => {
    const units = [one('DV01'), one('ĐV01')];
    writeFileSync(join(tmp.path, 'cfg.json'), JSON.stringify({ units }));
    const run = await runCli(
      ['template', '--all', '--year', '2025', '-o', 'out', '--config', 'cfg.json'],
      tmp.path,
    );
    expect(run.code).toBe(0);
    expect(readdirSync(join(tmp.path, 'out')).sort()).toEqual([
      'BC-2025-DV01-So-Mot-2.xlsx',
      'BC-2025-DV01-So-Mot.xlsx',
    ]);
    expect(run.stdout).toContain(
      'Lưu ý: mẫu của ĐV01 Đảng bộ Sở Một và của DV01 Đảng bộ Sở Một sẽ trùng tên tệp “BC-2025-DV01-So-Mot.xlsx”',
    );
    expect(run.stdout).toContain('được ghi vào “BC-2025-DV01-So-Mot-2.xlsx”');
  });
});
