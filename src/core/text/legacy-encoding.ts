/**
 * Legacy Vietnamese 8-bit encodings in text typed with old fonts. Excel stores such text as the
 * Windows-1252 reading of the font's bytes, so "Sở Nội vụ" typed in .VnTime (TCVN3/ABC) arrives
 * as "Së Néi vô", and typed in VNI-Times arrives as "Sôû Noäi vuï".
 *
 * Both tables are generated from one list of the 12 vowels x 6 tones, so the Unicode side is
 * always NFC and cannot contain a typo; the TCVN3 bytes are those of TCVN 5712:1993 VN3.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Tone marks in the order of the table columns: none, grave, acute, hook above, tilde, dot below. */
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

/** TCVN3 (VN3) bytes of each lowercase vowel: [vowel, none, grave, acute, hook, tilde, dot]. */
const TCVN3_VOWELS: readonly (readonly [string, number, number, number, number, number, number])[] = [
  ['a', 0x61, 0xb5, 0xb8, 0xb6, 0xb7, 0xb9],
  ['ă', 0xa8, 0xbb, 0xbe, 0xbc, 0xbd, 0xc6],
  ['â', 0xa9, 0xc7, 0xca, 0xc8, 0xc9, 0xcb],
  ['e', 0x65, 0xcc, 0xd0, 0xce, 0xcf, 0xd1],
  ['ê', 0xaa, 0xd2, 0xd5, 0xd3, 0xd4, 0xd6],
  ['i', 0x69, 0xd7, 0xdd, 0xd8, 0xdc, 0xde],
  ['o', 0x6f, 0xdf, 0xe3, 0xe1, 0xe2, 0xe4],
  ['ô', 0xab, 0xe5, 0xe8, 0xe6, 0xe7, 0xe9],
  ['ơ', 0xac, 0xea, 0xed, 0xeb, 0xec, 0xee],
  ['u', 0x75, 0xef, 0xf3, 0xf1, 0xf2, 0xf4],
  ['ư', 0xad, 0xf5, 0xf8, 0xf6, 0xf7, 0xf9], // ư is 0xAD, the soft hyphen in Windows-1252
  ['y', 0x79, 0xfa, 0xfd, 0xfb, 0xfc, 0xfe],
];

/** VN3 has these capitals only; capital vowels with a tone use the lowercase glyph (.VnTimeH fonts). */
const TCVN3_OTHERS: readonly (readonly [string, number])[] = [
  ['đ', 0xae],
  ['Ă', 0xa1],
  ['Â', 0xa2],
  ['Ê', 0xa3],
  ['Ô', 0xa4],
  ['Ơ', 0xa5],
  ['Ư', 0xa6],
  ['Đ', 0xa7],
];

/** VN3 0xB0..0xB4: combining grave, hook, tilde, acute, dot below (rarely used). */
const TCVN3_COMBINING: Record<string, string> = {
  '\u00b0': '\u0300',
  '\u00b1': '\u0309',
  '\u00b2': '\u0303',
  '\u00b3': '\u0301',
  '\u00b4': '\u0323',
};

const TCVN3_TO_UNI = new Map<string, string>();
const UNI_TO_TCVN3 = new Map<string, string>();
for (const [vowel, ...codes] of TCVN3_VOWELS) {
  codes.forEach((code, tone) => {
    if (code < 0x80) return; // the plain ASCII vowel
    const uni = (vowel + TONES[tone]).normalize('NFC');
    TCVN3_TO_UNI.set(String.fromCharCode(code), uni);
    UNI_TO_TCVN3.set(uni, String.fromCharCode(code));
  });
}
for (const [uni, code] of TCVN3_OTHERS) {
  TCVN3_TO_UNI.set(String.fromCharCode(code), uni);
  UNI_TO_TCVN3.set(uni, String.fromCharCode(code));
}

/** Every TCVN3 byte pair, Unicode -> TCVN3 (for tests and the sample generator). */
export const TCVN3_TABLE: ReadonlyMap<string, string> = UNI_TO_TCVN3;

/** A letter of any script, or a TCVN3 letter byte (some, like "§" or "¸", are not \p{L}). */
const isLetterish = (c: string | undefined): boolean =>
  c !== undefined && (/\p{L}/u.test(c) || TCVN3_TO_UNI.has(c));
const ASCII_UPPER = /[A-Z\u00a1-\u00a7]/g; // A-Z and the TCVN3 capitals Ă Â Ê Ô Ơ Ư Đ
const ASCII_LOWER = /[a-z]/;

export interface Tcvn3Options {
  /** The text used an all-capitals font (.VnTimeH...): lowercase bytes show as capitals. */
  allCaps?: boolean;
}

/**
 * TCVN3 (ABC) -> Unicode NFC. Capital vowels with a tone do not exist in VN3; a word typed in
 * capitals (at least two capital letters and no ASCII lowercase letter, "TR¦êNG") is therefore
 * upper-cased after conversion ("TRƯỜNG"), while "Së" stays "Sở".
 */
export function convertTcvn3ToUnicode(s: string, options: Tcvn3Options = {}): string {
  const converted = s
    .split(/(\s+)/)
    .map((word) => {
      let out = '';
      for (let i = 0; i < word.length; i++) {
        const c = word.charAt(i);
        const combining = TCVN3_COMBINING[c];
        out += combining !== undefined && isLetterish(word[i - 1]) ? combining : (TCVN3_TO_UNI.get(c) ?? c);
      }
      const capitals = word.match(ASCII_UPPER)?.length ?? 0;
      return capitals >= 2 && !ASCII_LOWER.test(word) ? out.toUpperCase() : out;
    })
    .join('')
    .normalize('NFC');
  return options.allCaps ? converted.toUpperCase() : converted;
}

/**
 * Unicode -> TCVN3 (ABC), for making realistic legacy input in samples and tests. Capital vowels
 * with a tone are written with the lowercase byte, as .VnTime users had to; other characters are
 * kept.
 */
export function convertUnicodeToTcvn3(s: string): string {
  let out = '';
  for (const c of s.normalize('NFC')) {
    out += UNI_TO_TCVN3.get(c) ?? UNI_TO_TCVN3.get(c.toLowerCase()) ?? c;
  }
  return out;
}

// --- VNI (VNI-Windows fonts): a base letter followed by a mark character. -------------------

/** VNI marks after a, e, o, u, y, ơ (ô) and ư (ö), by tone. */
const VNI_TONE_MARKS = ['', 'ø', 'ù', 'û', 'õ', 'ï'];
const VNI_CIRCUMFLEX_MARKS = ['â', 'à', 'á', 'å', 'ã', 'ä'];
const VNI_BREVE_MARKS = ['ê', 'è', 'é', 'ú', 'ü', 'ë'];
const VNI_I = ['i', 'ì', 'í', 'æ', 'ó', 'ò'];

/** VNI spelling of each lowercase vowel by tone (index as in TONES). */
const VNI_VOWELS: Record<string, readonly string[]> = {
  a: VNI_TONE_MARKS.map((m) => 'a' + m),
  ă: VNI_BREVE_MARKS.map((m) => 'a' + m),
  â: VNI_CIRCUMFLEX_MARKS.map((m) => 'a' + m),
  e: VNI_TONE_MARKS.map((m) => 'e' + m),
  ê: VNI_CIRCUMFLEX_MARKS.map((m) => 'e' + m),
  i: VNI_I,
  o: VNI_TONE_MARKS.map((m) => 'o' + m),
  ô: VNI_CIRCUMFLEX_MARKS.map((m) => 'o' + m),
  ơ: VNI_TONE_MARKS.map((m) => 'ô' + m),
  u: VNI_TONE_MARKS.map((m) => 'u' + m),
  ư: VNI_TONE_MARKS.map((m) => 'ö' + m),
  y: ['y', 'yø', 'yù', 'yû', 'yõ', 'î'], // ỵ is the single character î
};

const UNI_TO_VNI = new Map<string, string>();
const VNI_TO_UNI = new Map<string, string>();
function addVni(uni: string, vni: string): void {
  if (uni === vni) return;
  UNI_TO_VNI.set(uni, vni);
  VNI_TO_UNI.set(vni, uni);
  const upperUni = uni.toUpperCase();
  UNI_TO_VNI.set(upperUni, vni.toUpperCase());
  VNI_TO_UNI.set(vni.toUpperCase(), upperUni);
  // The case of a two-character sequence follows its base letter, whatever the mark's case.
  if (vni.length === 2) {
    VNI_TO_UNI.set(vni.charAt(0) + vni.charAt(1).toUpperCase(), uni);
    VNI_TO_UNI.set(vni.charAt(0).toUpperCase() + vni.charAt(1), upperUni);
  }
}
for (const [vowel, spellings] of Object.entries(VNI_VOWELS)) {
  spellings.forEach((vni, tone) => addVni((vowel + TONES[tone]).normalize('NFC'), vni));
}
addVni('đ', 'ñ');

/** VNI -> Unicode NFC: the longest match (base + mark) first. */
export function convertVniToUnicode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    const pair = VNI_TO_UNI.get(s.slice(i, i + 2));
    if (pair !== undefined && i + 1 < s.length) {
      out += pair;
      i += 2;
      continue;
    }
    const c = s.charAt(i);
    out += VNI_TO_UNI.get(c) ?? c;
    i += 1;
  }
  return out.normalize('NFC');
}

/** Unicode -> VNI, for samples and tests. */
export function convertUnicodeToVni(s: string): string {
  let out = '';
  for (const c of s.normalize('NFC')) out += UNI_TO_VNI.get(c) ?? c;
  return out;
}

// --- Detection --------------------------------------------------------------------------------

/** Vietnamese letters outside Latin-1: genuine Unicode text almost always has some. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0-\u01b0\u1ea0-\u1ef9]/;
/** Latin-1 letters that are also genuine Vietnamese letters (à á â ã è é ê ì í ò ó ô õ ù ú ý). */
const VIET_LATIN1 = new Set('ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý');

const VNI_CHARS = new Set([...VNI_TO_UNI.keys()].flatMap((k) => [...k]).filter((c) => c > '\u007f'));
/** TCVN3 bytes that VNI never uses and that are not Vietnamese letters themselves. */
const TCVN3_ONLY = new Set([...TCVN3_TO_UNI.keys()].filter((c) => !VNI_CHARS.has(c) && !VIET_LATIN1.has(c)));
/** Bytes both encodings use that are not Vietnamese letters (ë, ñ, ø, ö...): context decides. */
const SHARED = new Set([...TCVN3_TO_UNI.keys()].filter((c) => VNI_CHARS.has(c) && !VIET_LATIN1.has(c)));

/**
 * Marks VNI puts after each base letter, except the pairs genuine Vietnamese also has ("hoà",
 * "hoá", "hoã" with the old tone placement), so real Unicode text gives no VNI evidence.
 */
const VNI_MARKS_AFTER: Record<string, Set<string>> = (() => {
  const both = (marks: string[]) =>
    new Set(marks.flatMap((m) => [m, m.toUpperCase()]).filter((m) => m !== ''));
  const tone = both(VNI_TONE_MARKS);
  const aMarks = both([...VNI_TONE_MARKS, ...VNI_CIRCUMFLEX_MARKS, ...VNI_BREVE_MARKS]);
  const eMarks = both([...VNI_TONE_MARKS, ...VNI_CIRCUMFLEX_MARKS]);
  const oMarks = both([...VNI_TONE_MARKS, 'â']);
  const table: Record<string, Set<string>> = {};
  for (const base of ['u', 'y', 'ô', 'ö']) table[base] = table[base.toUpperCase()] = tone;
  table.a = table.A = aMarks;
  table.e = table.E = eMarks;
  table.o = table.O = oMarks;
  return table;
})();

const ASCII_VOWEL = /[aeiouyAEIOUY]/;

/**
 * Whether a string was typed in a legacy font: 'tcvn3', 'vni' or null (Unicode, or no evidence).
 * Counts evidence character by character: bytes only TCVN3 uses (¸ µ ¶ ® § ­ ...), VNI marks
 * that follow their base letter in a way Vietnamese spelling never does ("aù", "oä", "uï"), and
 * shared bytes read by context (after a consonant a byte is a TCVN3 vowel, after a vowel a VNI
 * mark). Text containing any Vietnamese letter beyond Latin-1 (ư, ơ, đ, ạ...) is Unicode.
 * Limits: a lone foreign word such as "Müller" counts as TCVN3 evidence.
 */
export function detectLegacyEncoding(s: string): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(s)) return null;
  let tcvn3 = 0;
  let vni = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c <= '\u007f') continue;
    const prev = s[i - 1];
    const next = s[i + 1];
    if (TCVN3_ONLY.has(c)) {
      if (isLetterish(prev) || isLetterish(next)) tcvn3++;
      continue;
    }
    if (prev !== undefined && VNI_MARKS_AFTER[prev]?.has(c)) {
      vni++;
      continue;
    }
    const atWordStart = prev === undefined || !isLetterish(prev);
    if ((c === 'ñ' || c === 'Ñ') && atWordStart && next !== undefined && ASCII_VOWEL.test(next)) {
      vni++; // đ + vowel: "ñaõ", "Ñaûng"
      continue;
    }
    if (
      (c === 'ö' || c === 'Ö') &&
      next !== undefined &&
      (next === 'ô' || next === 'Ô' || VNI_MARKS_AFTER[c]?.has(next))
    ) {
      vni++; // ươ, ư + tone: "tröôøng", "cöù"
      continue;
    }
    if (SHARED.has(c) && (isLetterish(prev) || isLetterish(next))) tcvn3++;
  }
  if (tcvn3 === 0 && vni === 0) return null;
  return tcvn3 >= vni ? 'tcvn3' : 'vni';
}

/** Converts text in the given legacy encoding to Unicode NFC. */
export function convertLegacyToUnicode(s: string, encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? convertTcvn3ToUnicode(s) : convertVniToUnicode(s);
}
