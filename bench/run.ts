/**
 * `npm run bench`: the performance figures of docs/performance.md, printed as tables with each
 * goal and ✓/✗, and written to bench/results.json with the machine, its load and the date.
 *
 *   npm run bench                 figures 1-5 and the goals of issue 14; 70 and 700 units for the command line
 *   npm run bench -- --full       also 7,000 units (figure 2 and the command line)
 *   npm run bench -- --only 1,4   some figures only (results.json is then left as it is)
 *
 * The command line is built first (npm run build:cli), so figures 3 and 5 measure the JavaScript
 * the command runs, never its sources through tsx.
 *
 * Timings depend on the machine and on what else runs on it: the load average is recorded at the
 * start and the end. Nothing here asserts a time; the tables say where a goal is missed.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleFigure, bundleTable, INITIAL_GZIP_GOAL_BYTES, type BundleFigure } from './bundle-size';
import { cliFigure, cliTables, GOALS, type CliFigure } from './cli-scale';
import { payloadFigure, payloadTable, type PayloadRow } from './excel-payload';
import { EXCEL_WEB_LIMIT_BYTES, syncFigure, syncTable, type SyncRow } from './excel-syncs';
import { goalsTable, issue14Goals } from './goals';
import { loadAverage, machineInfo } from './machine';
import { peerFigure, peerTable, type PeerFigure } from './peer';
import { formatMs, since } from './table';
import { DEFAULT_REQUEST_BUDGET_BYTES } from '../src/excel/chunk-writes';

const REPO = resolve(__dirname, '..');
const RESULTS = join(__dirname, 'results.json');

const ALL_FIGURES = [1, 2, 3, 4, 5];

interface Options {
  full: boolean;
  only: Set<number>;
  warmRuns: number;
}

function parseOptions(argv: readonly string[]): Options {
  const only = new Set<number>();
  let full = false;
  let warmRuns = 5;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--full') full = true;
    else if (a === '--only') for (const n of (argv[++i] ?? '').split(',')) only.add(Number(n));
    else if (a === '--warm-runs') warmRuns = Number(argv[++i]);
    else {
      console.error(
        `bench: unknown option ${a}\nusage: npm run bench -- [--full] [--only 1,2,3,4,5] [--warm-runs N]`,
      );
      process.exit(2);
    }
  }
  if (only.size === 0) for (const n of ALL_FIGURES) only.add(n);
  return { full, only, warmRuns };
}

/** Milliseconds and bytes with one decimal at most: results.json is for reading and diffing. */
const rounded = (_key: string, v: unknown): unknown =>
  typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 10) / 10 : v;

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const log = (s: string): void => void process.stderr.write(`${s}\n`);
  const started = performance.now();
  const date = new Date().toISOString();
  const loadAtStart = loadAverage();
  const machine = machineInfo();
  const print = (table: string): void => void process.stdout.write(`\n${table}\n`);
  print(
    `baocao bench ${date}${o.full ? ' (--full)' : ''}: ${machine.cpus} CPUs (${machine.cpuModel}), ${(
      machine.memoryBytes /
      1024 ** 3
    ).toFixed(1)} GB, node ${machine.node}; load average ${loadAtStart.join(' / ')} (1 / 5 / 15 min)`,
  );

  let syncs: SyncRow[] | undefined;
  let payload: PayloadRow[] | undefined;
  let cli: CliFigure | undefined;
  let bundle: BundleFigure | undefined;
  let peer: PeerFigure | undefined;
  if (o.only.has(3) || o.only.has(5)) {
    log('  building the command line (npm run build:cli)...');
    execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: REPO, stdio: 'inherit' });
  }
  if (o.only.has(1)) {
    syncs = await syncFigure([10, 70, 700], log);
    print(syncTable(syncs));
  }
  if (o.only.has(2)) {
    payload = await payloadFigure(o.full ? [700, 7000] : [700], log);
    print(payloadTable(payload));
  }
  if (o.only.has(3)) {
    cli = await cliFigure(
      REPO,
      {
        consolidateUnits: o.full ? [70, 700, 7000] : [70, 700],
        templateUnits: [70, 700],
        // 7,000 units are not profiled stage by stage: it would repeat the longest run once more.
        profileUnits: [70, 700],
        readUnits: 700,
        readCounts: [70, 150, 300, 700],
        processingUnits: 70,
        warmRuns: o.warmRuns,
      },
      log,
    );
    print(cliTables(cli));
  }
  if (o.only.has(4)) {
    bundle = bundleFigure(REPO, log);
    print(bundleTable(bundle));
  }
  if (o.only.has(5)) {
    peer = await peerFigure(REPO, log);
    print(peerTable(peer));
  }
  const goals = issue14Goals({ syncs, payload, cli, peer });
  print(goalsTable(goals));

  const loadAtEnd = loadAverage();
  const durationMs = since(started);
  print(`Done in ${formatMs(durationMs)}; load average at the end ${loadAtEnd.join(' / ')}.`);
  if (o.only.size < ALL_FIGURES.length) {
    print('Some figures only: bench/results.json was left as it is.');
    return;
  }
  const results = {
    date,
    command: `npm run bench${o.full ? ' -- --full' : ''}`,
    full: o.full,
    machine,
    loadAverage: { start: loadAtStart, end: loadAtEnd },
    durationMs,
    goals: {
      syncsToApplyOrRead: 2,
      syncsToConsolidateAndWrite: 3,
      largestRequestBytes: DEFAULT_REQUEST_BUDGET_BYTES,
      excelWebLimitBytes: EXCEL_WEB_LIMIT_BYTES,
      processing70FilesMs: GOALS.processing70Ms,
      command70FilesMs: GOALS.command70Ms,
      command7000FilesMs: GOALS.command7000Ms,
      linearRatio: GOALS.linearRatio,
      peakRssBytes7000: GOALS.peakRssBytes,
      initialJsGzipBytes: INITIAL_GZIP_GOAL_BYTES,
    },
    figures: { syncs, payload, cli, bundle, peer },
    issue14: goals,
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, rounded, 2)}\n`);
  print(`Wrote ${RESULTS}.`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
