/**
 * Figure 2: the largest single Excel request when the four consolidation sheets are written
 * (applySheets on the counting harness) for 700 and 7,000 units, against the 5 MB Excel on the
 * web accepts. Two measures of each request: the adapter's own estimate (what its request budget
 * charges, an upper bound of about 200 bytes of overhead per operation) and the harness's record
 * of the operations sent (data as JSON plus a smaller overhead). The number of requests shows the
 * chunking at work. The core's time to consolidate and build the sheets is recorded alongside, and
 * the whole write is compared with its size before borders and formats were grouped (issue 14).
 */
import { consolidate } from '../src/core/consolidate/consolidate';
import { consolidationSheets } from '../src/core/summary/consolidation-sheets';
import { applySheets, type ApplyStats } from '../src/excel/apply-sheets';
import { DEFAULT_REQUEST_BUDGET_BYTES } from '../src/excel/chunk-writes';
import { ALL_FEATURES } from '../src/excel/requirements';
import { deAn04 } from '../src/plans/de-an-04/plan';
import { ExcelDouble, type RecordedOp } from '../test/excel/excel-double';
import { EXCEL_WEB_LIMIT_BYTES, IMPORTED_AT } from './excel-syncs';
import { BENCH_YEAR, reportBatch, reportSources } from './report-batch';
import { formatBytes, formatCount, formatMs, mark, renderTable, since } from './table';

export interface PayloadRow {
  units: number;
  sources: number;
  accepted: number;
  cells: number;
  /** Per sheet: name and cells. */
  sheets: { name: string; cells: number; merges: number }[];
  /** Null when applySheets failed (then `error` says why). */
  stats: ApplyStats | null;
  error?: string;
  /** Requests carrying writes (every sync after the first, which loads the sheet names). */
  writeRequests: number;
  /** The harness's record of each request's bytes, in order. */
  harnessRequestBytes: number[];
  /** What the requests carry, by kind of operation (harness bytes), largest first. */
  harnessBytesByKind: { kind: string; operations: number; bytes: number }[];
  coreMs: { sources: number; consolidate: number; sheets: number };
}

/**
 * The write's bytes before issue 14 grouped borders and formats (main at a722a2a, measured with this
 * module on the Excel double): every style fragment carried its own border edges. The goal is a
 * write at least 3 times smaller.
 */
export const BEFORE_GROUPING: Record<number, { adapterBytes: number; harnessBytes: number }> = {
  70: { adapterBytes: 2_897_751, harnessBytes: 1_906_254 },
  700: { adapterBytes: 26_204_349, harnessBytes: 17_439_363 },
};
export const SHRINK_GOAL = 3;

/** How many times smaller the write is than before the grouping (harness bytes); null if unmeasured. */
export function shrink(r: PayloadRow): number | null {
  const before = BEFORE_GROUPING[r.units];
  const now = r.harnessRequestBytes.reduce((a, b) => a + b, 0);
  return before && now > 0 ? before.harnessBytes / now : null;
}

/** A kind of operation, for telling what fills the requests. */
function kindOf(op: RecordedOp): string {
  if (op.target.includes('.borders')) return 'borders (getItem, style, weight, color)';
  if (op.name === 'values' || op.name === 'formulas' || op.name === 'numberFormat')
    return 'cell values, formulas, formats';
  if (op.target.includes('.format')) return 'other range formats';
  if (op.name === 'getRange') return 'getRange';
  if (op.name === 'merge') return 'merge';
  return 'other';
}

function byKind(ops: readonly RecordedOp[]): PayloadRow['harnessBytesByKind'] {
  const out = new Map<string, { kind: string; operations: number; bytes: number }>();
  for (const op of ops) {
    const kind = kindOf(op);
    const e = out.get(kind) ?? { kind, operations: 0, bytes: 0 };
    e.operations++;
    e.bytes += op.bytes;
    out.set(kind, e);
  }
  return [...out.values()].sort((a, b) => b.bytes - a.bytes);
}

async function measure(units: number): Promise<PayloadRow> {
  const b = reportBatch(units);
  let start = performance.now();
  const sources = reportSources(b);
  const sourcesMs = since(start);
  start = performance.now();
  const c = consolidate({
    plan: deAn04,
    settings: b.settings,
    year: BENCH_YEAR,
    sources,
    importedAt: IMPORTED_AT,
  });
  const consolidateMs = since(start);
  start = performance.now();
  const specs = consolidationSheets(c, deAn04, b.settings, 'vi');
  const sheetsMs = since(start);
  const mock = new ExcelDouble({ sheets: [{ name: 'Sheet1' }] });
  const result = await applySheets(specs, {
    onExisting: 'new-name',
    excel: mock.run,
    features: ALL_FEATURES,
  });
  return {
    units,
    sources: sources.length,
    accepted: c.accepted.length,
    cells: specs.reduce((n, s) => n + s.cells.length, 0),
    sheets: specs.map((s) => ({ name: s.name, cells: s.cells.length, merges: s.merges.length })),
    stats: result.ok ? result.value.stats : null,
    ...(result.ok ? {} : { error: result.error.map((f) => f.message.en).join(' ') }),
    writeRequests: mock.syncCount - 1,
    harnessRequestBytes: mock.requestBytes(),
    harnessBytesByKind: byKind(mock.ops),
    coreMs: { sources: sourcesMs, consolidate: consolidateMs, sheets: sheetsMs },
  };
}

export async function payloadFigure(
  sizes: readonly number[],
  log: (s: string) => void,
): Promise<PayloadRow[]> {
  const rows: PayloadRow[] = [];
  for (const units of sizes) {
    log(`  figure 2: ${formatCount(units)} units...`);
    rows.push(await measure(units));
  }
  return rows;
}

export function payloadTable(rows: readonly PayloadRow[]): string {
  const goal = DEFAULT_REQUEST_BUDGET_BYTES;
  const body = rows.map((r) => {
    const largest = r.stats?.largestRequestBytes ?? NaN;
    const harness = Math.max(0, ...r.harnessRequestBytes);
    return [
      formatCount(r.units),
      formatCount(r.sources),
      formatCount(r.cells),
      r.stats ? formatBytes(r.stats.payloadBytes) : 'failed',
      formatCount(r.writeRequests),
      r.stats ? String(r.stats.syncs) : '-',
      r.stats ? formatBytes(largest) : '-',
      formatBytes(harness),
      `${mark(r.stats !== null && largest <= goal && harness <= goal)}${
        r.stats !== null && largest <= EXCEL_WEB_LIMIT_BYTES ? '' : ' over 5 MB'
      }`,
      `${formatMs(r.coreMs.consolidate)} + ${formatMs(r.coreMs.sheets)}`,
      BEFORE_GROUPING[r.units] ? formatBytes(BEFORE_GROUPING[r.units]?.harnessBytes ?? 0) : '-',
      formatBytes(r.harnessRequestBytes.reduce((a, b) => a + b, 0)),
      ((x) => (x === null ? '-' : `${x.toFixed(1)}× ${mark(x >= SHRINK_GOAL)}`))(shrink(r)),
    ];
  });
  const last = rows[rows.length - 1];
  const total = last ? last.harnessBytesByKind.reduce((n, k) => n + k.bytes, 0) : 0;
  const composition = last
    ? renderTable(
        `What the requests carry at ${formatCount(last.units)} units (harness bytes, all requests)`,
        [
          { title: 'Operations' },
          { title: 'Count', align: 'right' },
          { title: 'Bytes', align: 'right' },
          { title: 'Share', align: 'right' },
        ],
        last.harnessBytesByKind.map((k) => [
          k.kind,
          formatCount(k.operations),
          formatBytes(k.bytes),
          `${((100 * k.bytes) / total).toFixed(0)} %`,
        ]),
      )
    : '';
  const failures = rows.filter((r) => r.error).map((r) => `${formatCount(r.units)} units: ${r.error}`);
  return (
    renderTable(
      'Figure 2. Writing the four consolidation sheets: the largest Excel request (limit 5 MB; goal ≤ 4 MB)',
      [
        { title: 'Units', align: 'right' },
        { title: 'Sources', align: 'right' },
        { title: 'Cells', align: 'right' },
        { title: 'Payload (est.)', align: 'right' },
        { title: 'Write requests', align: 'right' },
        { title: 'Syncs', align: 'right' },
        { title: 'Largest (adapter est.)', align: 'right' },
        { title: 'Largest (harness)', align: 'right' },
        { title: '≤ 4 MB' },
        { title: 'Core: consolidate + sheets', align: 'right' },
        { title: 'Write before (harness)', align: 'right' },
        { title: 'Write now (harness)', align: 'right' },
        { title: `Shrink (goal ≥ ${SHRINK_GOAL}×)`, align: 'right' },
      ],
      body,
    ) +
    (failures.length ? `\n\nFailed: ${failures.join('\n')}` : '') +
    `\n\n${composition}`
  );
}
