import { useMemo, useReducer, useRef } from 'react';
import { consolidate, type Consolidation, type SourceInput } from '../../core/consolidate/consolidate';
import { isStampedSheet, sourcesOfWorkbook } from '../../core/intake/intake';
import { isReportYear } from '../../core/plan/report-years';
import type { RawWorkbook } from '../../core/report/report-types';
import { fail, ok, type Finding, type Result } from '../../core/types';
import type { ApplyResult } from '../../excel';
import { useI18n } from '../i18n';
import { failureOutcome, outcomeOf } from '../services/outcome';
import { readWorkbookFiles, type PickedFile } from '../services/read-workbook-files';
import { notReadFinding } from '../services/read-worker-client';
import { textOf } from '../services/text-of';
import { yearOf } from '../services/years';
import { downloadedOutcome, downloadFailed, writtenOutcome } from './action-outcomes';
import {
  consolidationReducer,
  initialConsolidationState,
  type Found,
  type OutputBusy,
} from './consolidation-state';
import { laneOf, runAction, type ActionLane } from './run-action';
import { useFileDownload } from './use-file-download';
import { usePane } from './use-pane';

export type { FileEntry } from './consolidation-state';

/**
 * The years the readable reports are stamped for, among those the plan and the settings cover
 * (a stamp outside them is a wrong file, never a year to consolidate).
 */
function reportedYears(sources: readonly SourceInput[], inRange: (year: number) => boolean): number[] {
  return sources.flatMap((s) =>
    s.read.ok && inRange(s.read.value.stamp.year) ? [s.read.value.stamp.year] : [],
  );
}

const now = (): string => new Date().toISOString();

function workbookEmptied(): Finding {
  return {
    code: 'EXCEL.NO_REPORT_SHEET',
    severity: 'warning',
    message: textOf((c) => c.consolidate.workbookNone),
  };
}

/**
 * The Consolidate panel's state and actions. Files are read one by one (see readWorkbookFiles) and
 * can be cancelled between files; the consolidation itself is recomputed from the sources whenever
 * the year or the settings change, without reading the files again.
 */
export function useConsolidation() {
  const { port, plan, settings } = usePane();
  const { lang } = useI18n();
  const { downloadSheets, downloadJson } = useFileDownload();
  const [state, dispatch] = useReducer(consolidationReducer, initialConsolidationState);
  const { files, fromFiles, fromWorkbook, importedAt, reading } = state;
  const abort = useRef<AbortController | null>(null);

  const sources = useMemo(() => [...fromWorkbook.sources, ...fromFiles.sources], [fromWorkbook, fromFiles]);
  const blocInputs = useMemo(
    () => [...fromWorkbook.blocInputs, ...fromFiles.blocInputs],
    [fromWorkbook, fromFiles],
  );
  const asOfYear = yearOf(settings.asOf, plan.firstYear);
  const found = useMemo(
    () => reportedYears(sources, (y) => isReportYear(plan, settings.asOf, y)),
    [sources, plan, settings.asOf],
  );
  // The most recent reported year; the as-of year when there is none.
  const year = state.chosenYear ?? (found.length ? Math.max(...found) : asOfYear);
  const years = useMemo(() => [...new Set([...found, year])].sort((a, b) => b - a), [found, year]);

  const consolidation: Consolidation | undefined = useMemo(
    () =>
      sources.length && !reading
        ? consolidate({ plan, settings, year, sources, blocInputs, importedAt })
        : undefined,
    [plan, settings, year, sources, blocInputs, importedAt, reading],
  );

  /** The report sheets (and the bloc input sheet) of the open workbook, as sources. */
  const workbookFound = (read: RawWorkbook): Found => {
    const workbook = textOf((c) => c.consolidate.thisWorkbook)[lang];
    const intake = sourcesOfWorkbook(read, plan, settings, { name: workbook });
    return { sources: intake.kind === 'none' ? [] : intake.sources, blocInputs: intake.blocInputs };
  };

  const inputLane = laneOf((event) => dispatch({ type: 'input', event }), 'workbook' as const);
  const outputLane = (busy: OutputBusy) => laneOf((event) => dispatch({ type: 'output', event }), busy);

  async function addFiles(picked: readonly PickedFile[]) {
    if (picked.length === 0 || reading) return;
    const controller = new AbortController();
    const firstIndex = files.length;
    // Reading files reports where reading the workbook does, but shows `reading`, not busy.
    const lane: ActionLane = {
      begin: () => {
        abort.current = controller;
        dispatch({ type: 'filesPicked', files: picked, at: now() });
      },
      report: inputLane.report,
      end: () => {
        abort.current = null;
        dispatch({ type: 'readingEnded' });
      },
    };
    await runAction(
      lane,
      async () => {
        // The files Cancel left unread, named in the outcome (the progress list folds away).
        const unread: Finding[] = [];
        const intakes = await readWorkbookFiles(
          picked,
          { plan, settings },
          {
            signal: controller.signal,
            firstIndex,
            onProgress: (progress) => {
              const file = picked[progress.index - firstIndex];
              if (progress.state === 'cancelled' && file) unread.push(notReadFinding(file.name));
              dispatch({ type: 'fileProgress', progress });
            },
          },
        );
        const found = intakes.flatMap((i) => i.sources);
        dispatch({
          type: 'filesRead',
          found: { sources: found, blocInputs: intakes.flatMap((i) => i.blocInputs) },
        });
        // Our own consolidations among the files are skipped, and said so (never "rejected").
        const own = intakes.filter((i) => i.kind === 'own-output').flatMap((i) => i.findings);
        if (!controller.signal.aborted)
          return own.length > 0
            ? outcomeOf(
                'info',
                textOf((c) => c.consolidate.ownOutputsSkipped(own.length)),
                own,
              )
            : undefined;
        return outcomeOf(
          'info',
          textOf((c) => c.consolidate.cancelled(found.length, unread.length)),
          unread,
        );
      },
      (detail) =>
        outcomeOf(
          'error',
          textOf((c) => c.consolidate.readFailed(detail)),
        ),
    );
  }

  function cancel() {
    abort.current?.abort();
  }

  /** Takes the report sheets (and the bloc input sheet) of the open workbook as sources. */
  async function readWorkbook() {
    const excel = port.excel;
    if (!excel) return;
    await runAction(inputLane, async () => {
      const read = await excel.read({ select: isStampedSheet });
      if (!read.ok)
        return failureOutcome(
          textOf((c) => c.consolidate.workbookFailed),
          read.error,
        );
      const found = workbookFound(read.value);
      dispatch({ type: 'workbookRead', found, at: now() });
      return found.sources.length
        ? outcomeOf(
            'success',
            textOf((c) => c.consolidate.workbookRead(found.sources.length)),
          )
        : outcomeOf(
            'warning',
            textOf((c) => c.consolidate.workbookNone),
          );
    });
  }

  function clear() {
    dispatch({ type: 'cleared' });
  }

  // The sheet builders are a chunk of their own, loaded when the output is first asked for.
  const sheetBuilder = async () => {
    const { consolidationSheets } = await import(
      /* webpackChunkName: "summary" */ '../../core/summary/consolidation-sheets'
    );
    return consolidationSheets;
  };
  const specs = async () =>
    consolidation ? (await sheetBuilder())(consolidation, plan, settings, lang) : [];

  /**
   * Writes the four consolidation sheets. When the open workbook's sheets are among the sources,
   * they are read again and consolidated in the same Excel.run as the write (src/excel
   * readThenApply: 3 syncs for a few dozen reports, where reading then writing took 5), so what is
   * written is the workbook as it is now; the panel then shows that reading.
   */
  async function writeSheets() {
    const excel = port.excel;
    if (!excel || !consolidation) return;
    await runAction(outputLane('write'), async () => {
      const fromThisWorkbook = fromWorkbook.sources.length > 0 || fromWorkbook.blocInputs.length > 0;
      let result: Result<ApplyResult>;
      if (fromThisWorkbook) {
        const build = await sheetBuilder();
        const both = await excel.readThenApply(
          { select: isStampedSheet },
          (read) => {
            const found = workbookFound(read);
            // The report sheets were removed since they were read: nothing is left to consolidate.
            if (found.sources.length + fromFiles.sources.length === 0) return fail([workbookEmptied()]);
            const c = consolidate({
              plan,
              settings,
              year,
              sources: [...found.sources, ...fromFiles.sources],
              blocInputs: [...found.blocInputs, ...fromFiles.blocInputs],
              importedAt,
            });
            return ok({ specs: build(c, plan, settings, lang), value: found });
          },
          'new-name',
        );
        if (both.ok) dispatch({ type: 'workbookRead', found: both.value.value, at: now() });
        result = both.ok ? ok(both.value.applied) : both;
      } else result = await excel.apply(await specs(), 'new-name');
      if (!result.ok)
        return failureOutcome(
          textOf((c) => c.consolidate.writeFailed),
          result.error,
        );
      const names = result.value.written.join(', ');
      return writtenOutcome(
        textOf((c) => c.consolidate.written(names)),
        result.value.notes,
      );
    });
  }

  const baseName = `tong-hop-${year}`;

  async function downloadWorkbook() {
    if (!consolidation) return;
    const fileName = `${baseName}.xlsx`;
    await runAction(
      outputLane('xlsx'),
      async () => {
        await downloadSheets(await specs(), fileName);
        return downloadedOutcome(fileName);
      },
      downloadFailed(fileName),
    );
  }

  async function downloadResult() {
    if (!consolidation) return;
    const fileName = `${baseName}.json`;
    await runAction(
      outputLane('json'),
      async () => {
        const { consolidationJson } = await import(
          /* webpackChunkName: "summary" */ '../../core/summary/consolidation-json'
        );
        downloadJson(consolidationJson(consolidation, plan, settings), fileName);
        return downloadedOutcome(fileName);
      },
      downloadFailed(fileName),
    );
  }

  return {
    files,
    sources,
    reading,
    busy: state.input.busy ?? state.output.busy,
    year,
    years,
    setYear: (chosen: number | undefined) => dispatch({ type: 'yearChosen', year: chosen }),
    consolidation,
    outcome: state.input.outcome,
    outputOutcome: state.output.outcome,
    addFiles,
    cancel,
    readWorkbook,
    clear,
    writeSheets,
    downloadWorkbook,
    downloadResult,
  };
}
