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
  const index = unitIndex(units);
  const follow = (unit: Unit, via: 'code' | 'name' | 'alias'): UnitMatch => {
    let target = unit;
    const seen = new Set<string>();
    while (target.mergedInto !== undefined && target.activeTo !== undefined && year > target.activeTo) {
      if (seen.has(target.code)) break; // a cycle in the list: stop where we are
      seen.add(target.code);
      const next = index.byCode.get(codeKey(target.mergedInto));
      if (next === undefined) break;
      target = next;
    }
    return { kind: 'found', unit: target, via: target === unit ? via : 'merged' };
  };

  const coded = code !== undefined && code.trim() !== '' ? index.byCode.get(codeKey(code)) : undefined;
  if (coded) return follow(coded, 'code');

  const legacy = detectLegacyEncoding(name);
  const spelled = legacy ? convertLegacyToUnicode(name, legacy) : name;
  const key = nameKey(spelled);
  if (key !== '') {
    // Several units may share a name over the years (a name reused after a rename): prefer the
    // one active in the report's year.
    const pick = (matches: readonly Unit[] | undefined) =>
      matches && (matches.find((u) => isActive(u, year)) ?? matches[0]);
    const byName = pick(index.byName.get(key));
    if (byName) return follow(byName, 'name');
    const byAlias = pick(index.byAlias.get(key));
    if (byAlias) return follow(byAlias, 'alias');
  }
  return { kind: 'unknown', suggestions: suggest(spelled, year, index, units) };
}

/** A unit list's look-up tables: its codes, names and aliases as keys, and each name's bigrams. */
interface UnitIndex {
  /** By code key; a code listed twice resolves to its last unit. */
  byCode: Map<string, Unit>;
  /** By name key, the units in list order. */
  byName: Map<string, Unit[]>;
  /** By alias key, the units in list order (each unit once). */
  byAlias: Map<string, Unit[]>;
  /** Each unit with the keys of its name and aliases, for suggestions: made at the first one. */
  named?: { unit: Unit; names: NameKeys[] }[];
}

/**
 * The index of each unit list, built on the first look-up and kept while the list lives. A
 * batch resolves thousands of reports against the same list: rebuilding the keys of every unit
 * for each report made a consolidation grow with reports × units. Unit lists are never changed in
 * place once made (settings are loaded or edited into new arrays), so the list itself is the key.
 */
const indexes = new WeakMap<readonly Unit[], UnitIndex>();

function unitIndex(units: readonly Unit[]): UnitIndex {
  const known = indexes.get(units);
  if (known) return known;
  const index: UnitIndex = {
    byCode: new Map(units.map((u) => [codeKey(u.code), u])),
    byName: new Map(),
    byAlias: new Map(),
  };
  const add = (map: Map<string, Unit[]>, key: string, unit: Unit) => {
    const list = map.get(key);
    if (!list) map.set(key, [unit]);
    else if (list[list.length - 1] !== unit) list.push(unit);
  };
  for (const u of units) {
    add(index.byName, nameKey(u.name), u);
    for (const a of u.aliases) add(index.byAlias, nameKey(a), u);
  }
  indexes.set(units, index);
  return index;
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

/** A name's bigrams without diacritics (typing without marks still finds the unit) and with them. */
interface NameKeys {
  loose: Map<string, number>;
  marked: Map<string, number>;
}

const nameKeys = (name: string): NameKeys => ({
  loose: bigrams(looseName(name)),
  marked: bigrams(nameKey(name).normalize('NFC')),
});

/**
 * How close two names are, 0-1: the mean of the bigram similarity without diacritics and with
 * them (so "Báo" prefers "Báo Nghệ An" to "Bảo tàng").
 */
function nameSimilarity(a: NameKeys, b: NameKeys): number {
  return (dice(a.loose, b.loose) + dice(a.marked, b.marked)) / 2;
}

/** Character bigrams of ` s `, with multiplicity; none for an empty string. */
function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  if (s === '') return out;
  const t = ` ${s} `;
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient of character bigrams (with multiplicity): 1 = same, 0 = nothing shared. */
export function similarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

function dice(x: ReadonlyMap<string, number>, y: ReadonlyMap<string, number>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  let total = 0;
  for (const [g, n] of x) {
    shared += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return (2 * shared) / total;
}

/** Below this, a name is too far off to be worth suggesting (names of unrelated bodies score ~0.45). */
const MIN_SIMILARITY = 0.5;

function suggest(name: string, year: number, index: UnitIndex, units: readonly Unit[]): Unit[] {
  if (looseName(name) === '') return [];
  const keys = nameKeys(name);
  index.named ??= units.map((unit) => ({ unit, names: [unit.name, ...unit.aliases].map(nameKeys) }));
  return index.named
    .filter(({ unit }) => isActive(unit, year))
    .map(({ unit, names }, i) => ({
      unit,
      index: i,
      score: Math.max(...names.map((n) => nameSimilarity(keys, n))),
    }))
    .filter((s) => s.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, 3)
    .map((s) => s.unit);
}
