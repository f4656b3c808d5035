/**
 * A forward-only scanner over the text of one XML part, tag by tag, for the file reader
 * (scan-workbook.ts). It builds no tree and keeps nothing: the caller looks at each tag's local
 * name and the attributes it needs, and reads an element's text when it wants it. Every tag is
 * one unit of work charged to the reader's budget, so a hostile part stops in bounded time even
 * though the scan is synchronous. Malformed constructs the scan cannot step over (a tag or comment
 * that never ends, a DTD) throw XmlDamage; the caller turns it into FILE.DAMAGED naming the part.
 */

/** What the scan cannot step over, with a short English reason for the technical detail. */
export class XmlDamage extends Error {}

/** Counts work; throws (the caller's own error) when the budget is spent. */
export interface Work {
  spend(units: number): void;
}

const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

export class XmlScanner {
  /** Local name of the current tag (prefix dropped): 'c', 'row', 'sheet'. */
  name = '';
  closing = false;
  selfClosing = false;
  /** Where the current tag's attributes start, and just after its '>'. */
  private attrFrom = 0;
  private tagEnd = 0;
  private pos = 0;
  /** The open elements, innermost last: every end tag must close the innermost one. */
  private readonly open: string[] = [];

  /**
   * @param maxText the longest text `text()` may return: a longer one throws `tooLong(chars)`
   *   before the string is built.
   */
  constructor(
    readonly xml: string,
    private readonly work: Work,
    private readonly maxText = Infinity,
    private readonly tooLong: (chars: number) => unknown = () => new XmlDamage('text too long'),
  ) {}

  /** Moves to the next start or end tag; false at the end of the part. */
  next(): boolean {
    const x = this.xml;
    for (;;) {
      const lt = x.indexOf('<', this.pos);
      if (lt < 0 || lt + 1 >= x.length) {
        const unclosed = this.open.pop();
        if (unclosed !== undefined) throw new XmlDamage(`element <${unclosed.slice(0, 40)}> is never closed`);
        return false;
      }
      const c1 = x.charCodeAt(lt + 1);
      if (c1 === BANG || c1 === QUESTION) {
        this.pos = this.skipSpecial(lt);
        continue;
      }
      this.work.spend(1);
      const closing = c1 === SLASH;
      const nameStart = closing ? lt + 2 : lt + 1;
      let nameEnd = nameStart;
      let local = nameStart;
      for (; nameEnd < x.length; nameEnd++) {
        const c = x.charCodeAt(nameEnd);
        if (isSpace(c) || c === GT || c === SLASH) break;
        if (c === COLON) local = nameEnd + 1;
      }
      let gt = nameEnd;
      for (let quote = 0; gt < x.length; gt++) {
        const c = x.charCodeAt(gt);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === QUOTE || c === APOS) quote = c;
        else if (c === GT) break;
      }
      if (gt >= x.length) throw new XmlDamage('a tag never ends');
      this.work.spend((gt - lt) >> 6); // long tags cost in proportion
      const qualified = x.slice(nameStart, nameEnd);
      this.name = local === nameStart ? qualified : x.slice(local, nameEnd);
      this.closing = closing;
      this.selfClosing = !closing && x.charCodeAt(gt - 1) === SLASH;
      if (closing) {
        const innermost = this.open.pop();
        if (innermost !== qualified)
          throw new XmlDamage(
            `<${(innermost ?? '').slice(0, 40)}> is closed by </${qualified.slice(0, 40)}>`,
          );
      } else if (!this.selfClosing) this.open.push(qualified);
      this.attrFrom = nameEnd;
      this.tagEnd = gt + 1;
      this.pos = gt + 1;
      return true;
    }
  }

  /** Past a comment, CDATA section or processing instruction; a DTD is refused. */
  private skipSpecial(lt: number): number {
    const x = this.xml;
    const ending = (close: string, from: number): number => {
      const at = x.indexOf(close, from);
      if (at < 0) throw new XmlDamage('a comment or CDATA section never ends');
      this.work.spend(((at - lt) >> 6) + 1);
      return at + close.length;
    };
    if (x.startsWith('<!--', lt)) return ending('-->', lt + 4);
    if (x.startsWith('<![CDATA[', lt)) return ending(']]>', lt + 9);
    if (x.charCodeAt(lt + 1) === QUESTION) return ending('?>', lt + 2);
    // Excel never writes a DTD; refusing one rules out entity-expansion tricks.
    throw new XmlDamage('XML part declares a DTD');
  }

  /**
   * The value of attribute `name` (qualified as written: 'r:id') of the current tag, decoded.
   * With `suffix`, the first attribute whose name ends with `name` (':id' under any prefix).
   */
  attr(name: string, suffix = false): string | undefined {
    const x = this.xml;
    const end = this.tagEnd - 1;
    let p = this.attrFrom;
    while (p < end) {
      while (p < end && isSpace(x.charCodeAt(p))) p++;
      const start = p;
      while (p < end && x.charCodeAt(p) !== 0x3d && !isSpace(x.charCodeAt(p))) p++;
      // Compared in place: no string is made for the names of attributes passed over.
      const matches = suffix
        ? p - start >= name.length && x.startsWith(name, p - name.length)
        : p - start === name.length && x.startsWith(name, start);
      while (p < end && isSpace(x.charCodeAt(p))) p++;
      if (x.charCodeAt(p) !== 0x3d) return undefined; // '/' of a self-closing tag, or junk
      p++;
      while (p < end && isSpace(x.charCodeAt(p))) p++;
      const quote = x.charCodeAt(p);
      if (quote !== QUOTE && quote !== APOS) return undefined;
      const close = x.indexOf(quote === QUOTE ? '"' : "'", p + 1);
      if (close < 0 || close > end) return undefined;
      if (matches) return decodeXml(x.slice(p + 1, close));
      p = close + 1;
    }
    return undefined;
  }

  /**
   * The text of the current element up to its next tag (CDATA sections included), decoded, and
   * the scan moved there. Empty for a self-closing tag.
   */
  text(): string {
    if (this.selfClosing || this.closing) return '';
    const x = this.xml;
    let out = '';
    let p = this.tagEnd;
    for (;;) {
      const lt = x.indexOf('<', p);
      const length = out.length + (lt < 0 ? x.length : lt) - p;
      if (length > this.maxText) throw this.tooLong(length);
      const raw = lineEnds(x.slice(p, lt < 0 ? x.length : lt));
      if (raw) out += raw.indexOf('&') >= 0 ? decodeXml(raw) : raw;
      if (lt >= 0 && x.startsWith('<![CDATA[', lt)) {
        const end = x.indexOf(']]>', lt + 9);
        if (end < 0) throw new XmlDamage('a CDATA section never ends');
        out += lineEnds(x.slice(lt + 9, end));
        p = end + 3;
        continue;
      }
      if (lt >= 0 && x.startsWith('<!--', lt)) {
        const end = x.indexOf('-->', lt + 4);
        if (end < 0) throw new XmlDamage('a comment never ends');
        p = end + 3;
        continue;
      }
      this.work.spend((out.length >> 6) + 1);
      this.pos = lt < 0 ? x.length : lt;
      return out;
    }
  }

  /** Moves past the end of the current element (its children unread). */
  skipElement(): void {
    if (this.selfClosing || this.closing) return;
    const name = this.name;
    let depth = 1;
    while (depth > 0 && this.next()) {
      if (this.name !== name || this.selfClosing) continue;
      depth += this.closing ? -1 : 1;
    }
  }
}

/** XML reads every CR LF and lone CR as LF (a CR a person typed is written as _x000D_ or &#13;). */
const lineEnds = (s: string): string => (s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n'));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five entities and character references; anything else is left as written. */
export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e] ?? m;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

const LT_BYTE = LT;
const DOCTYPE = [...'<!DOCTYPE'].map((c) => c.charCodeAt(0));

/**
 * Whether XML bytes declare a DTD anywhere (not only in their first kilobytes): searched by the
 * rare '!' byte, so the cost is one native scan of the part.
 */
export function hasDoctype(data: Uint8Array): boolean {
  for (let i = data.indexOf(BANG); i >= 0; i = data.indexOf(BANG, i + 1)) {
    if (data[i - 1] !== LT_BYTE) continue;
    if (DOCTYPE.every((b, k) => data[i - 1 + k] === b)) return true;
  }
  return false;
}
