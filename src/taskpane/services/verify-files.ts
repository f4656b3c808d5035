import type { RawWorkbook } from '../../core/report/report-types';
import { compareBatch, type PresentFile } from '../../core/verify/compare-batch';
import type { InputFile } from '../../core/verify/fingerprint';
import { readRecord } from '../../core/verify/record-cells';
import { comparisonText, damagedRecord, noRecord } from '../../core/verify/verify-messages';
import { outcomeOf, type Outcome } from './outcome';
import type { PickedFile } from './read-workbook-files';

/**
 * "Chốt số liệu" in the task pane: hashing picked files (the browser's crypto.subtle, as the CLI
 * uses Node's crypto) and checking them against a consolidated workbook's record with the same core
 * comparison as `baocao verify`.
 */

/** The lower-case hex SHA-256 of bytes, by the browser's Web Crypto. */
export async function sha256OfBytes(bytes: ArrayBuffer): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A picked file as the verification record lists it. A file over `maxBytes` is not loaded (as the
 * reader does not load it), so it has no hash.
 */
export async function inputOfPickedFile(file: PickedFile, maxBytes: number): Promise<InputFile> {
  if (file.size > maxBytes) return { name: file.name, kind: 'file', sha256: null };
  try {
    return {
      name: file.name,
      kind: 'file',
      sha256: await sha256OfBytes(await file.arrayBuffer()),
    };
  } catch {
    // The browser no longer lets us read it (moved or changed since it was picked).
    return { name: file.name, kind: 'file', sha256: null };
  }
}

/**
 * The Đối chiếu action's verdict: the workbook's record (file mode: a picked .xlsx; in Excel: the
 * open workbook) against the picked files. A picked file with the very bytes of the consolidated
 * workbook is that workbook (a whole folder picked), and is left out.
 */
export async function verifyFiles(
  workbook: RawWorkbook,
  workbookName: string,
  files: readonly PickedFile[],
  opts: { ownSha256?: string } = {},
): Promise<Outcome> {
  const found = readRecord(workbook);
  if (found.kind === 'none') return outcomeOf('error', noRecord(workbookName, found.consolidation));
  if (found.kind === 'damaged') return outcomeOf('error', damagedRecord(workbookName, found.sheet));
  const present: PresentFile[] = [];
  for (const file of files) {
    const sha256 = await sha256OfBytes(await file.arrayBuffer());
    if (sha256 !== opts.ownSha256) present.push({ name: file.name, sha256 });
  }
  const result = compareBatch(found.record, present);
  const text = comparisonText(result);
  const details = text.lines.map((message) => ({
    code: 'VERIFY.FILE',
    severity: 'warning' as const,
    message,
  }));
  return outcomeOf(
    result.unchanged ? 'success' : result.intact ? 'warning' : 'error',
    text.headline,
    details,
  );
}
