import { Workbook, ValueType } from 'exceljs';
import type { Cell, CellRichTextValue, Worksheet } from 'exceljs';
import type { RawCell, RawSheet, RawWorkbook } from '../../src/core/report/report-types';
import type { ReadLimits } from '../../src/core/settings/settings-types';
import { fail, ok } from '../../src/core/types';
import type { Result } from '../../src/core/types';
import { utcMsToSerial } from '../../src/core/text/excel-date';
import { fileFinding } from '../../src/xlsx/file-messages';

/**
 * The reader before scan-workbook.ts, with exceljs: kept ONLY as the reference the tests compare
 * the file reader with (test/xlsx/reader-parity.test.ts) and for tests that read back what they
 * wrote. No front door uses it: untrusted files go through readWorkbookFile. It expands merged
 * areas and defined names cell by cell, so never give it a file the reader has not found safe.
 */
export async function readXlsx(
  bytes: Uint8Array,
  fileName: string,
  limits?: Pick<ReadLimits, 'maxCells'>,
): Promise<Result<RawWorkbook>> {
  const wb = new Workbook();
  try {
    // exceljs wants a Buffer in Node and an ArrayBuffer in browsers; a Uint8Array view works for both.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return fail([
      fileFinding('FILE.UNREADABLE', fileName, { reason: e instanceof Error ? e.message : String(e) }),
    ]);
  }
  const namesBySheet = definedNamesBySheet(wb);
  const sheets: RawSheet[] = [];
  let cells = 0;
  for (const ws of wb.worksheets) {
    const sheet = readSheet(ws, namesBySheet.get(ws.name) ?? {});
    cells += sheet.rows.reduce((n, r) => n + r.length, 0);
    if (limits && cells > limits.maxCells)
      return fail([fileFinding('FILE.TOO_MANY_CELLS', fileName, { limit: limits.maxCells, count: cells })]);
    sheets.push(sheet);
  }
  const modified = wb.modified instanceof Date && !isNaN(wb.modified.getTime()) ? wb.modified : undefined;
  return ok({
    source: fileName,
    sheets,
    ...(modified ? { modified: modified.toISOString().slice(0, 10) } : {}),
  });
}

function readSheet(ws: Worksheet, names: Record<string, string>): RawSheet {
  const rows: (RawCell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: (RawCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const raw = rawCell(cell);
      if (raw) out[c - 1] = raw;
    });
    // Fill holes so the grid is a plain array (sparse arrays confuse JSON and `map`).
    for (let i = 0; i < out.length; i++) if (!(i in out)) out[i] = undefined;
    rows[r - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  const merges: string[] = ws.model.merges ?? [];
  // exceljs keeps the sheet's `state` attribute of workbook.xml ('visible' when absent).
  const state = ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible';
  return { name: ws.name, rows, names, merges, state };
}

/**
 * Maps one exceljs cell to a RawCell; undefined for cells that hold nothing (style only, merged,
 * an empty text). As the Excel reader does (see RawCell): 'General' is no format, and the empty
 * text is `v: null`.
 */
export function rawCell(cell: Cell): RawCell | undefined {
  const fmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  const withFmt = (c: RawCell): RawCell => (fmt ? { ...c, fmt } : c);
  const noEmptyText = (c: Pick<RawCell, 'v' | 'error'>): Pick<RawCell, 'v' | 'error'> =>
    c.v === '' ? { ...c, v: null } : c;
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge:
      return undefined;
    case ValueType.Formula: {
      const formula = cell.formula ?? '';
      const result = cell.result as unknown;
      return withFmt({ ...noEmptyText(plainValue(result)), formula });
    }
    default: {
      const value = noEmptyText(plainValue(cell.value));
      return value.v === null && value.error === undefined ? undefined : withFmt(value);
    }
  }
}

/** The value part of a RawCell (v and error) from any exceljs value or formula result. */
function plainValue(value: unknown): Pick<RawCell, 'v' | 'error'> {
  if (value === null || value === undefined) return { v: null };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return { v: value };
  // exceljs gives dates as JS Dates whose UTC fields carry the wall-clock value of the serial.
  if (value instanceof Date)
    return isNaN(value.getTime()) ? { v: null } : { v: utcMsToSerial(value.getTime()) };
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.error === 'string') return { v: null, error: o.error };
    if (Array.isArray(o.richText)) return { v: richText(o as unknown as CellRichTextValue) };
    // Hyperlink: { text, hyperlink }; its text may itself be rich text.
    if ('hyperlink' in o) {
      const t = o.text;
      if (typeof t === 'string') return { v: t };
      if (t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText))
        return { v: richText(t as CellRichTextValue) };
      return { v: typeof o.hyperlink === 'string' ? o.hyperlink : null };
    }
    // A formula value reached through a shared formula's `result`, or a nested result.
    if ('result' in o) return plainValue(o.result);
  }
  return { v: null };
}

function richText(v: CellRichTextValue): string {
  return v.richText.map((run) => run.text).join('');
}

/**
 * Defined names by sheet: name -> A1 address without the sheet and the dollars. exceljs merges
 * workbook- and sheet-scoped names of the same name into one, so a name found on several sheets
 * is given to each sheet with its own range there.
 */
function definedNamesBySheet(wb: Workbook): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const { name, ranges } of model) {
    for (const range of ranges) {
      const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(range);
      if (!m) continue;
      const sheet = (m[1] ?? m[2] ?? '').replace(/''/g, "'");
      const address = (m[3] ?? '').replace(/\$/g, '');
      const names = out.get(sheet) ?? {};
      if (!(name in names)) names[name] = address;
      out.set(sheet, names);
    }
  }
  return out;
}

/** A sheet of a workbook as exceljs's reader loads it: for tests that check a writer with another reader. */
export async function loadWorksheet(bytes: Uint8Array, name: string): Promise<Worksheet> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}
