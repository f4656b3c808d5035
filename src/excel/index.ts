/** The Office.js adapter: writes sheet specs into the open workbook and reads sheets back. */
export {
  applySheets,
  charsToPoints,
  planSheetNames,
  safeSheetName,
  uniqueSheetName,
  type ApplyOptions,
  type ApplyResult,
  type ApplyStats,
  type OnExisting,
  type SheetPlan,
} from './apply-sheets';
export { PROBE, readWorkbook, rawCell, type ReadOptions } from './read-sheets';
export { readThenApply, type ReadThenApplyOptions, type ReadThenApplyResult } from './read-then-apply';
export { selectCell } from './select-cell';
export {
  ALL_FEATURES,
  checkRequirements,
  detectFeatures,
  excelVersionNeeded,
  FEATURE_VERSIONS,
  featureName,
  missingFeatureMessage,
  type ExcelFeature,
  type FeatureSupport,
  type MissingFeature,
} from './requirements';
export {
  loadWorkbookSettings,
  saveWorkbookSettings,
  WORKBOOK_SETTINGS_KEY,
  type SettingsBag,
} from './settings-store';
export { DEFAULT_REQUEST_BUDGET_BYTES, estimatePayloadBytes } from './chunk-writes';
export { excelRunOf, officeExcelRun, RUN_OPTIONS, type ExcelNamespace, type ExcelRun } from './excel-run';
