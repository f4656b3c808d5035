import type { RawCell, RawSheet } from '../../core/report/report-types';
import type { UnitFlag } from '../../core/settings/applies-to-unit';
import { parseSettings } from '../../core/settings/settings-schema';
import type { Settings, Unit } from '../../core/settings/settings-types';
import type { SheetSpec, SpecCell } from '../../core/sheet/sheet-spec';
import { displayRaw, matchKey, normalizeText, parseValue } from '../../core/text';
import { fail, ok, type Finding, type Lang, type Result } from '../../core/types';
import { en } from '../i18n/en';
import { vi, type Catalogue } from '../i18n/vi';
import { textOf } from './text-of';
import { UNIT_FLAGS } from './unit-form';

/**
 * The list of units as a sheet a person edits in Excel (many units at once, sorting, copy and
 * paste), and back. Columns are found by their heading in either language, so moving a column or
 * a sheet written in English still reads; one unit per row below the headings. The three flags
 * (resolves TTHC, publishes TTHC, sở ban ngành) are Có/Không columns. A list written before them
 * has one column "Có TTHC" instead: read alone, its answer goes into all three flags (as
 * `migrateUnit` does for settings files).
 */

export const UNIT_COLUMNS = [
  'code',
  'name',
  'kind',
  'resolvesTthc',
  'publishesTthc',
  'isDepartment',
  'from',
  'to',
  'aliases',
  'mergedInto',
] as const;
export type UnitColumn = (typeof UNIT_COLUMNS)[number];
/** Columns read but never written: the old single TTHC column. */
type ReadColumn = UnitColumn | 'legacyTthc';

const WIDTHS: Record<UnitColumn, number> = {
  code: 10,
  name: 44,
  kind: 16,
  resolvesTthc: 11,
  publishesTthc: 11,
  isDepartment: 11,
  from: 9,
  to: 9,
  aliases: 40,
  mergedInto: 14,
};

const LETTERS = 'ABCDEFGHIJ';
const FLAG_COLUMNS = new Set<UnitColumn>(UNIT_FLAGS);
const catalogue = (lang: Lang): Catalogue => (lang === 'vi' ? vi : en);
const ALIAS_SEPARATOR = /\s*[;\n]\s*/;

export function unitListSheetName(lang: Lang): string {
  return catalogue(lang).unitSheet.sheetName;
}

/** The units as a sheet: a heading row, then one row per unit, with drop-down lists for kind and the flags. */
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
      resolvesTthc: { text: u.resolvesTthc ? c.common.yes : c.common.no },
      publishesTthc: { text: u.publishesTthc ? c.common.yes : c.common.no },
      isDepartment: { text: u.isDepartment ? c.common.yes : c.common.no },
      from: u.activeFrom !== undefined ? { number: u.activeFrom } : null,
      to: u.activeTo !== undefined ? { number: u.activeTo } : null,
      aliases: u.aliases.length ? { text: u.aliases.join('; ') } : null,
      mergedInto: u.mergedInto !== undefined ? { text: u.mergedInto } : null,
    };
    UNIT_COLUMNS.forEach((col, i) => {
      const style =
        col === 'from' || col === 'to' || FLAG_COLUMNS.has(col)
          ? { ...input, hAlign: 'center' as const }
          : input;
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
        range: `D2:F${last}`,
        rule: { kind: 'list', values: [c.common.yes, c.common.no] },
        error: { title: c.unitSheet.flagErrorTitle, message: c.unitSheet.flagErrorMessage },
      },
      {
        range: `G2:H${last}`,
        rule: { kind: 'whole', min: 2000, max: 2100 },
        error: { title: c.unitSheet.yearErrorTitle, message: c.unitSheet.yearErrorMessage },
      },
    ],
    conditionalFormats: [],
    names: {},
    freeze: { rows: 1, columns: 0 },
    autoFilter: `A1:${LETTERS[UNIT_COLUMNS.length - 1]}${Math.max(units.length + 1, 2)}`,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: 1, repeatRows: '1:1' },
  };
}

const cellText = (cell: RawCell | undefined): string => normalizeText(displayRaw(cell));

/** Heading keys of both languages -> column. */
const HEADINGS = new Map<string, ReadColumn>(
  [vi, en].flatMap((c) => [
    ...UNIT_COLUMNS.map((col) => [matchKey(c.unitSheet.columns[col]), col] as const),
    [matchKey(c.unitSheet.legacyTthcColumn), 'legacyTthc'] as const,
  ]),
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

function headingRow(sheet: RawSheet): { index: number; columns: Map<ReadColumn, number> } | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, 20); r++) {
    const columns = new Map<ReadColumn, number>();
    (sheet.rows[r] ?? []).forEach((cell, c) => {
      const col = HEADINGS.get(matchKey(cellText(cell)));
      if (col && !columns.has(col)) columns.set(col, c);
    });
    if (columns.has('code') && columns.has('name')) return { index: r, columns };
  }
  return undefined;
}

/**
 * The units of a unit-list sheet, checked row by row (kind, flags, years) and then as a list with
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
    const at = (col: ReadColumn): RawCell | undefined => {
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
    const yes = (col: ReadColumn): boolean => {
      const v = parseValue(at(col), 'yesno');
      if (v.kind === 'invalid') {
        const heading = (c: Catalogue) =>
          col === 'legacyTthc' ? c.unitSheet.legacyTthcColumn : c.unitSheet.columns[col];
        problems.push(rowFinding(line, (c) => c.unitSheet.flagInvalid(line, heading(c), v.raw)));
      }
      return v.kind === 'yes';
    };
    // A flag's own column wins; a list without it falls back on the old "Có TTHC" column.
    const legacy = UNIT_FLAGS.some((f) => !head.columns.has(f)) && yes('legacyTthc');
    const flags = Object.fromEntries(
      UNIT_FLAGS.map((f) => [f, head.columns.has(f) ? yes(f) : legacy]),
    ) as Record<UnitFlag, boolean>;
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
      ...flags,
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
