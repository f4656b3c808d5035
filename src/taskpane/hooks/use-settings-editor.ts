import { keepSpans } from '../services/unit-form';
import { useEffect, useState } from 'react';
import { parseSettings } from '../../core/settings/settings-schema';
import type { Unit } from '../../core/settings/settings-types';
import { useI18n } from '../i18n';
import { failureOutcome, outcomeOf, type Outcome } from '../services/outcome';
import type { PickedFile } from '../services/read-report-files';
import { fromDraft, toDraft, type DraftErrors, type SettingsDraft } from '../services/settings-draft';
import { textOf } from '../services/text-of';
import { isUnitListSheet, parseUnitListSheet, unitListSheet } from '../services/unit-list-sheet';
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
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(settings, plan, lang));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [busy, setBusy] = useState<string | null>(null);

  // Outside changes (the language, another panel) reach a draft with nothing unsaved in it.
  useEffect(() => {
    if (!dirty) setDraft(toDraft(settings, plan, lang));
  }, [settings, plan, lang, dirty]);

  function edit(change: (d: SettingsDraft) => SettingsDraft) {
    setDraft((d) => change(d));
    setDirty(true);
  }

  async function save() {
    const result = fromDraft(draft, settings, plan);
    setErrors(result.errors);
    if (!result.settings) {
      setOutcome(
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
    setBusy('save');
    try {
      const stored = await saveSettings(result.settings);
      setDirty(false);
      setOutcome(
        stored.ok
          ? outcomeOf(
              'success',
              textOf((c) => (port.excel ? c.settings.savedWorkbook : c.settings.savedBrowser)),
            )
          : outcomeOf(
              'warning',
              textOf((c) => c.settings.appliedNotStored),
              stored.error,
            ),
      );
    } finally {
      setBusy(null);
    }
  }

  function discard() {
    setDraft(toDraft(settings, plan, lang));
    setErrors({});
    setDirty(false);
    setOutcome(undefined);
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
    setOutcome(
      outcomeOf(
        'success',
        textOf((c) => c.template.downloaded(SETTINGS_FILE)),
      ),
    );
  }

  async function importSettings(file: PickedFile) {
    let data: unknown;
    try {
      data = JSON.parse(await readText(file));
    } catch {
      setOutcome(
        outcomeOf(
          'error',
          textOf((c) => c.settings.notJson(file.name)),
        ),
      );
      return;
    }
    const parsed = parseSettings(data, settings);
    if (!parsed.ok) {
      setOutcome(
        failureOutcome(
          textOf((c) => c.settings.importInvalid(file.name)),
          parsed.error,
        ),
      );
      return;
    }
    setDraft(toDraft({ ...parsed.value, asOf: settings.asOf }, plan, lang));
    setErrors({});
    setDirty(true);
    setOutcome(
      outcomeOf(
        'info',
        textOf((c) => c.settings.imported(file.name)),
      ),
    );
  }

  const unitsLoaded = (units: Unit[], from: string) => {
    edit((d) => ({
      ...d,
      units: units.map((u) =>
        keepSpans(
          u,
          d.units.find((x) => x.code === u.code),
        ),
      ),
    }));
    setOutcome(
      outcomeOf(
        'info',
        textOf((c) => c.settings.unitsImported(units.length, from)),
      ),
    );
  };

  async function exportUnits() {
    const spec = unitListSheet(draft.units, lang);
    setOutcome(undefined);
    setBusy('export-units');
    try {
      if (port.excel) {
        const result = await port.excel.apply([spec], 'new-name');
        setOutcome(
          result.ok
            ? outcomeOf(
                'success',
                textOf((c) => c.settings.unitsExportedSheet(result.value.written[0] ?? spec.name)),
              )
            : failureOutcome(
                textOf((c) => c.settings.unitsExportFailed),
                result.error,
              ),
        );
      } else {
        await downloadSheets([spec], UNITS_FILE);
        setOutcome(
          outcomeOf(
            'success',
            textOf((c) => c.template.downloaded(UNITS_FILE)),
          ),
        );
      }
    } finally {
      setBusy(null);
    }
  }

  /** Excel mode: reads the unit list back from its sheet (the first sheet that looks like one). */
  async function importUnitsFromWorkbook() {
    if (!port.excel) return;
    setBusy('import-units');
    setOutcome(undefined);
    try {
      const read = await port.excel.read();
      if (!read.ok) {
        setOutcome(
          failureOutcome(
            textOf((c) => c.settings.unitsImportFailed),
            read.error,
          ),
        );
        return;
      }
      const sheet = read.value.find((s) => isUnitListSheet(s));
      if (!sheet) {
        setOutcome(
          outcomeOf(
            'error',
            textOf((c) => c.settings.noUnitSheet),
          ),
        );
        return;
      }
      const units = parseUnitListSheet(sheet, settings);
      if (units.ok) unitsLoaded(units.value, sheet.name);
      else
        setOutcome(
          failureOutcome(
            textOf((c) => c.settings.unitsInvalid(sheet.name)),
            units.error,
          ),
        );
    } finally {
      setBusy(null);
    }
  }

  /** File mode: reads the unit list from an .xlsx file, with the same safety checks as reports. */
  async function importUnitsFromFile(file: PickedFile) {
    setBusy('import-units');
    setOutcome(undefined);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const [{ inspectFile }, { readXlsx }] = await Promise.all([
        import(/* webpackChunkName: "xlsx" */ '../../xlsx/inspect-file'),
        import(/* webpackChunkName: "xlsx" */ '../../xlsx/read-xlsx'),
      ]);
      const inspected = inspectFile(bytes, file.name, settings.limits);
      if (!inspected.workbook) {
        setOutcome(
          failureOutcome(
            textOf((c) => c.settings.unitsImportFailed),
            inspected.findings,
          ),
        );
        return;
      }
      const read = await readXlsx(inspected.workbook, file.name, settings.limits);
      if (!read.ok) {
        setOutcome(
          failureOutcome(
            textOf((c) => c.settings.unitsImportFailed),
            read.error,
          ),
        );
        return;
      }
      const sheet = read.value.sheets.find((s) => isUnitListSheet(s));
      if (!sheet) {
        setOutcome(
          outcomeOf(
            'error',
            textOf((c) => c.settings.noUnitSheetInFile(file.name)),
          ),
        );
        return;
      }
      const units = parseUnitListSheet(sheet, settings);
      if (units.ok) unitsLoaded(units.value, file.name);
      else
        setOutcome(
          failureOutcome(
            textOf((c) => c.settings.unitsInvalid(file.name)),
            units.error,
          ),
        );
    } catch {
      setOutcome(
        outcomeOf(
          'error',
          textOf((c) => c.check.fileGone(file.name)),
        ),
      );
    } finally {
      setBusy(null);
    }
  }

  return {
    draft,
    edit,
    dirty,
    errors,
    outcome,
    busy,
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
