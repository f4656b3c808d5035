import type { RawCell, RawSheet, RawWorkbook, SheetState } from '../core/report/report-types';
import { fail, ok, type Finding, type Result } from '../core/types';
import {
  parseRect,
  rectAddress,
  rectCols,
  rectRows,
  splitAreas,
  splitSheetRef,
  type Rect,
} from './a1-address';
import { SHEET_LIST_PROPS } from './apply-sheets';
import { DEFAULT_REQUEST_BUDGET_BYTES, estimatePayloadBytes } from './chunk-writes';
import { errorText, officeErrorCode, officeExcelRun, type ExcelRun } from './excel-run';
import { detectFeatures, missingFeatureMessage, type FeatureSupport } from './requirements';

/**
 * Reads sheets of the open workbook into a RawWorkbook without ever asking Excel for a response over
 * the budget (Excel on the web refuses responses over 5 MB):
 *   sync 1 loads the sheet names, the workbook's name and its defined names;
 *   sync 2 loads each sheet's used range address and, when the caller selects sheets, the values of
 *          its PROBE region (where the template stamp and a unit list's headings are);
 *   syncs 3.. load the selected sheets' used ranges (values, number formats, formulas, value types),
 *          names and merged areas, packed into requests whose estimated response stays under the
 *          budget; a large sheet is read in row blocks.
 * So N report sheets beside an unrelated data dump cost about ceil(bytes / budget) + 2 syncs. An
 * estimate that proves short (Excel answers ResponsePayloadSizeLimitExceeded) splits that request.
 *
 * A workbook of few sheets is read in two syncs: sync 2 then loads, instead of the probe's values,
 * each sheet's WINDOW (its first rows, as many as the budget allows for that many sheets, trimmed to
 * the used cells) in full, with its names and merged areas; the probe is cut from it. A report
 * sheet fits its window, so nothing is left for sync 3; an unrelated sheet costs its window only.
 * Should the window's response prove too big for Excel, sync 2 is sent again as the plain probe.
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
const PROBE_RECT: Rect = { top: 1, left: 1, bottom: 20, right: 20 };

/**
 * Estimated response bytes of one cell of a window: a used cell of a report costs about 60 bytes
 * (its value, number format, formula and value type), and a report fills about half of the
 * window's 20 columns, the rest being trimmed away.
 */
const WINDOW_CELL_BYTES = 28;
/** The deepest window: past it an unrelated sheet would cost more than a report. */
const MAX_WINDOW_ROWS = 500;

const RANGE_PROPS = 'values,numberFormat,formulas,valueTypes';
const NAME_PROPS = 'items/name,items/type,items/value';
/** Response bytes per cell besides its value and formula: '"General",' and '"Empty",'. */
const CELL_OVERHEAD_BYTES = 18;
/** A value's bytes when no probe measured them (labels and notes are long texts). */
const UNMEASURED_VALUE_BYTES = 24;

interface NameItems {
  items: { name: string; type: string; value: unknown }[];
}

/** A loaded block of a sheet's cells, where it starts. */
interface Block {
  rect: Rect;
  range: Excel.Range;
}

interface Target {
  sheet: Excel.Worksheet;
  name: string;
  used: Rect | null;
  /** Estimated response bytes of one cell of this sheet. */
  cellBytes: number;
  /** The cells loaded so far (the window, then row blocks). */
  blocks: Block[];
  /** Rows 1..n (columns A:T) already loaded with the window. */
  windowRows: number;
  meta?: { names: NameItems; merges: Excel.RangeAreas | null };
}

/** A row block of one sheet, the unit of packing; `meta` loads the sheet's names and merges too. */
interface Part {
  target: Target;
  rect: Rect | null;
  meta: boolean;
}

const partBytes = (p: Part): number =>
  p.rect ? (p.rect.bottom - p.rect.top + 1) * (p.rect.right - p.rect.left + 1) * p.target.cellBytes : 0;

export async function readWorkbook(opts: ReadOptions = {}): Promise<Result<RawWorkbook>> {
  const run = opts.excel ?? officeExcelRun;
  try {
    return ok(await run((context) => readSheetsIn(context, opts)));
  } catch (e) {
    return fail([readFailed(e)]);
  }
}

/**
 * The read inside the caller's `Excel.run`. What the caller queued before calling it is sent with
 * the first sync (readThenApply puts the write's look at the workbook there). Throws what Excel
 * throws; readWorkbook turns it into EXCEL.READ_FAILED.
 */
export async function readSheetsIn(context: Excel.RequestContext, opts: ReadOptions): Promise<RawWorkbook> {
  const features = opts.features ?? detectFeatures();
  const budget = opts.responseBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES;
  const workbook = context.workbook;
  workbook.load('name');
  const sheets = workbook.worksheets;
  // With the places too: a write in the same run (readThenApply) loads the same list, and one load
  // of it serves both. Visibility: a report in a hidden sheet is read with a note (the intake says so).
  sheets.load(`${SHEET_LIST_PROPS},items/visibility`);
  const workbookNames = workbook.names;
  workbookNames.load(NAME_PROPS);
  await context.sync();

  const wanted = opts.names ? new Set(opts.names.map((n) => n.toLowerCase())) : null;
  const listed = sheets.items.filter((s) => !wanted || wanted.has(s.name.toLowerCase()));
  const targets = await probe(context, listed, opts.select, features, windowRows(listed.length, budget));
  const parts = targets.flatMap((t) => partsOf(t, budget));
  await loadParts(context, parts, budget, features);

  const notes: Finding[] = [];
  if (!features.has.mergedAreas && targets.length) notes.push(mergesNotRead());
  return {
    source: workbook.name,
    sheets: targets.map((t) => toRawSheet(t, workbookNames as unknown as NameItems)),
    ...(notes.length ? { notes } : {}),
  };
}

/** Rows of the window `sheets` windows can have within the budget; null when below the probe's. */
export function windowRows(sheets: number, budget: number): number | null {
  const columns = PROBE_RECT.right;
  const rows = Math.min(
    MAX_WINDOW_ROWS,
    Math.floor(budget / (Math.max(1, sheets) * columns * WINDOW_CELL_BYTES)),
  );
  return rows >= PROBE_RECT.bottom ? rows : null;
}

const isPayloadLimit = (e: unknown): boolean =>
  officeErrorCode(e)?.includes('PayloadSizeLimitExceeded') === true;

/** Sync 2, with the windows when there are few sheets; without, should Excel refuse their response. */
async function probe(
  context: Excel.RequestContext,
  listed: Excel.Worksheet[],
  select: ReadOptions['select'],
  features: FeatureSupport,
  rows: number | null,
): Promise<Target[]> {
  if (rows !== null) {
    try {
      return await probeOnce(context, listed, select, features, rows);
    } catch (e) {
      if (!isPayloadLimit(e)) throw e;
    }
  }
  return probeOnce(context, listed, select, features, null);
}

/** The queued loads of a sheet's names and merged areas. */
function queueMeta(sheet: Excel.Worksheet, features: FeatureSupport): NonNullable<Target['meta']> {
  sheet.names.load(NAME_PROPS);
  // On the whole sheet: a method on a null object (an empty used range) would fail the request.
  const merges = features.has.mergedAreas ? sheet.getRange().getMergedAreasOrNullObject() : null;
  merges?.load('address');
  return { names: sheet.names as unknown as NameItems, merges };
}

async function probeOnce(
  context: Excel.RequestContext,
  listed: Excel.Worksheet[],
  select: ReadOptions['select'],
  features: FeatureSupport,
  rows: number | null,
): Promise<Target[]> {
  const queued = listed.map((sheet) => {
    // valuesOnly: formatted but empty cells (the template's input cells) add nothing to read.
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('address');
    if (rows !== null) {
      const window = sheet
        .getRange(rectAddress({ ...PROBE_RECT, bottom: rows }))
        .getUsedRangeOrNullObject(true);
      window.load(`address,${RANGE_PROPS}`);
      return { sheet, used, window, meta: queueMeta(sheet, features) };
    }
    const region = select ? sheet.getRange(PROBE) : null;
    region?.load('values');
    return { sheet, used, region };
  });
  await context.sync();
  const targets: Target[] = [];
  for (const q of queued) {
    const rect = q.used.isNullObject ? null : parseRect(splitSheetRef(q.used.address).address);
    const target: Target = {
      sheet: q.sheet,
      name: q.sheet.name,
      used: rect,
      cellBytes: 2 * UNMEASURED_VALUE_BYTES + CELL_OVERHEAD_BYTES,
      blocks: [],
      windowRows: 0,
    };
    if ('window' in q && q.window) {
      const block = q.window.isNullObject
        ? null
        : { rect: parseRect(splitSheetRef(q.window.address).address) as Rect, range: q.window };
      if (select && !select(probeOf(q.sheet.name, block))) continue;
      target.windowRows = rows ?? 0;
      target.meta = q.meta;
      if (block) {
        target.blocks.push(block);
        // What the window really held per cell stands for the rest of the sheet.
        const cells = rectRows(block.rect) * rectCols(block.rect);
        target.cellBytes = Math.max(CELL_OVERHEAD_BYTES, loadedBytes(block.range) / cells);
      }
    } else if ('region' in q && q.region) {
      const values = q.region.values;
      if (!select?.(probeOf(q.sheet.name, { rect: PROBE_RECT, range: q.region }))) continue;
      // The probe's JSON per cell of the used range (empty cells included) stands for the sheet's.
      const inUsed = rect ? values.slice(0, rect.bottom).map((row) => row.slice(0, rect.right)) : [];
      const cells = inUsed.reduce((n, row) => n + row.length, 0);
      const valueBytes = cells ? Math.max(2, estimatePayloadBytes(inUsed) / cells) : UNMEASURED_VALUE_BYTES;
      target.cellBytes = 2 * valueBytes + CELL_OVERHEAD_BYTES;
    }
    targets.push(target);
  }
  return targets;
}

/** The PROBE region of a sheet, values only, from a block that covers it (the region or the window). */
function probeOf(name: string, block: Block | null): RawSheet {
  const rows: (RawCell | undefined)[][] = [];
  if (block) {
    const values = block.range.values;
    for (let r = block.rect.top; r <= Math.min(block.rect.bottom, PROBE_RECT.bottom); r++) {
      const row: (RawCell | undefined)[] = new Array<RawCell | undefined>(block.rect.left - 1).fill(
        undefined,
      );
      for (let c = block.rect.left; c <= Math.min(block.rect.right, PROBE_RECT.right); c++) {
        row.push(valueCell(values[r - block.rect.top]?.[c - block.rect.left]));
      }
      rows[r - 1] = row;
    }
  }
  const filled = Array.from({ length: rows.length }, (_, i) => rows[i] ?? []);
  while (filled.length && filled[filled.length - 1]?.every((c) => !c)) filled.pop();
  return { name, rows: filled, names: {} };
}

/**
 * What is left to read of a sheet, as row blocks whose estimated response fits the budget: the rows
 * below its window, or (a sheet wider than the window, or read without one) its whole used range.
 */
function partsOf(t: Target, budget: number): Part[] {
  const r = t.used;
  let rest: Rect | null = r;
  if (r && t.windowRows > 0) {
    if (r.right <= PROBE_RECT.right) {
      rest = r.bottom > t.windowRows ? { ...r, top: Math.max(r.top, t.windowRows + 1) } : null;
    } else t.blocks = [];
  }
  const meta = !t.meta;
  if (!rest) return meta ? [{ target: t, rect: null, meta }] : [];
  const rowBytes = rectCols(rest) * t.cellBytes;
  const rowsPer = Math.max(1, Math.floor(budget / rowBytes));
  const parts: Part[] = [];
  for (let top = rest.top; top <= rest.bottom; top += rowsPer) {
    parts.push({
      target: t,
      rect: { ...rest, top, bottom: Math.min(rest.bottom, top + rowsPer - 1) },
      meta: meta && top === rest.top,
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
): Promise<void> {
  let scale = 1.5;
  let batch: Part[] = [];
  let bytes = 0;
  const flush = async (): Promise<void> => {
    const loaded = await loadBatch(context, batch, features);
    const actual = loaded.reduce((n, b) => n + loadedBytes(b.range), 0);
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

/** Bytes of what a block's response held (its JSON). */
function loadedBytes(range: Excel.Range): number {
  const { values, numberFormat, formulas, valueTypes } = range;
  return estimatePayloadBytes([values, numberFormat, formulas, valueTypes]);
}

/** One request of parts; their blocks and names join their sheets. Returns the blocks loaded. */
async function loadBatch(
  context: Excel.RequestContext,
  batch: Part[],
  features: FeatureSupport,
): Promise<Block[]> {
  const loads = batch.map((part) => {
    const range = part.rect ? part.target.sheet.getRange(rectAddress(part.rect)) : null;
    range?.load(RANGE_PROPS);
    return { part, range, meta: part.meta ? queueMeta(part.target.sheet, features) : undefined };
  });
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadLimit(e)) throw e;
    const halves = splitBatch(batch);
    if (!halves) throw e;
    const blocks: Block[] = [];
    for (const half of halves) blocks.push(...(await loadBatch(context, half, features)));
    return blocks;
  }
  const blocks: Block[] = [];
  for (const { part, range, meta } of loads) {
    if (meta) part.target.meta = meta;
    if (!range || !part.rect) continue;
    const block = { rect: part.rect, range };
    part.target.blocks.push(block);
    blocks.push(block);
  }
  return blocks;
}

/** Two halves of a request: by parts, or a single part by rows; null when it cannot shrink. */
function splitBatch(batch: Part[]): [Part[], Part[]] | null {
  if (batch.length > 1) {
    const mid = Math.ceil(batch.length / 2);
    return [batch.slice(0, mid), batch.slice(mid)];
  }
  const [p] = batch;
  if (!p?.rect || p.rect.top === p.rect.bottom) return null;
  const mid = Math.floor((p.rect.top + p.rect.bottom) / 2);
  return [
    [{ ...p, rect: { ...p.rect, bottom: mid } }],
    [{ ...p, rect: { ...p.rect, top: mid + 1 }, meta: false }],
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

function toRawSheet(t: Target, workbookNames: NameItems): RawSheet {
  const rows: (RawCell | undefined)[][] = [];
  if (t.used) {
    for (const { rect, range } of t.blocks) {
      range.values.forEach((vals, r) => {
        const row = new Array<RawCell | undefined>(rect.left - 1).fill(undefined);
        vals.forEach((v, c) => {
          row.push(rawCell(v, range.numberFormat[r]?.[c], range.formulas[r]?.[c], range.valueTypes[r]?.[c]));
        });
        while (row.length && row[row.length - 1] === undefined) row.pop();
        rows[rect.top - 1 + r] = row;
      });
    }
  }
  // Rows the blocks do not cover (above the used range, or between blocks) are empty.
  const filled = Array.from({ length: rows.length }, (_, i) => rows[i] ?? []);
  // Workbook names pointing into this sheet, then its own names (which win, as they do in Excel).
  const names = Object.fromEntries([
    ...rangeNames(workbookNames.items, t.name),
    ...rangeNames(t.meta?.names.items ?? [], null),
  ]);
  const state = SHEET_STATES[String(t.sheet.visibility)];
  const sheet: RawSheet = { name: t.name, rows: filled, names, ...(state ? { state } : {}) };
  const merges = t.meta?.merges;
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

export function readFailed(e: unknown): Finding {
  return {
    code: 'EXCEL.READ_FAILED',
    severity: 'error',
    message: {
      vi: `Không đọc được các trang tính của sổ đang mở (Excel báo: ${errorText(e)}). Hãy đóng các hộp thoại đang mở trong Excel rồi thử lại.`,
      en: `Could not read the sheets of the open workbook (Excel said: ${errorText(e)}). Close any open dialog in Excel and try again.`,
    },
  };
}
