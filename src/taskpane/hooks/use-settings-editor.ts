import { useEffect, useReducer } from 'react';
import type { RawWorkbook } from '../../core/report/report-types';
import { keepSpans } from '../services/unit-form';
import { parseSettings } from '../../core/settings/settings-schema';
import type { Unit } from '../../core/settings/settings-types';
import type { Result, Text } from '../../core/types';
import { useI18n } from '../i18n';
import { failureOutcome, outcomeOf, type Outcome } from '../services/outcome';
import { readPickedFile, type PickedFile } from '../services/read-workbook-files';
import { fromDraft, toDraft, type SettingsDraft } from '../services/settings-draft';
import { textOf } from '../services/text-of';
import { isUnitListSheet, parseUnitListSheet, unitListSheet } from '../services/unit-list-sheet';
import { downloadedOutcome } from './action-outcomes';
import { laneOf, runAction } from './run-action';
import {
  initialSettingsEditorState,
  settingsEditorReducer,
  type SettingsBusy,
} from './settings-editor-state';
import { useFileDownload } from './use-file-download';
import { usePane } from './use-pane';

export const SETTINGS_FILE = 'cai-dat-bao-cao.json';
export const UNITS_FILE = 'danh-sach-don-vi.xlsx';

async function readText(file: PickedFile): Promise<string> {
  return new TextDecoder('utf-8').decode(await file.arrayBuffer());
}

/**
 * The Settings panel's draft and actions. Fields are edited as typed; Save checks them all (a
 * message per bad field, then the settings schema), applies and stores them. Imports (a settings
 * JSON file, a unit list from a sheet or a file) fill the draft and are applied by Save as well.
 */
export function useSettingsEditor() {
  const { port, plan, settings, saveSettings } = usePane();
  const { lang } = useI18n();
  const { downloadSheets, downloadJson } = useFileDownload();
  const [state, dispatch] = useReducer(settingsEditorReducer, undefined, () =>
    initialSettingsEditorState(toDraft(settings, plan, lang)),
  );
  const { draft } = state;
  const lane = (busy: SettingsBusy) => laneOf((event) => dispatch({ type: 'run', event }), busy);
  const report = (outcome: Outcome) => dispatch({ type: 'run', event: { type: 'report', outcome } });

  // Outside changes (the language, another panel) reach a draft with nothing unsaved in it; after a
  // Save (dirty again false) the draft shows the settings as they were applied.
  useEffect(() => {
    dispatch({ type: 'settingsChanged', draft: toDraft(settings, plan, lang) });
  }, [settings, plan, lang, state.dirty]);

  function edit(change: (d: SettingsDraft) => SettingsDraft) {
    dispatch({ type: 'edited', change });
  }

  async function save() {
    const result = fromDraft(draft, settings, plan);
    dispatch({ type: 'checked', errors: result.errors });
    const next = result.settings;
    if (!next) {
      report(
        result.findings.length
          ? failureOutcome(
              textOf((c) => c.settings.invalid),
              result.findings,
            )
          : outcomeOf(
              'error',
              textOf((c) => c.settings.fieldsInvalid),
            ),
      );
      return;
    }
    await runAction(lane('save'), async () => {
      const stored = await saveSettings(next);
      dispatch({ type: 'saved' });
      return stored.ok
        ? outcomeOf(
            'success',
            textOf((c) => (port.excel ? c.settings.savedWorkbook : c.settings.savedBrowser)),
          )
        : outcomeOf(
            'warning',
            textOf((c) => c.settings.appliedNotStored),
            stored.error,
          );
    });
  }

  function discard() {
    dispatch({ type: 'discarded', draft: toDraft(settings, plan, lang) });
  }

  function putUnit(unit: Unit, replacing?: string) {
    edit((d) => {
      const units = [...d.units];
      const at = replacing === undefined ? -1 : units.findIndex((u) => u.code === replacing);
      if (at >= 0) units[at] = unit;
      else units.push(unit);
      return { ...d, units };
    });
  }

  function removeUnit(code: string) {
    edit((d) => ({ ...d, units: d.units.filter((u) => u.code !== code) }));
  }

  function exportSettings() {
    downloadJson(settings, SETTINGS_FILE);
    report(downloadedOutcome(SETTINGS_FILE));
  }

  async function importSettings(file: PickedFile) {
    let data: unknown;
    try {
      data = JSON.parse(await readText(file));
    } catch {
      report(
        outcomeOf(
          'error',
          textOf((c) => c.settings.notJson(file.name)),
        ),
      );
      return;
    }
    const parsed = parseSettings(data, settings, plan);
    if (!parsed.ok) {
      report(
        failureOutcome(
          textOf((c) => c.settings.importInvalid(file.name)),
          parsed.error,
        ),
      );
      return;
    }
    dispatch({ type: 'imported', draft: toDraft({ ...parsed.value, asOf: settings.asOf }, plan, lang) });
    report(
      outcomeOf(
        'info',
        textOf((c) => c.settings.imported(file.name)),
      ),
    );
  }

  /**
   * Puts the unit list of the first sheet that looks like one into the draft. `file` names where it
   * came from in the messages (the sheet's own name when it is the open workbook's).
   */
  function unitsOf(read: Result<RawWorkbook>, noSheet: Text, file?: string): Outcome {
    if (!read.ok)
      return failureOutcome(
        textOf((c) => c.settings.unitsImportFailed),
        read.error,
      );
    const sheet = read.value.sheets.find((s) => isUnitListSheet(s));
    if (!sheet) return outcomeOf('error', noSheet);
    const from = file ?? sheet.name;
    const units = parseUnitListSheet(sheet, settings);
    if (!units.ok)
      return failureOutcome(
        textOf((c) => c.settings.unitsInvalid(from)),
        units.error,
      );
    edit((d) => ({
      ...d,
      units: units.value.map((u) =>
        keepSpans(
          u,
          d.units.find((x) => x.code === u.code),
        ),
      ),
    }));
    return outcomeOf(
      'info',
      textOf((c) => c.settings.unitsImported(units.value.length, from)),
    );
  }

  async function exportUnits() {
    const spec = unitListSheet(draft.units, lang);
    const excel = port.excel;
    await runAction(lane('export-units'), async () => {
      if (!excel) {
        await downloadSheets([spec], UNITS_FILE);
        return downloadedOutcome(UNITS_FILE);
      }
      const result = await excel.apply([spec], 'new-name');
      return result.ok
        ? outcomeOf(
            'success',
            textOf((c) => c.settings.unitsExportedSheet(result.value.written[0] ?? spec.name)),
          )
        : failureOutcome(
            textOf((c) => c.settings.unitsExportFailed),
            result.error,
          );
    });
  }

  /** Excel mode: reads the unit list back from its sheet (the first sheet that looks like one). */
  async function importUnitsFromWorkbook() {
    const excel = port.excel;
    if (!excel) return;
    await runAction(lane('import-units'), async () =>
      unitsOf(
        await excel.read({ select: isUnitListSheet }),
        textOf((c) => c.settings.noUnitSheet),
      ),
    );
  }

  /** File mode: reads the unit list from an .xlsx file, with the same safety checks as reports. */
  async function importUnitsFromFile(file: PickedFile) {
    await runAction(
      lane('import-units'),
      // The same reader as report files: size first, byte inspection, the time limit.
      async () =>
        unitsOf(
          await readPickedFile(file, settings),
          textOf((c) => c.settings.noUnitSheetInFile(file.name)),
          file.name,
        ),
      // What the reader does not turn into a finding is a file the browser no longer lets us read.
      () =>
        outcomeOf(
          'error',
          textOf((c) => c.check.fileGone(file.name)),
        ),
    );
  }

  return {
    draft,
    edit,
    dirty: state.dirty,
    errors: state.errors,
    outcome: state.run.outcome,
    busy: state.run.busy,
    save,
    discard,
    putUnit,
    removeUnit,
    exportSettings,
    importSettings,
    exportUnits,
    importUnitsFromWorkbook,
    importUnitsFromFile,
  };
}
