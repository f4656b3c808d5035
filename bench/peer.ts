/**
 * Against the peer: `baocao consolidate` of the demo's batch (70 units, 2021-2025, the 2025
 * consolidation reading every year's files, as `npm run demo` does) beside bench/peer/stack.py, a
 * plain pandas + openpyxl script that merely stacks the same files' report sheets into one table.
 * Both run as child processes, alternating, three times each; the ratio is of the median wall
 * times. Debian's Python (/usr/bin/python3, with python3-pandas and python3-openpyxl) runs the
 * script.
 */
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { CONFIG_FILE } from '../src/cli/cli-files';
import { SAMPLE_DEFAULTS } from '../src/cli/sample';
import { runCli, type CliRun } from './cli-scale';
import { ensureSample } from './sample-cache';
import { formatBytes, formatCount, formatMs, mark, median, renderTable, since } from './table';

export const PYTHON = '/usr/bin/python3';
/** Issue 14: consolidate in at most a quarter of the stacking script's time. */
export const PEER_RATIO_GOAL = 0.25;
const RUNS = 3;
const OUT = join(os.tmpdir(), 'baocao-bench', 'out');

export interface PeerFigure {
  files: number;
  inputBytes: number;
  year: number;
  baocao: CliRun[];
  peer: { wallMs: number; cpuMs: number }[];
  baocaoMedianMs: number;
  peerMedianMs: number;
  ratio: number;
}

async function runPeer(dir: string, out: string): Promise<{ wallMs: number; cpuMs: number }> {
  const start = performance.now();
  const child = spawn(PYTHON, [join(__dirname, 'peer', 'stack.py'), dir, out], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? -1));
  });
  const wallMs = since(start);
  if (code !== 0) throw new Error(`${PYTHON} bench/peer/stack.py exited with ${code}:\n${stderr}`);
  const cpu = /cpu-seconds ([\d.]+)/.exec(stderr);
  return { wallMs, cpuMs: cpu ? Number(cpu[1]) * 1000 : 0 };
}

export async function peerFigure(repo: string, log: (s: string) => void): Promise<PeerFigure> {
  const years = SAMPLE_DEFAULTS.years;
  const year = years[years.length - 1] as number;
  log(`  peer: the demo's sample (${SAMPLE_DEFAULTS.units} units, ${years[0]}-${year})...`);
  const sample = await ensureSample(repo, SAMPLE_DEFAULTS.units, years);
  await mkdir(OUT, { recursive: true });
  const args = [
    'consolidate',
    sample.dir,
    '--year',
    String(year),
    '-o',
    join(OUT, 'peer-tong-hop.xlsx'),
    '--config',
    join(sample.dir, CONFIG_FILE),
    '--quiet',
    '--force',
  ];
  const baocao: CliRun[] = [];
  const peer: { wallMs: number; cpuMs: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    log(`  peer: run ${i + 1} of ${RUNS} (baocao consolidate, then stack.py)...`);
    baocao.push(await runCli(repo, args));
    peer.push(await runPeer(sample.dir, join(OUT, 'peer-stack.csv')));
  }
  const baocaoMedianMs = median(baocao.map((r) => r.wallMs));
  const peerMedianMs = median(peer.map((r) => r.wallMs));
  return {
    files: sample.xlsxFiles,
    inputBytes: sample.bytes,
    year,
    baocao,
    peer,
    baocaoMedianMs,
    peerMedianMs,
    ratio: baocaoMedianMs / peerMedianMs,
  };
}

export function peerTable(f: PeerFigure): string {
  const row = (what: string, runs: { wallMs: number; cpuMs: number }[], med: number) => [
    what,
    runs.map((r) => formatMs(r.wallMs)).join(', '),
    formatMs(med),
    formatMs(median(runs.map((r) => r.cpuMs))),
  ];
  return renderTable(
    `Figure 5. Against the peer: ${formatCount(f.files)} files (${formatBytes(f.inputBytes)}), the demo's batch; ratio of the median wall times ${f.ratio.toFixed(2)}× (goal ≤ ${PEER_RATIO_GOAL}×) ${mark(f.ratio <= PEER_RATIO_GOAL)}`,
    [
      { title: 'Command' },
      { title: 'Wall, 3 runs' },
      { title: 'Median', align: 'right' },
      { title: 'CPU (median)', align: 'right' },
    ],
    [
      row(`baocao consolidate --year ${f.year} (the whole command)`, f.baocao, f.baocaoMedianMs),
      row(
        'python3 bench/peer/stack.py (pandas + openpyxl, stacks the report sheets)',
        f.peer,
        f.peerMedianMs,
      ),
    ],
  );
}
