/**
 * The goals of issue 14 ("Scale"), each with the figure that answers it and ✓ or ✗, printed last
 * by `npm run bench` from the figures it measured. A goal whose figure was not measured in this
 * run (7,000 units without --full, a figure left out with --only) says so instead of a mark.
 */
import { GOALS, type CliFigure } from './cli-scale';
import type { PayloadRow } from './excel-payload';
import type { SyncRow } from './excel-syncs';
import { PEER_RATIO_GOAL, type PeerFigure } from './peer';
import { formatBytes, formatCount, formatMs, mark, renderTable } from './table';

/**
 * The consolidation's write payload at 700 units before issue 14 (the adapter's estimate, bench
 * of 2026-11-27, bench/results.json at commit a722a2a): the Excel goal is a third of it.
 */
export const PAYLOAD_700_BEFORE_BYTES = 26_473_758;

export interface Goal {
  goal: string;
  measured: string;
  /** Undefined: not measured in this run. */
  met?: boolean;
}

export interface GoalInputs {
  syncs?: SyncRow[];
  payload?: PayloadRow[];
  cli?: CliFigure;
  peer?: PeerFigure;
}

const NOT_MEASURED = 'not measured in this run';

export function issue14Goals(f: GoalInputs): Goal[] {
  return [...cliGoals(f.cli), peerGoal(f.peer), ...excelGoals(f.syncs, f.payload)];
}

function cliGoals(cli: CliFigure | undefined): Goal[] {
  const row = (units: number) => cli?.consolidate.find((r) => r.units === units);
  const r70 = row(70);
  const r700 = row(700);
  const r7000 = row(7000);
  const perFile = (r: NonNullable<typeof r70>) => r.run.wallMs / r.files;
  // Memory a file adds above a bare start-up: does it grow with the batch?
  const perFileRss = (r: NonNullable<typeof r70>) =>
    (r.run.maxRssBytes - (cli?.startup.maxRssBytes ?? 0)) / r.files;
  const linear = r700 && r7000 ? perFile(r7000) / perFile(r700) : undefined;
  return [
    {
      goal: `Linear: time per file at 7,000 units ≤ ${GOALS.linearRatio}× that at 700`,
      measured:
        r700 && r7000 && linear !== undefined
          ? `${formatMs(perFile(r7000))} / ${formatMs(perFile(r700))} per file = ${linear.toFixed(2)}×`
          : NOT_MEASURED,
      ...(linear !== undefined ? { met: linear <= GOALS.linearRatio } : {}),
    },
    {
      goal: `7,000 unit files consolidated in < ${formatMs(GOALS.command7000Ms)} (stretch ${formatMs(GOALS.command7000StretchMs)})`,
      measured: r7000
        ? `${formatMs(r7000.run.wallMs)} wall, ${formatMs(r7000.run.cpuMs)} CPU (${formatCount(r7000.files)} files); stretch ${mark(r7000.run.wallMs < GOALS.command7000StretchMs)}`
        : NOT_MEASURED,
      ...(r7000 ? { met: r7000.run.wallMs < GOALS.command7000Ms } : {}),
    },
    {
      goal: `70 unit files, the whole command with start-up, < ${formatMs(GOALS.command70Ms)}`,
      measured: r70
        ? `${formatMs(r70.run.wallMs)} wall, ${formatMs(r70.run.cpuMs)} CPU (start-up alone ${formatMs(cli?.startup.wallMs ?? 0)})`
        : NOT_MEASURED,
      ...(r70 ? { met: r70.run.wallMs < GOALS.command70Ms } : {}),
    },
    {
      goal: 'Peak memory < 1 GB (1,024 MB) at 7,000 units',
      measured: r7000 ? formatBytes(r7000.run.maxRssBytes) : NOT_MEASURED,
      ...(r7000 ? { met: r7000.run.maxRssBytes < GOALS.peakRssBytes } : {}),
    },
    {
      goal: 'Memory sublinear: memory per file (peak above start-up) at 7,000 units ≤ at 700',
      measured:
        r700 && r7000
          ? `${formatBytes(perFileRss(r7000))} / ${formatBytes(perFileRss(r700))} per file`
          : NOT_MEASURED,
      ...(r700 && r7000 ? { met: perFileRss(r7000) <= perFileRss(r700) } : {}),
    },
  ];
}

function peerGoal(peer: PeerFigure | undefined): Goal {
  return {
    goal: `Against the peer (pandas + openpyxl stacking) on the demo's batch: ≤ ${PEER_RATIO_GOAL}× its time`,
    measured: peer
      ? `${peer.ratio.toFixed(2)}× (${formatMs(peer.baocaoMedianMs)} / ${formatMs(peer.peerMedianMs)}, medians of 3, ${formatCount(peer.files)} files)`
      : NOT_MEASURED,
    ...(peer ? { met: peer.ratio <= PEER_RATIO_GOAL } : {}),
  };
}

function excelGoals(syncs: SyncRow[] | undefined, payload: PayloadRow[] | undefined): Goal[] {
  const web = syncs?.map((r) => `${r.readOnWeb.syncs} ≤ ${r.readOnWeb.goal} at ${formatCount(r.units)}`);
  const s70 = syncs?.find((r) => r.units === 70);
  const p700 = payload?.find((r) => r.units === 700)?.stats?.payloadBytes;
  return [
    {
      goal: 'Excel on the web: reading N report sheets in ≤ ceil(bytes / 4 MB) + 2 syncs',
      measured: web ? web.join('; ') : NOT_MEASURED,
      ...(syncs ? { met: syncs.every((r) => r.readOnWeb.syncs <= r.readOnWeb.goal) } : {}),
    },
    {
      goal: 'Excel: consolidating 70 units (read + write) in ≤ 3 syncs',
      measured: s70 ? `${s70.consolidateTotal.syncs} syncs` : NOT_MEASURED,
      ...(s70 ? { met: s70.consolidateTotal.syncs <= 3 } : {}),
    },
    {
      goal: `Excel: write payload at 700 units ≥ 3× smaller than before (${formatBytes(PAYLOAD_700_BEFORE_BYTES)})`,
      measured:
        p700 !== undefined
          ? `${formatBytes(p700)}, ${(PAYLOAD_700_BEFORE_BYTES / p700).toFixed(2)}× smaller`
          : NOT_MEASURED,
      ...(p700 !== undefined ? { met: PAYLOAD_700_BEFORE_BYTES / p700 >= 3 } : {}),
    },
  ];
}

export function goalsTable(goals: readonly Goal[]): string {
  return renderTable(
    'Issue 14 (scale): every goal with its figure',
    [{ title: 'Goal' }, { title: 'Measured' }, { title: '✓/✗' }],
    goals.map((g) => [g.goal, g.measured, g.met === undefined ? '-' : mark(g.met)]),
  );
}
