import type { Plan } from '../plan/plan-types';
import type { RawSheet } from '../report/report-types';
import type { Settings } from '../settings/settings-types';
import { sha256OfText } from './sha256';

/**
 * "Chốt số liệu": what a consolidation records so anyone can tell later whether a folder of files
 * is exactly the set that produced it. docs/consolidation-json.md ("Verification") defines every
 * part byte for byte, so a tester can recompute it with `sha256sum` and a few lines of script.
 */

export const FINGERPRINT_VERSION = 1;

/**
 * One input of a batch. `kind: 'file'`: a file the front door read, `sha256` of its bytes
 * (computed by the front door: Node's crypto, crypto.subtle), `name` without its folder (what
 * `baocao verify` matches on, whatever folder or working directory the batch was read from).
 * `kind: 'sheet'`: a report sheet of the workbook open in Excel, which has no file: `sha256` of
 * its values (sheetSha256), `name` the sheet's name. `sha256` is null when the front door could
 * not hash the file (file mode does not load a file over the size limit).
 */
export interface InputFile {
  name: string;
  kind: 'file' | 'sheet';
  sha256: string | null;
}

export interface VerificationRecord {
  version: typeof FINGERPRINT_VERSION;
  planId: string;
  /** SHA-256 of the plan data's canonical JSON: another program version may judge differently. */
  planSha256: string;
  year: number;
  /** SHA-256 of the effective settings' canonical JSON (as-of date, thresholds, unit list ...). */
  settingsSha256: string;
  /** In fingerprint order (fileLine, code-point order). */
  files: InputFile[];
  /** SHA-256 of fingerprintText(...) of the fields above. */
  fingerprint: string;
}

/**
 * JSON with object keys in code-point order, no whitespace, `undefined` members left out: the same
 * value always gives the same text (Python: json.dumps(v, sort_keys=True, separators=(',', ':'),
 * ensure_ascii=False)).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map((k) => [k, o[k]]),
    );
  });
}

/** A name on one line: backslashes and line breaks escaped (as sha256sum does). */
const oneLine = (name: string): string =>
  name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

/** "<sha256>  <name>" (sha256sum's format); "sheet:" before a sheet's name; "-" for no hash. */
export function fileLine(f: InputFile): string {
  return `${f.sha256 ?? '-'}  ${f.kind === 'sheet' ? 'sheet:' : ''}${oneLine(f.name)}`;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The files in fingerprint order: by their line, in code-point order. */
export const sortedFiles = (files: readonly InputFile[]): InputFile[] =>
  [...files].sort((a, b) => byCodePoint(fileLine(a), fileLine(b)));

/** The text whose SHA-256 is the fingerprint. */
export function fingerprintText(r: Omit<VerificationRecord, 'fingerprint'>): string {
  const lines = [
    `baocao-fingerprint ${r.version}`,
    `plan ${r.planId} ${r.planSha256}`,
    `year ${r.year}`,
    `settings ${r.settingsSha256}`,
    ...sortedFiles(r.files).map(fileLine),
  ];
  return lines.map((l) => `${l}\n`).join('');
}

/** The record of a batch: what `baocao verify` and the Đối chiếu action check against. */
export function verificationRecord(input: {
  plan: Plan;
  settings: Settings;
  year: number;
  files: readonly InputFile[];
}): VerificationRecord {
  const body = {
    version: FINGERPRINT_VERSION,
    planId: input.plan.id,
    planSha256: sha256OfText(canonicalJson(input.plan)),
    year: input.year,
    settingsSha256: sha256OfText(canonicalJson(input.settings)),
    files: sortedFiles(input.files),
  } as const;
  return { ...body, fingerprint: sha256OfText(fingerprintText(body)) };
}

/** Whether a record read back still matches its own fingerprint (nothing in it was edited). */
export const recordIsIntact = (r: VerificationRecord): boolean =>
  sha256OfText(fingerprintText(r)) === r.fingerprint;

/**
 * A sheet of the open workbook has no file bytes: its hash is the SHA-256 of the canonical JSON of
 * its values, row by row from A1 (`null` for an empty cell, trailing empty cells and rows left out),
 * formats and formulas ignored, so the same values give the same hash whichever reader read them.
 */
export function sheetSha256(sheet: RawSheet): string {
  const rows = sheet.rows.map((row) => trimNulls(row.map((c) => c?.v ?? null)));
  return sha256OfText(canonicalJson(trimTrailing(rows)));
}

function trimNulls<T>(xs: (T | null)[]): (T | null)[] {
  let n = xs.length;
  while (n > 0 && xs[n - 1] === null) n--;
  return xs.slice(0, n);
}

function trimTrailing<T>(rows: T[][]): T[][] {
  let n = rows.length;
  while (n > 0 && (rows[n - 1]?.length ?? 0) === 0) n--;
  return rows.slice(0, n);
}
