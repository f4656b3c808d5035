import { Workbook } from 'exceljs';
import type { Alignment, Borders, Cell, DataValidation, Fill, Font, Worksheet } from 'exceljs';
import type { CellStyle, DataValidationSpec, SheetSpec, SpecValue } from '../../src/core/sheet/sheet-spec';
import type { IsoDate } from '../../src/core/types';
import { isoToSerial, serialToUtcMs } from '../../src/core/text/excel-date';
import { absolute, quoteSheet } from '../../src/xlsx/sheet-refs';
import { colLetter, VALIDATION_TEXT_LIMITS, type WriteXlsxMeta } from '../../src/xlsx/write-xlsx';

/**
 * The writer before src/xlsx/write-xlsx.ts, with exceljs: kept ONLY as the reference the writer
 * parity test compares the new writer with (test/xlsx/writer-parity.test.ts). It writes no
 * charts (exceljs cannot; the post-pass that added them is now part of the package build).
 */

/** Spin count of the password hash: exceljs's default (100,000) costs ~0.3 s a sheet. */
const PASSWORD_SPIN_COUNT = 1000;

const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';

export async function writeXlsxWithExceljs(
  specs: SheetSpec[],
  meta: WriteXlsxMeta = {},
): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.creator = meta.creator ?? 'baocao';
  if (meta.created) {
    const serial = isoToSerial(meta.created);
    if (serial !== null) {
      wb.created = new Date(serialToUtcMs(serial));
      wb.modified = wb.created;
    }
  }
  // The cached results are the core's as of its as-of date; Excel recalculates on open so that
  // TODAY() and every assessment are current on the unit's machine.
  wb.calcProperties = { fullCalcOnLoad: true };

  for (const spec of specs) {
    const ws = wb.addWorksheet(spec.name, {
      properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : {},
    });
    writeSheet(ws, spec);
    for (const [name, address] of Object.entries(spec.names)) {
      wb.definedNames.add(`${quoteSheet(spec.name)}!${absolute(address)}`, name);
    }
    if (spec.protection) {
      // Units may resize columns and rows (printing); they may not insert or delete rows, so
      // the keyed rows stay whole. Without a password anyone can unprotect on purpose.
      const options = {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
        formatRows: true,
        // A filtered table (the consolidation's) stays filterable when protected.
        autoFilter: Boolean(spec.autoFilter),
        spinCount: PASSWORD_SPIN_COUNT,
      };
      await ws.protect('', options);
    }
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function writeSheet(ws: Worksheet, spec: SheetSpec): void {
  const baseFont: Partial<Font> = { name: spec.font.name, size: spec.font.size };
  // Column styles first: cells created later (and cells a user types into) inherit the font.
  spec.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
    col.font = { ...baseFont };
  });
  for (const r of spec.rows ?? []) {
    const row = ws.getRow(r.row);
    if (r.height !== undefined) row.height = r.height;
    if (r.hidden) {
      row.hidden = true;
      // exceljs drops rows with neither cells nor a height, and their hidden flag with them.
      if (row.height === undefined) row.height = spec.font.size * 1.3;
    }
  }
  for (const c of spec.cells) {
    const cell = ws.getCell(c.address);
    setValue(cell, c.value);
    applyStyle(cell, c.style, baseFont, c.value);
  }
  // Merge after styling: exceljs copies the master's style (borders, fill) to the merged cells,
  // which Excel needs to draw a border around the whole merged block.
  for (const m of spec.merges) ws.mergeCells(m);
  // exceljs supports range validations at run time; its typings only know cell.dataValidation.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: DataValidation): void } })
    .dataValidations;
  for (const v of spec.validations) validations.add(v.range, validation(v));
  for (const cf of spec.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: 'expression',
          priority: cf.priority,
          formulae: [cf.formula],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } },
            ...(cf.fontColor ? { font: { color: { argb: argb(cf.fontColor) } } } : {}),
          },
        },
      ],
    });
  }
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    ws.views = [
      {
        state: 'frozen',
        xSplit: spec.freeze.columns,
        ySplit: spec.freeze.rows,
        topLeftCell: colLetter(spec.freeze.columns + 1) + (spec.freeze.rows + 1),
      },
    ];
  }
  if (spec.autoFilter) ws.autoFilter = spec.autoFilter;
  const p = spec.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: 0, // as many pages down as needed
    horizontalCentered: p.centerHorizontally ?? false,
    margins: p.margins
      ? {
          ...p.margins,
          header: Math.min(0.3, p.margins.top / 2),
          footer: Math.min(0.3, p.margins.bottom / 2),
        }
      : { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(p.repeatRows ? { printTitlesRow: p.repeatRows } : {}),
    ...(p.area ? { printArea: rowsAbsolute(p.area) } : {}),
  };
  // exceljs breaks a page after a row: the break above row r goes after row r - 1.
  for (const r of p.rowBreaks ?? []) if (r > 1) ws.getRow(r - 1).addPageBreak();
}

/**
 * exceljs writes the print area as '$' + each corner, so 'A1:H80' would become '$A1:$H80', whose
 * rows are relative (LibreOffice then prints the whole sheet): it is given 'A$1:H$80'.
 */
function rowsAbsolute(area: string): string {
  return area.replace(/\$?([A-Z]+)\$?(\d+)/gi, (_m, c: string, r: string) => `${c}$${r}`);
}

function setValue(cell: Cell, value: SpecValue): void {
  if (value === null) return;
  if ('text' in value) {
    // A plain string value: exceljs writes it as a shared string, never as a formula, even when
    // it starts with '=' (tested in write-xlsx.test.ts).
    cell.value = value.text;
  } else if ('number' in value) {
    cell.value = value.number;
  } else if ('bool' in value) {
    cell.value = value.bool;
  } else if ('date' in value) {
    const serial = isoToSerial(value.date);
    cell.value = serial === null ? value.date : new Date(serialToUtcMs(serial));
  } else {
    cell.value =
      value.result === null
        ? { formula: value.formula }
        : { formula: value.formula, result: value.result as string | number | boolean };
  }
}

function applyStyle(cell: Cell, style: CellStyle | undefined, base: Partial<Font>, value: SpecValue): void {
  const s = style ?? {};
  const font: Partial<Font> = { ...base };
  if (s.size !== undefined) font.size = s.size;
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.underline) font.underline = true;
  if (s.color) font.color = { argb: argb(s.color) };
  cell.font = font;
  if (s.fill) {
    const fill: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
    cell.fill = fill;
  }
  const alignment: Partial<Alignment> = {};
  if (s.hAlign) alignment.horizontal = s.hAlign;
  if (s.vAlign) alignment.vertical = s.vAlign;
  if (s.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length) cell.alignment = alignment;
  const thin = { style: 'thin' as const };
  if (s.border) {
    const border: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
    cell.border = border;
  } else if (s.borderBottom) {
    cell.border = { bottom: thin };
  }
  const numFmt = s.numFmt ?? (value !== null && 'date' in value ? DEFAULT_DATE_FORMAT : undefined);
  if (numFmt) cell.numFmt = numFmt;
  if (s.unlocked) cell.protection = { locked: false };
}

function validation(v: DataValidationSpec): DataValidation {
  const texts = {
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: cut(v.error.title, VALIDATION_TEXT_LIMITS.title),
    error: cut(v.error.message, VALIDATION_TEXT_LIMITS.error),
    ...(v.prompt
      ? {
          showInputMessage: true,
          promptTitle: cut(v.prompt.title, VALIDATION_TEXT_LIMITS.title),
          prompt: cut(v.prompt.message, VALIDATION_TEXT_LIMITS.prompt),
        }
      : {}),
  };
  const rule = v.rule;
  switch (rule.kind) {
    case 'list':
      // An inline list is one quoted, comma-separated string (values must not contain commas).
      return { type: 'list', allowBlank: true, formulae: [`"${rule.values.join(',')}"`], ...texts };
    case 'whole':
      return rule.max === undefined
        ? { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [rule.min], ...texts }
        : { type: 'whole', operator: 'between', allowBlank: true, formulae: [rule.min, rule.max], ...texts };
    case 'decimal':
      return {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [rule.min, rule.max],
        ...texts,
      };
    case 'date':
      // exceljs turns Date formulae into serials with UTC fields, which is what we want.
      return {
        type: 'date',
        operator: 'between',
        allowBlank: true,
        formulae: [isoDate(rule.min), isoDate(rule.max)],
        ...texts,
      };
    case 'textLength':
      return {
        type: 'textLength',
        operator: 'lessThanOrEqual',
        allowBlank: true,
        formulae: [rule.max],
        ...texts,
      };
  }
}

function isoDate(iso: IsoDate): Date {
  const serial = isoToSerial(iso);
  if (serial === null) throw new Error(`Invalid date in a validation rule: ${iso}`);
  return new Date(serialToUtcMs(serial));
}

function cut(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function argb(rgb: string): string {
  return `FF${rgb.replace(/^#/, '').toUpperCase()}`;
}
