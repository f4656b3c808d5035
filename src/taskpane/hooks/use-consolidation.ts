import { useMemo, useRef, useState } from 'react';
import { consolidate, type Consolidation, type SourceInput } from '../../core/consolidate/consolidate';
import type { BlocInput } from '../../core/report/report-types';
import { isReportSheet, parseReport } from '../../core/template/parse-report';
import { findStamp } from '../../core/template/template-keys';
import { useI18n } from '../i18n';
import { failureOutcome, outcomeOf, type Outcome } from '../services/outcome';
import { readReportFiles, type FileState, type PickedFile } from '../services/read-report-files';
import { textOf } from '../services/text-of';
import { yearOf } from '../services/years';
import { useFileDownload } from './use-file-download';
import { usePane } from './use-pane';

export interface FileEntry {
  name: string;
  size: number;
  state: FileState;
  /** Report sheets found in it, once read. */
  reports?: number;
}

/** The most recent year among the readable reports; the as-of year when there is none. */
export function latestReportYear(sources: readonly SourceInput[], fallback: number): number {
  const years = sources.flatMap((s) => (s.read.ok ? [s.read.value.stamp.year] : []));
  return years.length ? Math.max(...years) : fallback;
}

/**
 * The Consolidate panel's state and actions. Files are read one by one (see readReportFiles) and
 * can be cancelled between files; the consolidation itself is recomputed from the sources whenever
 * the year or the settings change, without reading the files again.
 */
export function useConsolidation() {
  const { port, plan, settings } = usePane();
  const { lang } = useI18n();
  const { downloadSheets, downloadJson } = useFileDownload();
  const [files, setFiles] = useState<FileEntry[]>([]);
  const [fileSources, setFileSources] = useState<SourceInput[]>([]);
  const [sheetSources, setSheetSources] = useState<SourceInput[]>([]);
  const [blocInputs, setBlocInputs] = useState<BlocInput[]>([]);
  const [importedAt, setImportedAt] = useState<string>('');
  const [reading, setReading] = useState(false);
  const [busy, setBusy] = useState<'workbook' | 'write' | 'xlsx' | 'json' | null>(null);
  const [chosenYear, setChosenYear] = useState<number | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  // Results of writing or downloading are shown by the output buttons, not by the file picker.
  const [outputOutcome, setOutputOutcome] = useState<Outcome | undefined>();
  const abort = useRef<AbortController | null>(null);

  const sources = useMemo(() => [...sheetSources, ...fileSources], [sheetSources, fileSources]);
  const asOfYear = yearOf(settings.asOf, plan.firstYear);
  const year = chosenYear ?? latestReportYear(sources, asOfYear);
  const years = useMemo(() => {
    const found = sources.flatMap((s) => (s.read.ok ? [s.read.value.stamp.year] : []));
    return [...new Set([...found, year])].sort((a, b) => b - a);
  }, [sources, year]);

  const consolidation: Consolidation | undefined = useMemo(
    () =>
      sources.length && !reading
        ? consolidate({ plan, settings, year, sources, blocInputs, importedAt })
        : undefined,
    [plan, settings, year, sources, blocInputs, importedAt, reading],
  );

  async function addFiles(picked: readonly PickedFile[]) {
    if (picked.length === 0 || reading) return;
    const controller = new AbortController();
    abort.current = controller;
    const first = files.length;
    setFiles((prev) => [
      ...prev,
      ...picked.map((f) => ({ name: f.name, size: f.size, state: 'waiting' as const })),
    ]);
    setReading(true);
    setOutcome(undefined);
    setImportedAt(new Date().toISOString());
    try {
      const found = await readReportFiles(
        picked,
        { plan, settings },
        {
          signal: controller.signal,
          firstIndex: first,
          onProgress: (p) =>
            setFiles((prev) =>
              prev.map((f, i) =>
                i === p.index
                  ? { ...f, state: p.state, ...(p.reports !== undefined ? { reports: p.reports } : {}) }
                  : f,
              ),
            ),
        },
      );
      setFileSources((prev) => [...prev, ...found]);
      if (controller.signal.aborted) {
        setOutcome(
          outcomeOf(
            'info',
            textOf((c) => c.consolidate.cancelled(found.length)),
          ),
        );
      }
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setOutcome(
        outcomeOf(
          'error',
          textOf((c) => c.consolidate.readFailed(detail)),
        ),
      );
    } finally {
      abort.current = null;
      setReading(false);
    }
  }

  function cancel() {
    abort.current?.abort();
  }

  /** Takes the report sheets (and the bloc input sheet) of the open workbook as sources. */
  async function readWorkbook() {
    if (!port.excel) return;
    setBusy('workbook');
    setOutcome(undefined);
    try {
      // Only stamped sheets (reports and the bloc's input) are read in full.
      const read = await port.excel.read({ select: (s) => findStamp(s) !== null });
      if (!read.ok) {
        setOutcome(
          failureOutcome(
            textOf((c) => c.consolidate.workbookFailed),
            read.error,
          ),
        );
        return;
      }
      const workbook = textOf((c) => c.consolidate.thisWorkbook)[lang];
      const reports = read.value.sheets.filter((s) => isReportSheet(s));
      setSheetSources(
        reports.map((s) => ({
          file: workbook,
          sheet: s.name,
          read: parseReport(s, plan, settings, { file: workbook }),
        })),
      );
      const { parseBlocInput } = await import(
        /* webpackChunkName: "template" */ '../../core/template/bloc-template'
      );
      const bloc = read.value.sheets
        .filter((s) => !isReportSheet(s))
        .flatMap((s) => {
          const r = parseBlocInput(s, plan, workbook);
          return r.ok ? r.value : [];
        });
      setBlocInputs(bloc);
      if (!importedAt) setImportedAt(new Date().toISOString());
      setOutcome(
        reports.length
          ? outcomeOf(
              'success',
              textOf((c) => c.consolidate.workbookRead(reports.length)),
            )
          : outcomeOf(
              'warning',
              textOf((c) => c.consolidate.workbookNone),
            ),
      );
    } finally {
      setBusy(null);
    }
  }

  function clear() {
    if (reading) return;
    setFiles([]);
    setFileSources([]);
    setSheetSources([]);
    setBlocInputs([]);
    setChosenYear(undefined);
    setOutcome(undefined);
    setOutputOutcome(undefined);
  }

  // The sheet builders are a chunk of their own, loaded when the output is first asked for.
  const specs = async () => {
    if (!consolidation) return [];
    const { consolidationSheets } = await import(
      /* webpackChunkName: "summary" */ '../../core/summary/consolidation-sheets'
    );
    return consolidationSheets(consolidation, plan, settings, lang);
  };

  async function writeSheets() {
    if (!port.excel || !consolidation) return;
    setBusy('write');
    setOutputOutcome(undefined);
    try {
      const result = await port.excel.apply(await specs(), 'new-name');
      if (!result.ok)
        setOutputOutcome(
          failureOutcome(
            textOf((c) => c.consolidate.writeFailed),
            result.error,
          ),
        );
      else {
        const names = result.value.written.join(', ');
        const warned = result.value.notes.some((n) => n.severity !== 'info');
        setOutputOutcome(
          outcomeOf(
            warned ? 'warning' : 'success',
            textOf((c) => c.consolidate.written(names)),
            result.value.notes,
          ),
        );
      }
    } finally {
      setBusy(null);
    }
  }

  const baseName = `tong-hop-${year}`;

  async function downloadWorkbook() {
    if (!consolidation) return;
    setBusy('xlsx');
    setOutputOutcome(undefined);
    const fileName = `${baseName}.xlsx`;
    try {
      await downloadSheets(await specs(), fileName);
      setOutputOutcome(
        outcomeOf(
          'success',
          textOf((c) => c.template.downloaded(fileName)),
        ),
      );
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setOutputOutcome(
        outcomeOf(
          'error',
          textOf((c) => c.errors.downloadFailed(fileName, detail)),
        ),
      );
    } finally {
      setBusy(null);
    }
  }

  async function downloadResult() {
    if (!consolidation) return;
    const fileName = `${baseName}.json`;
    setBusy('json');
    setOutputOutcome(undefined);
    try {
      const { consolidationJson } = await import(
        /* webpackChunkName: "summary" */ '../../core/summary/consolidation-json'
      );
      downloadJson(consolidationJson(consolidation, plan, settings), fileName);
      setOutputOutcome(
        outcomeOf(
          'success',
          textOf((c) => c.template.downloaded(fileName)),
        ),
      );
    } finally {
      setBusy(null);
    }
  }

  return {
    files,
    sources,
    reading,
    busy,
    year,
    years,
    setYear: setChosenYear,
    consolidation,
    outcome,
    outputOutcome,
    addFiles,
    cancel,
    readWorkbook,
    clear,
    writeSheets,
    downloadWorkbook,
    downloadResult,
  };
}
