/**
 * The file adapter: sheet specs to .xlsx bytes (writeXlsx) and back (readXlsx), with exceljs in
 * Node and in the browser. Front doors read untrusted files through readWorkbookFile,
 * which inspects the bytes (inspectFile) before exceljs sees them, and hand the RawWorkbook to the
 * core's intake.
 */
export { writeXlsx, VALIDATION_TEXT_LIMITS } from './write-xlsx';
export type { WriteXlsxMeta } from './write-xlsx';
export { readXlsx, rawCell } from './read-xlsx';
export { readWorkbookFile } from './read-workbook-file';
export type { After } from './read-workbook-file';
export { inspectFile } from './inspect-file';
export type { InspectResult } from './inspect-file';
