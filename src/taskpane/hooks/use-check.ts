import { useMemo, useState } from 'react';
import { checkReport, type ReportCheckView } from '../../core/check/check-report';
import type { SourceInput } from '../../core/consolidate/consolidate-types';
import { reportSources, sourcesOfWorkbook } from '../../core/intake/intake';
import type { Finding } from '../../core/types';
import { failureOutcome, type Outcome } from '../services/outcome';
import { intakeOfPickedFile, type PickedFile } from '../services/read-workbook-files';
import { textOf } from '../services/text-of';
import { usePane } from './use-pane';

/**
 * The Check panel's actions. Excel mode reads the workbook's report sheets (the active one is
 * proposed first); file mode reads a picked file. The check itself is recomputed from what was read
 * whenever the settings change (another as-of date, another threshold), without reading again.
 */
export function useCheck() {
  const { port, plan, settings } = usePane();
  const [reads, setReads] = useState<SourceInput[]>([]);
  const [selected, setSelected] = useState<string | undefined>();
  const [file, setFile] = useState<PickedFile | undefined>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [fileNotes, setFileNotes] = useState<Finding[]>([]);

  const current = reads.find((r) => r.sheet === selected) ?? reads[0];
  const view: ReportCheckView | undefined = useMemo(
    () => (current ? checkReport(current, plan, settings) : undefined),
    [current, plan, settings],
  );

  async function checkWorkbook(preferred?: string) {
    const excel = port.excel;
    if (!excel) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const active = preferred ?? (await excel.activeSheet());
      const read = await excel.read();
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
      const workbook = textOf((c) => c.consolidate.thisWorkbook)[settings.lang];
      const reports = reportSources(sourcesOfWorkbook(read.value, plan, settings, { name: workbook }));
      if (reports.length === 0) {
        setReads([]);
        setOutcome({ intent: 'warning', message: textOf((c) => c.check.noReportSheet), details: [] });
        return;
      }
      setReads(reports);
      const names = reports.map((s) => s.sheet ?? '');
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
      const intake = await intakeOfPickedFile(picked, { plan, settings });
      setFileNotes(intake.findings);
      const next = reportSources(intake);
      if (next.length === 0) {
        setReads([]);
        setOutcome(
          failureOutcome(
            textOf((c) => c.check.fileUnreadable(picked.name)),
            intake.findings,
          ),
        );
        return;
      }
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
    sheets: reads.map((r) => r.sheet ?? ''),
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
