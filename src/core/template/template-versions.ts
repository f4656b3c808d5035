import type { LegacyItemKey, Plan, ReportItem } from '../plan/plan-types';
import type { Text } from '../types';

/**
 * Template versions. The stamp of every sheet carries its version; a reader accepts every
 * version from OLDEST to CURRENT and rejects newer ones ('TEMPLATE.VERSION': update the add-in).
 *
 * - Version 2 (current): columns TT | Nội dung | Đơn vị tính | Chỉ tiêu | Kết quả |
 *   Ngày hoàn thành | Ghi chú | Đánh giá, then the hidden key column. Row keys are the plan's
 *   item ids; a ratio item has a row keyed by its id (rate, note, assessment) and two input rows
 *   '<id>:num' and '<id>:den'.
 * - Version 1 (the 2022 template): no 'Ghi chú' column (no 'note' column key), and two items had
 *   other keys: 'ii2_study' (now 'ii2_study_article') and 'ii3_ontime_rate', one cell with the
 *   on-time rate in percent, where version 2 asks for the two counts of 'ii3_ontime'. Reading
 *   version 1 maps those keys to the current ids; the rate r becomes the ratio r/100 (numerator
 *   r, denominator 100), so every rule sees the same percent, and the report gets an info finding
 *   'TEMPLATE.OLD_VERSION'.
 * Layouts are found by column keys, so a version only needs describing by what its keys are.
 */

export const CURRENT_TEMPLATE_VERSION = 2;
export const OLDEST_TEMPLATE_VERSION = 1;

export interface TemplateLayout {
  version: number;
  description: Text;
  /** Has the 'Ghi chú' (note) column. */
  notes: boolean;
  /** Items keyed differently from their id. */
  legacyKeys: LegacyItemKey[];
}

const DESCRIPTIONS: Record<number, Text> = {
  1: {
    vi: 'Mẫu năm 2022: không có cột Ghi chú; tỷ lệ hồ sơ đúng hạn nhập một ô phần trăm.',
    en: '2022 template: no Note column; the on-time rate entered as one percent cell.',
  },
  2: {
    vi: 'Mẫu hiện hành: có cột Ghi chú; hồ sơ đúng hạn nhập hai số (đúng hạn / tổng số).',
    en: 'Current template: Note column; on-time dossiers entered as two counts (on time / all).',
  },
};

/**
 * The layout of a version for a plan, or undefined for a version this build does not know.
 * Which items an older version keyed differently is the plan's data (`Plan.legacyKeys`): a plan
 * that never had a version 1 differs there only by the missing note column.
 */
export function templateLayout(plan: Pick<Plan, 'legacyKeys'>, version: number): TemplateLayout | undefined {
  if (!Number.isInteger(version) || version < OLDEST_TEMPLATE_VERSION || version > CURRENT_TEMPLATE_VERSION)
    return undefined;
  return {
    version,
    description: DESCRIPTIONS[version] ?? {
      vi: `Mẫu phiên bản ${version}`,
      en: `Template version ${version}`,
    },
    notes: version >= 2,
    legacyKeys: plan.legacyKeys?.[version] ?? [],
  };
}

/** The row key of an item in a layout, and the kind its cell is typed as there. */
export function itemKeyIn(
  layout: TemplateLayout,
  item: ReportItem,
): { key: string; kind: ReportItem['kind'] } {
  const legacy = layout.legacyKeys.find((k) => k.itemId === item.id);
  return legacy ? { key: legacy.key, kind: legacy.kind ?? item.kind } : { key: item.id, kind: item.kind };
}
