import { matchKey } from '../text';
import type { IsoDate } from '../types';
import type { OrgNames, Unit, YearSpan } from './settings-types';

/**
 * The organization names valid on a date. Periods are in date order (the settings schema checks
 * it); a date outside every period takes the nearest one before it, or the first period, so a
 * sheet always has a header.
 */
export function orgNamesOn(periods: readonly OrgNames[], date: IsoDate): OrgNames {
  const first = periods[0];
  if (first === undefined) throw new Error('orgNamesOn: the settings hold no organization names');
  let found = first;
  for (const p of periods) {
    if (p.from === undefined || p.from <= date) found = p;
    if ((p.from === undefined || p.from <= date) && (p.to === undefined || date <= p.to)) return p;
  }
  return found;
}

/**
 * The names of a reporting year's documents: those valid at the end of the year, when the
 * yearly report is written (a 2025 report is issued under the names of late 2025).
 */
export function orgNamesOfYear(periods: readonly OrgNames[], year: number): OrgNames {
  return orgNamesOn(periods, `${String(year).padStart(4, '0')}-12-31`);
}

const covers = (span: YearSpan, year: number): boolean =>
  (span.from === undefined || span.from <= year) && (span.to === undefined || year <= span.to);

/** The unit's name in a reporting year: the span covering it, else its current name. */
export function unitNameIn(unit: Pick<Unit, 'name' | 'names'>, year: number): string {
  return unit.names?.find((s) => covers(s, year))?.name ?? unit.name;
}

/**
 * Line 1 of a unit's report in a reporting year: the unit's own superior for that year (a unit
 * moved under another đảng bộ), else the one the organization names give all units.
 */
export function unitSuperiorIn(unit: Pick<Unit, 'superiors'>, year: number, org: OrgNames): string {
  return unit.superiors?.find((s) => covers(s, year))?.name ?? org.unitSuperior;
}

/**
 * Line 2 of a unit's report: the committee that issues it (guidance 36-HD/VPTW). A đảng bộ cơ sở
 * issues as its đảng ủy ("Đảng bộ Sở Tư pháp" -> "ĐẢNG ỦY SỞ TƯ PHÁP"), a chi bộ cơ sở as the
 * chi bộ ("CHI BỘ SỞ NGOẠI VỤ"). A name without the party word gets the word of its kind.
 */
export function unitIssuer(unit: Pick<Unit, 'name' | 'kind'>): string {
  const words = unit.name.trim().split(/\s+/);
  const lead = matchKey(words.slice(0, 2).join(' '));
  const body = [matchKey('đảng bộ'), matchKey('chi bộ'), matchKey('đảng ủy')].includes(lead)
    ? words.slice(2)
    : words;
  const skipCoSo = matchKey(body.slice(0, 2).join(' ')) === matchKey('cơ sở') ? body.slice(2) : body;
  const word = unit.kind === 'chi-bo-co-so' ? 'CHI BỘ' : 'ĐẢNG ỦY';
  return `${word} ${skipCoSo.join(' ').toUpperCase()}`;
}

/** The organization names of settings written before names had periods (a single `org`). */
export interface LegacyOrgNames {
  superior: string;
  issuer: string;
  place: string;
  consolidatingOffice: string;
}

/** The names every workbook held before names had periods, unless the user changed them. */
export const FORMER_DEFAULT_ORG: LegacyOrgNames = {
  superior: 'ĐẢNG BỘ TỈNH NGHỆ AN',
  issuer: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH',
  place: 'Nghệ An',
  consolidatingOffice: 'Ban Tuyên giáo Đảng ủy Khối',
};

/** Whether a pre-period `org` is the former default, which no user chose. */
export function isFormerDefaultOrg(old: LegacyOrgNames): boolean {
  return (Object.keys(FORMER_DEFAULT_ORG) as (keyof LegacyOrgNames)[]).every(
    (k) => matchKey(old[k]) === matchKey(FORMER_DEFAULT_ORG[k]),
  );
}

/**
 * Reads a pre-period `org` into one period valid at all times. The units' superior is the đảng bộ
 * whose committee issued ("ĐẢNG ỦY KHỐI ..." -> "ĐẢNG BỘ KHỐI ..."), its standing committee
 * "Ban Thường vụ" of the issuer: the forms the old settings printed nowhere, derived as the
 * Party names them.
 */
export function periodOfLegacyOrg(old: LegacyOrgNames): OrgNames {
  const issuer = old.issuer.trim();
  const rest = issuer.replace(/^\S+\s+\S+\s*/, '');
  const isCommittee = matchKey(issuer).startsWith(`${matchKey('đảng ủy')} `);
  return {
    superior: old.superior,
    issuer,
    standingCommittee: `Ban Thường vụ ${sentenceCase(issuer)}`,
    consolidatingOffice: old.consolidatingOffice,
    unitSuperior: isCommittee ? `ĐẢNG BỘ ${rest}`.toUpperCase() : old.superior,
    place: old.place,
    assumed: false,
  };
}

/** "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" -> "Đảng ủy khối các cơ quan tỉnh" (a user may correct it). */
function sentenceCase(s: string): string {
  const lower = s.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
