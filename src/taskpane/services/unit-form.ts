import type { UnitFlag } from '../../core/settings/applies-to-unit';
import type { Unit } from '../../core/settings/settings-types';
import { normalizeText } from '../../core/text';
import type { Text } from '../../core/types';
import { textOf } from './text-of';

/** The unit-list flags, in the order the dialog and the sheet show them. */
export const UNIT_FLAGS: readonly UnitFlag[] = ['resolvesTthc', 'publishesTthc', 'isDepartment'];

/** The unit dialog's fields as typed. */
export interface UnitForm extends Record<UnitFlag, boolean> {
  code: string;
  name: string;
  kind: Unit['kind'];
  from: string;
  to: string;
  /** One name per line. */
  aliases: string;
  /** A unit code, or '' for none. */
  mergedInto: string;
}

export type UnitFormField = 'code' | 'name' | 'from' | 'to' | 'mergedInto';

export function unitToForm(u: Unit | undefined): UnitForm {
  return {
    code: u?.code ?? '',
    name: u?.name ?? '',
    kind: u?.kind ?? 'dang-bo-co-so',
    resolvesTthc: u?.resolvesTthc ?? false,
    publishesTthc: u?.publishesTthc ?? false,
    isDepartment: u?.isDepartment ?? false,
    from: u?.activeFrom !== undefined ? String(u.activeFrom) : '',
    to: u?.activeTo !== undefined ? String(u.activeTo) : '',
    aliases: (u?.aliases ?? []).join('\n'),
    mergedInto: u?.mergedInto ?? '',
  };
}

/**
 * The unit the form describes, or a message per bad field: code and name required, the code not
 * used by another unit (`others` excludes the unit being edited), years 2000-2100 in order, and a
 * merged unit with its last year (the settings schema's rule, said where the user types).
 */
export function unitFromForm(
  f: UnitForm,
  others: readonly Unit[],
): { unit?: Unit; errors: Partial<Record<UnitFormField, Text>> } {
  const errors: Partial<Record<UnitFormField, Text>> = {};
  const code = normalizeText(f.code);
  const name = normalizeText(f.name);
  if (code === '') errors.code = textOf((c) => c.unitDialog.codeRequired);
  else if (others.some((u) => u.code.toLowerCase() === code.toLowerCase()))
    errors.code = textOf((c) => c.unitDialog.codeTaken(code));
  if (name === '') errors.name = textOf((c) => c.unitDialog.nameRequired);
  const year = (text: string, field: 'from' | 'to'): number | undefined => {
    const s = text.trim();
    if (s === '') return undefined;
    const n = Number(s);
    if (!Number.isInteger(n) || n < 2000 || n > 2100) {
      errors[field] = textOf((c) => c.unitDialog.yearInvalid);
      return undefined;
    }
    return n;
  };
  const activeFrom = year(f.from, 'from');
  const activeTo = year(f.to, 'to');
  if (activeFrom !== undefined && activeTo !== undefined && activeTo < activeFrom)
    errors.to = textOf((c) => c.unitDialog.yearOrder);
  const mergedInto = f.mergedInto.trim();
  if (mergedInto !== '' && activeTo === undefined && !errors.to)
    errors.to = textOf((c) => c.unitDialog.mergedNeedsEnd);
  if (Object.keys(errors).length) return { errors };
  return {
    unit: {
      code,
      name,
      kind: f.kind,
      resolvesTthc: f.resolvesTthc,
      publishesTthc: f.publishesTthc,
      isDepartment: f.isDepartment,
      ...(activeFrom !== undefined ? { activeFrom } : {}),
      ...(activeTo !== undefined ? { activeTo } : {}),
      aliases: f.aliases
        .split('\n')
        .map((a) => normalizeText(a))
        .filter((a) => a !== ''),
      ...(mergedInto !== '' ? { mergedInto } : {}),
    },
    errors,
  };
}

/**
 * The unit's name and superior spans, which neither the dialog nor the unit list sheet edits
 * (they come with the settings file): kept when a unit is edited or the list reloaded.
 */
export function keepSpans(edited: Unit, before: Unit | undefined): Unit {
  return {
    ...(before?.names ? { names: before.names } : {}),
    ...(before?.superiors ? { superiors: before.superiors } : {}),
    ...edited,
  };
}
