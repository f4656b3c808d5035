import { useMemo, useReducer, useRef } from 'react';
import { consolidate, type Consolidation, type SourceInput } from '../../core/consolidate/consolidate';
import { isStampedSheet, sourcesOfWorkbook } from '../../core/intake/intake';
import { isReportYear } from '../../core/plan/report-years';
import type { RawWorkbook } from '../../core/report/report-types';
import { fail, ok, type Finding, type Result } from '../../core/types';
import type { ApplyResult } from '../../excel';
import { useI18n } from '../i18n';
import { failureOutcome, outcomeOf } from '../services/outcome';
import { readPickedFile, readWorkbookFiles, type PickedFile } from '../services/read-workbook-files';
import { notReadFinding } from '../services/read-worker-client';
import { inputOfPickedFile, verifyFiles } from '../services/verify-files';
import type { OnExisting } from '../../excel';
import { findStamp } from '../../core/template/template-keys';
import { sheetSha256 } from '../../core/verify/fingerprint';
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

/** The sources of one file, each with the file's hash (when it could be hashed). */
const withSha256 = (sources: readonly SourceInput[], sha256: string | null | undefined): SourceInput[] =>
  sources.map((s) => (sha256 ? { ...s, sha256 } : s));

/**
 * The sheet that holds a consolidation's record ("Nguồn", "Nguồn (2)" when written beside an
 * earlier one): read by name too, as its stamp may lie right of the probe.
 */
const SOURCES_SHEET = /^(Nguồn|Sources)( \(\d+\))?$/;

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
  const inputFiles = useMemo(() => [...fromWorkbook.files, ...fromFiles.files], [fromWorkbook, fromFiles]);
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
        ? consolidate({ plan, settings, year, sources, blocInputs, importedAt, files: inputFiles })
        : undefined,
    [plan, settings, year, sources, blocInputs, importedAt, reading, inputFiles],
  );

  /**
   * The report sheets (and the bloc input sheet) of the open workbook, as sources. The open
   * workbook's sheets have no file: each report sheet is hashed by its values.
   */
  const workbookFound = (read: RawWorkbook): Found => {
    const workbook = textOf((c) => c.consolidate.thisWorkbook)[lang];
    const intake = sourcesOfWorkbook(read, plan, settings, { name: workbook });
    const hashes = new Map(read.sheets.map((s) => [s.name, sheetSha256(s)]));
    const sources = (intake.kind === 'none' ? [] : intake.sources).map((s) => {
      const sha256 = s.sheet !== undefined ? hashes.get(s.sheet) : undefined;
      return sha256 ? { ...s, sha256 } : s;
    });
    const files = sources.flatMap((s) =>
      s.sheet !== undefined && s.sha256 ? [{ name: s.sheet, kind: 'sheet' as const, sha256: s.sha256 }] : [],
    );
    return { sources, blocInputs: intake.blocInputs, files };
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
        // Each file read is hashed (crypto.subtle) for the verification record; files not read
        // (cancelled) are not in it.
        const inputs = await Promise.all(
          picked.slice(0, intakes.length).map((f) => inputOfPickedFile(f, settings.limits.maxFileBytes)),
        );
        const found = intakes.flatMap((intake, i) => withSha256(intake.sources, inputs[i]?.sha256));
        dispatch({
          type: 'filesRead',
          found: { sources: found, blocInputs: intakes.flatMap((i) => i.blocInputs), files: inputs },
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
   * Writes the consolidation sheets. When the open workbook's sheets are among the sources,
   * they are read again and consolidated in the same Excel.run as the write (src/excel
   * readThenApply: 3 syncs for a few dozen reports, where reading then writing took 5), so what is
   * written is the workbook as it is now; the panel then shows that reading. The first attempt
   * refuses when a sheet of that name exists (a previous consolidation, locked): the pane then
   * asks, and the user chooses a new name or overwriting it.
   */
  async function writeSheets(onExisting: Exclude<OnExisting, 'fail'> | undefined = undefined) {
    const excel = port.excel;
    if (!excel || !consolidation) return;
    dispatch({ type: 'overwrite', sheet: undefined });
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
              files: [...found.files, ...fromFiles.files],
            });
            return ok({ specs: build(c, plan, settings, lang), value: found });
          },
          onExisting ?? 'fail',
        );
        if (both.ok) dispatch({ type: 'workbookRead', found: both.value.value, at: now() });
        result = both.ok ? ok(both.value.applied) : both;
      } else result = await excel.apply(await specs(), onExisting ?? 'fail');
      const clash = result.ok ? undefined : result.error.find((f) => f.code === 'EXCEL.SHEET_EXISTS');
      if (clash && onExisting === undefined) {
        dispatch({ type: 'overwrite', sheet: clash.sheet ?? '' });
        return undefined;
      }
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

  const verifyLane = laneOf((event) => dispatch({ type: 'verify', event }), 'verify' as const);

  /** File mode: the picked consolidated workbook's record against the picked files. */
  async function verifyWithFile(workbookFile: PickedFile, picked: readonly PickedFile[]) {
    await runAction(verifyLane, async () => {
      const read = await readPickedFile(workbookFile, settings);
      if (!read.ok)
        return failureOutcome(
          textOf((c) => c.consolidate.verifyUnreadable(workbookFile.name)),
          read.error,
        );
      const own = await inputOfPickedFile(workbookFile, Number.MAX_SAFE_INTEGER);
      return verifyFiles(read.value, workbookFile.name, picked, own.sha256 ? { ownSha256: own.sha256 } : {});
    });
  }

  /** In Excel: the open workbook's consolidation record against the picked files. */
  async function verifyWithWorkbook(picked: readonly PickedFile[]) {
    const excel = port.excel;
    if (!excel) return;
    await runAction(verifyLane, async () => {
      const read = await excel.read({
        select: (probe) => findStamp(probe)?.stamp.kind === 'consolidation' || SOURCES_SHEET.test(probe.name),
      });
      if (!read.ok)
        return failureOutcome(
          textOf((c) => c.consolidate.workbookFailed),
          read.error,
        );
      return verifyFiles(read.value, textOf((c) => c.consolidate.thisWorkbook)[lang], picked);
    });
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
    overwrite: state.overwrite,
    cancelOverwrite: () => dispatch({ type: 'overwrite', sheet: undefined }),
    verifying: state.verify.busy !== null,
    verifyOutcome: state.verify.outcome,
    verifyWithFile,
    verifyWithWorkbook,
    downloadWorkbook,
    downloadResult,
  };
}
