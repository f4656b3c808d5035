import { WORKBOOK_SETTINGS_KEY } from '../../excel/settings-store';
import { fail, ok } from '../../core/types';
import { downloadFile } from './download-file';
import { textOf } from './text-of';
import type { WorkbookPort } from './workbook-port';

/** Where file mode keeps its settings; the same key as in a workbook, so exported JSON matches. */
export const STORAGE_KEY = WORKBOOK_SETTINGS_KEY;

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Storage can be switched off (privacy settings); settings then last for the session only.
    return undefined;
  }
}

/** The port in a plain browser: no workbook; settings in localStorage; files are downloaded. */
export function filePort(
  storage: Storage | undefined = browserStorage(),
  download: WorkbookPort['download'] = downloadFile,
): WorkbookPort {
  return {
    kind: 'file',
    settings: {
      load() {
        if (!storage) return ok(undefined);
        try {
          const raw = storage.getItem(STORAGE_KEY);
          return ok(raw === null ? undefined : (JSON.parse(raw) as unknown));
        } catch {
          return fail([
            {
              code: 'TASKPANE.STORAGE_UNREADABLE',
              severity: 'warning',
              message: textOf((c) => c.errors.storageUnreadable),
            },
          ]);
        }
      },
      save(settings) {
        if (!storage) {
          return Promise.resolve(
            fail([
              {
                code: 'TASKPANE.STORAGE_OFF',
                severity: 'warning',
                message: textOf((c) => c.errors.storageOff),
              },
            ]),
          );
        }
        try {
          storage.setItem(STORAGE_KEY, JSON.stringify(settings));
          return Promise.resolve(ok(undefined));
        } catch (e) {
          const detail = e instanceof Error ? e.message : String(e);
          return Promise.resolve(
            fail([
              {
                code: 'TASKPANE.STORAGE_FAILED',
                severity: 'error',
                message: textOf((c) => c.errors.storageFailed(detail)),
              },
            ]),
          );
        }
      },
    },
    download,
  };
}
