/**
 * The verification record survives a save by another spreadsheet program: the consolidated
 * workbook is opened and saved again by LibreOffice, read back, and its record is the same and
 * still matches its fingerprint. Skipped with a warning when `soffice` is missing; failed on CI.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consolidate } from '../src/core/consolidate/consolidate';
import { consolidationSheets } from '../src/core/summary/consolidation-sheets';
import { recordIsIntact } from '../src/core/verify/fingerprint';
import { readRecord } from '../src/core/verify/record-cells';
import { sha256OfText } from '../src/core/verify/sha256';
import { readXlsx } from './xlsx/read-xlsx';
import { writeXlsx } from '../src/xlsx/write-xlsx';
import { defaultSettings } from '../src/plans/de-an-04/default-settings';
import { batchInput } from './consolidation/batch-fixture';
import { hasProgram, xlsxThroughLibreOffice } from './consolidation/libreoffice';

if (!hasProgram('soffice')) {
  if (process.env.CI) {
    it('needs LibreOffice (soffice) on CI', () => {
      throw new Error('soffice is not installed: install LibreOffice for the interop tests');
    });
  } else {
    console.warn('LibreOffice (soffice) not found: skipping the record round trip');
  }
}

(hasProgram('soffice') ? describe : describe.skip)('the verification record in LibreOffice', () => {
  it('is read back whole from the workbook LibreOffice saved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-record-'));
    try {
      const input = batchInput();
      const files = input.sources.map((s, i) => ({
        name: `${i}-${s.file}`,
        kind: 'file' as const,
        sha256: sha256OfText(`${i}`),
      }));
      const c = consolidate({ ...input, files });
      const path = join(dir, 'th.xlsx');
      writeFileSync(path, await writeXlsx(consolidationSheets(c, input.plan, input.settings, 'vi')));
      const out = join(dir, 'out');
      mkdirSync(out);
      const saved = xlsxThroughLibreOffice(path, dir, out);
      const read = await readXlsx(
        new Uint8Array(readFileSync(saved)),
        'th.xlsx',
        defaultSettings('2026-01-01').limits,
      );
      if (!read.ok) throw new Error(JSON.stringify(read.error));
      const found = readRecord(read.value);
      expect(found).toEqual({ kind: 'found', record: c.verification, sheet: 'Nguồn' });
      if (found.kind === 'found') expect(recordIsIntact(found.record)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
