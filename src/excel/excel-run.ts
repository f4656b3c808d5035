/**
 * `Excel.run`, injectable: the adapter takes it as a parameter so tests can pass a recording fake
 * and count `context.sync()` calls.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const officeExcelRun: ExcelRun = (batch) => Excel.run(batch);

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
