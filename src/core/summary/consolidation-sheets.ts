import type { Consolidation } from '../consolidate/consolidate-types';
import type { Plan } from '../plan/plan-types';
import type { Settings } from '../settings/settings-types';
import type { SheetSpec } from '../sheet/sheet-spec';
import type { Lang } from '../types';
import { consolidatedSheet } from './consolidated-sheet';
import { sourcesSheet } from './sources-sheet';
import { summarySheet } from './summary-sheet';
import { trendSheet } from './trend-sheet';

/**
 * The four sheets of a consolidation, in the order they are added to the workbook:
 * "Tổng hợp <year>", "Tóm tắt <year>", "Xu hướng", "Nguồn" (English names with lang 'en').
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
  ];
}
