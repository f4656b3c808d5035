/**
 * Issue 16 §5: names the command did not choose (file names, unit names typed in a report) are
 * printed with their control characters escaped, in every line of stdout and stderr: an escape
 * sequence in a file name cannot erase the line above, a newline cannot fake a line of its own.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printable } from '../../src/cli/printable';
import { BAD_FIXTURES_DIR } from '../bad-input/fixtures';
import { validFill, validReportBytes, validReportSpec } from '../bad-input/valid-report';
import { runCliWithin, tempDir, type Budget } from './run-cli';

const BUDGET: Budget = { seconds: 120, memoryMb: 600 };

describe('printable', () => {
  it.each([
    ['cursor up, erase line', 'a\x1b[1A\x1b[2Kb', 'keep', 'a\\x1B[1A\\x1B[2Kb'],
    ['carriage return', 'Bị từ chối\rĐã nhận', 'keep', 'Bị từ chối\\rĐã nhận'],
    ['one-byte CSI (C1)', 'a\u009b2Kb', 'keep', 'a\\x9B2Kb'],
    ['DEL and NUL', 'a\u007f\u0000b', 'keep', 'a\\x7F\\0b'],
    ['bidi override', 'tệp\u202Exslx.exe', 'keep', 'tệp\\u202Exslx.exe'],
    ['a message keeps its own newlines', 'dòng 1\ndòng 2', 'keep', 'dòng 1\ndòng 2'],
    ['a name shows its newline', 'a\nĐã nhận', 'escape', 'a\\nĐã nhận'],
    ['Vietnamese text and tabs are untouched', 'Sở Tư pháp\tĐạt', 'escape', 'Sở Tư pháp\tĐạt'],
  ])('%s', (_name, text, newlines, shown) => {
    expect(printable(text, newlines as 'keep' | 'escape')).toBe(shown);
  });
});

/** Every control character a line may not carry raw: all but newline and tab. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('§5 the terminal: hostile names are printed escaped in every line', () => {
  const tmp = tempDir('terminal');
  afterAll(() => tmp.remove());

  const FILES: [string, string][] = [
    ['BC\x1b[1A\x1b[2K.xlsx', 'BC\\x1B[1A\\x1B[2K.xlsx'],
    ['BC\rĐã nhận.xlsx', 'BC\\rĐã nhận.xlsx'],
    ['BC\nĐã nhận.xlsx', 'BC\\nĐã nhận.xlsx'],
    ['BC\u009b2K.xlsx', 'BC\\x9B2K.xlsx'],
  ];
  // ESC cannot be stored in a cell (XML 1.0 forbids it); the one-byte CSI (U+009B) can. The
  // reader drops control characters from typed text, and the printer would escape any left.
  const UNIT = 'Đảng bộ \u009b2K\u009b1AGiả';

  beforeAll(async () => {
    mkdirSync(join(tmp.path, 'in'));
    for (const [name] of FILES)
      copyFileSync(join(BAD_FIXTURES_DIR, 'valid.xlsx'), join(tmp.path, 'in', name));
    // A unit name typed with an escape sequence: not in the list, so the finding names it.
    const bytes = await validReportBytes([validReportSpec({ ...validFill(), unitName: UNIT })]);
    writeFileSync(join(tmp.path, 'in', 'unit.xlsx'), bytes);
  });

  it.each([
    ['validate', ['validate', 'in']],
    ['consolidate', ['consolidate', 'in', '--year', '2025', '-o', 'th.xlsx', '--force']],
  ])('%s', async (_name, args) => {
    const run = await runCliWithin(args, tmp.path, BUDGET);
    expect(run.killed).toBe(false);
    const lines = `${run.stdout}\n${run.stderr}`.split('\n');
    expect(lines.filter((l) => RAW_CONTROL.test(l))).toEqual([]);
    for (const [, shown] of FILES) expect(run.stdout + run.stderr).toContain(`in/${shown}`);
    // No name made a line of its own.
    expect(lines.filter((l) => /^Đã nhận\.xlsx/.test(l))).toEqual([]);
  });

  it('a unit name typed with control characters never reaches the terminal raw', async () => {
    const run = await runCliWithin(['validate', 'in/unit.xlsx'], tmp.path, BUDGET);
    expect(run.stdout).toMatch(/\(báo cáo ghi “Đảng bộ (\\x9B)?2K(\\x9B)?1AGiả”\)/);
    expect(RAW_CONTROL.test(run.stdout + run.stderr)).toBe(false);
  });
});
