import { useCallback, useRef, useState } from 'react';
import { parseSettings } from '../../core/settings/settings-schema';
import type { Settings } from '../../core/settings/settings-types';
import { fail, type Finding, type IsoDate, type Lang, type Result } from '../../core/types';
import { defaultSettings } from '../../plans/de-an-04/default-settings';
import { textOf } from '../services/text-of';
import type { WorkbookPort } from '../services/workbook-port';
import { errorDetail } from './run-action';

export interface SettingsState {
  /** The settings in force (the as-of date is today's unless the user changed it). */
  settings: Settings;
  /** Why the stored settings could not be used (defaults are used then). */
  loadProblems: Finding[];
  /** Applies `next` at once and stores it (workbook or browser); the result says if storing failed. */
  saveSettings(next: Settings): Promise<Result<void>>;
  /** Changes the language of the settings (sheets written from now on) and stores it. */
  setSettingsLang(lang: Lang): void;
}

/** The stored settings over the plan's defaults, with today's date as the as-of date. */
export function initialSettings(
  port: WorkbookPort,
  today: IsoDate,
): { settings: Settings; problems: Finding[] } {
  const defaults = defaultSettings(today);
  const stored = port.settings.load();
  if (!stored.ok) return { settings: defaults, problems: stored.error };
  if (stored.value === undefined) return { settings: defaults, problems: [] };
  const parsed = parseSettings(stored.value, defaults);
  if (!parsed.ok) return { settings: defaults, problems: parsed.error };
  // The as-of date is a view of today, not a property of the workbook: a stored one is not reused.
  return { settings: { ...parsed.value, asOf: today }, problems: [] };
}

/** Loads the settings once (synchronously: Office's document settings are in memory) and saves them. */
export function useSettings(port: WorkbookPort, today: IsoDate): SettingsState {
  const [initial] = useState(() => initialSettings(port, today));
  const [settings, setSettings] = useState<Settings>(initial.settings);
  const current = useRef(settings);

  const saveSettings = useCallback(
    async (next: Settings): Promise<Result<void>> => {
      current.current = next;
      setSettings(next);
      try {
        return await port.settings.save(next);
      } catch (e) {
        const detail = errorDetail(e);
        return fail([
          {
            code: 'TASKPANE.SAVE_FAILED',
            severity: 'error',
            message: textOf((c) => c.errors.saveFailed(detail)),
          },
        ]);
      }
    },
    [port],
  );

  const setSettingsLang = useCallback(
    (lang: Lang) => {
      if (current.current.lang === lang) return;
      // A failure to store the language only means the next start is in the other language.
      void saveSettings({ ...current.current, lang });
    },
    [saveSettings],
  );

  return { settings, loadProblems: initial.problems, saveSettings, setSettingsLang };
}
