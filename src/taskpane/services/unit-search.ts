import type { Unit } from '../../core/settings/settings-types';
import { looseKey, sortVi } from '../../core/text';

/**
 * Units whose name, code or former names contain every word typed, compared without diacritics
 * ("so noi vu" finds "Sở Nội vụ"), in Vietnamese order. An empty query gives every unit.
 */
export function searchUnits(units: readonly Unit[], query: string): Unit[] {
  const words = looseKey(query)
    .split(' ')
    .filter((w) => w !== '');
  const found = words.length
    ? units.filter((u) => {
        const hay = looseKey([u.name, u.code, ...u.aliases].join(' '));
        return words.every((w) => hay.includes(w));
      })
    : [...units];
  return sortVi(found, (u) => u.name);
}
