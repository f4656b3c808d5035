import type { DataValidationSpec, SheetSpec, SpecCell, SpecValue } from '../core/sheet/sheet-spec';
import { isoToSerial } from '../core/text/excel-date';
import { a1, parseA1 } from '../core/template/template-keys';
import { argb, type StyleBook } from './xlsx-styles';
import { escapeXml, XML_HEAD } from './xml-text';

/**
 * One worksheet part (xl/worksheets/sheetN.xml) from a sheet spec, as one string built from
 * parts: no object per cell is kept. The elements follow CT_Worksheet's sequence (ECMA-376 Part 1,
 * §18.3.1.99), which Excel enforces by "repairing" the file: sheetPr, dimension, sheetViews,
 * sheetFormatPr, cols, sheetData, sheetProtection, autoFilter, mergeCells, conditionalFormatting,
 * dataValidations, printOptions, pageMargins, pageSetup, rowBreaks, drawing.
 */

/**
 * Excel's limits on data-validation texts; longer texts make Excel "repair" the file and drop
 * the validation, so they are cut here as a last defence (templates keep within them).
 */
export const VALIDATION_TEXT_LIMITS = { title: 32, prompt: 255, error: 225 } as const;

/** The last column Excel has (XFD): a row break spans the whole row. */
const MAX_COLUMN_INDEX = 16383;
/** A cell's position as one sortable number. */
const ROW_SHIFT = 16384;

/** The workbook's shared strings (xl/sharedStrings.xml): each distinct text stored once. */
export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private readonly items: string[] = [];
  private uses = 0;

  id(text: string): number {
    this.uses++;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.items.length;
      this.ids.set(text, id);
      // Leading or trailing spaces are kept only when the text says so (xml:space).
      const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
      this.items.push(`<si><t${space}>${escapeXml(escapeExcelEscape(text))}</t></si>`);
    }
    return id;
  }

  xml(): string {
    return (
      `${XML_HEAD}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.items.length}">` +
      `${this.items.join('')}</sst>`
    );
  }
}

/**
 * Excel reads `_xHHHH_` in a shared string as the character HHHH; a unit's text that holds it
 * literally has its underscore written as `_x005F_` so that it reads back as typed.
 */
function escapeExcelEscape(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

export interface SheetContext {
  styles: StyleBook;
  strings: SharedStrings;
  /** The relationship id of the sheet's drawing (its charts), when it has one. */
  drawing?: string;
}

export function sheetXml(spec: SheetSpec, ctx: SheetContext): string {
  const columnXf = ctx.styles.cellXf(undefined, spec.font, false);
  const cells = placeCells(spec, ctx, columnXf);
  const out: string[] = [
    `${XML_HEAD}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`,
    '<sheetPr>',
    spec.tabColor ? `<tabColor rgb="${argb(spec.tabColor)}"/>` : '',
    '<pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="${dimension(cells.keys)}"/>`,
    sheetViews(spec),
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols(spec, columnXf),
  ];
  sheetData(spec, cells, ctx, out);
  out.push(
    protection(spec),
    spec.autoFilter ? `<autoFilter ref="${spec.autoFilter}"/>` : '',
    list('mergeCells', mergeOrder(spec.merges), (m) => `<mergeCell ref="${m}"/>`),
    spec.conditionalFormats
      .map(
        (cf) =>
          `<conditionalFormatting sqref="${cf.range}"><cfRule type="expression" dxfId="${ctx.styles.dxf(cf.fill, cf.fontColor)}" priority="${cf.priority}">` +
          `<formula>${escapeXml(cf.formula)}</formula></cfRule></conditionalFormatting>`,
      )
      .join(''),
    list('dataValidations', spec.validations, validationXml),
    printXml(spec),
    ctx.drawing ? `<drawing r:id="${ctx.drawing}"/>` : '',
    '</worksheet>',
  );
  return out.join('');
}

// ---- cells --------------------------------------------------------------------------------------

/**
 * The cells to write, in sheet order: `keys[i]` is the position (row * ROW_SHIFT + column) and
 * `specIndex[i]` the spec cell there, or -1 for a merged cell the spec does not list. `xf[i]` is
 * its cell format. The cells a merged block covers (other than its top-left one) take the
 * top-left cell's format and lose their value, as in Excel, so that the block's border and fill
 * are drawn around all of it.
 */
interface Placed {
  keys: number[];
  specIndex: number[];
  xf: number[];
}

function placeCells(spec: SheetSpec, ctx: SheetContext, columnXf: number): Placed {
  // The last spec cell at an address wins (a spec lists each address once; this keeps it defined).
  const at = new Map<number, number>();
  spec.cells.forEach((c, i) => at.set(position(c.address), i));
  const xfOf = (i: number): number => {
    const c = spec.cells[i] as SpecCell;
    return ctx.styles.cellXf(c.style, spec.font, c.value !== null && 'date' in c.value);
  };
  const mergedXf = new Map<number, number>();
  for (const m of spec.merges) {
    const [from, to] = m.split(':').map(position);
    if (from === undefined || to === undefined) throw new Error(`writeXlsx: bad merge ${m}`);
    const master = at.get(from);
    // A top-left cell the spec does not list has its column's format (the sheet font), as a cell
    // a user types into.
    const xf =
      master !== undefined ? xfOf(master) : (from % ROW_SHIFT) - 1 < spec.columns.length ? columnXf : 0;
    const [firstCol, lastCol] = [from % ROW_SHIFT, to % ROW_SHIFT];
    for (let row = Math.floor(from / ROW_SHIFT); row <= Math.floor(to / ROW_SHIFT); row++)
      for (let col = firstCol; col <= lastCol; col++) {
        const key: number = row * ROW_SHIFT + col;
        if (key !== from) mergedXf.set(key, xf);
      }
  }
  const keys = [...new Set([...at.keys(), ...mergedXf.keys()])].sort((a, b) => a - b);
  const specIndex: number[] = [];
  const xf: number[] = [];
  for (const key of keys) {
    const merged = mergedXf.get(key);
    const i = at.get(key);
    specIndex.push(merged === undefined && i !== undefined ? i : -1);
    xf.push(merged ?? xfOf(i as number));
  }
  return { keys, specIndex, xf };
}

function position(address: string): number {
  const p = parseA1(address);
  if (!p) throw new Error(`writeXlsx: bad cell address ${address}`);
  return p.row * ROW_SHIFT + p.col;
}

/**
 * The merged areas in the order the files before this writer listed them (exceljs's: by their
 * second cell in sheet order), so that a reader sees the same list. A 1x1 "merge" merges nothing
 * and is left out, as before.
 */
function mergeOrder(merges: readonly string[]): string[] {
  const keyed: [number, string][] = [];
  for (const m of merges) {
    const [from, to] = m.split(':').map(position);
    if (from === undefined || to === undefined || from === to) continue;
    keyed.push([to % ROW_SHIFT > from % ROW_SHIFT ? from + 1 : from + ROW_SHIFT, m]);
  }
  return keyed.sort((a, b) => a[0] - b[0]).map(([, m]) => m);
}

function dimension(keys: number[]): string {
  if (keys.length === 0) return 'A1';
  let minCol = Infinity;
  let maxCol = 0;
  for (const k of keys) {
    minCol = Math.min(minCol, k % ROW_SHIFT);
    maxCol = Math.max(maxCol, k % ROW_SHIFT);
  }
  const first = keys[0] as number;
  const last = keys[keys.length - 1] as number;
  return `${a1(Math.floor(first / ROW_SHIFT), minCol)}:${a1(Math.floor(last / ROW_SHIFT), maxCol)}`;
}

function sheetData(spec: SheetSpec, cells: Placed, ctx: SheetContext, out: string[]): void {
  const rowSpecs = new Map<number, { height?: number; hidden?: boolean }>();
  for (const r of spec.rows ?? []) if (r.height !== undefined || r.hidden) rowSpecs.set(r.row, r);
  const rowNumbers = new Set(rowSpecs.keys());
  for (const k of cells.keys) rowNumbers.add(Math.floor(k / ROW_SHIFT));
  out.push('<sheetData>');
  let i = 0;
  for (const row of [...rowNumbers].sort((a, b) => a - b)) {
    out.push(rowOpen(row, rowSpecs.get(row), spec.font.size));
    for (; i < cells.keys.length && Math.floor((cells.keys[i] as number) / ROW_SHIFT) === row; i++) {
      const key = cells.keys[i] as number;
      const c = spec.cells[cells.specIndex[i] as number];
      out.push(cellXml(a1(row, key % ROW_SHIFT), cells.xf[i] as number, c ? c.value : null, ctx));
    }
    out.push('</row>');
  }
  out.push('</sheetData>');
}

function rowOpen(
  row: number,
  r: { height?: number; hidden?: boolean } | undefined,
  fontSize: number,
): string {
  // A hidden row is given a height when it has none: a row keeps its size when shown again.
  const height = r?.height ?? (r?.hidden ? fontSize * 1.3 : undefined);
  return (
    `<row r="${row}"` +
    (height !== undefined ? ` ht="${height}" customHeight="1"` : '') +
    (r?.hidden ? ' hidden="1"' : '') +
    '>'
  );
}

function cellXml(ref: string, xf: number, value: SpecValue, ctx: SheetContext): string {
  const head = `<c r="${ref}" s="${xf}"`;
  if (value === null) return `${head}/>`;
  if ('text' in value) {
    // User text is a string value, never parsed: '=1+1' stays text (formula injection).
    return `${head} t="s"><v>${ctx.strings.id(value.text)}</v></c>`;
  }
  if ('number' in value) return numberCell(head, value.number);
  if ('bool' in value) return `${head} t="b"><v>${value.bool ? 1 : 0}</v></c>`;
  if ('date' in value) {
    const serial = isoToSerial(value.date);
    return serial === null
      ? `${head} t="s"><v>${ctx.strings.id(value.date)}</v></c>`
      : numberCell(head, serial);
  }
  // A formula carries the core's result so that readers which do not calculate see a value.
  const f = `<f>${escapeXml(value.formula)}</f>`;
  const r = value.result;
  if (r === null) return `${head}>${f}</c>`;
  if (typeof r === 'number') return Number.isFinite(r) ? `${head}>${f}<v>${r}</v></c>` : `${head}>${f}</c>`;
  if (typeof r === 'boolean') return `${head} t="b">${f}<v>${r ? 1 : 0}</v></c>`;
  return `${head} t="str">${f}<v>${escapeXml(r)}</v></c>`;
}

/** NaN and infinities are not numbers a cell can hold: the cell is left blank. */
function numberCell(head: string, n: number): string {
  return Number.isFinite(n) ? `${head}><v>${n}</v></c>` : `${head}/>`;
}

// ---- the sheet around the cells -----------------------------------------------------------------

function sheetViews(spec: SheetSpec): string {
  const rows = spec.freeze?.rows ?? 0;
  const columns = spec.freeze?.columns ?? 0;
  // No view: Excel opens the sheet at A1 with its defaults.
  if (rows <= 0 && columns <= 0) return '';
  const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  return (
    '<sheetViews><sheetView workbookViewId="0"><pane' +
    (columns > 0 ? ` xSplit="${columns}"` : '') +
    (rows > 0 ? ` ySplit="${rows}"` : '') +
    ` topLeftCell="${a1(rows + 1, columns + 1)}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

/** Widths and hidden flags; the sheet font as each column's format, for the cells typed later. */
function cols(spec: SheetSpec, columnXf: number): string {
  return spec.columns.length === 0
    ? ''
    : `<cols>${spec.columns
        .map(
          (c, i) =>
            `<col min="${i + 1}" max="${i + 1}" width="${c.width}" style="${columnXf}"` +
            `${c.hidden ? ' hidden="1"' : ''} customWidth="1"/>`,
        )
        .join('')}</cols>`;
}

/**
 * Units may select cells and resize columns and rows (printing); they may not insert or delete
 * rows, so the keyed rows stay whole; a filtered table (the consolidation's) stays filterable.
 * No password: anyone can unprotect on purpose. An attribute set to "0" is an allowed action.
 */
function protection(spec: SheetSpec): string {
  if (!spec.protection) return '';
  return `<sheetProtection sheet="1" formatColumns="0" formatRows="0"${spec.autoFilter ? ' autoFilter="0"' : ''}/>`;
}

function list<T>(tag: string, items: readonly T[], item: (t: T) => string): string {
  return items.length ? `<${tag} count="${items.length}">${items.map(item).join('')}</${tag}>` : '';
}

function validationXml(v: DataValidationSpec): string {
  const rule = v.rule;
  const [type, operator, formulae] = ((): [string, string | undefined, (string | number)[]] => {
    switch (rule.kind) {
      case 'list':
        // An inline list is one quoted, comma-separated string (values must not contain commas).
        return ['list', undefined, [`"${rule.values.join(',')}"`]];
      case 'whole':
        return rule.max === undefined
          ? ['whole', 'greaterThanOrEqual', [rule.min]]
          : ['whole', 'between', [rule.min, rule.max]];
      case 'decimal':
        return ['decimal', 'between', [rule.min, rule.max]];
      case 'date':
        return ['date', 'between', [dateSerial(rule.min), dateSerial(rule.max)]];
      case 'textLength':
        return ['textLength', 'lessThanOrEqual', [rule.max]];
    }
  })();
  const prompt = v.prompt
    ? ` showInputMessage="1" promptTitle="${text(v.prompt.title, 'title')}" prompt="${text(v.prompt.message, 'prompt')}"`
    : '';
  return (
    `<dataValidation type="${type}"${operator ? ` operator="${operator}"` : ''} allowBlank="1"${prompt}` +
    ` showErrorMessage="1" errorStyle="stop" errorTitle="${text(v.error.title, 'title')}" error="${text(v.error.message, 'error')}"` +
    ` sqref="${v.range}">` +
    formulae.map((f, i) => `<formula${i + 1}>${escapeXml(String(f))}</formula${i + 1}>`).join('') +
    '</dataValidation>'
  );
}

function dateSerial(iso: string): number {
  const serial = isoToSerial(iso);
  if (serial === null) throw new Error(`Invalid date in a validation rule: ${iso}`);
  return serial;
}

/** A validation text cut to Excel's limit, as an attribute. */
function text(s: string, kind: keyof typeof VALIDATION_TEXT_LIMITS): string {
  const max = VALIDATION_TEXT_LIMITS[kind];
  return escapeXml(s.length <= max ? s : `${s.slice(0, max - 1)}…`);
}

function printXml(spec: SheetSpec): string {
  const p = spec.print;
  const m = p.margins;
  const margins = m
    ? { ...m, header: Math.min(0.3, m.top / 2), footer: Math.min(0.3, m.bottom / 2) }
    : { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
  // Rows below which a page ends: the break above row r is stored as id r - 1.
  const breaks = (p.rowBreaks ?? []).filter((r) => r > 1);
  return (
    (p.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : '') +
    `<pageMargins left="${margins.left}" right="${margins.right}" top="${margins.top}" bottom="${margins.bottom}" header="${margins.header}" footer="${margins.footer}"/>` +
    // A4 (paperSize 9), one page wide and as many pages down as needed (fitToHeight 0).
    `<pageSetup paperSize="9" orientation="${p.orientation}" fitToWidth="${p.fitToWidth}" fitToHeight="0"/>` +
    (breaks.length
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks
          .map((r) => `<brk id="${r - 1}" max="${MAX_COLUMN_INDEX}" man="1"/>`)
          .join('')}</rowBreaks>`
      : '')
  );
}
