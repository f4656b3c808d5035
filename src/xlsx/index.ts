/**
 * The file adapter: sheet specs to .xlsx bytes (writeXlsx) and back (readXlsx), with exceljs in
 * Node and in the browser. Front doors read untrusted files through readReportFile, which
 * inspects the bytes (inspectFile) before exceljs sees them.
 */
export { writeXlsx, writeXlsxWithNotes, VALIDATION_TEXT_LIMITS } from './write-xlsx';
export type { WriteXlsxMeta, WriteXlsxResult } from './write-xlsx';
export { readXlsx, rawCell } from './read-xlsx';
export { readReportFile } from './read-report-file';
export type { FileReadResult, FileSource, ReadReportContext } from './read-report-file';
export { inspectFile } from './inspect-file';
export type { InspectResult } from './inspect-file';
