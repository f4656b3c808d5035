import type { Plan, ReportItem, ValueKind } from '../plan/plan-types';
import type { ItemEntry, ParsedValue, RawCell, RawSheet, UnitReport } from '../report/report-types';
import type { Settings } from '../settings/settings-types';
import { NO, NOT_APPLICABLE_WORDS, YES, valueNormalised } from '../messages/messages';
import type { NormaliseFix } from '../messages/messages';
import {
  convertLegacyToUnicode,
  detectLegacyEncoding,
  displayRaw,
  isPercentFormat,
  normalizeText,
  parseValue,
  readingsDiffer,
  sheetReading,
} from '../text';
import type { ListWords } from '../text';
import { fail, ok } from '../types';
import type { Finding, IsoDate, Result, Text } from '../types';
import { COL, FIELD, denKey, locateKeys, numKey, parseA1, cellAt, keyedAddress } from './template-keys';
import type { SheetKeys, Stamp } from './template-keys';
import { CURRENT_TEMPLATE_VERSION, itemKeyIn, templateLayout } from './template-versions';
import type { TemplateLayout } from './template-versions';

/**
 * Reads a unit's report sheet through its keys (template-keys.ts), never by position. Expected
 * failures are results: a sheet that is not a report, a report of another plan, a template newer
 * than this build, or keys a unit deleted. Everything else (bad values, legacy fonts) is read as
 * far as possible and reported in `readFindings`; the rules (validateReport) judge the values.
 */

export interface ReportSource {
  file?: string;
  modified?: IsoDate;
}

/**
 * 'core' (default): values as the core reads them, with a VALUE.NORMALISED warning on every cell
 * the template's own formulas read otherwise. 'sheet': values as those formulas read them
 * (sheetReading), for the results the template stores with its formulas.
 */
export type Reading = 'core' | 'sheet';

/** The template's yes/no list in both languages: its formulas accept either. */
export const LIST_WORDS: ListWords = {
  yes: [YES.vi, YES.en],
  no: [NO.vi, NO.en],
  na: [NOT_APPLICABLE_WORDS.vi, NOT_APPLICABLE_WORDS.en],
};

/** Whether the sheet carries a unit-report stamp (of any plan or version). */
export function isReportSheet(sheet: RawSheet): boolean {
  return locateKeys(sheet)?.stamp.kind === 'report';
}

export function parseReport(
  sheet: RawSheet,
  plan: Plan,
  _settings: Settings,
  source: ReportSource,
  reading: Reading = 'core',
): Result<UnitReport> {
  const where = { file: source.file, sheet: sheet.name };
  const keys = locateKeys(sheet);
  if (!keys || keys.stamp.kind !== 'report' || keys.stamp.unitCode === undefined)
    return fail([templateFinding('TEMPLATE.NOT_A_REPORT', notAReport(sheet.name, source.file), where)]);
  const stamp = keys.stamp;
  const stampWhere = { ...where, cell: keys.stampCell };
  if (stamp.planId !== plan.id)
    return fail([templateFinding('TEMPLATE.OTHER_PLAN', otherPlan(stamp, plan), stampWhere)]);
  const layout = templateLayout(plan, stamp.version);
  if (!layout) return fail([templateFinding('TEMPLATE.VERSION', newerVersion(stamp.version), stampWhere)]);

  const missing = missingKeys(keys, plan, layout);
  if (missing.length > 0)
    return fail([templateFinding('TEMPLATE.KEYS_MISSING', keysMissing(missing, sheet.name), stampWhere)]);

  const readFindings: Finding[] = [];
  const reader = new CellReader(sheet, where, readFindings, reading);
  const entries: Record<string, ItemEntry> = {};
  for (const item of plan.items) entries[item.id] = readItem(item, keys, layout, reader);

  const unitNameCell = keyedAddress(keys, FIELD.unitName, COL.field);
  const unitName = reader.text(unitNameCell) ?? '';
  const preparer = reader.text(keyedAddress(keys, FIELD.preparer, COL.field));
  const dateAddress = keyedAddress(keys, FIELD.reportDate, COL.field);
  const reportDate = reader.value(dateAddress, 'date');
  if (reportDate.kind === 'invalid')
    readFindings.push(reportDateInvalid(reportDate.raw, { ...where, cell: dateAddress }));
  for (const key of keys.duplicates) readFindings.push(duplicateKey(key, where));
  if (stamp.version < CURRENT_TEMPLATE_VERSION) readFindings.push(oldVersion(layout, where));

  return ok({
    stamp: {
      planId: stamp.planId,
      templateVersion: stamp.version,
      unitCode: stamp.unitCode ?? '',
      year: stamp.year,
    },
    unitName,
    ...(unitNameCell !== undefined ? { unitNameCell } : {}),
    ...(reportDate.kind === 'date' ? { reportDate: reportDate.iso } : {}),
    ...(preparer ? { preparer } : {}),
    entries,
    source: {
      sheet: sheet.name,
      ...(source.file !== undefined ? { file: source.file } : {}),
      ...(source.modified !== undefined ? { modified: source.modified } : {}),
    },
    readFindings,
  });
}

/** Row keys an item needs in a layout: a ratio of the current layout has three rows. */
function rowKeysOf(item: ReportItem, layout: TemplateLayout): string[] {
  const { key, kind } = itemKeyIn(layout, item);
  return kind === 'ratio' ? [key, numKey(key), denKey(key)] : [key];
}

interface MissingKey {
  what: Text;
  key: string;
}

function missingKeys(keys: SheetKeys, plan: Plan, layout: TemplateLayout): MissingKey[] {
  const missing: MissingKey[] = [];
  for (const item of plan.items) {
    for (const key of rowKeysOf(item, layout)) {
      if (!keys.rows.has(key)) missing.push({ what: item.label, key });
      else if (keys.rows.get(key)?.columns[COL.value] === undefined)
        missing.push({ what: { vi: 'cột Kết quả', en: 'the Result column' }, key: COL.value });
    }
  }
  if (!keys.rows.has(FIELD.unitName))
    missing.push({ what: { vi: 'tên đơn vị', en: 'unit name' }, key: FIELD.unitName });
  // One message per missing column, not one per row.
  return missing.filter((m, i) => missing.findIndex((o) => o.key === m.key) === i);
}

/** Reads cells and records what reading them revealed (legacy fonts, forms the sheet reads otherwise). */
class CellReader {
  constructor(
    private readonly sheet: RawSheet,
    private readonly where: { file?: string; sheet: string },
    private readonly findings: Finding[],
    private readonly reading: Reading,
  ) {}

  cell(address: string | undefined): RawCell | undefined {
    const p = address ? parseA1(address) : null;
    return p ? cellAt(this.sheet, p.row, p.col) : undefined;
  }

  value(address: string | undefined, kind: ValueKind): ParsedValue {
    const cell = this.cell(address);
    const sheet = sheetReading(cell, kind, LIST_WORDS);
    if (this.reading === 'sheet') return sheet;
    this.noteLegacy(cell, address);
    const core = parseValue(cell, kind);
    if (cell !== undefined && readingsDiffer(core, sheet)) {
      const where = { ...this.where, ...(address !== undefined ? { cell: address } : {}) };
      const raw = displayRaw(cell);
      this.findings.push({
        code: 'VALUE.NORMALISED',
        severity: 'warning',
        message: valueNormalised(raw, core, fixFor(core, kind, cell), where),
        value: raw,
        ...where,
      });
    }
    return core;
  }

  /** Free text (names, notes): legacy fonts converted, Unicode composed, spaces cleaned. */
  text(address: string | undefined): string | undefined {
    const cell = this.cell(address);
    if (cell === undefined || cell.v === null) return undefined;
    const raw = displayRaw(cell);
    const encoding = this.noteLegacy(cell, address);
    const t = normalizeText(encoding ? convertLegacyToUnicode(raw, encoding) : raw, { keepNewlines: true });
    return t === '' ? undefined : t;
  }

  private noteLegacy(cell: RawCell | undefined, address: string | undefined) {
    if (typeof cell?.v !== 'string') return null;
    const encoding = detectLegacyEncoding(cell.v);
    if (encoding) {
      const converted = normalizeText(convertLegacyToUnicode(cell.v, encoding));
      this.findings.push(legacyEncoding(cell.v, converted, encoding, { ...this.where, cell: address }));
    }
    return encoding;
  }
}

/** How to write a value the way the template's formulas read it (see valueNormalised). */
function fixFor(core: ParsedValue, kind: ValueKind, cell: RawCell): NormaliseFix {
  switch (core.kind) {
    case 'blank':
      return 'clear';
    case 'yes':
    case 'no':
      return 'choose';
    case 'not-applicable':
      return kind === 'yesno' ? 'choose' : 'type';
    case 'number':
      return typeof cell.v === 'number' && isPercentFormat(cell.fmt) ? 'percent-cell' : 'number';
    case 'date':
      return 'date';
    default:
      return 'type';
  }
}

function readItem(item: ReportItem, keys: SheetKeys, layout: TemplateLayout, reader: CellReader): ItemEntry {
  const { key, kind } = itemKeyIn(layout, item);
  const at = (rowKey: string, col: string) => keyedAddress(keys, rowKey, col);
  const entry: ItemEntry = { itemId: item.id, value: { kind: 'blank' }, cell: '', display: '' };

  if (kind === 'ratio') {
    const numCell = at(numKey(key), COL.value) ?? '';
    const denCell = at(denKey(key), COL.value) ?? '';
    entry.value = reader.value(numCell, 'ratio');
    entry.cell = numCell;
    entry.den = reader.value(denCell, 'ratio');
    entry.denCell = denCell;
    const num = displayRaw(reader.cell(numCell));
    const den = displayRaw(reader.cell(denCell));
    entry.display = num === '' && den === '' ? '' : `${num}/${den}`;
  } else {
    const cell = at(key, COL.value) ?? '';
    entry.cell = cell;
    entry.display = displayRaw(reader.cell(cell));
    const value = reader.value(cell, kind);
    if (item.kind === 'ratio' && kind === 'percent') {
      // Version 1 kept the rate in percent: rate r is the ratio of two whole numbers giving the
      // same percent (99.2 -> 992/1000), so every ratio rule sees the same value.
      const ratio = value.kind === 'number' ? rateAsRatio(value.n) : undefined;
      entry.value = ratio ? ratio.num : value;
      entry.den = ratio ? ratio.den : value.kind === 'not-applicable' ? value : { kind: 'blank' };
      entry.denCell = cell;
    } else {
      entry.value = value;
    }
  }

  const dateCell = at(key, COL.date);
  if (dateCell !== undefined) {
    const date = reader.value(dateCell, 'date');
    if (item.needsDate || date.kind !== 'blank') {
      entry.date = date;
      entry.dateCell = dateCell;
    }
  }
  const noteCell = at(key, COL.note);
  const note = reader.text(noteCell);
  if (note !== undefined && noteCell !== undefined) {
    entry.note = note;
    entry.noteCell = noteCell;
  }
  return entry;
}

/** A percent as whole numerator and denominator: 98 -> 98/100, 99.25 -> 9925/10000. */
export function rateAsRatio(percent: number): { num: ParsedValue; den: ParsedValue } {
  let decimals = 0;
  while (decimals < 6 && Math.abs(percent * 10 ** decimals - Math.round(percent * 10 ** decimals)) > 1e-9)
    decimals++;
  const scale = 10 ** decimals;
  return {
    num: { kind: 'number', n: Math.round(percent * scale) },
    den: { kind: 'number', n: 100 * scale },
  };
}

// --- Findings ----------------------------------------------------------------------------------

function templateFinding(
  code: string,
  message: Text,
  where: { file?: string; sheet?: string; cell?: string },
): Finding {
  return {
    code,
    severity: 'error',
    message,
    ...(where.file !== undefined ? { file: where.file } : {}),
    ...(where.sheet !== undefined ? { sheet: where.sheet } : {}),
    ...(where.cell !== undefined ? { cell: where.cell } : {}),
  };
}

const inFile = (file: string | undefined, lang: 'vi' | 'en'): string =>
  file === undefined ? '' : lang === 'vi' ? ` của tệp “${file}”` : ` of "${file}"`;

function notAReport(sheet: string, file: string | undefined): Text {
  return {
    vi: `Trang tính “${sheet}”${inFile(file, 'vi')} không phải là mẫu báo cáo của đơn vị (không tìm thấy dấu mẫu). Hãy dùng mẫu báo cáo do phần bổ trợ tạo ra (nút “Áp dụng mẫu”) và nhập số liệu vào đó.`,
    en: `Sheet "${sheet}"${inFile(file, 'en')} is not a unit report template (no template stamp found). Use the report template made by the add-in ("Apply template") and enter the figures there.`,
  };
}

function otherPlan(stamp: Stamp, plan: Plan): Text {
  return {
    vi: `Báo cáo này thuộc kế hoạch “${stamp.planId}”, không phải “${plan.shortTitle.vi}” (${plan.id}). Hãy chọn đúng tệp báo cáo của ${plan.shortTitle.vi}.`,
    en: `This report belongs to plan "${stamp.planId}", not "${plan.shortTitle.en}" (${plan.id}). Choose the report file of ${plan.shortTitle.en}.`,
  };
}

function newerVersion(version: number): Text {
  return {
    vi: `Mẫu báo cáo phiên bản ${version} mới hơn phiên bản phần bổ trợ này đọc được (${CURRENT_TEMPLATE_VERSION}). Hãy cập nhật phần bổ trợ rồi thử lại.`,
    en: `The report template is version ${version}, newer than this add-in reads (${CURRENT_TEMPLATE_VERSION}). Update the add-in and try again.`,
  };
}

function keysMissing(missing: MissingKey[], sheet: string): Text {
  const list = (lang: 'vi' | 'en') => missing.map((m) => `“${m.what[lang]}” (${m.key})`).join('; ');
  return {
    vi: `Trang tính “${sheet}” thiếu dòng hoặc cột khóa của ${missing.length} mục: ${list('vi')}. Có thể các dòng này (hoặc cột ẩn chứa khóa) đã bị xóa. Hãy áp dụng lại mẫu và chép số liệu sang.`,
    en: `Sheet "${sheet}" lacks the key rows or columns of ${missing.length} items: ${list('en')}. The rows (or the hidden key column) may have been deleted. Apply the template again and copy the figures over.`,
  };
}

function legacyEncoding(
  raw: string,
  converted: string,
  encoding: string,
  where: { file?: string; sheet: string; cell?: string },
): Finding {
  const name = encoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI';
  return {
    code: 'TEXT.LEGACY_ENCODING',
    severity: 'warning',
    message: {
      vi: `Ô ${where.cell ?? ''} trang tính “${where.sheet}” được gõ bằng bảng mã cũ ${name} (“${raw}”); đã đọc thành “${converted}”. Hãy kiểm tra lại và gõ lại bằng Unicode.`,
      en: `Cell ${where.cell ?? ''} of sheet "${where.sheet}" was typed in the legacy ${name} encoding ("${raw}"); read as "${converted}". Check it and retype it in Unicode.`,
    },
    value: raw,
    sheet: where.sheet,
    ...(where.file !== undefined ? { file: where.file } : {}),
    ...(where.cell !== undefined ? { cell: where.cell } : {}),
  };
}

function reportDateInvalid(raw: string, where: { file?: string; sheet: string; cell?: string }): Finding {
  return {
    code: 'VALUE.REPORT_DATE_INVALID',
    severity: 'warning',
    message: {
      vi: `Ngày báo cáo “${raw}” (ô ${where.cell ?? ''}, trang tính “${where.sheet}”) không phải là ngày hợp lệ. Hãy nhập ngày dạng dd/mm/yyyy.`,
      en: `The report date "${raw}" (cell ${where.cell ?? ''}, sheet "${where.sheet}") is not a valid date. Enter it as dd/mm/yyyy.`,
    },
    value: raw,
    sheet: where.sheet,
    ...(where.file !== undefined ? { file: where.file } : {}),
    ...(where.cell !== undefined ? { cell: where.cell } : {}),
  };
}

function duplicateKey(key: string, where: { file?: string; sheet: string }): Finding {
  return {
    code: 'TEMPLATE.DUPLICATE_KEY',
    severity: 'warning',
    message: {
      vi: `Khóa “${key}” xuất hiện trên nhiều dòng của trang tính “${where.sheet}” (có thể do sao chép dòng); chỉ đọc dòng đầu tiên. Hãy xóa dòng sao chép thừa.`,
      en: `Key "${key}" appears on several rows of sheet "${where.sheet}" (a copied row?); only the first is read. Delete the extra copy.`,
    },
    sheet: where.sheet,
    ...(where.file !== undefined ? { file: where.file } : {}),
  };
}

function oldVersion(layout: TemplateLayout, where: { file?: string; sheet: string }): Finding {
  return {
    code: 'TEMPLATE.OLD_VERSION',
    severity: 'info',
    message: {
      vi: `Trang tính “${where.sheet}” dùng mẫu cũ (phiên bản ${layout.version}: ${layout.description.vi}). Số liệu đã được chuyển sang mẫu hiện hành (phiên bản ${CURRENT_TEMPLATE_VERSION}); năm sau hãy dùng mẫu mới.`,
      en: `Sheet "${where.sheet}" uses an old template (version ${layout.version}: ${layout.description.en}). Its figures were mapped to the current template (version ${CURRENT_TEMPLATE_VERSION}); use the new template next year.`,
    },
    sheet: where.sheet,
    ...(where.file !== undefined ? { file: where.file } : {}),
  };
}
