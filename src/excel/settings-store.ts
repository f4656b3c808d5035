import type { Settings } from '../core/settings/settings-types';
import { fail, ok, type Finding, type Result } from '../core/types';
import { errorText } from './excel-run';

/**
 * The workbook's own settings (units, overrides, organization names), kept in the workbook with
 * Office's document settings: they travel with the file, need no extra API set and are one call
 * to save. (A custom XML part would also travel, but needs ExcelApi 1.5 and XML round-trips for
 * the same JSON.) Document settings belong to the add-in's id in the manifest: a different id
 * does not see them. The value is a JSON string under a versioned key, so a future shape can live
 * beside this one; the caller validates what it reads with the settings schema.
 */
export const WORKBOOK_SETTINGS_KEY = 'baocao.settings.v1';

/** The part of `Office.context.document.settings` used here, injectable for tests. */
export type SettingsBag = Pick<Office.Settings, 'get' | 'set' | 'saveAsync'>;

function officeSettings(): SettingsBag | undefined {
  if (typeof Office === 'undefined') return undefined;
  try {
    return Office.context?.document?.settings;
  } catch {
    return undefined;
  }
}

const NO_SETTINGS: Finding = {
  code: 'EXCEL.SETTINGS_UNAVAILABLE',
  severity: 'error',
  message: {
    vi: 'Không truy cập được phần cài đặt lưu trong sổ (chỉ có khi phần bổ trợ chạy trong Excel).',
    en: 'The settings stored in the workbook are not available (only inside Excel).',
  },
};

/** The settings saved in this workbook: undefined when none were saved; an error when unreadable. */
export function loadWorkbookSettings(bag: SettingsBag | undefined = officeSettings()): Result<unknown> {
  if (!bag) return fail([NO_SETTINGS]);
  let raw: unknown;
  try {
    raw = bag.get(WORKBOOK_SETTINGS_KEY);
  } catch (e) {
    return fail([readFailed(errorText(e))]);
  }
  if (raw === null || raw === undefined) return ok(undefined);
  if (typeof raw !== 'string') return ok(raw);
  try {
    return ok(JSON.parse(raw) as unknown);
  } catch (e) {
    return fail([readFailed(errorText(e))]);
  }
}

function readFailed(detail: string): Finding {
  return {
    code: 'EXCEL.SETTINGS_UNREADABLE',
    severity: 'error',
    message: {
      vi: `Phần cài đặt lưu trong sổ bị hỏng nên không đọc được (${detail}); phần mềm dùng cài đặt mặc định. Hãy kiểm tra lại cài đặt rồi lưu.`,
      en: `The settings stored in the workbook are damaged and could not be read (${detail}); defaults are used. Review the settings and save them.`,
    },
  };
}

/** Stores the settings in the workbook and saves them (they persist when the workbook is saved). */
export function saveWorkbookSettings(
  settings: Settings,
  bag: SettingsBag | undefined = officeSettings(),
): Promise<Result<void>> {
  if (!bag) return Promise.resolve(fail([NO_SETTINGS]));
  try {
    bag.set(WORKBOOK_SETTINGS_KEY, JSON.stringify(settings));
  } catch (e) {
    return Promise.resolve(fail([saveFailed(errorText(e))]));
  }
  return new Promise((resolve) => {
    try {
      bag.saveAsync((result) => {
        // 'failed' is Office.AsyncResultStatus.Failed; compared as text so no Office global is needed.
        if (String(result.status) === 'failed') resolve(fail([saveFailed(result.error?.message ?? '')]));
        else resolve(ok(undefined));
      });
    } catch (e) {
      resolve(fail([saveFailed(errorText(e))]));
    }
  });
}

function saveFailed(detail: string): Finding {
  return {
    code: 'EXCEL.SETTINGS_SAVE_FAILED',
    severity: 'error',
    message: {
      vi: `Không lưu được cài đặt vào sổ (${detail}). Hãy thử lại; nếu sổ đang mở ở chế độ chỉ đọc, hãy lưu một bản sao trước.`,
      en: `Could not save the settings into the workbook (${detail}). Try again; if the workbook is read-only, save a copy first.`,
    },
  };
}
