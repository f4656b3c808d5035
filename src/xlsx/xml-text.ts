/**
 * Text inside the XML parts the writer builds. Values and attributes are always written in double
 * quotes, so `& < > "` are escaped. Characters XML 1.0 cannot hold at all (C0 controls other than
 * tab, line feed and carriage return; DEL; U+FFFE and U+FFFF) are dropped, as exceljs did before
 * this writer: a unit's text never makes the file invalid, and the reader before the writer saw the
 * same text (the writer parity test). They are not written as Excel's `_xHHHH_` escape: a
 * control character in a unit's text is noise (a paste from another program), not content.
 */

// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex
const ANY_SPECIAL = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** `s` as XML text or attribute content. */
export function escapeXml(s: string): string {
  // Most texts need nothing: one test instead of a replace pass keeps 350,000 cells cheap.
  return ANY_SPECIAL.test(s) ? s.replace(SPECIAL, (c) => ENTITIES[c] ?? '') : s;
}

/** The XML declaration every part starts with. */
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
