import type { Consolidation } from '../consolidate/consolidate-types';
import type { Plan } from '../plan/plan-types';
import type { Settings } from '../settings/settings-types';
import type { RawSheet } from '../report/report-types';
import type { SheetSpec } from '../sheet/sheet-spec';
import { a1, findStamp, formatStamp } from '../template/template-keys';
import type { Lang } from '../types';
import { consolidatedSheet } from './consolidated-sheet';
import { reminderSheet } from './reminder-sheet';
import { sourcesSheet } from './sources-sheet';
import { summarySheet } from './summary-sheet';
import { trendSheet } from './trend-sheet';

/** Version of the output stamp (not of the report template). */
const OUTPUT_STAMP_VERSION = 1;

/**
 * The five sheets of a consolidation, in the order they are added to the workbook:
 * "Tổng hợp <year>", "Tóm tắt <year>", "Xu hướng", "Nguồn", "Đôn đốc báo cáo" (English names
 * with lang 'en').
 * Each carries an output stamp in a hidden column, so a consolidation found among the reports
 * later is recognised as this program's output (isConsolidationSheet), not taken for a bad report.
 */
export function consolidationSheets(
  c: Consolidation,
  plan: Plan,
  settings: Settings,
  lang: Lang,
): SheetSpec[] {
  return [
    consolidatedSheet(c, plan, settings, lang),
    summarySheet(c, plan, settings, lang),
    trendSheet(c, plan, settings, lang),
    sourcesSheet(c, plan, settings, lang),
    reminderSheet(c, lang),
  ].map((spec) => withOutputStamp(spec, plan.id, c.year));
}

/** The stamp in row 1 of a hidden column after the sheet's last one: never printed or seen. */
function withOutputStamp(spec: SheetSpec, planId: string, year: number): SheetSpec {
  const col = spec.columns.length + 1;
  const text = formatStamp({ kind: 'consolidation', planId, version: OUTPUT_STAMP_VERSION, year });
  return {
    ...spec,
    columns: [...spec.columns, { width: 2, hidden: true }],
    cells: [...spec.cells, { address: a1(1, col), value: { text } }],
  };
}

/** Whether a sheet is one this program wrote as a consolidation's output. */
export function isConsolidationSheet(sheet: RawSheet): boolean {
  return findStamp(sheet)?.stamp.kind === 'consolidation';
}
