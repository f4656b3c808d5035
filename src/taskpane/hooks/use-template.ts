import { useReducer } from 'react';
import type { OnExisting } from '../../excel';
import { reportFileName } from '../../core/sample/report-file-name';
import type { SheetSpec } from '../../core/sheet/sheet-spec';
import { useI18n } from '../i18n';
import { failureOutcome } from '../services/outcome';
import { textOf } from '../services/text-of';
import { defaultReportYear } from '../services/years';
import { downloadedOutcome, downloadFailed, writtenOutcome } from './action-outcomes';
import { laneOf, runAction } from './run-action';
import {
  initialTemplateState,
  templateReducer,
  type TemplateAction,
  type TemplateKind,
} from './template-state';
import { useFileDownload } from './use-file-download';
import { usePane } from './use-pane';

export type { SheetConflict, TemplateAction, TemplateKind } from './template-state';

/** "So-lieu-Khoi-2025.xlsx", as the CLI names it: ASCII like the unit files (see reportFileName). */
export const blocFileName = (year: number): string => `So-lieu-Khoi-${year}.xlsx`;

/**
 * The Template panel's actions. Applying never writes over a sheet: the first attempt refuses when
 * a sheet of that name exists (onExisting 'fail', nothing written), and the user then chooses a new
 * name or replacing the old sheet, explicitly.
 */
export function useTemplate() {
  const { port, plan, settings } = usePane();
  const { lang } = useI18n();
  const { downloadSheets } = useFileDownload();
  const [state, dispatch] = useReducer(templateReducer, undefined, () =>
    initialTemplateState(defaultReportYear(plan, settings.asOf)),
  );
  const { year, unitCode } = state;
  const unit = settings.units.find((u) => u.code === unitCode);
  const lane = (busy: TemplateAction) => laneOf((event) => dispatch({ type: 'run', event }), busy);

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
    const excel = port.excel;
    if (!excel) return;
    dispatch({ type: 'conflict', conflict: undefined });
    await runAction(lane(`apply-${kind}`), async () => {
      const spec = await specOf(kind);
      if (!spec) return undefined;
      const result = await excel.apply([spec], onExisting ?? 'fail');
      if (!result.ok) {
        const clash = result.error.find((f) => f.code === 'EXCEL.SHEET_EXISTS');
        if (!clash || onExisting !== undefined)
          return failureOutcome(
            textOf((c) => c.template.applyFailed),
            result.error,
          );
        dispatch({ type: 'conflict', conflict: { kind, sheet: clash.sheet ?? spec.name } });
        return undefined;
      }
      const name = result.value.written[0] ?? spec.name;
      return writtenOutcome(
        textOf((c) => c.template.applied(name)),
        result.value.notes,
      );
    });
  }

  async function download(kind: TemplateKind) {
    const fileName =
      kind === 'report' && unit ? reportFileName(year, unit.code, unit.name) : blocFileName(year);
    await runAction(
      lane(`download-${kind}`),
      async () => {
        const spec = await specOf(kind);
        if (!spec) return undefined;
        await downloadSheets([spec], fileName);
        return downloadedOutcome(fileName);
      },
      downloadFailed(fileName),
    );
  }

  return {
    year,
    setYear: (chosen: number) => dispatch({ type: 'yearChosen', year: chosen }),
    unit,
    unitCode,
    setUnitCode: (code: string | undefined) => dispatch({ type: 'unitChosen', code }),
    busy: state.run.busy,
    outcome: state.run.outcome,
    conflict: state.conflict,
    apply,
    download,
    cancelConflict: () => dispatch({ type: 'conflict', conflict: undefined }),
  };
}
