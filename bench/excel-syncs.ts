/**
 * Figure 1: `context.sync()` calls per task-pane action, from the Excel adapter (src/excel) run
 * against the Excel double (test/excel/excel-double.ts), for workbooks of 10, 70 and 700 units'
 * reports. The double counts syncs and Excel.run calls and, as Excel on the web ("web" profile),
 * refuses a request or a response over 5 MB; the desktop profile has no such limit. The JSON of a
 * full read is also estimated here (readResponseBytes) to state the goal ceil(bytes / 4 MB) + 2.
 */
import { consolidate } from '../src/core/consolidate/consolidate';
import { milestoneStatuses } from '../src/core/milestones/milestone-status';
import type { RawSheet } from '../src/core/report/report-types';
import { resolveUnit } from '../src/core/settings/resolve-unit';
import type { SourceInput } from '../src/core/consolidate/consolidate-types';
import { consolidationSheets } from '../src/core/summary/consolidation-sheets';
import { isReportSheet, parseReport } from '../src/core/template/parse-report';
import { validateReport } from '../src/core/validate/validate-report';
import { columnLetters } from '../src/excel/a1-address';
import { applySheets, type ApplyStats } from '../src/excel/apply-sheets';
import { estimatePayloadBytes } from '../src/excel/chunk-writes';
import { readWorkbook } from '../src/excel/read-sheets';
import { readThenApply } from '../src/excel/read-then-apply';
import { ok } from '../src/core/types';
import { isStampedSheet, sourcesOfWorkbook } from '../src/core/intake/intake';
import { ALL_FEATURES } from '../src/excel/requirements';
import { deAn04 } from '../src/plans/de-an-04/plan';
import { ExcelDouble, type FakeCell, type FakeSheetInit, type HostProfile } from '../test/excel/excel-double';
import { BENCH_YEAR, reportBatch, reportRawSheets, reportSpec, type ReportBatch } from './report-batch';
import { formatBytes, formatCount, mark, renderTable } from './table';

/** Excel on the web rejects a request or a response over 5 MB. */
export const EXCEL_WEB_LIMIT_BYTES = 5 * 1024 * 1024;
/** When the consolidation is imported: fixed, so runs compare. */
export const IMPORTED_AT = `${BENCH_YEAR + 1}-01-02T08:00:00`;

export interface SyncCount {
  runs: number;
  syncs: number;
}

export interface SyncRow {
  units: number;
  reportSheets: number;
  applyTemplate: SyncCount & { payloadBytes: number };
  read: SyncCount & { responseBytes: number; largestSheetResponseBytes: number };
  /** The same read on Excel on the web, which refuses a response over 5 MB; its largest response. */
  readOnWeb: SyncCount & { largestResponseBytes: number; goal: number };
  validate: SyncCount & { reportsChecked: number; findings: number };
  consolidateRead: SyncCount;
  consolidateWrite: SyncCount & { stats: ApplyStats; sheets: string[] };
  /** Read, consolidate and write in one Excel.run (readThenApply, what the task pane's write does). */
  consolidateTotal: SyncCount & { writeRequests: number };
  accepted: number;
}

/**
 * Bytes of the JSON Excel sends back for one sheet in readSheets' second sync: the used range's
 * address, values, number formats, formulas and value types (a grid each, empty cells included).
 */
export function readResponseBytes(sheet: RawSheet): number {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (!c || (c.v === null && !c.formula && !c.error)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, col);
      right = Math.max(right, col);
    }),
  );
  if (bottom < 0) return 0;
  const grid = <T>(f: (c: RawSheet['rows'][number][number]) => T): T[][] =>
    Array.from({ length: bottom - top + 1 }, (_, r) =>
      Array.from({ length: right - left + 1 }, (_, c) => f(sheet.rows[top + r]?.[left + c])),
    );
  return estimatePayloadBytes({
    address: `'${sheet.name}'!${columnLetters(left + 1)}${top + 1}:${columnLetters(right + 1)}${bottom + 1}`,
    values: grid((c) => c?.error ?? c?.v ?? ''),
    numberFormat: grid((c) => c?.fmt ?? 'General'),
    formulas: grid((c) => (c?.formula ? `=${c.formula}` : (c?.error ?? c?.v ?? ''))),
    valueTypes: grid((c) =>
      c?.error
        ? 'Error'
        : c?.v === null || c?.v === undefined || c.v === ''
          ? 'Empty'
          : typeof c.v === 'string'
            ? 'String'
            : typeof c.v === 'number'
              ? 'Double'
              : 'Boolean',
    ),
  });
}

/** A report sheet as the harness's workbook holds it (the cells an adapter would read back). */
export function fakeSheet(sheet: RawSheet): FakeSheetInit {
  const cells: Record<string, Partial<FakeCell>> = {};
  sheet.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (!c) return;
      cells[`${columnLetters(col + 1)}${r + 1}`] = {
        v: c.v,
        ...(c.formula ? { f: c.formula } : {}),
        ...(c.fmt ? { fmt: c.fmt } : {}),
        ...(c.error ? { error: c.error } : {}),
      };
    }),
  );
  return { name: sheet.name, cells, ...(sheet.merges ? { merges: sheet.merges } : {}) };
}

/** Counts the runs and syncs `act` makes on `mock`. */
async function counted<T>(mock: ExcelDouble, act: () => Promise<T>): Promise<{ value: T } & SyncCount> {
  const runs = mock.runCount;
  const syncs = mock.syncCount;
  const value = await act();
  return { value, runs: mock.runCount - runs, syncs: mock.syncCount - syncs };
}

/** What Check and Consolidate do: read the stamped report sheets of the open workbook. */
async function read(mock: ExcelDouble): Promise<RawSheet[]> {
  const r = await readWorkbook({ excel: mock.run, features: ALL_FEATURES, select: isReportSheet });
  if (!r.ok) throw new Error(`readWorkbook failed: ${JSON.stringify(r.error)}`);
  return r.value.sheets;
}

/** The 4 MB budget the reader packs responses into, under the web's 5 MB. */
const READ_BUDGET_BYTES = 4 * 1024 * 1024;

async function measureSize(b: ReportBatch): Promise<SyncRow> {
  const first = b.batch.reports[0];
  if (!first) throw new Error(`no reports for ${b.units} units`);

  // Apply the template: one unit's report into a workbook with one empty sheet.
  const blank = new ExcelDouble({ sheets: [{ name: 'Sheet1' }] });
  const applied = await counted(blank, () =>
    applySheets([reportSpec(b, first)], { onExisting: 'new-name', excel: blank.run, features: ALL_FEATURES }),
  );
  if (!applied.value.ok) throw new Error(`applySheets failed: ${JSON.stringify(applied.value.error)}`);

  // A workbook holding every report of the batch, one sheet each.
  const raw = reportRawSheets(b);
  const sheets = raw.map((r) => fakeSheet(r.sheet));
  const responses = raw.map((r) => readResponseBytes(r.sheet));
  const responseBytes = responses.reduce((a, x) => a + x, 0);
  const onProfile = (profile: HostProfile) => new ExcelDouble({ sheets, profile });
  const desktop = onProfile('desktop');
  const readCount = await counted(desktop, () => read(desktop));
  const readBack = readCount.value;
  const mock = onProfile('web');
  const web = await counted(mock, () => read(mock));
  const readOnWeb = {
    runs: web.runs,
    syncs: web.syncs,
    largestResponseBytes: Math.max(0, ...mock.responseSizes),
    goal: Math.ceil(responseBytes / READ_BUDGET_BYTES) + 2,
  };

  // Validate: the read, then the core's parse, rules and milestones for every report sheet.
  const { settings } = b;
  let reportsChecked = 0;
  let findings = 0;
  const sources: SourceInput[] = [];
  for (const sheet of readBack.filter(isReportSheet)) {
    const parsed = parseReport(sheet, deAn04, settings, { file: 'workbook' });
    sources.push({ file: 'workbook', sheet: sheet.name, read: parsed });
    if (!parsed.ok) continue;
    const report = parsed.value;
    const match = resolveUnit(report.unitName, report.stamp.unitCode, report.stamp.year, settings.units);
    const unit = match.kind === 'found' ? match.unit : undefined;
    const check = validateReport(report, deAn04, settings, unit);
    if (unit)
      milestoneStatuses(deAn04, settings, {
        kind: 'unit',
        unit,
        reportsByYear: { [report.stamp.year]: report },
      });
    reportsChecked++;
    findings += report.readFindings.length + check.findings.length;
  }

  // Consolidate and write: the same read, then the four sheets written into the same workbook.
  const c = consolidate({ plan: deAn04, settings, year: BENCH_YEAR, sources, importedAt: IMPORTED_AT });
  const specs = consolidationSheets(c, deAn04, settings, 'vi');
  const written = await counted(mock, () =>
    applySheets(specs, { onExisting: 'new-name', excel: mock.run, features: ALL_FEATURES }),
  );
  if (!written.value.ok) throw new Error(`applySheets failed: ${JSON.stringify(written.value.error)}`);

  // The same, as the task pane's write does it: read, consolidate and write in one Excel.run, on a
  // workbook holding the reports only.
  const fresh = onProfile('web');
  const together = await counted(fresh, () =>
    readThenApply({
      excel: fresh.run,
      features: ALL_FEATURES,
      read: { select: isStampedSheet },
      onExisting: 'new-name',
      build: (read) => {
        const intake = sourcesOfWorkbook(read, deAn04, settings, { name: 'workbook' });
        const consolidation = consolidate({
          plan: deAn04,
          settings,
          year: BENCH_YEAR,
          sources: intake.sources,
          blocInputs: intake.blocInputs,
          importedAt: IMPORTED_AT,
        });
        return ok({ specs: consolidationSheets(consolidation, deAn04, settings, 'vi'), value: null });
      },
    }),
  );
  if (!together.value.ok) throw new Error(`readThenApply failed: ${JSON.stringify(together.value.error)}`);

  const readSyncs = { runs: readCount.runs, syncs: readCount.syncs };
  return {
    units: b.units,
    reportSheets: raw.length,
    applyTemplate: {
      runs: applied.runs,
      syncs: applied.syncs,
      payloadBytes: applied.value.value.stats.payloadBytes,
    },
    read: { ...readSyncs, responseBytes, largestSheetResponseBytes: Math.max(...responses) },
    readOnWeb,
    validate: { ...readSyncs, reportsChecked, findings },
    consolidateRead: readSyncs,
    consolidateWrite: {
      runs: written.runs,
      syncs: written.syncs,
      stats: written.value.value.stats,
      sheets: written.value.value.written,
    },
    consolidateTotal: {
      runs: together.runs,
      syncs: together.syncs,
      writeRequests: together.value.value.applied.stats.syncs,
    },
    accepted: c.accepted.length,
  };
}

export async function syncFigure(sizes: readonly number[], log: (s: string) => void): Promise<SyncRow[]> {
  const rows: SyncRow[] = [];
  for (const units of sizes) {
    log(`  figure 1: ${units} units...`);
    rows.push(await measureSize(reportBatch(units)));
  }
  return rows;
}

/**
 * Issue 14: consolidating 70 units (read + write) in at most 3 syncs. Larger batches are not given
 * a number by the issue; for them the goal is that combining adds nothing: the read's own goal plus
 * one sync per write request.
 */
export function consolidateGoal(r: SyncRow): number {
  return r.units <= 70 ? 3 : r.readOnWeb.goal + r.consolidateTotal.writeRequests;
}

export function syncTable(rows: readonly SyncRow[]): string {
  const line = (
    action: string,
    goal: number | ((r: SyncRow) => number),
    pick: (r: SyncRow) => SyncCount,
    note = '',
  ): string[] => {
    const counts = rows.map(pick);
    const goals = rows.map((r) => (typeof goal === 'number' ? goal : goal(r)));
    const ok = counts.every((c, i) => c.syncs <= (goals[i] ?? 0));
    const constant = new Set(counts.map((c) => c.syncs)).size === 1;
    return [
      action,
      ...counts.map((c) => `${c.syncs}${c.runs > 1 ? ` (${c.runs} runs)` : ''}`),
      `≤ ${[...new Set(goals)].join(' / ')}`,
      mark(ok),
      `${constant ? 'constant' : 'grows'}${note ? `; ${note}` : ''}`,
    ];
  };
  const body = [
    line('Apply template (1 report)', 2, (r) => r.applyTemplate),
    line(
      'Read N report sheets',
      (r) => r.readOnWeb.goal,
      (r) => r.read,
      'Excel desktop (no response limit)',
    ),
    line(
      'Read N, Excel on the web',
      (r) => r.readOnWeb.goal,
      (r) => r.readOnWeb,
      'goal ceil(bytes / 4 MB) + 2: names, probe, packed reads',
    ),
    line(
      'Validate N reports',
      (r) => r.readOnWeb.goal,
      (r) => r.validate,
      'the read; the core adds none',
    ),
    line(
      'Consolidate: read',
      (r) => r.readOnWeb.goal,
      (r) => r.consolidateRead,
    ),
    line('Consolidate: write 4 sheets (own run)', 2, (r) => r.consolidateWrite),
    line(
      'Consolidate: read + write, one run',
      consolidateGoal,
      (r) => r.consolidateTotal,
      "readThenApply; goal 3 to 70 units, then the read's goal + the write's requests",
    ),
  ];
  const sizes = [
    ['Report sheets', ...rows.map((r) => formatCount(r.reportSheets)), '', '', ''],
    [
      'Read response (estimated)',
      ...rows.map((r) => formatBytes(r.read.responseBytes)),
      '',
      '',
      `largest sheet ${formatBytes(Math.max(...rows.map((r) => r.read.largestSheetResponseBytes)))}`,
    ],
    [
      'Largest response, web',
      ...rows.map((r) => formatBytes(r.readOnWeb.largestResponseBytes)),
      '≤ 5 MB (web)',
      mark(rows.every((r) => r.readOnWeb.largestResponseBytes <= EXCEL_WEB_LIMIT_BYTES)),
      'measured by the double',
    ],
  ];
  return renderTable(
    'Figure 1. context.sync() calls per action (Excel adapter on the Excel double)',
    [
      { title: 'Action' },
      ...rows.map((r) => ({ title: `${formatCount(r.units)} units`, align: 'right' as const })),
      { title: 'Goal' },
      { title: '' },
      { title: 'Note' },
    ],
    [...body, ...sizes],
  );
}
