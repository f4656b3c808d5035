/**
 * Text normalization for everything that comes out of a cell or a file.
 * - `normalizeText` / `displayText`: what we store and show (the user's spelling, cleaned).
 * - `matchKey`: equal for names that differ only in case, spacing, punctuation ('&' reads as
 *   'và'), Unicode composition or the old/new placement of the tone mark ("Uỷ"/"Ủy", "hoá"/"hóa").
 * - `looseKey`: drops every diacritic and đ -> d; only for suggesting the closest name, never for
 *   deciding two names are the same ("Đồng" and "Dòng" share it).
 */

export interface NormalizeOptions {
  /** Keep line breaks (notes); spaces are still collapsed within each line. Default false. */
  keepNewlines?: boolean;
}

// ƣ/Ƣ (U+01A3/U+01A2, "oi") is what PDF extraction of Vietnamese fonts often yields for ư/Ư.
const OI_TO_U_HORN: Record<string, string> = { '\u01A3': '\u01B0', '\u01A2': '\u01AF' };

// C0/C1 controls except tab and line breaks (handled separately), zero-width characters and BOM.
// The soft hyphen U+00AD is kept on purpose: it is the letter ư in TCVN3 text, and legacy
// detection runs on normalized text too.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g;
// Every kind of horizontal space (tab, no-break, thin, ideographic...) becomes one plain space.
const SPACE_RE = /[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** NFC, ƣ -> ư, controls removed, spaces collapsed, trimmed. */
export function normalizeText(s: string, options: NormalizeOptions = {}): string {
  const text = s
    .replace(/[\u01A2\u01A3]/g, (c) => OI_TO_U_HORN[c] ?? c)
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROL_RE, '');
  if (!options.keepNewlines) return text.replace(/\n/g, ' ').replace(SPACE_RE, ' ').trim();
  return text
    .split('\n')
    .map((line) => line.replace(SPACE_RE, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** The text to show: the user's own spelling, only cleaned (same as `normalizeText`). */
export function displayText(s: string): string {
  return normalizeText(s);
}

/** The five tone marks; the vowel-quality marks (circumflex, breve, horn) are kept in place. */
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;
// Anything that is not a letter, a digit or a combining mark separates words in a key.
const SEPARATOR_RE = /[^\p{L}\p{N}\p{M}]+/gu;

function words(s: string): string[] {
  return normalizeText(s)
    .replace(/\u00AD/g, '')
    .replace(/&/g, ' và ') // some units write "Sở Tài nguyên & Môi trường"
    .normalize('NFD')
    .toLowerCase()
    .split(SEPARATOR_RE)
    .filter((w) => w !== '');
}

/**
 * A key for deciding that two names are the same unit: case, spacing, punctuation (. - , ...)
 * and NFC/NFD are ignored, and each syllable's tone mark is moved to the end of the syllable, so
 * "Tỉnh uỷ" and "tỉnh ủy", "Hoà" and "Hòa" give one key. đ stays distinct from d.
 */
export function matchKey(s: string): string {
  return words(s)
    .map((w) => {
      const tones = w.match(TONE_RE);
      return tones ? w.replace(TONE_RE, '') + tones.join('') : w;
    })
    .join(' ');
}

/** A looser key without any diacritic (đ -> d), for ranking suggestions of the closest name. */
export function looseKey(s: string): string {
  return words(s)
    .map((w) => w.replace(/\p{M}/gu, '').replace(/\u0111/g, 'd'))
    .join(' ');
}
