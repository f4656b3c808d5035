import type { RawCell, RawSheet, RawWorkbook, SheetState } from '../core/report/report-types';
import { fail, ok, type Finding, type Result } from '../core/types';
import { parseRect, rectAddress, splitAreas, splitSheetRef, type Rect } from './a1-address';
import { DEFAULT_REQUEST_BUDGET_BYTES, estimatePayloadBytes } from './chunk-writes';
import { errorText, officeErrorCode, officeExcelRun, type ExcelRun } from './excel-run';
import { detectFeatures, missingFeatureMessage, type FeatureSupport } from './requirements';

/**
 * Reads sheets of the open workbook into a RawWorkbook, in ONE `Excel.run`, without ever asking
 * Excel for a response over the budget (Excel on the web refuses responses over 5 MB):
 *   sync 1 loads the sheet names, the workbook's name and its defined names;
 *   sync 2 loads each sheet's used range address and, when the caller selects sheets, the values of
 *          its PROBE region (where the template stamp and a unit list's headings are);
 *   syncs 3.. load the selected sheets' used ranges (values, number formats, formulas, value types),
 *          names and merged areas, packed into requests whose estimated response stays under the
 *          budget; a large sheet is read in row blocks.
 * So N report sheets beside an unrelated data dump cost about ceil(bytes / budget) + 2 syncs. An
 * estimate that proves short (Excel answers ResponsePayloadSizeLimitExceeded) splits that request.
 */

export interface ReadOptions {
  /** Sheets to read (compared without case); all sheets when absent. */
  names?: readonly string[];
  /**
   * Keeps the sheets whose probe passes; only those are read in full. The probe is the sheet's
   * PROBE region (A1:T20) as a RawSheet of values only (no formats, formulas or names). The
   * caller decides (e.g. "has a template stamp"): the adapter does not interpret sheets.
   */
  select?: (probe: RawSheet) => boolean;
  excel?: ExcelRun;
  features?: FeatureSupport;
  /** Largest estimated response per sync (default 4 MB, under the web's 5 MB). */
  responseBudgetBytes?: number;
}

/** Where a stamp (I1 in a fresh template, moved by inserted rows and columns) and headings are. */
export const PROBE = 'A1:T20';

const RANGE_PROPS = 'values,numberFormat,formulas,valueTypes';
const NAME_PROPS = 'items/name,items/type,items/value';
/** Response bytes per cell besides its value and formula: '"General",' and '"Empty",'. */
const CELL_OVERHEAD_BYTES = 18;
/** A value's bytes when no probe measured them (labels and notes are long texts). */
const UNMEASURED_VALUE_BYTES = 24;

interface NameItems {
  items: { name: string; type: string; value: unknown }[];
}

interface Target {
  sheet: Excel.Worksheet;
  name: string;
  used: Rect | null;
  /** Estimated response bytes of one cell of this sheet. */
  cellBytes: number;
}

/** A row block of one sheet, the unit of packing. */
interface Part {
  target: Target;
  rect: Rect;
  first: boolean;
}

interface Loaded {
  part: Part;
  range: Excel.Range;
  names?: NameItems;
  merges?: Excel.RangeAreas | null;
}

const partBytes = (p: Part): number =>
  (p.rect.bottom - p.rect.top + 1) * (p.rect.right - p.rect.left + 1) * p.target.cellBytes;

export async function readWorkbook(opts: ReadOptions = {}): Promise<Result<RawWorkbook>> {
  const run = opts.excel ?? officeExcelRun;
  const features = opts.features ?? detectFeatures();
  const budget = opts.responseBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES;
  try {
    return ok(
      await run(async (context) => {
        const workbook = context.workbook;
        workbook.load('name');
        const sheets = workbook.worksheets;
        // Visibility: a report in a hidden sheet is read with a note (the intake says so).
        sheets.load('items/name,items/visibility');
        const workbookNames = workbook.names;
        workbookNames.load(NAME_PROPS);
        await context.sync();

        const wanted = opts.names ? new Set(opts.names.map((n) => n.toLowerCase())) : null;
        const listed = sheets.items.filter((s) => !wanted || wanted.has(s.name.toLowerCase()));
        const targets = await probe(context, listed, opts.select);
        const parts = targets.flatMap((t) => partsOf(t, budget));
        const loaded: Loaded[] = [];
        await loadParts(context, parts, budget, features, loaded);

        const notes: Finding[] = [];
        if (!features.has.mergedAreas && targets.length) notes.push(mergesNotRead());
        return {
          source: workbook.name,
          sheets: targets.map((t) => toRawSheet(t, loaded, workbookNames)),
          ...(notes.length ? { notes } : {}),
        };
      }),
    );
  } catch (e) {
    return fail([readFailed(e)]);
  }
}

/** Sync 2: used range addresses, and the probes the caller selects on. */
async function probe(
  context: Excel.RequestContext,
  listed: Excel.Worksheet[],
  select: ReadOptions['select'],
): Promise<Target[]> {
  const queued = listed.map((sheet) => {
    // valuesOnly: formatted but empty cells (the template's input cells) add nothing to read.
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('address');
    const region = select ? sheet.getRange(PROBE) : null;
    region?.load('values');
    return { sheet, used, region };
  });
  await context.sync();
  const targets: Target[] = [];
  for (const { sheet, used, region } of queued) {
    const rect = used.isNullObject ? null : parseRect(splitSheetRef(used.address).address);
    let valueBytes = UNMEASURED_VALUE_BYTES;
    if (region) {
      const values = region.values;
      const probeSheet: RawSheet = {
        name: sheet.name,
        rows: values.map((row) => row.map(valueCell)),
        names: {},
      };
      while (probeSheet.rows.length && probeSheet.rows[probeSheet.rows.length - 1]?.every((c) => !c)) {
        probeSheet.rows.pop();
      }
      if (!select?.(probeSheet)) continue;
      // The probe's JSON per cell of the used range (empty cells included) stands for the sheet's.
      const inUsed = rect ? values.slice(0, rect.bottom).map((row) => row.slice(0, rect.right)) : [];
      const cells = inUsed.reduce((n, row) => n + row.length, 0);
      if (cells) valueBytes = Math.max(2, estimatePayloadBytes(inUsed) / cells);
    }
    targets.push({ sheet, name: sheet.name, used: rect, cellBytes: 2 * valueBytes + CELL_OVERHEAD_BYTES });
  }
  return targets;
}

/** A sheet as row blocks whose estimated response fits the budget. */
function partsOf(t: Target, budget: number): Part[] {
  if (!t.used) return [{ target: t, rect: { top: 1, left: 1, bottom: 1, right: 1 }, first: true }];
  const r = t.used;
  const rowBytes = (r.right - r.left + 1) * t.cellBytes;
  const rowsPer = Math.max(1, Math.floor(budget / rowBytes));
  const parts: Part[] = [];
  for (let top = r.top; top <= r.bottom; top += rowsPer) {
    parts.push({
      target: t,
      rect: { ...r, top, bottom: Math.min(r.bottom, top + rowsPer - 1) },
      first: top === r.top,
    });
  }
  return parts;
}

/**
 * Syncs 3..: parts packed into requests under the budget; a refused request is split in two. The
 * probe's estimate is rough (a sheet's header is not its body), so it starts with a margin and,
 * after each request, is scaled by what the response really held (plus 10 %).
 */
async function loadParts(
  context: Excel.RequestContext,
  parts: Part[],
  budget: number,
  features: FeatureSupport,
  out: Loaded[],
): Promise<void> {
  let scale = 1.5;
  let batch: Part[] = [];
  let bytes = 0;
  const flush = async (): Promise<void> => {
    const before = out.length;
    await loadBatch(context, batch, features, out);
    const actual = out.slice(before).reduce((n, l) => n + loadedBytes(l), 0);
    const estimated = batch.reduce((n, p) => n + partBytes(p), 0);
    if (actual > 0 && estimated > 0) scale = (actual / estimated) * 1.1;
    batch = [];
    bytes = 0;
  };
  for (const p of parts) {
    if (batch.length && bytes + partBytes(p) * scale > budget) await flush();
    batch.push(p);
    bytes += partBytes(p) * scale;
  }
  if (batch.length) await flush();
}

/** Bytes of what a part's response held (its JSON). */
function loadedBytes(l: Loaded): number {
  if (!l.part.target.used) return 0;
  const { values, numberFormat, formulas, valueTypes } = l.range;
  return estimatePayloadBytes([values, numberFormat, formulas, valueTypes]);
}

async function loadBatch(
  context: Excel.RequestContext,
  batch: Part[],
  features: FeatureSupport,
  out: Loaded[],
): Promise<void> {
  const loads = batch.map((part): Loaded => {
    const { sheet, used } = part.target;
    const range = sheet.getRange(rectAddress(part.rect));
    if (used) range.load(RANGE_PROPS);
    if (!part.first) return { part, range };
    sheet.names.load(NAME_PROPS);
    // On the whole sheet: a method on a null object (an empty used range) would fail the request.
    const merges = features.has.mergedAreas ? sheet.getRange().getMergedAreasOrNullObject() : null;
    merges?.load('address');
    return { part, range, names: sheet.names as unknown as NameItems, merges };
  });
  try {
    await context.sync();
    out.push(...loads);
  } catch (e) {
    if (!officeErrorCode(e)?.includes('PayloadSizeLimitExceeded')) throw e;
    const halves = splitBatch(batch);
    if (!halves) throw e;
    for (const half of halves) await loadBatch(context, half, features, out);
  }
}

/** Two halves of a request: by parts, or a single part by rows; null when it cannot shrink. */
function splitBatch(batch: Part[]): [Part[], Part[]] | null {
  if (batch.length > 1) {
    const mid = Math.ceil(batch.length / 2);
    return [batch.slice(0, mid), batch.slice(mid)];
  }
  const [p] = batch;
  if (!p || p.rect.top === p.rect.bottom) return null;
  const mid = Math.floor((p.rect.top + p.rect.bottom) / 2);
  return [
    [{ ...p, rect: { ...p.rect, bottom: mid } }],
    [{ ...p, rect: { ...p.rect, top: mid + 1 }, first: false }],
  ];
}

/** A probe value as a cell (values only: enough to find a stamp or a heading). */
function valueCell(v: unknown): RawCell | undefined {
  if (typeof v === 'number' || typeof v === 'boolean') return { v };
  return typeof v === 'string' && v !== '' ? { v } : undefined;
}

/**
 * One cell as the core expects it (see RawCell): 'General' is no format, an empty text is no value.
 * A text that looks like a formula ("=SUM(A1)" typed with an apostrophe) reads back from `formulas`
 * as "=SUM(A1)" too, so a cell is a formula only when its formula differs from its value (a
 * formula's result is never its own source text).
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

/** Office.js's sheet visibility in the words of RawSheet (those of the file format). */
const SHEET_STATES: Record<string, SheetState | undefined> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

function toRawSheet(t: Target, loaded: readonly Loaded[], workbookNames: NameItems): RawSheet {
  const mine = loaded.filter((l) => l.part.target === t).sort((a, b) => a.part.rect.top - b.part.rect.top);
  const rows: (RawCell | undefined)[][] = [];
  if (t.used) {
    for (let r = 0; r < t.used.top - 1; r++) rows.push([]);
    for (const { part, range } of mine) {
      range.values.forEach((vals, r) => {
        const row = new Array<RawCell | undefined>(part.rect.left - 1).fill(undefined);
        vals.forEach((v, c) => {
          row.push(rawCell(v, range.numberFormat[r]?.[c], range.formulas[r]?.[c], range.valueTypes[r]?.[c]));
        });
        while (row.length && row[row.length - 1] === undefined) row.pop();
        rows.push(row);
      });
    }
  }
  const first = mine.find((l) => l.part.first);
  // Workbook names pointing into this sheet, then its own names (which win, as they do in Excel).
  const names = Object.fromEntries([
    ...rangeNames(workbookNames.items, t.name),
    ...rangeNames(first?.names?.items ?? [], null),
  ]);
  const state = SHEET_STATES[String(t.sheet.visibility)];
  const sheet: RawSheet = { name: t.name, rows, names, ...(state ? { state } : {}) };
  const merges = first?.merges;
  if (merges)
    sheet.merges = merges.isNullObject ? [] : splitAreas(merges.address).map((a) => splitSheetRef(a).address);
  return sheet;
}

function mergesNotRead(): Finding {
  return {
    code: 'EXCEL.MERGES_NOT_READ',
    severity: 'info',
    message: missingFeatureMessage('mergedAreas', {
      vi: 'Các ô gộp không được đọc; giá trị vẫn được đọc đầy đủ.',
      en: 'Merged cells were not read; every value was.',
    }),
  };
}

function readFailed(e: unknown): Finding {
  return {
    code: 'EXCEL.READ_FAILED',
    severity: 'error',
    message: {
      vi: `Không đọc được các trang tính của sổ đang mở (Excel báo: ${errorText(e)}). Hãy đóng các hộp thoại đang mở trong Excel rồi thử lại.`,
      en: `Could not read the sheets of the open workbook (Excel said: ${errorText(e)}). Close any open dialog in Excel and try again.`,
    },
  };
}
