import type { Lang, Text } from '../types';

/**
 * The messages of plan and settings files (PLAN.INVALID / SETTINGS.INVALID). They live beside the
 * schema checks, below every other core folder: the plan and the settings are checked with them,
 * and core/messages (which words findings about plan items) sits above the plan.
 */

/** Builds a Text from one function of the language, so both sentences have the same shape. */
const both = (f: (lang: Lang) => string): Text => ({ vi: f('vi'), en: f('en') });

/**
 * What is wrong at a path of a plan or settings file. 'type': the value has the wrong type or is
 * missing; 'rule': a named rule of the schema failed (the keys below).
 */
export type SchemaProblem =
  | { kind: 'type'; expected: string; received: string }
  | { kind: 'rule'; rule: SchemaRule; expected?: string; received: string };

export type SchemaRule =
  | 'nonempty'
  | 'integer'
  | 'min'
  | 'max'
  | 'iso-date'
  | 'month-day'
  | 'deadline'
  | 'unique'
  | 'unknown-ref'
  | 'order'
  | 'target-for-kind'
  | 'ratio-labels'
  | 'merged-needs-end'
  | 'unknown-key'
  | 'other';

const TYPE_WORDS: Record<string, Text> = {
  string: { vi: 'một chuỗi văn bản', en: 'a string' },
  number: { vi: 'một số', en: 'a number' },
  boolean: { vi: 'đúng/sai (true/false)', en: 'true or false' },
  Object: { vi: 'một đối tượng { ... }', en: 'an object { ... }' },
  Array: { vi: 'một danh sách [ ... ]', en: 'a list [ ... ]' },
};

function ruleWords(rule: SchemaRule, expected: string | undefined, lang: Lang): string {
  const vi = lang === 'vi';
  const e = expected ?? '';
  switch (rule) {
    case 'nonempty':
      return vi ? 'không được để trống' : 'must not be empty';
    case 'integer':
      return vi ? 'phải là số nguyên' : 'must be a whole number';
    case 'min':
      return vi ? `phải từ ${e} trở lên` : `must be at least ${e}`;
    case 'max':
      return vi ? `không được lớn hơn ${e}` : `must be at most ${e}`;
    case 'iso-date':
      return vi ? 'phải là ngày dạng YYYY-MM-DD' : 'must be a date as YYYY-MM-DD';
    case 'month-day':
      return vi ? 'phải là ngày tháng dạng MM-DD' : 'must be a month and day as MM-DD';
    case 'deadline':
      return vi
        ? 'phải là ngày dạng YYYY-MM-DD (mốc một lần) hoặc MM-DD (mốc hằng năm)'
        : 'must be YYYY-MM-DD (one-off milestone) or MM-DD (yearly milestone)';
    case 'unique':
      return vi ? 'bị trùng (mã phải là duy nhất)' : 'is a duplicate (ids must be unique)';
    case 'unknown-ref':
      return vi ? `không có trong ${e}` : `is not among the ${e}`;
    case 'order':
      return vi ? `không được nhỏ hơn ${e}` : `must not be less than ${e}`;
    case 'target-for-kind':
      return vi ? `chỉ tiêu không hợp với loại giá trị ${e}` : `target does not fit the value kind ${e}`;
    case 'ratio-labels':
      return vi
        ? 'mục tỷ lệ cần nhãn của tử số và tổng số (ratio.num, ratio.den)'
        : 'a ratio item needs ratio.num and ratio.den labels';
    case 'merged-needs-end':
      return vi
        ? 'đơn vị đã sáp nhập cần năm cuối hoạt động (activeTo)'
        : 'a merged unit needs its last active year (activeTo)';
    case 'unknown-key':
      return vi
        ? 'không phải là tên cài đặt nào (có thể viết sai); hãy sửa tên hoặc xóa dòng này'
        : 'is not a known setting (misspelt?); correct the name or remove it';
    case 'other':
      return vi ? 'giá trị không hợp lệ' : 'invalid value';
  }
}

/** PLAN.INVALID / SETTINGS.INVALID: "items[3].target.value: cần một số, nhận được "x"". */
export function schemaIssue(path: string, problem: SchemaProblem): Text {
  return both((lang) => {
    const vi = lang === 'vi';
    const got = vi ? `nhận được ${problem.received}` : `got ${problem.received}`;
    const where = path === '' ? (vi ? '(gốc)' : '(root)') : path;
    if (problem.kind === 'type') {
      if (problem.received === 'undefined')
        return vi ? `${where}: thiếu giá trị bắt buộc.` : `${where}: missing a required value.`;
      const words =
        TYPE_WORDS[problem.expected]?.[lang] ??
        (vi ? `một trong ${problem.expected}` : `one of ${problem.expected}`);
      return vi ? `${where}: cần ${words}, ${got}.` : `${where}: expected ${words}, ${got}.`;
    }
    return `${where}: ${ruleWords(problem.rule, problem.expected, lang)} (${got}).`;
  });
}
