import {
  applySheets,
  detectFeatures,
  loadWorkbookSettings,
  readThenApply,
  readWorkbook,
  saveWorkbookSettings,
  selectCell,
  type ExcelRun,
  type FeatureSupport,
  type SettingsBag,
} from '../../excel';
import { officeExcelRun } from '../../excel/excel-run';
import { downloadFile } from './download-file';
import type { WorkbookPort } from './workbook-port';

export interface ExcelPortOptions {
  /** Excel.run, or a recording fake in tests. */
  excel?: ExcelRun;
  /** Checked once here, at start-up; defaults to the running Excel's requirement sets. */
  features?: FeatureSupport;
  /** Office's document settings, or a fake in tests. */
  settingsBag?: SettingsBag;
  download?: WorkbookPort['download'];
}

/** The port inside Excel: every call goes to src/excel, which batches it into Excel.run. */
export function excelPort(opts: ExcelPortOptions = {}): WorkbookPort {
  const run = opts.excel ?? officeExcelRun;
  const features = opts.features ?? detectFeatures();
  return {
    kind: 'excel',
    excel: {
      features,
      apply: (specs, onExisting) => applySheets(specs, { onExisting, excel: run, features }),
      read: (options = {}) => readWorkbook({ excel: run, features, ...options }),
      readThenApply: (read, build, onExisting) =>
        readThenApply({ read, build, onExisting, excel: run, features }),
      select: (sheet, address) => selectCell(sheet, address, { excel: run }),
      async activeSheet() {
        try {
          return await run(async (context) => {
            const sheet = context.workbook.worksheets.getActiveWorksheet();
            sheet.load('name');
            await context.sync();
            return sheet.name;
          });
        } catch {
          // Not knowing the active sheet only changes which report sheet is proposed first.
          return undefined;
        }
      },
    },
    settings: {
      load: () => loadWorkbookSettings(opts.settingsBag),
      save: (settings) => saveWorkbookSettings(settings, opts.settingsBag),
    },
    download: opts.download ?? downloadFile,
  };
}
