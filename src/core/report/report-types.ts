import type { Finding, IsoDate } from '../types';

/**
 * One cell as an adapter reads it, before the core interprets it. Adapters never interpret:
 * Office.js and exceljs both map to this, and the core parses it the same way.
 * - `v`: the value Excel shows the cell holds: number (dates as Excel serials), string,
 *   boolean, or null for empty. For a formula cell, its cached result (null if none). The empty
 *   text is null too: a cell whose value is '' (an empty constant, or a formula whose result is
 *   "") reads as `v: null`, and such a cell without a formula is no cell (undefined).
 * - `fmt`: the number format ('0.0%', 'dd/mm/yyyy'), needed to tell 0.955-as-percent and
 *   a serial-as-date from plain numbers. Absent for Excel's default 'General' (both adapters
 *   drop it), so `fmt` is present only when it says something.
 * - `error`: an Excel error value ('#N/A', '#REF!', '#DIV/0!'...), `v` is then null.
 * - `formula`: present when the cell holds a formula (without the leading '=').
 */
export interface RawCell {
  v: string | number | boolean | null;
  fmt?: string;
  error?: string;
  formula?: string;
}

/**
 * A sheet as an adapter reads it: a row-major grid from A1 (rows[r][c] is the cell at
 * row r+1, column c+1; missing = empty) plus the workbook's defined names that point into it
 * (name -> A1 address such as 'E12' or 'E12:E12', sheet prefix removed). When a workbook-scoped
 * name and a name scoped to this sheet are spelt alike, the sheet's own name wins, as in Excel.
 * A cell that holds nothing (only a style, or the hidden part of a merged area) is undefined.
 */
export interface RawSheet {
  name: string;
  rows: (RawCell | undefined)[][];
  names: Record<string, string>;
  /** Merged ranges, A1 form ('B3:D3'), where the adapter can tell. */
  merges?: string[];
  /**
   * Whether the sheet is shown in Excel's tab bar: 'hidden' can be unhidden from Excel's menu,
   * 'veryHidden' only by code. Absent when the adapter cannot tell (then taken as visible).
   */
  state?: SheetState;
}

/** A sheet's visibility, in the words of the file format (and exceljs's `ws.state`). */
export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** A workbook as an adapter reads it. */
export interface RawWorkbook {
  /** File name (file adapter) or workbook name (Excel). */
  source: string;
  sheets: RawSheet[];
  /** Modification time from the file system or the file's properties, if known. */
  modified?: IsoDate;
  /**
   * Findings about the file as a whole that did not stop the read (macros that will not run,
   * external links, what the adapter could not read and why): nothing parsed; the intake puts
   * them on every report the workbook holds.
   */
  notes?: Finding[];
}

/** An entry as the core understands it. Blank, zero and "Không áp dụng" are different things. */
export type ParsedValue =
  | { kind: 'blank' }
  | { kind: 'not-applicable' } // "Không áp dụng", "KAD", "N/A"
  | { kind: 'yes' }
  | { kind: 'no' }
  | { kind: 'number'; n: number } // percents as 0-100 (95.5 for 95,5%)
  | { kind: 'date'; iso: IsoDate }
  | { kind: 'text'; s: string }
  | {
      kind: 'invalid';
      raw: string;
      reason:
        'not-a-number' | 'not-a-date' | 'not-yes-no' | 'error-value' | 'formula-no-value' | 'legacy-encoding';
    };

/** What a unit entered for one item, with the cells it came from. */
export interface ItemEntry {
  itemId: string;
  /** The result; for a ratio item, the numerator. */
  value: ParsedValue;
  cell: string;
  /** Ratio items: the denominator and its cell. */
  den?: ParsedValue;
  denCell?: string;
  /** The completion-date column, where the item has one. */
  date?: ParsedValue;
  dateCell?: string;
  note?: string;
  noteCell?: string;
  /** The raw text as typed, for messages ("95,5%"). */
  display: string;
}

/** Identification stamped into every template: which plan, which version, which unit and year. */
export interface TemplateStamp {
  planId: string;
  templateVersion: number;
  unitCode: string;
  year: number;
}

/** A unit's report for one year, as read from a sheet (either adapter) and parsed by the core. */
export interface UnitReport {
  stamp: TemplateStamp;
  /** Unit name as written in the sheet (kept for display and for matching aliases). */
  unitName: string;
  /** The cell the unit name was typed in (A1), for messages that point at it. */
  unitNameCell?: string;
  reportDate?: IsoDate;
  preparer?: string;
  entries: Record<string, ItemEntry>;
  source: { file?: string; sheet: string; modified?: IsoDate };
  /** Findings from reading (bad values, legacy encoding...). Rules add theirs later. */
  readFindings: Finding[];
}

/** The bloc's own yearly input (consolidating office): province ranks, bloc milestone dates, counts. */
export interface BlocInput {
  year: number;
  /** Province indicator ranks by indicator id, for this year. */
  ranks: Record<string, number | undefined>;
  /** Values of the plan's blocItems (completion dates, counts). */
  entries: Record<string, ItemEntry>;
  source: { file?: string; sheet: string };
  readFindings: Finding[];
}
