import type { Plan } from '../plan/plan-types';
import type { OrgNames } from '../settings/settings-types';
import type { SheetBuilder } from './sheet-builder';
import { formatLongDate, matchKey } from '../text';
import type { IsoDate, Lang, Text } from '../types';
import { heightOf, textFit } from './text-fit';

/**
 * The header block of a Party document (guidance 36-HD/VPTW): on the left the superior body
 * (regular) and the issuing body (bold), a "*" under them; on the right "ĐẢNG CỘNG SẢN VIỆT
 * NAM" in bold capitals over a rule, and the place and date in italics. Any sheet that prints
 * as a Party document places it through `placePartyHeader`.
 */

export const PARTY_LINE: Text = { vi: 'ĐẢNG CỘNG SẢN VIỆT NAM', en: 'COMMUNIST PARTY OF VIET NAM' };

export interface PartyHeaderOptions {
  /** First and last column of the left block (the issuing body), 1-based. */
  left: readonly [number, number];
  /** First and last column of the right block (the party line, the date line). */
  right: readonly [number, number];
  /** Width of each column in characters (index 0 = column A), to size wrapped lines. */
  widths: readonly number[];
  /** First row of the block; default 1. */
  row?: number;
  /** Line 1 on the left (regular), e.g. "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH". */
  superior: string;
  /** Line 2 on the left (bold), e.g. "BAN TUYÊN GIÁO". */
  issuer: string;
  /** Under the "*": the document number, e.g. "Số      -BC/BTG" (omit for an annex). */
  docNumber?: string;
  /**
   * The italic line on the right, e.g. "Nghệ An, ngày 20 tháng 01 năm 2026", level with the
   * number (on the "*" line when there is none); a formula when the date is typed in the sheet.
   * Omitted on an annex, whose caption dates it.
   */
  dateLine?: string | { formula: string; result: string | null };
  lang: Lang;
  size?: number;
}

const sumWidths = (widths: readonly number[], from: number, to: number): number => {
  let sum = 0;
  for (let c = from; c <= to; c++) sum += widths[c - 1] ?? 10;
  return sum;
};

/** Places the header; returns the first row below it and the date line's cell. */
export function placePartyHeader(
  b: SheetBuilder,
  o: PartyHeaderOptions,
): { next: number; dateCell?: string } {
  const row = o.row ?? 1;
  const size = o.size ?? 13;
  const [l1, l2] = o.left;
  const [r1, r2] = o.right;
  const leftWidth = sumWidths(o.widths, l1, l2);
  const rightWidth = sumWidths(o.widths, r1, r2);
  const line = (r: number, text: string, width: number, bold = false): void => {
    b.height(r, heightOf(text, width, size, bold));
  };

  b.span(row, l1, l2, { text: o.superior }, { hAlign: 'center', vAlign: 'bottom', size, wrap: true });
  line(row, o.superior, leftWidth);
  b.span(
    row + 1,
    l1,
    l2,
    { text: o.issuer },
    { hAlign: 'center', vAlign: 'top', bold: true, size, wrap: true },
  );
  line(row + 1, o.issuer, leftWidth, true);
  b.span(row + 2, l1, l2, { text: '*' }, { hAlign: 'center', vAlign: 'top', size });
  if (o.docNumber !== undefined) b.span(row + 3, l1, l2, { text: o.docNumber }, { hAlign: 'center', size });

  // The rule under the party line is as wide as the line, not the whole block: the centred run
  // of columns that still holds the text, with a margin: LibreOffice shrinks a fitted sheet more
  // than Excel and clipped the first letter at 1.1.
  const party = PARTY_LINE[o.lang];
  const [p1, p2] = centredRun(o.widths, r1, r2, (party.length / textFit(size, true)) * 1.25);
  b.span(
    row,
    p1,
    p2,
    { text: party },
    { hAlign: 'center', vAlign: 'bottom', bold: true, size, borderBottom: true },
  );
  const next = row + (o.docNumber !== undefined ? 4 : 3);
  if (o.dateLine === undefined) return { next };
  const dateRow = next - 1;
  const dateCell = b.span(
    dateRow,
    r1,
    r2,
    typeof o.dateLine === 'string' ? { text: o.dateLine } : o.dateLine,
    { hAlign: 'center', vAlign: 'top', italic: true, size, wrap: true },
  );
  if (typeof o.dateLine === 'string') line(dateRow, o.dateLine, rightWidth);
  else b.height(dateRow, heightOf('x', rightWidth, size));
  return { next, dateCell };
}

/**
 * The run of columns in [from, to] at least `needed` wide whose centre is nearest the centre of
 * [from, to] (the page's middle when the block spans the page), preferring the narrowest.
 */
function centredRun(widths: readonly number[], from: number, to: number, needed: number): [number, number] {
  const middle = (sumWidths(widths, 1, from - 1) * 2 + sumWidths(widths, from, to)) / 2;
  let run: [number, number] = [from, to];
  let best = Infinity;
  for (let a = from; a <= to; a++)
    for (let z = a; z <= to; z++) {
      const width = sumWidths(widths, a, z);
      if (width < needed) continue;
      const centre = sumWidths(widths, 1, a - 1) + width / 2;
      const score = Math.abs(centre - middle) + 0.5 * (width - needed);
      if (score < best) [best, run] = [score, [a, z]];
    }
  return run;
}

export interface TitleOptions {
  row: number;
  /** First and last column the title is centred across (the page). */
  from: number;
  to: number;
  widths: readonly number[];
  /** The kind of document in capitals on its own line: "BÁO CÁO", "PHỤ LỤC". */
  kind: string;
  /** The subject in bold lower case: "kết quả thực hiện Đề án số 04-ĐA/TU năm 2025" (an annex prints it in capitals). */
  subject: string;
  /** An annex's italic line: "(Kèm theo Báo cáo số ..., ngày ... của ...)". */
  caption?: string;
}

/**
 * The title block of a Party document (guidance 36-HD/VPTW): the kind alone on a line, the
 * subject under it in bold lower case (an annex's in bold capitals: "BIỂU TỔNG HỢP ..."), a
 * short rule under it (a third of the subject's width), then an annex's italic caption
 * "(Kèm theo Báo cáo số ...)". Returns the first row after a blank one under the last line, so
 * that nothing touches the rule or the caption.
 */
export function placeTitle(b: SheetBuilder, o: TitleOptions): number {
  const width = sumWidths(o.widths, o.from, o.to);
  let row = o.row;
  const put = (text: string, size: number, style: { bold?: boolean; italic?: boolean }): void => {
    b.span(row, o.from, o.to, { text }, { hAlign: 'center', vAlign: 'bottom', wrap: true, size, ...style });
    b.height(row, heightOf(text, width, size, style.bold));
    row++;
  };
  put(o.kind, 14, { bold: true });
  put(o.caption === undefined ? o.subject : o.subject.toUpperCase(), 14, { bold: true });
  const ruleWidth = Math.max(8, o.subject.length / textFit(14, true) / 3);
  const [a, z] = centredRun(o.widths, o.from, o.to, ruleWidth);
  b.span(row, a, z, null, { borderBottom: true });
  b.height(row, 6);
  row++;
  if (o.caption !== undefined) put(o.caption, 13, { italic: true });
  return row + 1;
}

/** The subject of the yearly report: "kết quả thực hiện Đề án số 04-ĐA/TU năm 2025". */
export function reportSubject(plan: Plan, year: number, lang: Lang): string {
  const name = (plan.documentName ?? plan.shortTitle)[lang];
  return lang === 'vi'
    ? `kết quả thực hiện ${name} năm ${year}`
    : `on the implementation of ${name} in ${year}`;
}

/** "Nghệ An, ngày 20 tháng 01 năm 2026" / "Nghệ An, 20 January 2026". */
export function placeDateLine(place: string, date: IsoDate, lang: Lang): string {
  return `${place}, ${formatLongDate(date, lang)}`;
}

/**
 * The consolidating office as printed under its superior: "Ban Tuyên giáo Đảng ủy Khối" under
 * "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" prints "BAN TUYÊN GIÁO", since the header already names the
 * Khối above it. The trailing words are dropped only when they begin the superior's name.
 */
export function officeUnder(office: string, superior: string): string {
  return officeShort(office, superior).toUpperCase();
}

/** The office's name without the superior's: "Ban Tuyên giáo" (in "qua Ban Tuyên giáo"). */
export function officeShort(office: string, superior: string): string {
  const words = office.trim().split(/\s+/);
  const sup = matchKey(superior);
  for (let k = 1; k < words.length; k++) {
    const tail = matchKey(words.slice(k).join(' '));
    if (tail !== '' && (sup === tail || sup.startsWith(`${tail} `))) return words.slice(0, k).join(' ');
  }
  return office.trim();
}

/** Initials of an office for document numbers: "Ban Tuyên giáo" -> "BTG"; "và" is not a word of them. */
export function officeInitials(office: string): string {
  return office
    .trim()
    .split(/\s+/)
    .filter((w) => matchKey(w) !== matchKey('và'))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/** The header lines of the consolidating office's documents, from the names of one period. */
export function officeHeader(org: OrgNames): { superior: string; issuer: string; initials: string } {
  const issuer = officeUnder(org.consolidatingOffice, org.issuer);
  return { superior: org.issuer.toUpperCase(), issuer, initials: officeInitials(issuer) };
}

export interface FooterOptions {
  row: number;
  /** Columns of "Nơi nhận:" on the left and of the signature on the right. */
  left: readonly [number, number];
  right: readonly [number, number];
  /** Width of each column in characters (index 0 = column A). */
  widths: readonly number[];
  /** Recipients without the dash and the comma: "Ban Thường vụ Đảng ủy Khối (qua Ban Tuyên giáo)". */
  recipients: readonly string[];
  /** The archive line without the dash: "Lưu Văn phòng Đảng ủy". */
  archive: string;
  /** "T/M ĐẢNG ỦY" (omit when the head signs in their own name). */
  onBehalf?: string;
  /** "BÍ THƯ", "TRƯỞNG BAN". */
  signer: string;
  lang: Lang;
}

/**
 * The end of a Party document (guidance 36-HD/VPTW): on the left "Nơi nhận:" underlined, one
 * recipient a line each ending in ",", the last "Lưu ..." ending in "."; on the right the
 * signature block. Returns the last row used (the signer's name goes below, by hand).
 */
export function placeFooter(b: SheetBuilder, o: FooterOptions): number {
  const lines = [...o.recipients.map((r) => `- ${r},`), `- ${o.archive}.`];
  const leftWidth = sumWidths(o.widths, o.left[0], o.left[1]);
  b.span(
    o.row,
    o.left[0],
    o.left[1],
    { text: FOOTER.recipients[o.lang] },
    { bold: true, italic: true, underline: true, size: 12 },
  );
  lines.forEach((text, i) => {
    b.span(o.row + 1 + i, o.left[0], o.left[1], { text }, { size: 11, wrap: true, vAlign: 'top' });
    b.height(o.row + 1 + i, heightOf(text, leftWidth, 11));
  });
  const sign = [...(o.onBehalf !== undefined ? [o.onBehalf] : []), o.signer];
  sign.forEach((text, i) => {
    b.span(o.row + i, o.right[0], o.right[1], { text }, { bold: true, hAlign: 'center', size: 13 });
    b.height(o.row + i, heightOf(text, 40, 13, true));
  });
  return o.row + Math.max(lines.length + 1, sign.length) - 1;
}

const FOOTER = { recipients: { vi: 'Nơi nhận:', en: 'To:' } };
