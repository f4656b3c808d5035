import { useMemo, useReducer } from 'react';
import {
  checkReport,
  checkWorkbook as checkIntake,
  type ReportCheckView,
} from '../../core/check/check-report';
import { isStampedSheet, reportSources, sourcesOfWorkbook } from '../../core/intake/intake';
import type { Finding } from '../../core/types';
import { failureOutcome, outcomeOf } from '../services/outcome';
import { intakeOfPickedFile, type PickedFile } from '../services/read-workbook-files';
import { textOf } from '../services/text-of';
import { checkReducer, initialCheckState } from './check-state';
import { laneOf, runAction } from './run-action';
import { usePane } from './use-pane';

/**
 * The Check panel's actions. Excel mode reads the workbook's report sheets (the active one is
 * proposed first); file mode reads a picked file. The check itself is recomputed from what was read
 * whenever the settings change (another as-of date, another threshold), without reading again.
 */
export function useCheck() {
  const { port, plan, settings } = usePane();
  const [state, dispatch] = useReducer(checkReducer, initialCheckState);
  const { reads, file } = state;

  const current = reads.find((r) => r.sheet === state.selected) ?? reads[0];
  const view: ReportCheckView | undefined = useMemo(
    () => (current ? checkReport(current, plan, settings) : undefined),
    [current, plan, settings],
  );

  const lane = laneOf((event) => dispatch({ type: 'run', event }), 'check' as const);

  async function checkWorkbook(preferred?: string) {
    const excel = port.excel;
    if (!excel) return;
    await runAction(lane, async () => {
      const active = preferred ?? (await excel.activeSheet());
      const read = await excel.read({ select: isStampedSheet });
      if (!read.ok) {
        dispatch({ type: 'readNothing' });
        return failureOutcome(
          textOf((c) => c.check.readFailed),
          read.error,
        );
      }
      const workbook = textOf((c) => c.consolidate.thisWorkbook)[settings.lang];
      const reports = reportSources(sourcesOfWorkbook(read.value, plan, settings, { name: workbook }));
      if (reports.length === 0) {
        dispatch({ type: 'readNothing' });
        return outcomeOf(
          'warning',
          textOf((c) => c.check.noReportSheet),
        );
      }
      dispatch({ type: 'read', reads: reports, prefer: [preferred, active] });
      return undefined;
    });
  }

  async function checkFile(picked: PickedFile) {
    dispatch({ type: 'filePicked', file: picked });
    await runAction(lane, async () => {
      const intake = await intakeOfPickedFile(picked, { plan, settings });
      dispatch({ type: 'fileNotes', notes: checkIntake(intake, plan, settings).findings });
      const next = reportSources(intake);
      if (next.length === 0) {
        dispatch({ type: 'readNothing' });
        return failureOutcome(
          textOf((c) => c.check.fileUnreadable(picked.name)),
          intake.findings,
        );
      }
      dispatch({ type: 'read', reads: next });
      return undefined;
    });
  }

  /** Reads the same sheet or file again, after the user edited it. */
  async function recheck() {
    if (port.excel) await checkWorkbook(current?.sheet);
    else if (file) await checkFile(file);
  }

  async function selectFinding(f: Finding) {
    if (!port.excel || !f.cell || !view) return;
    const result = await port.excel.select(f.sheet ?? view.sheet, f.cell);
    if (!result.ok)
      lane.report(
        failureOutcome(
          textOf((c) => c.check.selectFailed),
          result.error,
        ),
      );
  }

  return {
    view,
    sheets: reads.map((r) => r.sheet ?? ''),
    selected: current?.sheet,
    select: (sheet: string | undefined) => dispatch({ type: 'selected', sheet }),
    file,
    fileNotes: port.excel ? [] : state.fileNotes,
    busy: state.run.busy !== null,
    outcome: state.run.outcome,
    checkWorkbook,
    checkFile,
    recheck,
    selectFinding,
  };
}
