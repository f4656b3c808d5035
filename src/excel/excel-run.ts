/**
 * `Excel.run`, injectable: the adapter takes it as a parameter so tests can pass the Excel double
 * (test/excel) and count `context.sync()` calls.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The part of the `Excel` namespace the adapter uses. */
export interface ExcelNamespace {
  run: typeof Excel.run;
}

/**
 * Every run waits until the user leaves cell-edit mode: without it Excel fails the whole batch while
 * the user is still typing in a cell, which is exactly when they click "Kiểm tra lại"
 * (Excel.RunOptions.delayForCellEdit, https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

export function excelRunOf(excel: ExcelNamespace): ExcelRun {
  return (batch) => excel.run(RUN_OPTIONS, batch);
}

export const officeExcelRun: ExcelRun = (batch) => excelRunOf(Excel)(batch);

/** The error code Office.js puts on a failed request ('ItemNotFound', 'InvalidArgument'...). */
export function officeErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  const msg = (e as { message?: unknown } | null)?.message;
  return typeof msg === 'string' ? msg : String(e);
}
