/**
 * Issue 16 §2 and §3: what the command opens. A file's size is checked before its bytes are read;
 * only regular files are opened; a FIFO, a link loop, a broken link, a link to a folder and a
 * subfolder are each named and skipped; a symlinked report in a folder is followed once with a
 * note. Every case runs the real command as a child process within a budget (killed past its
 * time, its peak memory measured): a FIFO that is opened hangs, a file that is read costs its size.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BAD_FIXTURES_DIR } from '../bad-input/fixtures';
import { runCliWithin, tempDir, type Budget } from './run-cli';

const BUDGET: Budget = { seconds: 60, memoryMb: 400 };
const VALID = join(BAD_FIXTURES_DIR, 'valid.xlsx');

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir('inputs');
});
afterEach(() => tmp.remove());

describe('§2 size first: an over-limit file gets FILE.TOO_LARGE without its bytes being read', () => {
  it.each([
    // A sparse file: 1.9 GB long, nothing on disk. Reading it would take 1.9 GB of memory.
    ['1.9 GB', 1900 * 1024 * 1024, '1,9 GB'],
    ['one byte over the 20 MB default', 20 * 1024 * 1024 + 1, '20 MB'],
  ])('%s', async (_label, size, shown) => {
    const big = join(tmp.path, 'big.xlsx');
    writeFileSync(big, '');
    truncateSync(big, size);
    const run = await runCliWithin(['validate', 'big.xlsx'], tmp.path, BUDGET);
    expect(run.killed).toBe(false);
    expect(run.peakMb).toBeGreaterThan(0);
    expect(run.peakMb).toBeLessThan(BUDGET.memoryMb);
    expect(run.stdout).toContain('FILE.TOO_LARGE');
    expect(run.stdout).toContain(shown);
    expect(run.code).toBe(2);
  });
});

interface FolderCase {
  name: string;
  /** Makes the inputs in `dir`; returns the command's arguments. */
  setup(dir: string): string[];
  /** Lines that must be printed (stdout or stderr). */
  said: RegExp[];
  /** How many files validate reads (the valid report counted once). */
  checked: number;
}

/** A folder `in/` holding the valid report, plus whatever the case adds. */
function folderWithReport(dir: string): string {
  const folder = join(dir, 'in');
  mkdirSync(folder);
  copyFileSync(VALID, join(folder, 'BC-2025-DV001.xlsx'));
  return folder;
}

const FOLDER_CASES: FolderCase[] = [
  {
    name: 'a FIFO named .xlsx given as an argument is named and skipped (never opened: it would hang)',
    setup: (dir) => {
      mkfifo(join(dir, 'pipe.xlsx'));
      return ['pipe.xlsx'];
    },
    said: [/Bỏ qua “pipe\.xlsx”: không phải tệp thông thường \(FIFO/],
    checked: 1,
  },
  {
    name: 'a FIFO named .xlsx in a folder is named and skipped, the report beside it is read',
    setup: (dir) => {
      mkfifo(join(folderWithReport(dir), 'pipe.xlsx'));
      return ['in'];
    },
    said: [/Bỏ qua “in\/pipe\.xlsx”: không phải tệp thông thường/, /^Tệp in\/BC-2025-DV001\.xlsx$/m],
    checked: 2,
  },
  {
    name: 'a symlinked report in a folder is followed once, with a note',
    setup: (dir) => {
      const folder = join(dir, 'in');
      mkdirSync(folder);
      copyFileSync(VALID, join(dir, 'elsewhere.xlsx'));
      symlinkSync('../elsewhere.xlsx', join(folder, 'link.xlsx'));
      return ['in'];
    },
    said: [
      /“in\/link\.xlsx” là liên kết \(symlink\) đến “elsewhere\.xlsx”: đọc tệp đích/,
      /^Tệp in\/link\.xlsx$/m,
    ],
    checked: 1,
  },
  {
    name: 'a link to a report already listed is read once',
    setup: (dir) => {
      symlinkSync('BC-2025-DV001.xlsx', join(folderWithReport(dir), 'same.xlsx'));
      return ['in'];
    },
    said: [/“in\/same\.xlsx” là liên kết/],
    checked: 1,
  },
  {
    name: 'a symlink loop given as an argument is named as a loop, not "not found"',
    setup: (dir) => {
      symlinkSync('loop.xlsx', join(dir, 'loop.xlsx'));
      return ['loop.xlsx'];
    },
    said: [/Bỏ qua “loop\.xlsx”: liên kết \(symlink\) vòng lặp/],
    checked: 1,
  },
  {
    name: 'a symlink loop and a broken link in a folder are named',
    setup: (dir) => {
      const folder = folderWithReport(dir);
      symlinkSync('a.xlsx', join(folder, 'b.xlsx'));
      symlinkSync('b.xlsx', join(folder, 'a.xlsx'));
      symlinkSync('gone.xlsx', join(folder, 'broken.xlsx'));
      return ['in'];
    },
    said: [
      /“in\/a\.xlsx”: liên kết \(symlink\) vòng lặp/,
      /“in\/b\.xlsx”: liên kết/,
      /“in\/broken\.xlsx”: liên kết \(symlink\) hỏng/,
    ],
    checked: 4,
  },
  {
    name: 'a subfolder and a link to a folder are named, not silently left out',
    setup: (dir) => {
      const folder = folderWithReport(dir);
      mkdirSync(join(folder, 'nam-2024'));
      symlinkSync('nam-2024', join(folder, 'cu'));
      return ['in'];
    },
    said: [
      /Bỏ qua các thư mục con trong “in”: nam-2024/,
      /Bỏ qua “in\/cu”: liên kết \(symlink\) đến một thư mục/,
    ],
    checked: 2,
  },
];

describe('§3 folders: only regular files are opened; nothing is dropped without a line saying so', () => {
  it.each(FOLDER_CASES.map((c) => [c.name, c]))('%s', async (_name, c) => {
    const args = (c as FolderCase).setup(tmp.path);
    const run = await runCliWithin(['validate', ...args], tmp.path, BUDGET);
    expect(run.killed).toBe(false);
    const printed = `${run.stdout}\n${run.stderr}`;
    for (const r of (c as FolderCase).said) expect(printed).toMatch(r);
    expect(printed).not.toContain('Không tìm thấy');
    expect(run.stdout).toMatch(new RegExp(`Đã kiểm tra ${(c as FolderCase).checked} tệp`));
  });
});
