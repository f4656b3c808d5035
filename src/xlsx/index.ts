/**
 * The file adapter: sheet specs to .xlsx bytes (writeXlsx, our own SpreadsheetML writer) and back.
 * Front doors read every file through readWorkbookFile, which inspects the bytes (inspectFile) and
 * scans the parts straight into a RawWorkbook (scanWorkbook) within bounds, and hand it to the
 * core's intake.
 */
export { writeXlsx, VALIDATION_TEXT_LIMITS } from './write-xlsx';
export type { WriteXlsxMeta } from './write-xlsx';
export { readWorkbookFile } from './read-workbook-file';
export type { After } from './read-workbook-file';
export { inspectFile } from './inspect-file';
export type { InspectResult } from './inspect-file';
