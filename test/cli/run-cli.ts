/**
 * Runs the `baocao` command as a subprocess (node bin/baocao.js), as a user would, and a shared
 * sample set for the CLI tests: generated once per test file into a temporary folder.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { SampleManifest } from '../../src/core/sample/sample-manifest';

export const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin', 'baocao.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

/** What a run may use: it is killed past `seconds`, and its peak memory is measured. */
export interface Budget {
  seconds: number;
  memoryMb: number;
}

export interface BudgetedRun extends CliRun {
  /** Killed for running past its time budget. */
  killed: boolean;
  /** Peak resident memory of the process, in MB (0 when it was killed before it could say). */
  peakMb: number;
}

/**
 * Runs the command within a budget: the child is killed (SIGKILL) when it runs past
 * `budget.seconds`, and it reports its own peak resident memory on exit (test/cli/budget-hook.js).
 * The test then checks `killed` and `peakMb` against the budget: no timing is asserted in jest.
 */
export function runCliWithin(args: string[], cwd: string, budget: Budget): Promise<BudgetedRun> {
  const rssFile = join(mkdtempSync(join(tmpdir(), 'baocao-rss-')), 'rss');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--require', join(__dirname, 'budget-hook.js'), BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', BAOCAO_TEST_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, budget.seconds * 1000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      let peakMb = 0;
      try {
        peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
      } catch {
        // killed before it could write
      }
      rmSync(dirname(rssFile), { recursive: true, force: true });
      done({ code: code ?? -1, stdout, stderr, killed, peakMb });
    });
  });
}

export function tempDir(label: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `baocao-${label}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A small sample set (12 units, 2024-2025): big enough for every kind of injected fault. */
export const SMALL_SAMPLE = ['--units', '12', '--years', '2024-2025', '--seed', '7'];

export async function makeSample(cwd: string, dir = 'sample', extra: string[] = []): Promise<SampleManifest> {
  const run = await runCli(['sample', ...SMALL_SAMPLE, '-o', dir, ...extra], cwd);
  if (run.code !== 0) throw new Error(`sample failed (${run.code}): ${run.stderr}`);
  return readManifest(join(cwd, dir));
}

export function readManifest(dir: string): SampleManifest {
  return JSON.parse(readFileSync(join(dir, 'sample-manifest.json'), 'utf8')) as SampleManifest;
}

/** SHA-1 of every file in a folder, by name. */
export function hashFolder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort())
    out[name] = createHash('sha1')
      .update(readFileSync(join(dir, name)))
      .digest('hex');
  return out;
}

export function hashFile(path: string): string {
  return createHash('sha1').update(readFileSync(path)).digest('hex');
}

/** The output of one file in `validate`'s listing: from its "Tệp <path>" line to the next. */
export function blockOf(stdout: string, file: string): string {
  const lines = stdout.split('\n');
  const start = lines.findIndex(
    (l) => /^(Tệp|File) /.test(l) && (l.endsWith(`/${file}`) || l.endsWith(` ${file}`)),
  );
  if (start < 0) return '';
  const end = lines.findIndex((l, i) => i > start && /^(Tệp|File) |^(Đã kiểm tra|Checked) /.test(l));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}
