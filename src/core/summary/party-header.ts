import type { OrgNames } from '../settings/settings-types';
import type { SheetBuilder } from '../template/sheet-builder';
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
  /** The italic line on the right, e.g. "Nghệ An, ngày 20 tháng 01 năm 2026". */
  dateLine: string;
  lang: Lang;
  size?: number;
}

const sumWidths = (widths: readonly number[], from: number, to: number): number => {
  let sum = 0;
  for (let c = from; c <= to; c++) sum += widths[c - 1] ?? 10;
  return sum;
};

/** Places the header; returns the first row below it. */
export function placePartyHeader(b: SheetBuilder, o: PartyHeaderOptions): number {
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
  // of columns that still holds the text.
  const party = PARTY_LINE[o.lang];
  const needed = (party.length / textFit(size, true)) * 1.1;
  const middle = (sumWidths(o.widths, 1, r1 - 1) * 2 + sumWidths(o.widths, r1, r2)) / 2;
  let [p1, p2] = [r1, r2];
  let best = Infinity;
  for (let a = r1; a <= r2; a++)
    for (let z = a; z <= r2; z++) {
      const width = sumWidths(o.widths, a, z);
      if (width < needed) continue;
      const centre = sumWidths(o.widths, 1, a - 1) + width / 2;
      const score = Math.abs(centre - middle) + 0.5 * (width - needed);
      if (score < best) [best, p1, p2] = [score, a, z];
    }
  b.span(
    row,
    p1,
    p2,
    { text: party },
    { hAlign: 'center', vAlign: 'bottom', bold: true, size, borderBottom: true },
  );
  b.span(
    row + 2,
    r1,
    r2,
    { text: o.dateLine },
    { hAlign: 'center', vAlign: 'top', italic: true, size, wrap: true },
  );
  line(row + 2, o.dateLine, rightWidth);
  return row + (o.docNumber !== undefined ? 4 : 3);
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
  const words = office.trim().split(/\s+/);
  const sup = matchKey(superior);
  for (let k = 1; k < words.length; k++) {
    const tail = matchKey(words.slice(k).join(' '));
    if (tail !== '' && (sup === tail || sup.startsWith(`${tail} `)))
      return words.slice(0, k).join(' ').toUpperCase();
  }
  return office.trim().toUpperCase();
}

/** Initials of an office for document numbers: "Ban Tuyên giáo" -> "BTG". */
export function officeInitials(office: string): string {
  return office
    .trim()
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/** The header lines of the consolidating office's documents, from the settings. */
export function officeHeader(org: OrgNames): { superior: string; issuer: string; initials: string } {
  const issuer = officeUnder(org.consolidatingOffice, org.issuer);
  return { superior: org.issuer.toUpperCase(), issuer, initials: officeInitials(issuer) };
}
