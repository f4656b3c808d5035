import {
  applySheets,
  detectFeatures,
  loadWorkbookSettings,
  readSheets,
  saveWorkbookSettings,
  selectCell,
  type ExcelRun,
  type FeatureSupport,
  type SettingsBag,
} from '../../excel';
import { officeExcelRun } from '../../excel/excel-run';
import { fail, ok } from '../../core/types';
import { downloadFile } from './download-file';
import { textOf } from './text-of';
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

function errorDetail(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
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
      async read(names) {
        try {
          const sheets = await readSheets({ excel: run, features, ...(names ? { names } : {}) });
          return ok({ source: 'workbook', sheets });
        } catch (e) {
          return fail([
            {
              code: 'TASKPANE.READ_FAILED',
              severity: 'error',
              message: textOf((c) => c.errors.readFailed(errorDetail(e))),
            },
          ]);
        }
      },
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
