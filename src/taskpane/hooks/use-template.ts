import { useState } from 'react';
import type { OnExisting } from '../../excel';
import { reportFileName } from '../../core/sample/report-file-name';
import type { SheetSpec } from '../../core/sheet/sheet-spec';
import { useI18n } from '../i18n';
import { failureOutcome, outcomeOf, type Outcome } from '../services/outcome';
import { textOf } from '../services/text-of';
import { defaultReportYear } from '../services/years';
import { useFileDownload } from './use-file-download';
import { usePane } from './use-pane';

/** "So-lieu-Khoi-2025.xlsx", as the CLI names it: ASCII like the unit files (see reportFileName). */
export const blocFileName = (year: number): string => `So-lieu-Khoi-${year}.xlsx`;

/** The unit's report sheet, or the consolidating office's own input sheet. */
export type TemplateKind = 'report' | 'bloc';
export type TemplateAction = `${'apply' | 'download'}-${TemplateKind}`;

export interface SheetConflict {
  kind: TemplateKind;
  /** The existing sheet's name. */
  sheet: string;
}

/**
 * The Template panel's actions. Applying never writes over a sheet: the first attempt refuses when
 * a sheet of that name exists (onExisting 'fail', nothing written), and the user then chooses a new
 * name or replacing the old sheet, explicitly.
 */
export function useTemplate() {
  const { port, plan, settings } = usePane();
  const { lang } = useI18n();
  const { downloadSheets } = useFileDownload();
  const [year, setYear] = useState(() => defaultReportYear(plan, settings.asOf));
  const [unitCode, setUnitCode] = useState<string | undefined>();
  const [busy, setBusy] = useState<TemplateAction | null>(null);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [conflict, setConflict] = useState<SheetConflict | undefined>();
  const unit = settings.units.find((u) => u.code === unitCode);

  // The template builders are a chunk of their own: loaded on the first click, not at start-up.
  const specOf = async (kind: TemplateKind): Promise<SheetSpec | undefined> => {
    if (kind === 'bloc') {
      const { buildBlocTemplate } = await import(
        /* webpackChunkName: "template" */ '../../core/template/bloc-template'
      );
      return buildBlocTemplate(plan, settings, year, lang);
    }
    if (!unit) return undefined;
    const { buildReportTemplate } = await import(
      /* webpackChunkName: "template" */ '../../core/template/report-template'
    );
    return buildReportTemplate(plan, settings, unit, year, { lang });
  };

  async function apply(kind: TemplateKind, onExisting: Exclude<OnExisting, 'fail'> | undefined = undefined) {
    if (!port.excel) return;
    setBusy(`apply-${kind}`);
    setOutcome(undefined);
    setConflict(undefined);
    try {
      const spec = await specOf(kind);
      if (!spec) return;
      const result = await port.excel.apply([spec], onExisting ?? 'fail');
      if (!result.ok) {
        const clash = result.error.find((f) => f.code === 'EXCEL.SHEET_EXISTS');
        if (clash && onExisting === undefined) setConflict({ kind, sheet: clash.sheet ?? spec.name });
        else
          setOutcome(
            failureOutcome(
              textOf((c) => c.template.applyFailed),
              result.error,
            ),
          );
        return;
      }
      const name = result.value.written[0] ?? spec.name;
      const notes = result.value.notes;
      const warned = notes.some((n) => n.severity !== 'info');
      setOutcome(
        outcomeOf(
          warned ? 'warning' : 'success',
          textOf((c) => c.template.applied(name)),
          notes,
        ),
      );
    } finally {
      setBusy(null);
    }
  }

  async function download(kind: TemplateKind) {
    const fileName =
      kind === 'report' && unit ? reportFileName(year, unit.code, unit.name) : blocFileName(year);
    setBusy(`download-${kind}`);
    setOutcome(undefined);
    try {
      const spec = await specOf(kind);
      if (!spec) return;
      await downloadSheets([spec], fileName);
      setOutcome(
        outcomeOf(
          'success',
          textOf((c) => c.template.downloaded(fileName)),
        ),
      );
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setOutcome(
        outcomeOf(
          'error',
          textOf((c) => c.errors.downloadFailed(fileName, detail)),
        ),
      );
    } finally {
      setBusy(null);
    }
  }

  return {
    year,
    setYear,
    unit,
    unitCode,
    setUnitCode,
    busy,
    outcome,
    conflict,
    apply,
    download,
    cancelConflict: () => setConflict(undefined),
  };
}
