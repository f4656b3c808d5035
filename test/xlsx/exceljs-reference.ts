import type { RawWorkbook } from '../../src/core/report/report-types';
import type { ReadLimits } from '../../src/core/settings/settings-types';
import type { Result } from '../../src/core/types';
import { inspectFile } from '../../src/xlsx/inspect-file';
import { readXlsx } from './read-xlsx';
import { writeZip } from '../bad-input/file-tools';

/**
 * The reader before scan-workbook.ts, kept as the reference of the parity test: the byte
 * inspection, then exceljs on the checked XML parts with data validations and column definitions
 * cut out of every worksheet (exceljs expands both cell by cell, so the old inspection removed
 * them; nothing reads them). Only for files the new reader has already found safe.
 */
export async function readWithExceljs(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits,
): Promise<Result<RawWorkbook>> {
  const inspected = inspectFile(bytes, fileName, limits);
  if (!inspected.parts) return { ok: false, error: inspected.findings };
  const parts = new Map<string, Uint8Array>();
  for (const [name, data] of inspected.parts) {
    if (!/^xl\/worksheets\/[^/]*\.xml$/.test(name)) parts.set(name, data);
    else parts.set(name, new TextEncoder().encode(cutUnread(new TextDecoder().decode(data))));
  }
  const read = await readXlsx(writeZip(parts, 0), fileName, limits);
  if (!read.ok) return read;
  const notes = inspected.findings;
  return { ok: true, value: notes.length ? { ...read.value, notes } : read.value };
}

function cutUnread(xml: string): string {
  return xml
    .replace(/<(\w+:)?dataValidations\b[\s\S]*?<\/(\w+:)?dataValidations>/g, '')
    .replace(/<(\w+:)?dataValidations\b[^>]*\/>/g, '')
    .replace(/<(\w+:)?cols\b[\s\S]*?<\/(\w+:)?cols>/g, '')
    .replace(/<(\w+:)?cols\b[^>]*\/>/g, '');
}
