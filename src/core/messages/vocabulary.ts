import type { Lang, Text } from '../types';

// The states themselves are defined here, with their words, below every folder that uses them
// (validate, milestones, consolidate re-export them), so the catalogue imports no folder above it.

/** An item's verdict for one unit (core/validate). */
export type ItemVerdict = 'met' | 'not-met' | 'not-entered' | 'not-applicable' | 'no-target' | 'invalid';

/** A milestone's state as of a date (core/milestones, whose types explain the order). */
export type MilestoneStatus =
  'done-on-time' | 'done-late' | 'overdue' | 'due-soon' | 'not-yet-due' | 'not-applicable';

/** What became of a source in a consolidation (core/consolidate, whose types explain each). */
export type SourceVerdict =
  | 'accepted'
  | 'accepted-with-findings'
  | 'old-template'
  | 'duplicate'
  | 'unknown-unit'
  | 'other-year'
  | 'rejected';

/**
 * The vocabulary of verdicts and statuses, defined once per language (DOMAIN.md, "Words the
 * interface can use"). The template's formulas, the consolidated and summary sheets, the task
 * pane, the CLI and the JSON labels all take their words from here, so a word changes in one
 * place. Party reports write "Chưa đạt" for an item not met (DOMAIN.md glossary); a test
 * (vocabulary.test.ts) fails if another file in src/ spells one of these words itself.
 */

/** An entry in a report: the answer words of yes/no items, and "Không áp dụng". */
export const ANSWER_WORDS = {
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  na: { vi: 'Không áp dụng', en: 'Not applicable' },
} as const satisfies Record<string, Text>;

/** An item's verdict for one unit ('no-target' prints nothing: the plan sets no target). */
export const ITEM_VERDICT_WORDS: Record<ItemVerdict, Text> = {
  met: { vi: 'Đạt', en: 'Met' },
  'not-met': { vi: 'Chưa đạt', en: 'Not met' },
  'not-entered': { vi: 'Chưa nhập', en: 'Not entered' },
  'not-applicable': ANSWER_WORDS.na,
  invalid: { vi: 'Không hợp lệ', en: 'Invalid' },
  'no-target': { vi: '', en: '' },
};

/** A milestone's status as of a date. */
export const MILESTONE_STATUS_WORDS: Record<MilestoneStatus, Text> = {
  'done-on-time': { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  'done-late': { vi: 'Hoàn thành muộn', en: 'Done late' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  'due-soon': { vi: 'Sắp đến hạn', en: 'Due soon' },
  'not-yet-due': { vi: 'Chưa đến hạn', en: 'Not yet due' },
  'not-applicable': ANSWER_WORDS.na,
};

/** What became of one source (a sheet of a file) in a consolidation. */
export const SOURCE_VERDICT_WORDS: Record<SourceVerdict, Text> = {
  accepted: { vi: 'Đã nhận', en: 'Accepted' },
  'accepted-with-findings': { vi: 'Đã nhận (có lỗi, cảnh báo)', en: 'Accepted with findings' },
  'old-template': { vi: 'Mẫu cũ', en: 'Old template' },
  duplicate: { vi: 'Trùng lặp', en: 'Duplicate' },
  'unknown-unit': { vi: 'Đơn vị không có trong danh sách', en: 'Unknown unit' },
  'other-year': { vi: 'Báo cáo năm khác', en: 'Another year' },
  rejected: { vi: 'Bị từ chối', en: 'Rejected' },
};

/** A unit of the list with no accepted report for the year. */
export const NOT_REPORTED_WORDS: Text = { vi: 'Chưa báo cáo', en: 'Not reported' };

/** One language's words of a table above: `wordsIn(MILESTONE_STATUS_WORDS, 'vi').overdue`. */
export function wordsIn<K extends string>(words: Record<K, Text>, lang: Lang): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of Object.keys(words) as K[]) out[k] = words[k][lang];
  return out;
}

/** Every word of the vocabulary, both languages (for the test that no other file spells them). */
export function allVocabularyWords(): string[] {
  const tables: Record<string, Text>[] = [
    ITEM_VERDICT_WORDS,
    MILESTONE_STATUS_WORDS,
    SOURCE_VERDICT_WORDS,
    { notReported: NOT_REPORTED_WORDS },
  ];
  const words = tables.flatMap((t) => Object.values(t).flatMap((w) => [w.vi, w.en]));
  return [...new Set(words.filter((w) => w !== ''))];
}
