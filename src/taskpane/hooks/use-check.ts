import { useMemo, useState } from 'react';
import type { UnitReport } from '../../core/report/report-types';
import { isReportSheet, parseReport } from '../../core/template/parse-report';
import type { Finding, Result } from '../../core/types';
import { checkReport, type ReportCheckView } from '../services/check-report';
import { failureOutcome, type Outcome } from '../services/outcome';
import type { PickedFile } from '../services/read-report-files';
import { textOf } from '../services/text-of';
import { usePane } from './use-pane';

/** One report sheet read for checking: where it came from and what the parser made of it. */
interface ReadReport {
  sheet: string;
  file?: string;
  read: Result<UnitReport>;
}

/**
 * The Check panel's actions. Excel mode reads the workbook's report sheets (the active one is
 * proposed first); file mode reads a picked file. The check itself is recomputed from what was read
 * whenever the settings change (another as-of date, another threshold), without reading again.
 */
export function useCheck() {
  const { port, plan, settings } = usePane();
  const [reads, setReads] = useState<ReadReport[]>([]);
  const [selected, setSelected] = useState<string | undefined>();
  const [file, setFile] = useState<PickedFile | undefined>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [fileNotes, setFileNotes] = useState<Finding[]>([]);

  const current = reads.find((r) => r.sheet === selected) ?? reads[0];
  const view: ReportCheckView | undefined = useMemo(
    () =>
      current
        ? checkReport(
            current.read,
            { sheet: current.sheet, ...(current.file ? { file: current.file } : {}) },
            plan,
            settings,
          )
        : undefined,
    [current, plan, settings],
  );

  async function checkWorkbook(preferred?: string) {
    const excel = port.excel;
    if (!excel) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const active = preferred ?? (await excel.activeSheet());
      const read = await excel.read({ select: isReportSheet });
      if (!read.ok) {
        setReads([]);
        setOutcome(
          failureOutcome(
            textOf((c) => c.check.readFailed),
            read.error,
          ),
        );
        return;
      }
      const reports = read.value.sheets.filter((s) => isReportSheet(s));
      if (reports.length === 0) {
        setReads([]);
        setOutcome({ intent: 'warning', message: textOf((c) => c.check.noReportSheet), details: [] });
        return;
      }
      setReads(reports.map((s) => ({ sheet: s.name, read: parseReport(s, plan, settings, {}) })));
      const names = reports.map((s) => s.name);
      const keep = [preferred, active, selected].find((n) => n !== undefined && names.includes(n));
      setSelected(keep ?? names[0]);
    } finally {
      setBusy(false);
    }
  }

  async function checkFile(picked: PickedFile) {
    setFile(picked);
    setBusy(true);
    setOutcome(undefined);
    try {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await picked.arrayBuffer());
      } catch {
        // The file was moved or changed after it was picked: the browser no longer lets us read it.
        setReads([]);
        setOutcome({ intent: 'error', message: textOf((c) => c.check.fileGone(picked.name)), details: [] });
        return;
      }
      const { readReportFile } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/read-report-file');
      const result = await readReportFile(bytes, picked.name, { plan, settings });
      setFileNotes(result.fileFindings);
      if (result.sources.length === 0) {
        setReads([]);
        setOutcome(
          failureOutcome(
            textOf((c) => c.check.fileUnreadable(picked.name)),
            result.fileFindings,
          ),
        );
        return;
      }
      const next = result.sources.map((s, i) => ({
        sheet: s.sheet ?? String(i + 1),
        file: picked.name,
        read: s.read,
      }));
      setReads(next);
      setSelected((prev) => (next.some((r) => r.sheet === prev) ? prev : next[0]?.sheet));
    } finally {
      setBusy(false);
    }
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
      setOutcome(
        failureOutcome(
          textOf((c) => c.check.selectFailed),
          result.error,
        ),
      );
  }

  return {
    view,
    sheets: reads.map((r) => r.sheet),
    selected: current?.sheet,
    select: setSelected,
    file,
    fileNotes: port.excel ? [] : fileNotes,
    busy,
    outcome,
    checkWorkbook,
    checkFile,
    recheck,
    selectFinding,
  };
}
