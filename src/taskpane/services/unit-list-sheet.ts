import type { RawCell, RawSheet } from '../../core/report/report-types';
import { parseSettings } from '../../core/settings/settings-schema';
import type { Settings, Unit } from '../../core/settings/settings-types';
import type { SheetSpec, SpecCell } from '../../core/sheet/sheet-spec';
import { displayRaw, matchKey, normalizeText, parseValue } from '../../core/text';
import { fail, ok, type Finding, type Lang, type Result } from '../../core/types';
import { en } from '../i18n/en';
import { vi, type Catalogue } from '../i18n/vi';
import { textOf } from './text-of';

/**
 * The list of units as a sheet a person edits in Excel (many units at once, sorting, copy and
 * paste), and back. Columns are found by their heading in either language, so moving a column or
 * a sheet written in English still reads; one unit per row below the headings.
 */

export const UNIT_COLUMNS = ['code', 'name', 'kind', 'tthc', 'from', 'to', 'aliases', 'mergedInto'] as const;
export type UnitColumn = (typeof UNIT_COLUMNS)[number];

const WIDTHS: Record<UnitColumn, number> = {
  code: 10,
  name: 44,
  kind: 16,
  tthc: 10,
  from: 9,
  to: 9,
  aliases: 40,
  mergedInto: 14,
};

const LETTERS = 'ABCDEFGH';
const catalogue = (lang: Lang): Catalogue => (lang === 'vi' ? vi : en);
const ALIAS_SEPARATOR = /\s*[;\n]\s*/;

export function unitListSheetName(lang: Lang): string {
  return catalogue(lang).unitSheet.sheetName;
}

/** The units as a sheet: a heading row, then one row per unit, with drop-down lists for kind and TTHC. */
export function unitListSheet(units: readonly Unit[], lang: Lang): SheetSpec {
  const c = catalogue(lang);
  const cells: SpecCell[] = [];
  const head = {
    bold: true,
    border: true,
    fill: 'D9D9D9',
    hAlign: 'center',
    vAlign: 'middle',
    wrap: true,
  } as const;
  const box = { border: true, vAlign: 'middle', wrap: true } as const;
  const input = { ...box, unlocked: true } as const;
  UNIT_COLUMNS.forEach((col, i) => {
    cells.push({ address: `${LETTERS[i]}1`, value: { text: c.unitSheet.columns[col] }, style: head });
  });
  units.forEach((u, r) => {
    const row = r + 2;
    const values: Record<UnitColumn, SpecCell['value']> = {
      code: { text: u.code },
      name: { text: u.name },
      kind: { text: c.unitKinds[u.kind] },
      tthc: { text: u.handlesTthc ? c.common.yes : c.common.no },
      from: u.activeFrom !== undefined ? { number: u.activeFrom } : null,
      to: u.activeTo !== undefined ? { number: u.activeTo } : null,
      aliases: u.aliases.length ? { text: u.aliases.join('; ') } : null,
      mergedInto: u.mergedInto !== undefined ? { text: u.mergedInto } : null,
    };
    UNIT_COLUMNS.forEach((col, i) => {
      const style =
        col === 'from' || col === 'to' || col === 'tthc' ? { ...input, hAlign: 'center' as const } : input;
      cells.push({
        address: `${LETTERS[i]}${row}`,
        value: values[col],
        style: col === 'code' || col === 'name' ? { ...style, numFmt: '@' } : style,
      });
    });
  });
  // Room below the list for new units, with the same lists.
  const last = Math.max(units.length + 1, 2) + 200;
  return {
    name: unitListSheetName(lang),
    font: { name: 'Times New Roman', size: 12 },
    columns: UNIT_COLUMNS.map((col) => ({ width: WIDTHS[col] })),
    rows: [{ row: 1, height: 32 }],
    cells,
    merges: [],
    validations: [
      {
        range: `C2:C${last}`,
        rule: { kind: 'list', values: [c.unitKinds['dang-bo-co-so'], c.unitKinds['chi-bo-co-so']] },
        error: { title: c.unitSheet.kindErrorTitle, message: c.unitSheet.kindErrorMessage },
      },
      {
        range: `D2:D${last}`,
        rule: { kind: 'list', values: [c.common.yes, c.common.no] },
        error: { title: c.unitSheet.tthcErrorTitle, message: c.unitSheet.tthcErrorMessage },
      },
      {
        range: `E2:F${last}`,
        rule: { kind: 'whole', min: 2000, max: 2100 },
        error: { title: c.unitSheet.yearErrorTitle, message: c.unitSheet.yearErrorMessage },
      },
    ],
    conditionalFormats: [],
    names: {},
    freeze: { rows: 1, columns: 0 },
    autoFilter: `A1:H${Math.max(units.length + 1, 2)}`,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: 1, repeatRows: '1:1' },
  };
}

const cellText = (cell: RawCell | undefined): string => normalizeText(displayRaw(cell));

/** Heading keys of both languages -> column. */
const HEADINGS = new Map<string, UnitColumn>(
  [vi, en].flatMap((c) => UNIT_COLUMNS.map((col) => [matchKey(c.unitSheet.columns[col]), col] as const)),
);

const KINDS = new Map<string, Unit['kind']>(
  [vi, en].flatMap((c) =>
    (['dang-bo-co-so', 'chi-bo-co-so'] as const).flatMap((k) => [
      [matchKey(c.unitKinds[k]), k] as const,
      [matchKey(c.unitKinds.short[k]), k] as const,
      [matchKey(k), k] as const,
    ]),
  ),
);

function rowFinding(row: number, pick: (c: Catalogue) => string): Finding {
  return { code: 'UNITS.ROW', severity: 'error', cell: `${row}`, message: textOf(pick) };
}

/** Whether the sheet looks like a unit list (its heading row has the code and name columns). */
export function isUnitListSheet(sheet: RawSheet): boolean {
  return headingRow(sheet) !== undefined;
}

function headingRow(sheet: RawSheet): { index: number; columns: Map<UnitColumn, number> } | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, 20); r++) {
    const columns = new Map<UnitColumn, number>();
    (sheet.rows[r] ?? []).forEach((cell, c) => {
      const col = HEADINGS.get(matchKey(cellText(cell)));
      if (col && !columns.has(col)) columns.set(col, c);
    });
    if (columns.has('code') && columns.has('name')) return { index: r, columns };
  }
  return undefined;
}

/**
 * The units of a unit-list sheet, checked row by row (kind, TTHC, years) and then as a list with
 * the settings' own rules (unique codes, merges pointing at listed units, years in order).
 * Rows without code and name are skipped; `base` supplies everything but the units.
 */
export function parseUnitListSheet(sheet: RawSheet, base: Settings): Result<Unit[]> {
  const head = headingRow(sheet);
  if (!head) {
    return fail([
      {
        code: 'UNITS.NO_HEADING',
        severity: 'error',
        sheet: sheet.name,
        message: textOf((c) => c.unitSheet.noHeading(sheet.name)),
      },
    ]);
  }
  const units: Unit[] = [];
  const problems: Finding[] = [];
  for (let r = head.index + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const at = (col: UnitColumn): RawCell | undefined => {
      const c = head.columns.get(col);
      return c === undefined ? undefined : row[c];
    };
    const text = (col: UnitColumn): string => cellText(at(col));
    const line = r + 1;
    const code = text('code');
    const name = text('name');
    if (code === '' && name === '') continue;
    if (code === '') problems.push(rowFinding(line, (c) => c.unitSheet.codeMissing(line)));
    if (name === '') problems.push(rowFinding(line, (c) => c.unitSheet.nameMissing(line)));
    const kindText = text('kind');
    const kind = kindText === '' ? 'dang-bo-co-so' : KINDS.get(matchKey(kindText));
    if (!kind) problems.push(rowFinding(line, (c) => c.unitSheet.kindInvalid(line, kindText)));
    const tthc = parseValue(at('tthc'), 'yesno');
    if (tthc.kind === 'invalid')
      problems.push(rowFinding(line, (c) => c.unitSheet.tthcInvalid(line, tthc.raw)));
    const year = (col: 'from' | 'to'): number | undefined => {
      const v = parseValue(at(col), 'count');
      if (v.kind === 'blank') return undefined;
      if (v.kind === 'number' && v.n >= 2000 && v.n <= 2100) return v.n;
      const raw = text(col);
      problems.push(rowFinding(line, (c) => c.unitSheet.yearInvalid(line, raw)));
      return undefined;
    };
    const activeFrom = year('from');
    const activeTo = year('to');
    const merged = text('mergedInto');
    units.push({
      code,
      name,
      kind: kind ?? 'dang-bo-co-so',
      handlesTthc: tthc.kind === 'yes',
      ...(activeFrom !== undefined ? { activeFrom } : {}),
      ...(activeTo !== undefined ? { activeTo } : {}),
      aliases: text('aliases')
        .split(ALIAS_SEPARATOR)
        .filter((a) => a !== ''),
      ...(merged !== '' ? { mergedInto: merged } : {}),
    });
  }
  if (problems.length) return fail(problems.map((p) => ({ ...p, sheet: sheet.name })));
  if (units.length === 0) {
    return fail([
      {
        code: 'UNITS.EMPTY',
        severity: 'error',
        sheet: sheet.name,
        message: textOf((c) => c.unitSheet.empty(sheet.name)),
      },
    ]);
  }
  // The list's own rules live with the settings schema: one place decides what a valid list is.
  const checked = parseSettings({ ...base, units }, base);
  return checked.ok ? ok(checked.value.units) : checked;
}
