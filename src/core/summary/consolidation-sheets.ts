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
import { recordLines } from '../verify/record-cells';

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
  const stamped = (spec: SheetSpec, record: string[] = []) => withOutputStamp(spec, plan.id, c.year, record);
  return [
    stamped(consolidatedSheet(c, plan, settings, lang)),
    stamped(summarySheet(c, plan, settings, lang)),
    stamped(trendSheet(c, plan, settings, lang)),
    stamped(sourcesSheet(c, plan, settings, lang), recordLines(c.verification)),
    stamped(reminderSheet(c, lang)),
  ].map(locked);
}

/**
 * The stamp in row 1 of a hidden column after the sheet's last one, never printed or seen; on
 * "Nguồn" the verification record (core/verify/record-cells.ts) in the rows under it.
 */
function withOutputStamp(spec: SheetSpec, planId: string, year: number, record: string[]): SheetSpec {
  const col = spec.columns.length + 1;
  const text = formatStamp({ kind: 'consolidation', planId, version: OUTPUT_STAMP_VERSION, year });
  return {
    ...spec,
    columns: [...spec.columns, { width: 2, hidden: true }],
    cells: [
      ...spec.cells,
      { address: a1(1, col), value: { text } },
      ...record.map((line, i) => ({ address: a1(2 + i, col), value: { text: line } })),
    ],
  };
}

/**
 * "Chốt số liệu": every output sheet is protected without a password, as the templates are, so a
 * row cannot be deleted or a figure typed over by accident; anyone may unprotect it on purpose
 * (Review > Unprotect Sheet), and `baocao verify` still tells whether the inputs changed.
 */
const locked = (spec: SheetSpec): SheetSpec => ({ ...spec, protection: {} });

/** Whether a sheet is one this program wrote as a consolidation's output. */
export function isConsolidationSheet(sheet: RawSheet): boolean {
  return findStamp(sheet)?.stamp.kind === 'consolidation';
}
