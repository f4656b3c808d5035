/**
 * The write phase of `baocao consolidate`, old writer against new (issue 14): reads a sample
 * folder (as bench/in-process.ts's profile does, on one thread), consolidates it, builds the five
 * sheets, then writes them with one writer and prints the write's time, the resident memory
 * before it and the process's peak (maxRSS) after it, as JSON. One writer per process, so that
 * neither inherits the other's heap:
 *   node bin/run-ts.js bench/write-phase.ts new /tmp/baocao-bench/sample-7000u-2025-seed1
 *   node bin/run-ts.js bench/write-phase.ts old /tmp/baocao-bench/sample-7000u-2025-seed1
 * `old` is the exceljs writer kept as the parity test's reference (test/xlsx).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createContext } from '../src/cli/cli-context';
import { CONFIG_FILE } from '../src/cli/cli-files';
import { loadSettings } from '../src/cli/load-settings';
import { consolidate, type SourceInput } from '../src/core/consolidate/consolidate';
import { sourcesOfWorkbook } from '../src/core/intake/intake';
import { consolidationSheets } from '../src/core/summary/consolidation-sheets';
import { deAn04 } from '../src/plans/de-an-04/plan';
import { inspectFile } from '../src/xlsx/inspect-file';
import { scanWorkbook } from '../src/xlsx/scan-workbook';
import { writeXlsx } from '../src/xlsx/write-xlsx';
import { writeXlsxWithExceljs } from '../test/xlsx/exceljs-writer-reference';
import { IMPORTED_AT } from './excel-syncs';
import { BENCH_YEAR } from './report-batch';

const MB = 1024 * 1024;

async function main(): Promise<void> {
  const [writer, dir] = process.argv.slice(2);
  if ((writer !== 'old' && writer !== 'new') || !dir)
    throw new Error('usage: write-phase.ts old|new <sample folder>');
  const ctx = createContext({ cwd: process.cwd() }, 'vi', true);
  const settings = await loadSettings(ctx, join(dir, CONFIG_FILE), undefined);
  if (!settings) throw new Error('the sample settings do not load');
  const sources: SourceInput[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.xlsx')).sort()) {
    const bytes = await readFile(join(dir, name));
    const inspected = inspectFile(bytes, name, settings.limits);
    if (!inspected.parts) throw new Error(`${name}: ${inspected.findings.map((f) => f.code).join(', ')}`);
    const read = scanWorkbook(inspected.parts, name, settings.limits, {
      inflatedBytes: inspected.inflatedBytes,
    });
    const intake = sourcesOfWorkbook({ ...read, notes: inspected.findings }, deAn04, settings, { name });
    if (intake.kind !== 'bloc') sources.push(...intake.sources);
  }
  const c = consolidate({ plan: deAn04, settings, year: BENCH_YEAR, sources, importedAt: IMPORTED_AT });
  const specs = consolidationSheets(c, deAn04, settings, 'vi');
  const peakBeforeMb = process.resourceUsage().maxRSS / 1024;
  const rssBeforeMb = process.memoryUsage().rss / MB;
  const start = performance.now();
  const write = writer === 'new' ? writeXlsx : writeXlsxWithExceljs;
  const bytes = await write(specs, { created: IMPORTED_AT.slice(0, 10) });
  const writeMs = performance.now() - start;
  console.log(
    JSON.stringify({
      writer,
      sources: c.sources.length,
      cells: specs.reduce((n, s) => n + s.cells.length, 0),
      writeMs: Math.round(writeMs),
      bytes: bytes.length,
      rssBeforeMb: Math.round(rssBeforeMb),
      peakBeforeWriteMb: Math.round(peakBeforeMb),
      peakAfterWriteMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

void main();
