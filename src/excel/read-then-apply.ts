import type { RawWorkbook } from '../core/report/report-types';
import type { SheetSpec } from '../core/sheet/sheet-spec';
import { fail, ok, type Result } from '../core/types';
import { lookAtWorkbook, writeSheetsIn, type ApplyOptions, type ApplyResult } from './apply-sheets';
import { officeExcelRun } from './excel-run';
import { readFailed, readSheetsIn, type ReadOptions } from './read-sheets';
import { detectFeatures } from './requirements';

/**
 * Reads the open workbook and writes sheets made from what was read, in ONE `Excel.run`: the
 * write's look at the workbook (sheet names, structure protection) goes with the read's first
 * sync, `build` (the caller's pure work: intake, consolidation, sheet specs) runs between the
 * read's last sync and the write, and the write sends everything in one more request when it fits
 * the budget. A consolidation of a few dozen report sheets thus costs 3 syncs: names, the sheets,
 * the write (docs/performance.md, figure 1). The sheet names the write plans with are those of the
 * first sync of the same run, so nothing the user does between two clicks can make them stale.
 */

export interface ReadThenApplyOptions<T> extends Omit<ApplyOptions, 'excel' | 'features'> {
  read: Omit<ReadOptions, 'excel' | 'features'>;
  /** What to write, from what was read; a failure stops before anything is written. */
  build: (workbook: RawWorkbook) => Result<{ specs: readonly SheetSpec[]; value: T }>;
  excel?: ApplyOptions['excel'];
  features?: ApplyOptions['features'];
}

export interface ReadThenApplyResult<T> {
  workbook: RawWorkbook;
  /** What `build` returned beside the specs. */
  value: T;
  /** The write; its stats count the syncs after the read. */
  applied: ApplyResult;
}

export async function readThenApply<T>(
  opts: ReadThenApplyOptions<T>,
): Promise<Result<ReadThenApplyResult<T>>> {
  const { read, build, excel, ...write } = opts;
  const run = excel ?? officeExcelRun;
  const features = write.features ?? detectFeatures();
  try {
    return await run(async (context) => {
      const look = lookAtWorkbook(context);
      let workbook: RawWorkbook;
      try {
        workbook = await readSheetsIn(context, { ...read, features });
      } catch (e) {
        return fail([readFailed(e)]);
      }
      const built = build(workbook);
      if (!built.ok) return built;
      const applied = await writeSheetsIn(context, look, built.value.specs, { ...write, features });
      return applied.ok ? ok({ workbook, value: built.value.value, applied: applied.value }) : applied;
    });
  } catch (e) {
    // Excel.run itself failed: nothing was read or written.
    return fail([readFailed(e)]);
  }
}
