import { convertLegacyToUnicode, detectLegacyEncoding, looseKey, matchKey } from '../text';
import type { Unit } from './settings-types';
import { isActive } from './units-active';

export type UnitMatch =
  | { kind: 'found'; unit: Unit; via: 'code' | 'name' | 'alias' | 'merged' }
  | { kind: 'unknown'; suggestions: Unit[] };

/**
 * Which unit a report belongs to. The code stamped in the template wins; otherwise the name,
 * compared by `matchKey` (case, spacing, NFC/NFD, ƣ and the old/new tone placement ignored) with
 * or without the leading "Đảng bộ" / "Chi bộ" / "Đảng ủy", against names and then aliases (former
 * names). Text typed in a legacy font (TCVN3/VNI) is converted first. A unit merged into another
 * resolves to that unit for years after its `activeTo` (via 'merged'), following chains of merges.
 * Unknown names get up to 3 suggestions among the units active that year, the closest by
 * bigram (Dice) similarity of `looseKey` and `matchKey`.
 */
export function resolveUnit(
  name: string,
  code: string | undefined,
  year: number,
  units: readonly Unit[],
): UnitMatch {
  const byCode = new Map(units.map((u) => [codeKey(u.code), u]));
  const follow = (unit: Unit, via: 'code' | 'name' | 'alias'): UnitMatch => {
    let target = unit;
    const seen = new Set<string>();
    while (target.mergedInto !== undefined && target.activeTo !== undefined && year > target.activeTo) {
      if (seen.has(target.code)) break; // a cycle in the list: stop where we are
      seen.add(target.code);
      const next = byCode.get(codeKey(target.mergedInto));
      if (next === undefined) break;
      target = next;
    }
    return { kind: 'found', unit: target, via: target === unit ? via : 'merged' };
  };

  const coded = code !== undefined && code.trim() !== '' ? byCode.get(codeKey(code)) : undefined;
  if (coded) return follow(coded, 'code');

  const legacy = detectLegacyEncoding(name);
  const spelled = legacy ? convertLegacyToUnicode(name, legacy) : name;
  const key = nameKey(spelled);
  if (key !== '') {
    // Several units may share a name over the years (a name reused after a rename): prefer the
    // one active in the report's year.
    const pick = (matches: Unit[]) => matches.find((u) => isActive(u, year)) ?? matches[0];
    const byName = pick(units.filter((u) => nameKey(u.name) === key));
    if (byName) return follow(byName, 'name');
    const byAlias = pick(units.filter((u) => u.aliases.some((a) => nameKey(a) === key)));
    if (byAlias) return follow(byAlias, 'alias');
  }
  return { kind: 'unknown', suggestions: suggest(spelled, year, units) };
}

const codeKey = (code: string): string => matchKey(code).replace(/ /g, '');

/** Prefixes a unit name may carry or drop: the kind of party organization. */
const PREFIXES = ['đảng bộ cơ sở', 'chi bộ cơ sở', 'đảng bộ', 'chi bộ', 'đảng ủy'].map(matchKey);

/** matchKey without the leading party-organization word. */
function nameKey(name: string): string {
  const key = matchKey(name);
  for (const p of PREFIXES) {
    if (key.startsWith(`${p} `)) return key.slice(p.length + 1);
  }
  return key;
}

/** looseKey without the leading party-organization word. */
function looseName(name: string): string {
  const key = looseKey(name);
  for (const p of PREFIXES.map(looseKey)) {
    if (key.startsWith(`${p} `)) return key.slice(p.length + 1);
  }
  return key;
}

/**
 * How close two names are, 0-1: the mean of the bigram similarity without diacritics (typing
 * without marks still finds the unit) and with them (so "Báo" prefers "Báo Nghệ An" to "Bảo tàng").
 */
function nameSimilarity(a: string, b: string): number {
  return (
    (similarity(looseName(a), looseName(b)) +
      similarity(nameKey(a).normalize('NFC'), nameKey(b).normalize('NFC'))) /
    2
  );
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const t = ` ${s} `;
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient of character bigrams (with multiplicity): 1 = same, 0 = nothing shared. */
export function similarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of x) {
    shared += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Below this, a name is too far off to be worth suggesting (names of unrelated bodies score ~0.45). */
const MIN_SIMILARITY = 0.5;

function suggest(name: string, year: number, units: readonly Unit[]): Unit[] {
  if (looseName(name) === '') return [];
  return units
    .filter((u) => isActive(u, year))
    .map((unit, index) => ({
      unit,
      index,
      score: Math.max(...[unit.name, ...unit.aliases].map((n) => nameSimilarity(name, n))),
    }))
    .filter((s) => s.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, 3)
    .map((s) => s.unit);
}
