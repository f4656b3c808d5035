/**
 * Generated report files for the CLI figures, made once and kept under the system's temporary
 * folder: 7,000 files take minutes to write, and the same seed gives the same bytes. A folder is
 * reused only when it was completed for the same unit count, year and seed by the same generator
 * source (a hash of the code that shapes the files), so a change to the template is never measured
 * against stale files.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, relative } from 'node:path';
import { createContext } from '../src/cli/cli-context';
import { runSample } from '../src/cli/sample';
import { BENCH_SEED, BENCH_YEAR } from './report-batch';

export interface SampleSet {
  dir: string;
  units: number;
  /** Every .xlsx in the folder: report files and the bloc data file. */
  xlsxFiles: number;
  bytes: number;
  /** How long writing the files took (when this run made them, or when they were made). */
  generationMs: number;
  /** True when an earlier run's files were reused. */
  reused: boolean;
}

const ROOT = join(os.tmpdir(), 'baocao-bench');
const KEY_FILE = '.bench-key.json';
/** What decides the files' bytes: the sample model, template, plan, text layer, writer, command. */
const GENERATOR_SOURCES = ['src/core', 'src/plans', 'src/xlsx', 'src/cli/sample.ts'];

async function filesUnder(path: string): Promise<string[]> {
  const s = await stat(path);
  if (!s.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => e.isDirectory() || (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')))
      .map((e) => filesUnder(join(path, e.name))),
  );
  return nested.flat();
}

async function generatorHash(repo: string): Promise<string> {
  const files = (await Promise.all(GENERATOR_SOURCES.map((p) => filesUnder(join(repo, p))))).flat().sort();
  const hash = createHash('sha256');
  for (const f of files)
    hash
      .update(relative(repo, f))
      .update('\0')
      .update(await readFile(f))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

async function xlsxStats(dir: string): Promise<{ count: number; bytes: number }> {
  const names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.xlsx'));
  const sizes = await Promise.all(names.map(async (n) => (await stat(join(dir, n))).size));
  return { count: names.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}

interface Key {
  units: number;
  years: number[];
  seed: number;
  generator: string;
  generationMs?: number;
}

const sameKey = (a: Key, b: Key): boolean =>
  a.units === b.units &&
  a.years.join() === b.years?.join() &&
  a.seed === b.seed &&
  a.generator === b.generator;

/**
 * The sample folder of `units` units for `years` (BENCH_YEAR alone by default), made by `baocao
 * sample`'s own code if needed.
 */
export async function ensureSample(
  repo: string,
  units: number,
  years: readonly number[] = [BENCH_YEAR],
): Promise<SampleSet> {
  const span = years.length > 1 ? `${years[0]}-${years[years.length - 1]}` : String(years[0]);
  const dir = join(ROOT, `sample-${units}u-${span}-seed${BENCH_SEED}`);
  const key: Key = { units, years: [...years], seed: BENCH_SEED, generator: await generatorHash(repo) };
  try {
    const old = JSON.parse(await readFile(join(dir, KEY_FILE), 'utf8')) as Key;
    if (sameKey(old, key)) {
      const s = await xlsxStats(dir);
      return {
        dir,
        units,
        xlsxFiles: s.count,
        bytes: s.bytes,
        generationMs: old.generationMs ?? 0,
        reused: true,
      };
    }
  } catch {
    // No finished folder: make one.
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(ROOT, { recursive: true });
  // runSample rather than the command line: `baocao sample --units` stops at 5,000 units.
  const ctx = createContext({ cwd: repo }, 'vi', true);
  const start = performance.now();
  const outcome = await runSample(ctx, {
    units,
    years: [...years],
    seed: BENCH_SEED,
    dir,
    force: false,
    suggestNext: false,
  });
  const generationMs = performance.now() - start;
  if (outcome.code !== 0) throw new Error(`baocao sample failed for ${units} units (exit ${outcome.code})`);
  // Written last: a folder without it is an interrupted run and is made again.
  await writeFile(join(dir, KEY_FILE), `${JSON.stringify({ ...key, generationMs })}\n`);
  const s = await xlsxStats(dir);
  return { dir, units, xlsxFiles: s.count, bytes: s.bytes, generationMs, reused: false };
}
