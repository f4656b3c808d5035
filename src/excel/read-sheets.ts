import type { RawCell, RawSheet } from '../core/report/report-types';
import { parseRect, splitAreas, splitSheetRef } from './a1-address';
import { officeErrorCode, officeExcelRun, type ExcelRun } from './excel-run';
import { detectFeatures, missingFeatureMessage, type FeatureSupport } from './requirements';

/**
 * Reads sheets of the open workbook as RawSheets in ONE `Excel.run` and two syncs, whatever the
 * number of sheets: sync 1 loads the sheet names (and the workbook's names); sync 2 loads, for
 * every sheet at once, its used range (values, number formats, formulas, value types), its
 * worksheet-scoped names and, where Excel has ExcelApi 1.13, its merged areas.
 * If that one response is too large for Excel (5 MB on the web), the sheets are read one per sync.
 */

export interface ReadOptions {
  /** Sheets to read (compared without case); all sheets when absent. */
  names?: readonly string[];
  excel?: ExcelRun;
  features?: FeatureSupport;
}

interface NameItems {
  items: { name: string; type: string; value: unknown }[];
}

interface QueuedSheet {
  name: string;
  used: Excel.Range;
  names: NameItems;
  merges: Excel.RangeAreas | null;
}

const NAME_PROPS = 'items/name,items/type,items/value';

function queueRead(sheet: Excel.Worksheet, features: FeatureSupport): QueuedSheet {
  // valuesOnly: formatted but empty cells (the template's input cells) add nothing to read.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('address,values,numberFormat,formulas,valueTypes');
  sheet.names.load(NAME_PROPS);
  // On the whole sheet, not the used range: a method on a null object would fail the request.
  const merges = features.has.mergedAreas ? sheet.getRange().getMergedAreasOrNullObject() : null;
  merges?.load('address');
  return { name: sheet.name, used, names: sheet.names, merges };
}

export async function readSheets(opts: ReadOptions = {}): Promise<RawSheet[]> {
  const run = opts.excel ?? officeExcelRun;
  const features = opts.features ?? detectFeatures();
  if (!features.has.basic) throw new Error(missingFeatureMessage('basic').vi);
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const workbookNames = context.workbook.names;
    workbookNames.load(NAME_PROPS);
    await context.sync();
    const wanted = opts.names ? new Set(opts.names.map((n) => n.toLowerCase())) : null;
    const targets = sheets.items.filter((s) => !wanted || wanted.has(s.name.toLowerCase()));
    let queued = targets.map((s) => queueRead(s, features));
    try {
      await context.sync();
    } catch (e) {
      if (!officeErrorCode(e)?.includes('PayloadSizeLimitExceeded')) throw e;
      queued = [];
      for (const s of targets) {
        const one = queueRead(s, features);
        await context.sync();
        queued.push(one);
      }
    }
    return queued.map((q) => toRawSheet(q, workbookNames));
  });
}

/**
 * One cell as the core expects it. A text that looks like a formula ("=SUM(A1)" typed with an
 * apostrophe) reads back from `formulas` as "=SUM(A1)" too, so a cell is a formula only when its
 * formula differs from its value (a formula's result is never its own source text).
 */
export function rawCell(
  value: unknown,
  numberFormat: unknown,
  formula: unknown,
  valueType: unknown,
): RawCell | undefined {
  const fmt =
    typeof numberFormat === 'string' && numberFormat !== '' && numberFormat !== 'General'
      ? numberFormat
      : undefined;
  const f =
    typeof formula === 'string' && formula.startsWith('=') && formula !== value
      ? formula.slice(1)
      : undefined;
  if (valueType === 'Error') {
    return { v: null, error: String(value), ...(fmt ? { fmt } : {}), ...(f ? { formula: f } : {}) };
  }
  const v =
    typeof value === 'number' || typeof value === 'boolean'
      ? value
      : typeof value === 'string' && value !== ''
        ? value
        : null;
  if (v === null && !f) return undefined;
  return { v, ...(fmt ? { fmt } : {}), ...(f ? { formula: f } : {}) };
}

function rangeNames(items: NameItems['items'], sheet: string | null): [string, string][] {
  const out: [string, string][] = [];
  for (const item of items) {
    if (item.type !== 'Range' || typeof item.value !== 'string') continue;
    const ref = splitSheetRef(item.value);
    if (ref.address.includes(',') || ref.address.includes('#REF!') || !parseRect(ref.address)) continue;
    if (sheet !== null && ref.sheet?.toLowerCase() !== sheet.toLowerCase()) continue;
    out.push([item.name, ref.address]);
  }
  return out;
}

function toRawSheet(q: QueuedSheet, workbookNames: NameItems): RawSheet {
  const rows: (RawCell | undefined)[][] = [];
  if (!q.used.isNullObject) {
    const rect = parseRect(splitSheetRef(q.used.address).address);
    if (rect) {
      for (let r = 0; r < rect.top - 1; r++) rows.push([]);
      q.used.values.forEach((vals, r) => {
        const row: (RawCell | undefined)[] = new Array<RawCell | undefined>(rect.left - 1).fill(undefined);
        vals.forEach((v, c) => {
          row.push(
            rawCell(v, q.used.numberFormat[r]?.[c], q.used.formulas[r]?.[c], q.used.valueTypes[r]?.[c]),
          );
        });
        while (row.length && row[row.length - 1] === undefined) row.pop();
        rows.push(row);
      });
    }
  }
  // Workbook names pointing into this sheet, then its own names (which win, as they do in Excel).
  const names = Object.fromEntries([
    ...rangeNames(workbookNames.items, q.name),
    ...rangeNames(q.names.items, null),
  ]);
  const sheet: RawSheet = { name: q.name, rows, names };
  if (q.merges) {
    sheet.merges = q.merges.isNullObject
      ? []
      : splitAreas(q.merges.address).map((a) => splitSheetRef(a).address);
  }
  return sheet;
}
