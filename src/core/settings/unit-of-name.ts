import type { UnitReport } from '../report/report-types';
import { matchKey } from '../text';
import { resolveUnit } from './resolve-unit';
import type { Unit } from './settings-types';

/**
 * Whose report is it: the hidden stamp names one unit (its code) and the unit types its name in
 * the header. resolveUnit lets the code win; these functions look at the typed name on its own,
 * so a unit that filled in another unit's file is never silently counted as that unit.
 */

/** The listed unit the typed name designates on its own (the stamp's code left out). */
export function unitOfTypedName(name: string, year: number, units: readonly Unit[]): Unit | undefined {
  if (name.trim() === '') return undefined;
  const match = resolveUnit(name, undefined, year, units);
  return match.kind === 'found' ? match.unit : undefined;
}

/** The two units of a report whose typed name designates another listed unit than its stamp. */
export interface UnitConflict {
  stamped: Unit;
  named: Unit;
}

/**
 * The stamp's unit and the typed name's unit when both are listed units and they differ (after
 * following merges, so a merged unit's report under its own name is no conflict); else undefined.
 * A name that is blank or matches no listed unit proves nothing: the stamp decides, as before.
 */
export function unitConflict(
  report: UnitReport,
  units: readonly Unit[],
  named = unitOfTypedName(report.unitName, report.stamp.year, units),
): UnitConflict | undefined {
  const code = report.stamp.unitCode;
  if (named === undefined || code.trim() === '') return undefined;
  const byCode = resolveUnit('', code, report.stamp.year, units);
  if (byCode.kind !== 'found') return undefined;
  if (named === undefined || named.code === byCode.unit.code) return undefined;
  return { stamped: byCode.unit, named };
}

/**
 * What the typed name says, to compare the reports of one unit and year: the listed unit it
 * designates (`named`, from unitOfTypedName: 'unit:DV001'), else the name itself as resolveUnit
 * compares names ('name:…'); '' for a blank name, which says nothing.
 */
export function typedNameIdentity(name: string, named: Unit | undefined): string {
  if (name.trim() === '') return '';
  return named !== undefined ? `unit:${named.code}` : `name:${matchKey(name)}`;
}
