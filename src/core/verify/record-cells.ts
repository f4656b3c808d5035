import type { RawWorkbook } from '../report/report-types';
import { findStamp } from '../template/template-keys';
import { FINGERPRINT_VERSION, type InputFile, type VerificationRecord } from './fingerprint';

/**
 * The verification record inside the consolidated workbook: text cells in the hidden stamp column
 * of "Nguồn", under the output stamp, one line for the batch and one per input, values
 * URI-encoded like the stamp's:
 *   baocao-verify;version=1;plan=de-an-04;planSha256=…;year=2025;settings=…;fingerprint=…
 *   baocao-file;kind=file;sha256=…;name=BC-2025-DV001.xlsx
 * Plain cell values are kept when the workbook is saved again (a LibreOffice save is tested); the sheet's protection keeps
 * rows from being deleted, and an edited record no longer matches its own fingerprint.
 */

const BATCH_MARK = 'baocao-verify';
const FILE_MARK = 'baocao-file';

const fields = (mark: string, parts: [string, string | number][]): string =>
  [mark, ...parts.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)].join(';');

/** The record as the lines written under the stamp, batch line first. */
export function recordLines(r: VerificationRecord): string[] {
  return [
    fields(BATCH_MARK, [
      ['version', r.version],
      ['plan', r.planId],
      ['planSha256', r.planSha256],
      ['year', r.year],
      ['settings', r.settingsSha256],
      ['fingerprint', r.fingerprint],
    ]),
    ...r.files.map((f) =>
      fields(FILE_MARK, [
        ['kind', f.kind],
        ['sha256', f.sha256 ?? '-'],
        ['name', f.name],
      ]),
    ),
  ];
}

function parseLine(text: string, mark: string): Record<string, string> | null {
  const [head, ...parts] = text.split(';');
  if (head !== mark) return null;
  const out: Record<string, string> = {};
  for (const p of parts) {
    const i = p.indexOf('=');
    if (i <= 0) return null;
    try {
      out[p.slice(0, i)] = decodeURIComponent(p.slice(i + 1));
    } catch {
      return null;
    }
  }
  return out;
}

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * The record of a consolidated workbook, read from its output sheets: `none` when the workbook has
 * no consolidation sheet with a record (not ours, or written before records existed), `damaged`
 * when a line of it cannot be read.
 */
export type RecordRead =
  | { kind: 'found'; record: VerificationRecord; sheet: string }
  | { kind: 'none'; consolidation: boolean }
  | { kind: 'damaged'; sheet: string };

export function readRecord(workbook: RawWorkbook): RecordRead {
  let consolidation = false;
  for (const sheet of workbook.sheets) {
    const found = findStamp(sheet);
    if (found?.stamp.kind !== 'consolidation') continue;
    consolidation = true;
    const texts = sheet.rows.flatMap((row) => row.flatMap((c) => (typeof c?.v === 'string' ? [c.v] : [])));
    const batch = texts.map((t) => parseLine(t, BATCH_MARK)).find((x) => x !== null);
    if (!batch) continue;
    const files = texts.filter((t) => t.startsWith(`${FILE_MARK};`)).map((t) => parseLine(t, FILE_MARK));
    const record = recordOf(batch, files);
    return record ? { kind: 'found', record, sheet: sheet.name } : { kind: 'damaged', sheet: sheet.name };
  }
  return { kind: 'none', consolidation };
}

function recordOf(
  b: Record<string, string>,
  lines: (Record<string, string> | null)[],
): VerificationRecord | null {
  const year = Number(b.year);
  const hashes = [b.planSha256, b.settings, b.fingerprint];
  if (Number(b.version) !== FINGERPRINT_VERSION || !b.plan || !Number.isInteger(year)) return null;
  if (!hashes.every((h) => h !== undefined && HEX64.test(h))) return null;
  const files: InputFile[] = [];
  for (const l of lines) {
    if (!l || (l.kind !== 'file' && l.kind !== 'sheet') || l.name === undefined) return null;
    if (l.sha256 !== '-' && !HEX64.test(l.sha256 ?? '')) return null;
    files.push({ name: l.name, kind: l.kind, sha256: l.sha256 === '-' ? null : (l.sha256 as string) });
  }
  return {
    version: FINGERPRINT_VERSION,
    planId: b.plan,
    planSha256: b.planSha256 as string,
    year,
    settingsSha256: b.settings as string,
    files,
    fingerprint: b.fingerprint as string,
  };
}
