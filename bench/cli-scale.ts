/**
 * Figure 3: the command line on generated report files. `baocao consolidate` on 70, 700 (and,
 * with --full, 7,000) units' files and `baocao template --all` for 70 and 700 units, each run as
 * a child process exactly as a user runs it: wall time (node start-up included), time per file,
 * and peak memory (maxRSS of the CLI's own process, reported by a preload). Then the processing
 * time of 70 files in one warm process (runConsolidate, the command's own code, minus start-up)
 * and a rough profile of where a file's time goes.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { CONFIG_FILE } from '../src/cli/cli-files';
import { BENCH_YEAR } from './report-batch';
import {
  ONCE,
  STAGES,
  type InProcessRequest,
  type Processing,
  type ReadRow,
  type Stage,
  type StageProfile,
} from './in-process';
import { ensureSample, type SampleSet } from './sample-cache';
import { formatBytes, formatCount, formatMs, mark, renderTable, since } from './table';

export const GOALS = {
  /** Processing (no start-up) of 70 unit files. */
  processing70Ms: 1000,
  /** Issue 14: the whole command (start-up included) on 70 unit files. */
  command70Ms: 1500,
  /** Issue 14: 7,000 unit files, the whole command; the stretch goal. */
  command7000Ms: 30_000,
  command7000StretchMs: 10_000,
  /** Issue 14: time per file at 7,000 units at most this many times that at 700. */
  linearRatio: 1.3,
  /** Peak memory of consolidating 7,000 files. */
  peakRssBytes: 1024 * 1024 * 1024,
};

export interface CliRun {
  wallMs: number;
  /** CPU time of the process, user and system, every thread: what the run costs whatever the load. */
  cpuMs: number;
  maxRssBytes: number;
  exitCode: number;
}

export interface ConsolidateRow {
  units: number;
  /** .xlsx files read (reports and the bloc data file). */
  files: number;
  inputBytes: number;
  generationMs: number;
  generationReused: boolean;
  run: CliRun;
  perFileMs: number;
  /** Per file after subtracting the start-up of a bare `baocao --version`. */
  perFileNetMs: number;
  sourcesInJson: number;
}

export interface TemplateRow {
  units: number;
  files: number;
  run: CliRun;
  perFileMs: number;
  perFileNetMs: number;
}

export interface CliFigure {
  startup: CliRun;
  consolidate: ConsolidateRow[];
  template: TemplateRow[];
  processing: Processing;
  profiles: StageProfile[];
  /** The batch reader on one thread and on the worker pool (what decides POOL_FROM_FILES). */
  reads: ReadRow[];
}

const PRELOAD = join(__dirname, 'print-maxrss.js');
const OUT = join(os.tmpdir(), 'baocao-bench', 'out');

/** Runs `node bin/baocao.js ...args` as a child process; its peak memory comes from the preload. */
export async function runCli(repo: string, args: readonly string[]): Promise<CliRun> {
  await mkdir(OUT, { recursive: true });
  const rssFile = join(OUT, `maxrss-${process.pid}-${Date.now()}.txt`);
  const start = performance.now();
  const child = spawn(process.execPath, ['-r', PRELOAD, join(repo, 'bin', 'baocao.js'), ...args], {
    cwd: repo,
    env: { ...process.env, BAOCAO_BENCH_MAXRSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    if (stderr.length < 4000) stderr += d.toString();
  });
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? -1));
  });
  const wallMs = since(start);
  const [maxRssKb = 0, userUs = 0, systemUs = 0] = (await readFile(rssFile, 'utf8').catch(() => ''))
    .split(' ')
    .map(Number);
  await rm(rssFile, { force: true });
  if (exitCode !== 0) throw new Error(`baocao ${args.join(' ')} exited with ${exitCode}:\n${stderr}`);
  return { wallMs, cpuMs: (userUs + systemUs) / 1000, maxRssBytes: maxRssKb * 1024, exitCode };
}

async function consolidateRow(repo: string, sample: SampleSet, startupMs: number): Promise<ConsolidateRow> {
  const out = join(OUT, `tong-hop-${sample.units}.xlsx`);
  const json = join(OUT, `tong-hop-${sample.units}.json`);
  const config = join(sample.dir, CONFIG_FILE);
  const args = ['consolidate', sample.dir, '--year', String(BENCH_YEAR), '-o', out, '--config', config];
  const run = await runCli(repo, [...args, '--json', json, '--quiet', '--force']);
  const result = JSON.parse(await readFile(json, 'utf8')) as { sources?: unknown[] };
  return {
    units: sample.units,
    files: sample.xlsxFiles,
    inputBytes: sample.bytes,
    generationMs: sample.generationMs,
    generationReused: sample.reused,
    run,
    perFileMs: run.wallMs / sample.xlsxFiles,
    perFileNetMs: (run.wallMs - startupMs) / sample.xlsxFiles,
    sourcesInJson: result.sources?.length ?? 0,
  };
}

async function templateRow(repo: string, sample: SampleSet, startupMs: number): Promise<TemplateRow> {
  const dir = join(OUT, `templates-${sample.units}`);
  await rm(dir, { recursive: true, force: true });
  const config = join(sample.dir, CONFIG_FILE);
  const run = await runCli(repo, [
    'template',
    '--all',
    '--year',
    String(BENCH_YEAR),
    '-o',
    dir,
    '--config',
    config,
    '--quiet',
  ]);
  const files = (await readdir(dir)).filter((n) => n.endsWith('.xlsx')).length;
  await rm(dir, { recursive: true, force: true });
  return {
    units: sample.units,
    files,
    run,
    perFileMs: run.wallMs / files,
    perFileNetMs: (run.wallMs - startupMs) / files,
  };
}

/** Runs bench/in-process.ts in a fresh node process and returns what it prints. */
async function inChild<T>(repo: string, request: InProcessRequest): Promise<T> {
  const child = spawn(
    process.execPath,
    [join(repo, 'bin', 'run-ts.js'), join(__dirname, 'in-process.ts'), JSON.stringify(request)],
    {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? -1));
  });
  if (code !== 0) throw new Error(`bench/in-process.ts ${request.kind} exited with ${code}:\n${stderr}`);
  return JSON.parse(stdout) as T;
}

export interface CliOptions {
  consolidateUnits: readonly number[];
  /** Sizes profiled stage by stage (each repeats the command's work in one more process). */
  profileUnits: readonly number[];
  /** The folder and file counts on which the batch reader is timed with and without workers. */
  readUnits: number;
  readCounts: readonly number[];
  templateUnits: readonly number[];
  processingUnits: number;
  warmRuns: number;
}

export async function cliFigure(repo: string, o: CliOptions, log: (s: string) => void): Promise<CliFigure> {
  const samples = new Map<number, SampleSet>();
  for (const units of [
    ...new Set([
      ...o.consolidateUnits,
      ...o.templateUnits,
      ...o.profileUnits,
      o.processingUnits,
      o.readUnits,
    ]),
  ]) {
    log(`  figure 3: sample files for ${formatCount(units)} units...`);
    const s = await ensureSample(repo, units);
    log(
      `    ${s.reused ? 'reused' : 'generated'} ${formatCount(s.xlsxFiles)} files (${formatMs(s.generationMs)})`,
    );
    samples.set(units, s);
  }
  const sample = (units: number): SampleSet => samples.get(units) as SampleSet;
  log('  figure 3: start-up (baocao --version)...');
  // The smallest of three: start-up is a fixed cost, and noise only ever adds to it.
  const startups = [
    await runCli(repo, ['--version']),
    await runCli(repo, ['--version']),
    await runCli(repo, ['--version']),
  ];
  const startup = startups.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  const consolidateRows: ConsolidateRow[] = [];
  for (const units of o.consolidateUnits) {
    log(`  figure 3: consolidate ${formatCount(units)} units...`);
    consolidateRows.push(await consolidateRow(repo, sample(units), startup.wallMs));
  }
  const templateRows: TemplateRow[] = [];
  for (const units of o.templateUnits) {
    log(`  figure 3: template --all for ${formatCount(units)} units...`);
    templateRows.push(await templateRow(repo, sample(units), startup.wallMs));
  }
  log(`  figure 3: processing time of ${o.processingUnits} units in one process...`);
  const ps = sample(o.processingUnits);
  const proc = await inChild<Processing>(repo, {
    kind: 'processing',
    repo,
    dir: ps.dir,
    units: ps.units,
    xlsxFiles: ps.xlsxFiles,
    warmRuns: o.warmRuns,
  });
  log(
    `  figure 3: the batch reader on one thread and on worker threads (${o.readCounts.join(', ')} files)...`,
  );
  const rs = sample(o.readUnits);
  const reads = await inChild<ReadRow[]>(repo, {
    kind: 'read',
    repo,
    dir: rs.dir,
    counts: [...o.readCounts],
  });
  const profiles: StageProfile[] = [];
  for (const units of o.profileUnits) {
    log(`  figure 3: stage profile of ${formatCount(units)} units...`);
    const pr = sample(units);
    profiles.push(await inChild<StageProfile>(repo, { kind: 'profile', repo, dir: pr.dir, units }));
  }
  return { startup, consolidate: consolidateRows, template: templateRows, processing: proc, profiles, reads };
}

/** Milliseconds per extra file from the previous size to this one: the cost that scales. */
function marginal(rows: readonly { files: number; run: CliRun }[], i: number): string {
  const a = rows[i - 1];
  const b = rows[i];
  return a && b ? formatMs((b.run.wallMs - a.run.wallMs) / (b.files - a.files)) : '';
}

export function cliTables(f: CliFigure): string {
  const consolidateRows = f.consolidate.map((r, i) => [
    'consolidate',
    formatCount(r.units),
    formatCount(r.files),
    formatBytes(r.inputBytes),
    formatMs(r.run.wallMs),
    formatMs(r.run.cpuMs),
    formatMs(r.perFileMs),
    formatMs(r.perFileNetMs),
    marginal(f.consolidate, i),
    formatBytes(r.run.maxRssBytes),
    r.units >= 7000 ? `< 1 GB ${mark(r.run.maxRssBytes < GOALS.peakRssBytes)}` : '',
    `${r.generationReused ? 'reused; made' : 'made'} in ${formatMs(r.generationMs)}`,
  ]);
  const templateRows = f.template.map((r, i) => [
    'template --all',
    formatCount(r.units),
    formatCount(r.files),
    '',
    formatMs(r.run.wallMs),
    formatMs(r.run.cpuMs),
    formatMs(r.perFileMs),
    formatMs(r.perFileNetMs),
    marginal(f.template, i),
    formatBytes(r.run.maxRssBytes),
    '',
    '',
  ]);
  const runs = renderTable(
    `Figure 3a. The command line as a child process (start-up of a bare \`baocao --version\`: ${formatMs(
      f.startup.wallMs,
    )}, ${formatBytes(f.startup.maxRssBytes)})`,
    [
      { title: 'Command' },
      { title: 'Units', align: 'right' },
      { title: 'Files', align: 'right' },
      { title: 'Input', align: 'right' },
      { title: 'Wall', align: 'right' },
      { title: 'CPU', align: 'right' },
      { title: 'Per file', align: 'right' },
      { title: 'Per file - start-up', align: 'right' },
      { title: 'Per extra file', align: 'right' },
      { title: 'Peak RSS', align: 'right' },
      { title: 'Goal' },
      { title: 'Sample files' },
    ],
    [...consolidateRows, ...templateRows],
  );
  const p = f.processing;
  const cell = (pr: StageProfile, stage: Stage): string =>
    ONCE.has(stage)
      ? formatMs(pr.ms[stage])
      : `${formatMs(pr.ms[stage])} (${formatMs(pr.ms[stage] / pr.files)}/file)`;
  const totalOf = (pr: StageProfile): number => STAGES.reduce((n, st) => n + pr.ms[st], 0);
  const proc = renderTable(
    `Figure 3b. Processing ${p.files} files in one process (runConsolidate, no start-up): first run ${formatMs(
      p.firstMs,
    )}, then median ${formatMs(p.warmMedianMs)} of ${p.warmMs.length}; goal < 1 s: ${mark(
      p.warmMedianMs < GOALS.processing70Ms,
    )}\nWhere the time goes (one pass per size in a fresh process, after a warm-up pass up to 1,000 units; per-file stages with their time per file; RSS after the stage):`,
    [
      { title: 'Stage' },
      ...f.profiles.flatMap((pr) => [
        { title: `${formatCount(pr.units)} units`, align: 'right' as const },
        { title: 'RSS', align: 'right' as const },
      ]),
    ],
    [
      ...STAGES.map((st) => [
        st,
        ...f.profiles.flatMap((pr) => {
          const rss = pr.rssAfter[st];
          return [cell(pr, st), rss ? formatBytes(rss) : ''];
        }),
      ]),
      [
        'all stages',
        ...f.profiles.flatMap((pr) => [
          `${formatMs(totalOf(pr))} (${formatMs(totalOf(pr) / pr.files)}/file)`,
          '',
        ]),
      ],
    ],
  );
  const reads = renderTable(
    'Figure 3c. The batch reader (readInputs) on one thread and on one worker thread per core, the faster of two runs each',
    [
      { title: 'Files', align: 'right' },
      { title: 'One thread', align: 'right' },
      { title: 'Workers', align: 'right' },
      { title: 'Pool', align: 'right' },
      { title: 'Pool / one thread', align: 'right' },
    ],
    f.reads.map((r) => [
      formatCount(r.files),
      formatMs(r.oneThreadMs),
      String(r.workers),
      formatMs(r.poolMs),
      `${(r.poolMs / r.oneThreadMs).toFixed(2)}×`,
    ]),
  );
  return `${runs}\n\n${proc}\n\n${reads}`;
}
