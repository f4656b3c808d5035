import { recordIsIntact, type VerificationRecord } from './fingerprint';

/** A file found now, by the same selection rules as the consolidation's, with its bytes' SHA-256. */
export interface PresentFile {
  name: string;
  sha256: string;
}

/**
 * What became of a batch since it was consolidated. Files are matched by name (without folder):
 * the same name and bytes is `same`; the same name with other bytes is `changed`; a recorded name
 * not found is `missing`, a name found but not recorded is `added`. Inputs that cannot be compared
 * with a file (sheets of the workbook open in Excel, files the front door could not hash) are
 * `unchecked`. `intact` is false when the record no longer matches its own fingerprint (edited).
 */
export interface BatchComparison {
  fingerprint: string;
  intact: boolean;
  /** Intact, and no file changed, missing or added. */
  unchanged: boolean;
  same: string[];
  changed: string[];
  missing: string[];
  added: string[];
  unchecked: string[];
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function groupByName<T extends { name: string }>(xs: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) out.set(x.name, [...(out.get(x.name) ?? []), x]);
  return out;
}

export function compareBatch(record: VerificationRecord, present: readonly PresentFile[]): BatchComparison {
  const checkable = record.files.filter((f) => f.kind === 'file' && f.sha256 !== null);
  const unchecked = record.files.filter((f) => !checkable.includes(f)).map((f) => f.name);
  const recorded = groupByName(checkable);
  const found = groupByName(present);
  const same: string[] = [];
  const changed: string[] = [];
  const missing: string[] = [];
  const added: string[] = [];
  for (const name of new Set([...recorded.keys(), ...found.keys()])) {
    // Two inputs of one name (from two folders): matched by bytes first, then paired.
    const left = (recorded.get(name) ?? []).map((f) => f.sha256 as string);
    const right = (found.get(name) ?? []).map((f) => f.sha256);
    for (const h of [...left]) {
      const j = right.indexOf(h);
      if (j === -1) continue;
      right.splice(j, 1);
      left.splice(left.indexOf(h), 1);
      same.push(name);
    }
    const paired = Math.min(left.length, right.length);
    for (let i = 0; i < paired; i++) changed.push(name);
    for (let i = paired; i < left.length; i++) missing.push(name);
    for (let i = paired; i < right.length; i++) added.push(name);
  }
  const intact = recordIsIntact(record);
  return {
    fingerprint: record.fingerprint,
    intact,
    unchanged: intact && changed.length + missing.length + added.length === 0,
    same: same.sort(byCodePoint),
    changed: changed.sort(byCodePoint),
    missing: missing.sort(byCodePoint),
    added: added.sort(byCodePoint),
    unchecked: unchecked.sort(byCodePoint),
  };
}
