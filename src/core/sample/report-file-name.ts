/**
 * File names a person can tell apart in a folder or an e-mail: "BC-2025-DV002-So-Noi-vu.xlsx".
 * ASCII only (old mail systems and zip tools mangle Vietnamese names), no spaces, and the unit's
 * party-organization prefix ("Đảng bộ", "Chi bộ") left out because every unit has one.
 */

const PREFIXES = ['đảng bộ cơ sở', 'chi bộ cơ sở', 'đảng bộ', 'chi bộ', 'đảng ủy', 'đảng uỷ'];

/** Longest slug kept, cut at a word boundary: paths on Windows are limited to 260 characters. */
const MAX_SLUG = 60;

/** "Sở Nội vụ" -> "So-Noi-vu": diacritics stripped, đ -> d, words joined by '-'. */
export function asciiSlug(name: string, maxLength = MAX_SLUG): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  let out = '';
  for (const w of words) {
    const next = out === '' ? w : `${out}-${w}`;
    if (next.length > maxLength) break;
    out = next;
  }
  return out === '' ? (words[0]?.slice(0, maxLength) ?? '') : out;
}

/** The unit's name without "Đảng bộ" / "Chi bộ" in front. */
export function shortUnitName(name: string): string {
  const trimmed = name.normalize('NFC').trim();
  const lower = trimmed.toLowerCase();
  for (const p of PREFIXES) {
    if (lower.startsWith(`${p} `)) return trimmed.slice(p.length + 1).trim();
  }
  return trimmed;
}

/** "BC-2025-DV002-So-Noi-vu.xlsx"; `suffix` tells a second file of the same unit apart ("lan-2"). */
export function reportFileName(year: number, unitCode: string, unitName: string, suffix?: string): string {
  const parts = ['BC', String(year), asciiSlug(unitCode), asciiSlug(shortUnitName(unitName))];
  if (suffix) parts.push(asciiSlug(suffix));
  return `${parts.filter((p) => p !== '').join('-')}.xlsx`;
}
