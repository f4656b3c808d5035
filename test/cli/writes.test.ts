/**
 * Issue 16 §4: every write goes through a temporary file in the target's folder, renamed into
 * place, whatever the flags; no output may be an input of the same command; the temporary files
 * an interrupted run left are removed or named. Each case runs the real command as a child
 * process within a budget.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BAD_FIXTURES_DIR } from '../bad-input/fixtures';
import { hashFile, ROOT, runCli, runCliWithin, tempDir, type Budget } from './run-cli';

const BUDGET: Budget = { seconds: 120, memoryMb: 600 };
const tmp = tempDir('writes');
const CONFIG = 'sample/baocao.config.json';

beforeAll(async () => {
  const made = await runCli(['sample', '--units', '3', '--years', '2025', '-o', 'sample'], tmp.path);
  if (made.code !== 0) throw new Error(made.stderr);
  copyFileSync(join(BAD_FIXTURES_DIR, 'valid.xlsx'), join(tmp.path, 'report.xlsx'));
  // A settings file under an .xlsx name: only its path can tell it from an output.
  copyFileSync(join(tmp.path, CONFIG), join(tmp.path, 'cai-dat.xlsx'));
});
afterAll(() => tmp.remove());

const temps = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.baocao-tmp-'));

describe('§4 writes: a failed write never leaves a file under the final name', () => {
  // The file size limit (RLIMIT_FSIZE, set by prlimit) makes the write fail midway, as a full disk does.
  it.each([
    ['template without --force', ['template', '--unit', 'DV001', '--year', '2025', '-o', 'full/t.xlsx']],
    [
      'template with --force',
      ['template', '--unit', 'DV001', '--year', '2025', '-o', 'full/t.xlsx', '--force'],
    ],
    [
      'consolidate',
      ['consolidate', 'report.xlsx', '--year', '2025', '-o', 'full/th.xlsx', '--json', 'full/th.json'],
    ],
  ])('%s on a full disk', (_name, args) => {
    const run = spawnSync(
      'prlimit',
      ['--fsize=8000', process.execPath, join(ROOT, 'bin', 'baocao.js'), ...args],
      {
        cwd: tmp.path,
        encoding: 'utf8',
        timeout: BUDGET.seconds * 1000,
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Không ghi được “full\/(t|th)\.xlsx” \(EFBIG/);
    expect(readdirSync(join(tmp.path, 'full'))).toEqual([]);
  });
});

describe('§4 writes: no output may be an input of the same command, even with --force', () => {
  it.each([
    [
      'consolidate --json over --config',
      ['consolidate', 'report.xlsx', '--year', '2025', '--config', CONFIG, '--json', CONFIG],
      CONFIG,
    ],
    [
      'consolidate -o over --config',
      ['consolidate', 'report.xlsx', '--year', '2025', '--config', 'cai-dat.xlsx', '-o', 'cai-dat.xlsx'],
      'cai-dat.xlsx',
    ],
    [
      'consolidate -o over --bloc',
      [
        'consolidate',
        'report.xlsx',
        '--year',
        '2025',
        '--config',
        CONFIG,
        '--bloc',
        'sample/So-lieu-Khoi-2025.xlsx',
        '-o',
        'sample/So-lieu-Khoi-2025.xlsx',
      ],
      'sample/So-lieu-Khoi-2025.xlsx',
    ],
    [
      'consolidate -o over a report',
      ['consolidate', 'report.xlsx', '--year', '2025', '-o', 'report.xlsx'],
      'report.xlsx',
    ],
    [
      'template -o over --config',
      ['template', '--unit', 'DV001', '--year', '2025', '--config', 'cai-dat.xlsx', '-o', 'cai-dat.xlsx'],
      'cai-dat.xlsx',
    ],
    [
      'sample over its own --config',
      ['sample', '--units', '3', '--years', '2025', '-o', 'sample', '--config', CONFIG],
      CONFIG,
    ],
  ])('%s is refused before any work', async (_name, args, input) => {
    const before = hashFile(join(tmp.path, input));
    const run = await runCliWithin([...args, '--force'], tmp.path, BUDGET);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cũng là một tệp đầu vào');
    expect(hashFile(join(tmp.path, input))).toBe(before);
  });
});

describe('§4 writes: temporary files of an interrupted run are removed or named', () => {
  it.each([
    ['older than an hour: removed, with a note', 2 * 3600, /Đã xóa tệp tạm còn sót/, false],
    ['recent (maybe another run): named, kept', 0, /có tệp tạm của một lần chạy khác/, true],
  ])('%s', async (_name, ageSeconds, said, kept) => {
    const left = join(tmp.path, 'left', '.baocao-tmp-0a1b2c-t.xlsx');
    mkdirSync(join(tmp.path, 'left'), { recursive: true });
    writeFileSync(left, 'PK half a file');
    const t = Date.now() / 1000 - (ageSeconds as number);
    utimesSync(left, t, t);
    const run = await runCliWithin(
      ['template', '--unit', 'DV001', '--year', '2025', '-o', 'left/t.xlsx', '--force'],
      tmp.path,
      BUDGET,
    );
    expect(run.code).toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(said as RegExp);
    expect(existsSync(left)).toBe(kept);
    expect(temps(join(tmp.path, 'left'))).toEqual(kept ? ['.baocao-tmp-0a1b2c-t.xlsx'] : []);
  });
});
