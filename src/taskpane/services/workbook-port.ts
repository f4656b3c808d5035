import type {
  ApplyResult,
  FeatureSupport,
  OnExisting,
  ReadOptions,
  ReadThenApplyOptions,
  ReadThenApplyResult,
} from '../../excel';
import type { RawWorkbook } from '../../core/report/report-types';
import type { Settings } from '../../core/settings/settings-types';
import type { SheetSpec } from '../../core/sheet/sheet-spec';
import type { Result } from '../../core/types';

/**
 * What the task pane needs from where it runs, so hooks do not branch on the host everywhere:
 * inside Excel the workbook is read and written through `excel` (src/excel); in file mode (a plain
 * browser) `excel` is absent and workbooks travel as downloads and uploads. Settings live in the
 * workbook (Excel) or in the browser's storage (file mode).
 */
export interface WorkbookPort {
  kind: 'excel' | 'file';
  /** Present inside Excel only. */
  excel?: ExcelAccess;
  settings: SettingsStore;
  /** Offers bytes to the user as a file (both modes: a template can be downloaded from Excel too). */
  download(data: Uint8Array | string, fileName: string, mime: string): void;
}

export interface ExcelAccess {
  /** What this Excel can do, checked once when the port is made (at start-up). */
  features: FeatureSupport;
  apply(specs: readonly SheetSpec[], onExisting: OnExisting): Promise<Result<ApplyResult>>;
  /** The open workbook's sheets: those named, or those whose probe the caller selects (src/excel). */
  read(options?: Pick<ReadOptions, 'names' | 'select'>): Promise<Result<RawWorkbook>>;
  /** Reads the open workbook and writes what `build` makes of it, in one Excel.run (src/excel). */
  readThenApply<T>(
    read: Pick<ReadOptions, 'names' | 'select'>,
    build: ReadThenApplyOptions<T>['build'],
    onExisting: OnExisting,
  ): Promise<Result<ReadThenApplyResult<T>>>;
  select(sheet: string, address: string): Promise<Result<void>>;
  /** The active sheet's name; undefined when Excel cannot tell. */
  activeSheet(): Promise<string | undefined>;
}

export interface SettingsStore {
  /** What was saved (unchecked: the caller validates it); ok(undefined) when nothing was. */
  load(): Result<unknown>;
  save(settings: Settings): Promise<Result<void>>;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const JSON_MIME = 'application/json';
