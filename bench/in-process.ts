/**
 * The command's work measured inside one node process, without start-up: run by the bench as a
 * child process of its own (`node bin/run-ts.js bench/in-process.ts '{"kind":...}'`), so the
 * bench's own heap (the batches of figures 1 and 2) never adds garbage-collection time to it.
 *   processing: runConsolidate (what `baocao consolidate` runs) on a folder, first run then warm runs;
 *   profile: the same work stage by stage, with the resident memory after each stage (a folder of
 *   up to 1,000 units after a warm-up pass).
 * Prints the result as JSON on stdout.
 */
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { createContext } from '../src/cli/cli-context';
import { CONFIG_FILE } from '../src/cli/cli-files';
import { runConsolidate } from '../src/cli/consolidate';
import { loadSettings } from '../src/cli/load-settings';
import { consolidate, type SourceInput } from '../src/core/consolidate/consolidate';
import { sourcesOfWorkbook } from '../src/core/intake/intake';
import { consolidationJson } from '../src/core/summary/consolidation-json';
import { consolidationSheets } from '../src/core/summary/consolidation-sheets';
import { deAn04 } from '../src/plans/de-an-04/plan';
import { inspectFile } from '../src/xlsx/inspect-file';
import { scanWorkbook } from '../src/xlsx/scan-workbook';
import { writeXlsx } from '../src/xlsx/write-xlsx';
import { IMPORTED_AT } from './excel-syncs';
import { BENCH_YEAR } from './report-batch';
import { median, since } from './table';

/** What the child is asked to measure: a sample folder of `units` units. */
export type InProcessRequest =
  | { kind: 'processing'; repo: string; dir: string; units: number; xlsxFiles: number; warmRuns: number }
  | { kind: 'profile'; repo: string; dir: string; units: number }
  | { kind: 'read'; repo: string; dir: string; counts: number[] };

/** Reading the first `files` files of a folder on this thread and on the pool of worker threads. */
export interface ReadRow {
  files: number;
  workers: number;
  oneThreadMs: number;
  poolMs: number;
}

const OUT = join(os.tmpdir(), 'baocao-bench', 'out');
/** Folders up to this many units get a warm-up pass before their profile. */
const WARM_UP_UP_TO = 1000;

export interface Processing {
  files: number;
  /** runConsolidate in one process: the first run (modules loaded, code not yet optimized), then warm runs. */
  firstMs: number;
  warmMs: number[];
  warmMedianMs: number;
}

export const STAGES = [
  'readFile',
  'inspectFile',
  'scanWorkbook',
  'parseReport',
  'consolidate',
  'sheets',
  'writeXlsx',
  'json',
] as const;
export type Stage = (typeof STAGES)[number];

/** Stages done once per batch rather than once per file. */
export const ONCE: ReadonlySet<Stage> = new Set(['consolidate', 'sheets', 'writeXlsx', 'json']);

export interface StageProfile {
  units: number;
  /** Report files (the bloc data file is left out). */
  files: number;
  /** Milliseconds in all, by stage. */
  ms: Record<Stage, number>;
  /** Resident memory after each stage (after the last file for per-file stages), bytes. */
  rssAfter: Partial<Record<Stage, number>>;
}

/** runConsolidate in this process: the command's work without node's start-up. */
async function processingOnce(repo: string, dir: string, units: number): Promise<number> {
  const ctx = createContext({ cwd: repo, now: () => new Date(IMPORTED_AT) }, 'vi', true);
  const start = performance.now();
  const outcome = await runConsolidate(ctx, {
    inputs: [dir],
    year: BENCH_YEAR,
    output: join(OUT, `processing-${units}.xlsx`),
    config: join(dir, CONFIG_FILE),
    force: true,
  });
  const ms = since(start);
  if (outcome.code !== 0) throw new Error(`runConsolidate exited with ${outcome.code}`);
  return ms;
}

/**
 * Where the time goes, stage by stage, calling the steps a front door chains (byte inspection,
 * exceljs, the core's intake) one by one so each can be timed, then what runConsolidate does with
 * the sources. The bloc data file is left out. Rough: one pass, in this (warm) process.
 */
async function profileStages(repo: string, dir: string, units: number): Promise<StageProfile> {
  const ctx = createContext({ cwd: repo }, 'vi', true);
  const settings = await loadSettings(ctx, join(dir, CONFIG_FILE), undefined);
  if (!settings) throw new Error('the sample settings do not load');
  const ms = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const rssAfter: StageProfile['rssAfter'] = {};
  const timed = async <T>(stage: Stage, f: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await f();
    ms[stage] += since(start);
    if (ONCE.has(stage)) rssAfter[stage] = process.memoryUsage().rss;
    return value;
  };
  const names = (await readdir(dir)).filter((n) => n.endsWith('.xlsx')).sort();
  const sources: SourceInput[] = [];
  let files = 0;
  for (const name of names) {
    const bytes = await timed('readFile', () => readFile(join(dir, name)));
    const inspected = await timed('inspectFile', () => inspectFile(bytes, name, settings.limits));
    const parts = inspected.parts;
    if (!parts) throw new Error(`${name}: ${inspected.findings.map((f) => f.code).join(', ')}`);
    const read = await timed('scanWorkbook', () =>
      scanWorkbook(parts, name, settings.limits, { inflatedBytes: inspected.inflatedBytes }),
    );
    const intake = await timed('parseReport', () =>
      sourcesOfWorkbook({ ...read, notes: inspected.findings }, deAn04, settings, { name }),
    );
    if (intake.kind === 'bloc') continue; // the bloc data file
    files++;
    sources.push(...intake.sources);
  }
  rssAfter.parseReport = process.memoryUsage().rss;
  const c = await timed('consolidate', () =>
    consolidate({ plan: deAn04, settings, year: BENCH_YEAR, sources, importedAt: IMPORTED_AT }),
  );
  const specs = await timed('sheets', () => consolidationSheets(c, deAn04, settings, 'vi'));
  await timed('writeXlsx', () => writeXlsx(specs, { created: IMPORTED_AT.slice(0, 10) }));
  await timed('json', () => JSON.stringify(consolidationJson(c, deAn04, settings), null, 2));
  return { units, files, ms, rssAfter };
}

async function processing(r: Extract<InProcessRequest, { kind: 'processing' }>): Promise<Processing> {
  const firstMs = await processingOnce(r.repo, r.dir, r.units);
  const warmMs: number[] = [];
  for (let i = 0; i < r.warmRuns; i++) warmMs.push(await processingOnce(r.repo, r.dir, r.units));
  return { files: r.xlsxFiles, firstMs, warmMs, warmMedianMs: median(warmMs) };
}

/**
 * The CLI's batch reader (readInputs) on the first N files of a folder, on one thread and on a
 * worker per core, alternately, the faster of two runs each: what decides POOL_FROM_FILES. The
 * built module (build/cli, made by the bench before it starts) is measured, as the command runs
 * it: its workers load JavaScript, not TypeScript through tsx.
 */
async function readRows(r: Extract<InProcessRequest, { kind: 'read' }>): Promise<ReadRow[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const built = require(
    join(r.repo, 'build', 'cli', 'read-intake.js'),
  ) as typeof import('../src/cli/read-intake');
  const ctx = createContext({ cwd: r.repo }, 'vi', true);
  const settings = await loadSettings(ctx, join(r.dir, CONFIG_FILE), undefined);
  if (!settings) throw new Error('the sample settings do not load');
  const names = (await readdir(r.dir)).filter((n) => n.endsWith('.xlsx')).sort();
  const workers = os.availableParallelism();
  const time = async (files: number, pool: number): Promise<number> => {
    const start = performance.now();
    const list = names.slice(0, files).map((name) => ({ path: join(r.dir, name), name }));
    for await (const read of built.readInputs(list, settings, pool)) void read;
    return since(start);
  };
  await time(Math.min(20, names.length), 0); // load the modules once
  const rows: ReadRow[] = [];
  // A count past the folder's size reads the whole folder (700 units make 661 files).
  for (const files of [...new Set(r.counts.map((n) => Math.min(n, names.length)))]) {
    const one: number[] = [];
    const pooled: number[] = [];
    for (let i = 0; i < 2; i++) {
      one.push(await time(files, 0));
      pooled.push(await time(files, workers));
    }
    rows.push({ files, workers, oneThreadMs: Math.min(...one), poolMs: Math.min(...pooled) });
  }
  return rows;
}

async function childMain(arg: string | undefined): Promise<void> {
  const r = JSON.parse(arg ?? '') as InProcessRequest;
  if (r.kind === 'read') {
    process.stdout.write(JSON.stringify(await readRows(r)));
    return;
  }
  // A small folder is profiled after a first pass, so its numbers are those of warm code, as a
  // large folder's mostly are.
  if (r.kind === 'profile' && r.units <= WARM_UP_UP_TO) await profileStages(r.repo, r.dir, r.units);
  const result = r.kind === 'processing' ? await processing(r) : await profileStages(r.repo, r.dir, r.units);
  process.stdout.write(JSON.stringify(result));
}

// Run as a script (bin/run-ts.js puts the script's path in argv[1]), not when imported for its types.
if (process.argv[1] === __filename) {
  childMain(process.argv[2]).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
