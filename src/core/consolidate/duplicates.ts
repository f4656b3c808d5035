import { compareVi } from '../text';
import type { IsoDate } from '../types';

/** What the duplicate rule looks at in a report. */
export interface DuplicateCandidate {
  index: number;
  file: string;
  sheet?: string;
  reportDate?: IsoDate;
  modified?: IsoDate;
  /** What the typed unit name designates (typedNameIdentity); '' or absent when it says nothing. */
  nameIdentity?: string;
}

/** Which rule decided between the kept report and a duplicate. */
export type KeepRule = 'report-date' | 'modified' | 'file-name';

/** A later date wins; a known date wins over none. Negative when `a` is preferred. */
function laterFirst(a: IsoDate | undefined, b: IsoDate | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a > b ? -1 : 1;
}

/**
 * File name order: the name that sorts LAST wins, because the copies people make sort after the
 * original ("bao-cao (1).xlsx", "bao-cao v2.xlsx"); then the sheet name, then the later source.
 */
function byName(a: DuplicateCandidate, b: DuplicateCandidate): number {
  return compareVi(b.file, a.file) || compareVi(b.sheet ?? '', a.sheet ?? '') || b.index - a.index;
}

/** The first rule on which `a` and `b` differ. */
export function keepRule(a: DuplicateCandidate, b: DuplicateCandidate): KeepRule {
  if (laterFirst(a.reportDate, b.reportDate) !== 0) return 'report-date';
  if (laterFirst(a.modified, b.modified) !== 0) return 'modified';
  return 'file-name';
}

/**
 * Reports of the same unit and year: the one kept is the one with the latest report date, then
 * the latest file modification, then the last in file name order. Returns the group best first.
 */
export function rankDuplicates<T extends DuplicateCandidate>(group: readonly T[]): T[] {
  return [...group].sort(
    (a, b) => laterFirst(a.reportDate, b.reportDate) || laterFirst(a.modified, b.modified) || byName(a, b),
  );
}

/**
 * Whether reports of one unit and year disagree on whose they are: two typed names designating
 * different units (or different unlisted names). Such a group is not resolved by date, which could
 * drop the unit's real report and keep another unit's; a blank name says nothing and agrees.
 */
export function namesDisagree(group: readonly DuplicateCandidate[]): boolean {
  const said = new Set(group.map((c) => c.nameIdentity ?? '').filter((id) => id !== ''));
  return said.size > 1;
}
