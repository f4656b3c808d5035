import type { RawCell, RawSheet, RawWorkbook, SheetState } from '../core/report/report-types';
import type { ReadLimits } from '../core/settings/settings-types';
import { utcMsToSerial } from '../core/text/excel-date';
import { MAX_COLUMN, MAX_ROW, Stop, parseCellRef } from './inspect-file';
import { XmlDamage, XmlScanner, type Work } from './xml-scan';

/**
 * The file reader: the inflated, checked parts of an .xlsx (inspect-file.ts) scanned straight into
 * the RawWorkbook the core needs, in one pass over each part: xl/workbook.xml (sheets, defined
 * names, the 1904 date system), the shared strings, the styles (number formats of cell formats),
 * every worksheet, docProps/core.xml (last saved). Nothing is interpreted: values, number
 * formats, error values and formulas are passed on as the file holds them (RawCell's contract).
 *
 * Every structure is counted against its bound before anything is kept for it (READ_BOUNDS and
 * the settings' ReadLimits): cell and row records and merged areas (maxCells), shared strings,
 * cell formats, defined names, characters of text, an estimate of the memory kept (a multiple of
 * the file's inflated size) and units of work (tags, merged cells visited), with the clock looked
 * at as the work goes (the scan is synchronous: no timer can interrupt it). Nothing is expanded:
 * a defined name or a merged area is kept as its A1 text, never cell by cell.
 */

/** Bounds that are not settings: far above any report, far below what would hurt a machine. */
export const READ_BOUNDS = {
  /** Defined names in a workbook (a report has none; Excel's own files a handful). */
  maxDefinedNames: 10_000,
  /** Cell formats (cellXfs) and number formats (numFmts), each: Excel allows 64,000 formats. */
  maxStyles: 64_000,
  /** Characters of text kept (shared strings, inline strings, formulas, names): 16 M. */
  maxTextChars: 16 * 1024 * 1024,
  /** Memory kept for the RawWorkbook, estimated: this many bytes per inflated byte, plus a base. */
  memoryPerInflatedByte: 8,
  memoryBaseBytes: 16 * 1024 * 1024,
  /** Units of work (tags, 64 characters of a long tag or text, merged cells visited). */
  workPerInflatedByte: 2,
  workBase: 1_000_000,
  /** How often (in units of work) the clock is looked at. */
  clockEvery: 1 << 14,
} as const;

/** What was too large, for FILE.TOO_COMPLEX. */
export type Structure = 'names' | 'styles' | 'sharedStrings' | 'text' | 'memory' | 'work';

export class TooComplex extends Stop {
  constructor(structure: Structure, count: number, limit: number, sheet?: string) {
    super('FILE.TOO_COMPLEX', { structure, count, limit, ...(sheet !== undefined ? { sheet } : {}) });
  }
}

/** Memory estimates, in bytes, of what the reader keeps (V8 objects, UTF-16 strings). */
const BYTES_PER_CELL = 96;
const BYTES_PER_SLOT = 8;
const BYTES_PER_ROW = 48;

/** The reader's budget for one file: work, clock, memory, text. */
class Budget implements Work {
  private work = 0;
  private nextClock = READ_BOUNDS.clockEvery;
  private memory = 0;
  private text = 0;
  readonly workLimit: number;
  readonly memoryLimit: number;

  constructor(
    inflatedBytes: number,
    private readonly deadline: number,
    private readonly millis: number,
    private readonly cancelled: () => boolean,
  ) {
    this.workLimit = READ_BOUNDS.workBase + READ_BOUNDS.workPerInflatedByte * inflatedBytes;
    this.memoryLimit = READ_BOUNDS.memoryBaseBytes + READ_BOUNDS.memoryPerInflatedByte * inflatedBytes;
    this.checkClock();
  }

  spend(units: number): void {
    this.work += units;
    if (this.work < this.nextClock) return;
    if (this.work > this.workLimit) throw new TooComplex('work', this.work, this.workLimit);
    this.nextClock = this.work + READ_BOUNDS.clockEvery;
    this.checkClock();
  }

  checkClock(): void {
    if (this.cancelled() || Date.now() > this.deadline)
      throw new Stop('FILE.TIMEOUT', { limit: this.millis });
  }

  keep(bytes: number, sheet?: string): void {
    this.memory += bytes;
    if (this.memory > this.memoryLimit) throw new TooComplex('memory', this.memory, this.memoryLimit, sheet);
  }

  keepText(s: string, sheet?: string): string {
    this.text += s.length;
    if (this.text > READ_BOUNDS.maxTextChars)
      throw new TooComplex('text', this.text, READ_BOUNDS.maxTextChars, sheet);
    this.keep(2 * s.length, sheet);
    return s;
  }
}

export interface ScanOptions {
  /** Sum of the parts' inflated sizes: the memory and work budgets are multiples of it. */
  inflatedBytes: number;
  /** Set when the caller's timer fired (read-workbook-file.ts). */
  cancelled?: () => boolean;
}

/** One decoder for every part (a decode without `stream` keeps no state between calls). */
const UTF8 = new TextDecoder('utf-8', { fatal: false });

/** Scans the parts (names without a leading '/') into a RawWorkbook; throws Stop. */
export function scanWorkbook(
  parts: Map<string, Uint8Array>,
  fileName: string,
  limits: ReadLimits,
  options: ScanOptions,
): RawWorkbook {
  const budget = new Budget(
    options.inflatedBytes,
    Date.now() + limits.maxMillisPerFile,
    limits.maxMillisPerFile,
    options.cancelled ?? (() => false),
  );
  const text = (name: string): string | undefined => {
    const data = parts.get(name);
    return data ? UTF8.decode(data) : undefined;
  };
  const scanPart = <T>(name: string, scan: (x: XmlScanner) => T, sheet?: string): T | undefined => {
    const xml = text(name);
    if (xml === undefined) return undefined;
    try {
      const tooLong = (chars: number): Stop => new TooComplex('text', chars, READ_BOUNDS.maxTextChars, sheet);
      return scan(new XmlScanner(xml, budget, READ_BOUNDS.maxTextChars, tooLong));
    } catch (e) {
      if (e instanceof XmlDamage)
        throw new Stop('FILE.DAMAGED', {
          part: name,
          ...(sheet !== undefined ? { sheet } : {}),
          reason: e.message,
        });
      throw e;
    }
  };

  const rels = scanPart('xl/_rels/workbook.xml.rels', scanRelationships) ?? [];
  const book = scanPart('xl/workbook.xml', (x) => scanBook(x, limits, budget)) ?? emptyBook();
  const relTarget = (type: string, fallback: string): string =>
    rels.find((r) => r.type.endsWith(`/${type}`))?.target ?? fallback;
  const shared =
    scanPart(relTarget('sharedStrings', 'xl/sharedStrings.xml'), (x) =>
      scanSharedStrings(x, limits, budget),
    ) ?? [];
  const formats = scanPart(relTarget('styles', 'xl/styles.xml'), (x) => scanStyles(x, budget)) ?? [];

  const context: SheetContext = { shared, formats, date1904: book.date1904, limits, budget, records: 0 };
  const sheets: RawSheet[] = [];
  for (const ref of book.sheets) {
    const rel = rels.find((r) => r.id === ref.rId);
    // Chart sheets and dialog sheets hold no cells; a sheet whose part is missing is not read.
    if (!rel || !rel.type.endsWith('/worksheet') || !parts.has(rel.target)) continue;
    const grid = scanPart(rel.target, (x) => scanSheet(x, ref.name, context), ref.name);
    if (!grid) continue;
    sheets.push({
      name: ref.name,
      rows: grid.rows,
      names: namesOfSheet(book, ref.index),
      merges: grid.merges,
      state: ref.state,
    });
  }
  const modified = scanPart('docProps/core.xml', scanModified);
  return { source: fileName, sheets, ...(modified ? { modified } : {}) };
}

/** The last-saved date of docProps/core.xml (dcterms:modified), as its UTC day. */
function scanModified(x: XmlScanner): string | undefined {
  while (x.next()) {
    if (x.closing || x.name !== 'modified') continue;
    const date = new Date(x.text().slice(0, 100));
    return isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Relationships and the workbook

interface Relationship {
  id: string;
  type: string;
  /** The part it points to, resolved from xl/ ('xl/worksheets/sheet1.xml'). */
  target: string;
}

function scanRelationships(x: XmlScanner): Relationship[] {
  const out: Relationship[] = [];
  while (x.next()) {
    if (x.closing || x.name !== 'Relationship') continue;
    if (x.attr('TargetMode') === 'External') continue;
    const id = x.attr('Id');
    const target = x.attr('Target');
    if (id && target) out.push({ id, type: x.attr('Type') ?? '', target: resolvePart('xl', target) });
  }
  return out;
}

/** A relationship target as a part name: absolute ('/xl/a.xml') or relative to `base`. */
function resolvePart(base: string, target: string): string {
  const segments = target.startsWith('/') ? [] : base.split('/');
  for (const s of target.split('/')) {
    if (s === '..') segments.pop();
    else if (s && s !== '.') segments.push(s);
  }
  return segments.join('/');
}

interface SheetRef {
  name: string;
  rId: string;
  /** Position in xl/workbook.xml, which a sheet-scoped name's localSheetId refers to. */
  index: number;
  /** The sheet's `state` attribute ('visible' when absent). */
  state: SheetState;
}

interface DefinedName {
  name: string;
  /** The sheet the name belongs to (localSheetId), or undefined for the whole workbook. */
  scope?: number;
  /** The sheet it points into and the area there, without '$' ('E12', 'A1:C3'). */
  sheet: string;
  address: string;
}

interface Book {
  sheets: SheetRef[];
  names: DefinedName[];
  date1904: boolean;
}

const emptyBook = (): Book => ({ sheets: [], names: [], date1904: false });

function scanBook(x: XmlScanner, limits: ReadLimits, budget: Budget): Book {
  const book = emptyBook();
  let nameCount = 0;
  let sheetCount = 0;
  while (x.next()) {
    if (x.closing) continue;
    if (x.name === 'sheet') {
      // Past the limit, sheets are only counted (the message gives their number), never kept.
      if (++sheetCount > limits.maxSheets) continue;
      const name = budget.keepText(x.attr('name') ?? '');
      const state = x.attr('state');
      book.sheets.push({
        name,
        rId: x.attr('r:id') ?? x.attr(':id', true) ?? '',
        index: book.sheets.length,
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      });
    } else if (x.name === 'workbookPr') {
      const d = x.attr('date1904');
      book.date1904 = d === '1' || d === 'true';
    } else if (x.name === 'definedName') {
      if (++nameCount > READ_BOUNDS.maxDefinedNames)
        throw new TooComplex('names', nameCount, READ_BOUNDS.maxDefinedNames);
      const name = budget.keepText(x.attr('name') ?? '');
      const scope = x.attr('localSheetId');
      const formula = budget.keepText(x.text());
      const target = nameTarget(formula);
      // Excel's own names (print area, print titles, filters) are not the workbook's names.
      if (!target || !name || name.startsWith('_xlnm.')) continue;
      const localSheetId = scope !== undefined && /^\d+$/.test(scope) ? Number(scope) : undefined;
      budget.keep(200);
      book.names.push({ name, ...(localSheetId !== undefined ? { scope: localSheetId } : {}), ...target });
    }
  }
  if (sheetCount > limits.maxSheets)
    throw new Stop('FILE.TOO_MANY_SHEETS', { count: sheetCount, limit: limits.maxSheets });
  return book;
}

/**
 * A name's formula when it is one area on one sheet ('Báo cáo'!$E$12 or Sheet1!$A$1:$C$3), as the
 * sheet and the area without '$'; undefined for anything else (constants, formulas, several areas,
 * #REF!, whole rows or columns). Never expanded: an area over the whole grid is just its text.
 */
function nameTarget(formula: string): { sheet: string; address: string } | undefined {
  const m =
    /^(?:'((?:[^']|'')+)'|([^'!:]+))!(\$?[A-Za-z]{1,3}\$?\d{1,7})(?::(\$?[A-Za-z]{1,3}\$?\d{1,7}))?$/.exec(
      formula.trim(),
    );
  if (!m) return undefined;
  const from = parseCellRef(m[3] ?? '');
  const to = m[4] === undefined ? from : parseCellRef(m[4]);
  if (!from || !to) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
  const a = a1(from.row, from.col);
  const b = a1(to.row, to.col);
  return { sheet, address: a === b ? a : `${a}:${b}` };
}

/**
 * The names that point into a sheet. A name scoped to this sheet wins over a workbook-scoped name
 * spelt alike (Excel's rule); a name scoped to another sheet is that sheet's only. Names are
 * compared without case, as Excel does.
 */
function namesOfSheet(book: Book, index: number): Record<string, string> {
  const sheetName = book.sheets[index]?.name;
  const chosen = new Map<string, DefinedName>();
  for (const n of book.names) {
    if (n.sheet !== sheetName) continue;
    if (n.scope !== undefined && n.scope !== index) continue;
    const key = n.name.toLowerCase();
    const earlier = chosen.get(key);
    if (!earlier || (earlier.scope === undefined && n.scope !== undefined)) chosen.set(key, n);
  }
  const out: Record<string, string> = {};
  for (const n of chosen.values()) out[n.name] = n.address;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Shared strings and styles

/**
 * The shared strings, each the text of its plain or rich-text runs (phonetic runs left out).
 * Excel writes characters XML cannot hold as _xHHHH_; they are decoded here as Excel does.
 */
function scanSharedStrings(x: XmlScanner, limits: ReadLimits, budget: Budget): string[] {
  const out: string[] = [];
  let current: string | null = null;
  let phonetic = 0;
  while (x.next()) {
    const { name, closing } = x;
    if (name === 'si') {
      if (!closing) {
        if (out.length >= limits.maxCells)
          throw new TooComplex('sharedStrings', out.length + 1, limits.maxCells);
        current = '';
        if (x.selfClosing) {
          out.push('');
          current = null;
        }
      } else if (current !== null) {
        out.push(budget.keepText(unescapeExcel(current)));
        budget.keep(32);
        current = null;
      }
    } else if (name === 'rPh') {
      if (!x.selfClosing) phonetic += closing ? -1 : 1;
    } else if (name === 't' && !closing && current !== null && phonetic === 0) {
      current += x.text();
      if (current.length > READ_BOUNDS.maxTextChars)
        throw new TooComplex('text', current.length, READ_BOUNDS.maxTextChars);
    }
  }
  return out;
}

/** Excel's escape of a character XML cannot hold: _x0007_ (upper-case hex, as Excel writes it). */
function unescapeExcel(s: string): string {
  return s.indexOf('_x') < 0
    ? s
    : s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Excel's built-in number formats that a file may use by id without writing them out. */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/**
 * The number format of each cell format (cellXfs, by index), undefined for General. A format
 * code's backslash escapes are dropped ('0.0\%' reads '0.0%'), as the reader before this one did,
 * so the core sees the same text.
 */
function scanStyles(x: XmlScanner, budget: Budget): (string | undefined)[] {
  const custom = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  let inCellXfs = false;
  while (x.next()) {
    const { name, closing } = x;
    if (name === 'cellXfs') inCellXfs = !closing && !x.selfClosing;
    else if (closing) continue;
    else if (name === 'numFmt') {
      if (custom.size >= READ_BOUNDS.maxStyles)
        throw new TooComplex('styles', custom.size + 1, READ_BOUNDS.maxStyles);
      const id = Number(x.attr('numFmtId'));
      const code = x.attr('formatCode');
      if (Number.isInteger(id) && code !== undefined)
        custom.set(id, budget.keepText(code.replace(/\\(.)/g, '$1')));
    } else if (name === 'xf' && inCellXfs) {
      if (formats.length >= READ_BOUNDS.maxStyles)
        throw new TooComplex('styles', formats.length + 1, READ_BOUNDS.maxStyles);
      const id = parseInt(x.attr('numFmtId') ?? '', 10);
      budget.keep(16);
      formats.push(id ? (custom.get(id) ?? BUILT_IN_FORMATS[id]) : undefined);
    }
  }
  return formats;
}

/** Whether a number format shows a date or time (text in quotes and brackets aside). */
function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

const MS_PER_DAY = 86_400_000;
const SERIAL_1970 = 25_569;
const DAYS_1900_TO_1904 = 1_462;

/**
 * A date-formatted number as a serial of the 1900 date system, to the millisecond (the core reads
 * every serial as 1900-based, so a 1904 workbook's dates are moved); null past JavaScript's dates.
 */
function dateSerial(v: number, date1904: boolean): number | null {
  const ms = Math.round((v - SERIAL_1970 + (date1904 ? DAYS_1900_TO_1904 : 0)) * MS_PER_DAY);
  return Math.abs(ms) <= 8.64e15 ? utcMsToSerial(ms) : null;
}

// ---------------------------------------------------------------------------------------------
// Worksheets

interface SheetContext {
  shared: string[];
  formats: (string | undefined)[];
  date1904: boolean;
  limits: ReadLimits;
  budget: Budget;
  /** Cell and row records and merged cells so far, all sheets together (limits.maxCells). */
  records: number;
}

/** One <c> as read, before it becomes a RawCell. */
interface CellRecord {
  row: number;
  col: number;
  type: string;
  style: number;
  value: string | undefined;
  formula: string | undefined;
  /** The <f> element's t attribute ('' when absent): its presence makes a formula cell. */
  formulaType: string | undefined;
  shared: { si: string; master: boolean } | undefined;
}

type Masters = Map<string, { formula: string; row: number; col: number }>;

/**
 * One cell record as a RawCell (RawCell's contract): undefined when it holds nothing. A number
 * in a date format is a serial of the 1900 system; a shared formula's copy gets the master's
 * formula moved to its own place.
 */
function rawCell(
  c: CellRecord,
  ctx: SheetContext,
  masters: Masters,
  damaged: (reason: string, at?: string) => Stop,
): RawCell | undefined {
  const format = c.style ? ctx.formats[c.style] : undefined;
  const fmt = format && format !== 'General' ? format : undefined;
  const withFmt = (r: RawCell): RawCell => (fmt ? { ...r, fmt } : r);
  const value = c.value;
  if (c.formula !== undefined || c.formulaType) {
    const formula = formulaOf(c, masters);
    let result: Pick<RawCell, 'v' | 'error'> = { v: null };
    if (value !== undefined) {
      if (c.type === 'str') result = { v: value };
      else if (c.type === 'b') result = { v: parseInt(value, 10) !== 0 };
      else if (c.type === 'e') result = { v: null, error: value };
      else result = { v: number(value, fmt, ctx.date1904) };
    }
    return withFmt({ ...result, formula });
  }
  if (value === undefined) return undefined;
  let v: RawCell['v'];
  switch (c.type) {
    case 's':
      v = sharedText(value, c, ctx, damaged);
      break;
    case 'str':
    case 'inlineStr':
      v = value;
      break;
    case 'b':
      v = parseInt(value, 10) !== 0;
      break;
    case 'e':
      return withFmt({ v: null, error: value });
    default:
      v = number(value, fmt, ctx.date1904);
  }
  return v === '' || v === null ? undefined : withFmt({ v });
}

/** The shared string a cell's index points to; an index past the table is damage. */
function sharedText(
  index: string,
  c: CellRecord,
  ctx: SheetContext,
  damaged: (reason: string, at?: string) => Stop,
): string {
  const i = index.trim();
  if (!/^\d+$/.test(i) || Number(i) >= ctx.shared.length) {
    const at = a1(c.row, c.col);
    throw damaged(
      `cell ${at} refers to shared text "${i.slice(0, 20)}", the file has ${ctx.shared.length}`,
      at,
    );
  }
  return ctx.shared[Number(i)] ?? '';
}

/** A number as written; a date-formatted one as a 1900-system serial. */
function number(text: string, fmt: string | undefined, date1904: boolean): number | null {
  const n = parseFloat(text);
  return isDateFormat(fmt) ? dateSerial(n, date1904) : n;
}

/** The cell's formula; a shared formula's copy gets the master's, moved by the copy's offset. */
function formulaOf(c: CellRecord, masters: Masters): string {
  if (c.shared?.master && c.formula !== undefined) {
    masters.set(c.shared.si, { formula: c.formula, row: c.row, col: c.col });
    return c.formula;
  }
  if (c.formula !== undefined || !c.shared) return c.formula ?? '';
  const master = masters.get(c.shared.si);
  return master ? moveFormula(master.formula, c.row - master.row, c.col - master.col) : '';
}

/**
 * A formula copied `rows` down and `cols` right, as Excel fills a shared formula: relative A1
 * references move, '$'-anchored parts and text in quotes do not.
 */
export function moveFormula(formula: string, rows: number, cols: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.$"])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g,
            (m, before: string, colAnchor: string, letters: string, rowAnchor: string, digits: string) => {
              const ref = parseCellRef(`${letters}${digits}`);
              if (!ref) return m;
              const col = colAnchor ? ref.col : ref.col + cols;
              const row = rowAnchor ? ref.row : ref.row + rows;
              if (col < 1 || row < 1 || col > MAX_COLUMN || row > MAX_ROW) return `${before}#REF!`;
              const moved = a1(row, col);
              const at = moved.search(/\d/);
              return `${before}${colAnchor}${moved.slice(0, at)}${rowAnchor}${moved.slice(at)}`;
            },
          ),
    )
    .join('');
}

function scanSheet(
  x: XmlScanner,
  sheet: string,
  ctx: SheetContext,
): { rows: (RawCell | undefined)[][]; merges: string[] } {
  const { budget, limits } = ctx;
  const rows: (RawCell | undefined)[][] = [];
  const merges: string[] = [];
  const masters: Masters = new Map();
  /** Rows the grid must reach: the last row holding a cell record that is not style only. */
  let lastRow = 0;
  let row = 0;
  let col = 0;
  let cell: CellRecord | null = null;
  let phonetic = 0;
  const count = (n: number): void => {
    ctx.records += n;
    if (ctx.records > limits.maxCells)
      throw new Stop('FILE.TOO_MANY_CELLS', { count: ctx.records, limit: limits.maxCells, sheet });
  };
  const damaged = (reason: string, at?: string): Stop =>
    new Stop('FILE.DAMAGED', { sheet, ...(at ? { cell: at } : {}), reason: printable(reason) });

  const finish = (c: CellRecord): void => {
    const raw = rawCell(c, ctx, masters, damaged);
    // A record with a value, or with neither value nor style, makes its row part of the grid.
    if (raw !== undefined || c.value !== undefined || !c.style) lastRow = Math.max(lastRow, c.row);
    if (raw === undefined) {
      const line = rows[c.row - 1];
      if (line && c.col <= line.length) line[c.col - 1] = undefined; // a later record replaces
      return;
    }
    budget.keep(BYTES_PER_CELL, sheet);
    let line = rows[c.row - 1];
    if (!line) {
      budget.keep(BYTES_PER_ROW, sheet);
      line = rows[c.row - 1] = [];
    }
    if (c.col > line.length) budget.keep((c.col - line.length) * BYTES_PER_SLOT, sheet);
    while (line.length < c.col - 1) line.push(undefined);
    line[c.col - 1] = raw;
  };

  while (x.next()) {
    const { name, closing } = x;
    if (cell) {
      if (closing) {
        if (name === 'c') {
          finish(cell);
          cell = null;
        } else if (name === 'rPh') phonetic--;
        continue;
      }
      // The text of <v>, and of <t> in an inline string (its runs one after another), is the value.
      if ((name === 'v' || name === 't') && phonetic === 0) {
        const text = budget.keepText(x.text(), sheet);
        // A shared-text cell must point into the shared strings, even with an empty <v>.
        if (name === 'v' && cell.type === 's' && !cell.formulaType && cell.formula === undefined)
          sharedText(text, cell, ctx, damaged);
        if (text) cell.value = (cell.value ?? '') + text;
      } else if (name === 'f') {
        cell.formulaType = x.attr('t') ?? '';
        if (cell.formulaType === 'shared')
          cell.shared = { si: x.attr('si') ?? '', master: x.attr('ref') !== undefined };
        cell.formula = nonEmpty(budget.keepText(x.text(), sheet));
      } else if (name === 'rPh' && !x.selfClosing) phonetic++;
      continue;
    }
    if (closing) {
      if (name === 'sheetData') row = 0;
      continue;
    }
    if (name === 'row') {
      count(1);
      const r = x.attr('r');
      if (r !== undefined) {
        if (!/^\d{1,7}$/.test(r) || Number(r) < 1 || Number(r) > MAX_ROW)
          throw damaged(`row number "${r.slice(0, 20)}" is outside the grid`);
        row = Number(r);
      } else row++;
      col = 0;
    } else if (name === 'c') {
      count(1);
      const r = x.attr('r');
      let at: { row: number; col: number } | null;
      if (r !== undefined) {
        at = parseCellRef(r);
        if (!at) throw damaged(`cell reference "${r.slice(0, 20)}" is outside the grid`);
      } else at = { row: Math.max(row, 1), col: col + 1 };
      if (at.col > MAX_COLUMN) throw damaged(`a cell past column XFD in row ${at.row}`);
      row = at.row;
      col = at.col;
      const s = x.attr('s');
      cell = {
        row: at.row,
        col: at.col,
        type: x.attr('t') ?? 'n',
        style: s === undefined ? 0 : parseInt(s, 10) || 0,
        value: undefined,
        formula: undefined,
        formulaType: undefined,
        shared: undefined,
      };
      phonetic = 0;
      if (x.selfClosing) {
        finish(cell);
        cell = null;
      }
    } else if (name === 'mergeCell') {
      const ref = x.attr('ref') ?? '';
      const area = mergeArea(ref);
      if (!area) throw damaged(`merged range "${ref.slice(0, 30)}" is not valid`);
      // A merged area counts its cells (at least one): a parser that makes a cell per merged
      // cell is bounded by the same limit, and a flood of 1x1 merges is bounded too.
      count(Math.max(1, (area.bottom - area.top + 1) * (area.right - area.left + 1) - 1));
      budget.keepText(ref, sheet);
      budget.keep(64, sheet);
      merges.push(area.text);
      const multi = area.bottom > area.top || area.right > area.left;
      if (multi) lastRow = Math.max(lastRow, area.bottom);
    } else if (
      name === 'dataValidations' ||
      name === 'cols' ||
      name === 'conditionalFormatting' ||
      name === 'extLst'
    ) {
      x.skipElement(); // nothing downstream reads them
    }
  }
  blankMergedCells(rows, merges, budget);
  // Every row of the grid is an array, empty or not: a single cell at row 1,048,576 would make a
  // million of them, so they are paid for before they are made.
  budget.keep(lastRow * BYTES_PER_ROW, sheet);
  for (let i = 0; i < lastRow; i++) {
    const line = rows[i];
    if (!line) rows[i] = [];
    else trimEnd(line);
  }
  rows.length = lastRow;
  return { rows, merges };
}

const nonEmpty = (s: string): string | undefined => (s === '' ? undefined : s);

/** Bytes decoded one by one may be anything: keep messages to printable ASCII. */
const printable = (s: string): string => s.replace(/[^\x20-\x7e]/g, '?');

function trimEnd(line: (RawCell | undefined)[]): void {
  let n = line.length;
  while (n > 0 && line[n - 1] === undefined) n--;
  line.length = n;
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
  text: string;
}

/** 'B3:D3' as an area, corners put in order; null when malformed or past the grid. */
function mergeArea(ref: string): Area | null {
  const [p, q = p] = ref.split(':');
  const a = parseCellRef(p ?? '');
  const b = parseCellRef(q ?? '');
  if (!a || !b) return null;
  const top = Math.min(a.row, b.row);
  const bottom = Math.max(a.row, b.row);
  const left = Math.min(a.col, b.col);
  const right = Math.max(a.col, b.col);
  return { top, left, bottom, right, text: `${a1(top, left)}:${a1(bottom, right)}` };
}

/**
 * The hidden part of a merged area holds nothing (Excel shows only the top-left value): cells
 * there are emptied. Only cells that exist are visited, each charged as work, so a flood of
 * overlapping areas stops at the work budget instead of running quadratic.
 */
function blankMergedCells(rows: (RawCell | undefined)[][], merges: string[], budget: Budget): void {
  for (const m of merges) {
    const area = mergeArea(m);
    if (!area) continue;
    budget.spend(1);
    const last = Math.min(area.bottom, rows.length);
    for (let r = area.top; r <= last; r++) {
      const line = rows[r - 1];
      if (!line) continue;
      const right = Math.min(area.right, line.length);
      budget.spend(Math.max(0, right - area.left + 1));
      for (let c = area.left; c <= right; c++) if (r !== area.top || c !== area.left) line[c - 1] = undefined;
    }
  }
}

export function a1(row: number, col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}
