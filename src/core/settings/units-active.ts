import type { Unit } from './settings-types';

/** Whether a unit reports in `year`: activeFrom <= year <= activeTo, open ends when absent. */
export function isActive(unit: Unit, year: number): boolean {
  return (
    (unit.activeFrom === undefined || unit.activeFrom <= year) &&
    (unit.activeTo === undefined || year <= unit.activeTo)
  );
}

/** The units that report in `year`, in the list's order. */
export function activeUnits(units: readonly Unit[], year: number): Unit[] {
  return units.filter((u) => isActive(u, year));
}
