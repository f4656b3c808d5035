import { normalizeText } from './normalize-text';

/**
 * Vietnamese collation without Intl (the core has no locale): the order of a Vietnamese
 * dictionary. Names are compared word by word (syllable by syllable): first the letters, in the
 * alphabet a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f j w z fall in their Latin
 * places), then the tone, ngang < huyền < sắc < hỏi < ngã < nặng; so "Ma Văn" < "Mà Anh".
 * Case, punctuation and spacing only break ties. Runs of digits compare as numbers and before
 * words ("Chi bộ 2" < "Chi bộ 10").
 */

const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const LETTER_WEIGHT = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));
/** Letters outside the alphabet sort after z, by code point. */
const OTHER_LETTER_BASE = ALPHABET.length;

/** Tone order of Vietnamese dictionaries; 0 is ngang (no mark). */
const TONE_WEIGHT: Record<string, number> = {
  '\u0300': 1, // huyền
  '\u0301': 2, // sắc
  '\u0309': 3, // hỏi
  '\u0303': 4, // ngã
  '\u0323': 5, // nặng
};
/** Vowel-quality marks: part of the letter (â, ă, ơ...), not of the tone. */
const QUALITY_MARKS = new Set(['\u0302', '\u0306', '\u031b']);

interface Token {
  /** Digits: the number without leading zeros; words: letter weights. */
  digits?: string;
  letters: number[];
  tones: number[];
}

interface SortKey {
  tokens: Token[];
  /** 1 for each upper-case letter, in order: the tertiary level. */
  cases: string;
  nfc: string;
}

function sortKey(s: string): SortKey {
  const nfc = normalizeText(s);
  const chars = [...nfc.normalize('NFD')];
  const tokens: Token[] = [];
  let cases = '';
  let i = 0;
  while (i < chars.length) {
    const c = chars[i] ?? '';
    if (/\p{Nd}/u.test(c)) {
      let digits = '';
      while (i < chars.length && /\p{Nd}/u.test(chars[i] ?? '')) digits += chars[i++];
      tokens.push({ digits: digits.replace(/^0+(?=\d)/, ''), letters: [], tones: [] });
    } else if (/\p{L}/u.test(c)) {
      const token: Token = { letters: [], tones: [] };
      while (i < chars.length && /[\p{L}\p{M}]/u.test(chars[i] ?? '')) {
        const ch = chars[i++] ?? '';
        if (/\p{M}/u.test(ch)) {
          const tone = TONE_WEIGHT[ch];
          if (tone !== undefined) token.tones.push(tone);
          else if (QUALITY_MARKS.has(ch) && token.letters.length > 0) {
            // Recompose the base with its quality mark: a + ̂ -> â.
            const last = token.letters.length - 1;
            const base = ALPHABET[token.letters[last] ?? -1] ?? '';
            const withMark = LETTER_WEIGHT.get((base + ch).normalize('NFC'));
            if (withMark !== undefined) token.letters[last] = withMark;
          }
          continue;
        }
        const lower = ch.toLowerCase();
        cases += lower === ch ? '0' : '1';
        token.letters.push(LETTER_WEIGHT.get(lower) ?? OTHER_LETTER_BASE + (lower.codePointAt(0) ?? 0));
      }
      tokens.push(token);
    } else {
      i++; // spaces and punctuation only separate words
    }
  }
  return { tokens, cases, nfc };
}

function compareArrays(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function compareTokens(a: Token, b: Token): number {
  if (a.digits !== undefined || b.digits !== undefined) {
    if (a.digits === undefined) return 1; // numbers before words
    if (b.digits === undefined) return -1;
    if (a.digits.length !== b.digits.length) return a.digits.length - b.digits.length;
    return a.digits < b.digits ? -1 : a.digits > b.digits ? 1 : 0;
  }
  return compareArrays(a.letters, b.letters) || compareArrays(a.tones, b.tones);
}

function compareKeys(a: SortKey, b: SortKey): number {
  const n = Math.min(a.tokens.length, b.tokens.length);
  for (let i = 0; i < n; i++) {
    const d = compareTokens(a.tokens[i] as Token, b.tokens[i] as Token);
    if (d !== 0) return d;
  }
  if (a.tokens.length !== b.tokens.length) return a.tokens.length - b.tokens.length;
  if (a.cases !== b.cases) return a.cases < b.cases ? -1 : 1; // lower case first
  return a.nfc < b.nfc ? -1 : a.nfc > b.nfc ? 1 : 0;
}

/** Negative, zero or positive, like a comparator for Array.prototype.sort. */
export function compareVi(a: string, b: string): number {
  const d = compareKeys(sortKey(a), sortKey(b));
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** A sorted copy (stable); `key` picks the text of each element (default: the element). */
export function sortVi<T>(list: readonly T[], key?: (item: T) => string): T[] {
  const keyed = list.map((item, index) => ({
    item,
    index,
    key: sortKey(key ? key(item) : String(item)),
  }));
  keyed.sort((x, y) => compareKeys(x.key, y.key) || x.index - y.index);
  return keyed.map((k) => k.item);
}
