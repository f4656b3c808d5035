import type { SheetSpec } from '../sheet/sheet-spec';
import { toRawSheet } from '../template/report-template';
import { COL, FIELD, denKey, keyedAddress, locateKeys, numKey } from '../template/template-keys';
import type { DefectPlace, InjectedDefect, SampleReport } from './sample-batch';

/** An injected fault with the sheet and cell a person (or a test) finds it at. */
export interface LocatedDefect extends InjectedDefect {
  sheet: string;
  /** A1 address; absent for faults of the file as a whole. */
  cell?: string;
}

/**
 * Where each fault of a sample report sits in the sheet built for it, found through the
 * template's keys (as every reader finds cells), never by assumed positions.
 */
export function locateSampleCells(spec: SheetSpec, report: SampleReport): LocatedDefect[] {
  const keys = locateKeys(toRawSheet(spec.cells, spec.name));
  return report.defects.map((d) => {
    const cell = keys ? addressOf(keys, d.place) : undefined;
    return { ...d, sheet: spec.name, ...(cell !== undefined ? { cell } : {}) };
  });
}

function addressOf(keys: NonNullable<ReturnType<typeof locateKeys>>, place: DefectPlace): string | undefined {
  if ('file' in place) return undefined;
  if ('field' in place) {
    const key = { unitName: FIELD.unitName, preparer: FIELD.preparer, reportDate: FIELD.reportDate }[
      place.field
    ];
    return keyedAddress(keys, key, COL.field);
  }
  const { itemId, part } = place;
  // A ratio's two counts have rows of their own; everything else is on the item's row.
  if (keys.rows.has(numKey(itemId)) && (part === 'value' || part === 'num'))
    return keyedAddress(keys, numKey(itemId), COL.value);
  if (part === 'den') return keyedAddress(keys, denKey(itemId), COL.value);
  const column = part === 'date' ? COL.date : part === 'note' ? COL.note : COL.value;
  return keyedAddress(keys, itemId, column);
}
