import type { SourceInput } from '../consolidate/consolidate-types';
import {
  hiddenReportSheet,
  noReportSheet,
  ownOutput,
  sheetParseFailed,
  stampBroken,
  stampYearOutside,
} from '../messages/intake-messages';
import { reportYearRange } from '../plan/report-years';
import type { Plan } from '../plan/plan-types';
import type { BlocInput, RawSheet, RawWorkbook, UnitReport } from '../report/report-types';
import type { Settings } from '../settings/settings-types';
import { parseBlocInput } from '../template/bloc-template';
import { parseReport } from '../template/parse-report';
import { a1, scanStamp } from '../template/template-keys';
import type { Finding, IsoDate, Result } from '../types';
import { fail } from '../types';

/**
 * The ONE intake of the core: every front door (CLI, file mode, the open workbook in Excel, the
 * Settings import) hands what its adapter read here, and gets back report sources, bloc inputs
 * and findings. Each sheet is classified once,  by its stamp (template-keys.ts):
 *   report stamp -> parseReport -> a SourceInput (its `read` may have failed: a source to reject);
 *                   a stamp year outside the plan's report years is such a failed source, and a
 *                   report in a hidden or very hidden sheet carries a note saying so
 *   bloc stamp   -> parseBlocInput -> BlocInputs (their reading findings go to `findings`)
 *   broken stamp -> a failed source naming the stamp's cell (never taken for "no stamp")
 *   no stamp     -> other (a data sheet beside the reports; ignored, unless nothing else is found)
 * A bug while parsing one sheet becomes a finding for that sheet; the other sheets go on.
 */

/** What the front door knows of where the workbook came from. */
export interface WorkbookOrigin {
  /** The file name, or the name the interface gives the open workbook ("Sổ làm việc này"). */
  name: string;
  /** The file's modification date from the file system, when known: used when the workbook does
   *  not record when it was last saved (a duplicate tie-break). */
  modified?: IsoDate;
}

/**
 * What a workbook holds, as a whole: reports, the bloc's own data, both, a consolidation this
 * program wrote (skipped with a note, never rejected as a bad report), or none of these.
 */
export type WorkbookKind = 'reports' | 'bloc' | 'reports-and-bloc' | 'own-output' | 'none' | 'unreadable';

export interface WorkbookIntake {
  file: string;
  kind: WorkbookKind;
  /**
   * One per report sheet, with the workbook's file-level notes (macros, external links) on each;
   * when the workbook could not be read, or has neither report nor bloc sheets, ONE failed source
   * carrying why (so a consolidation lists it as rejected). Empty for a bloc-only workbook.
   */
  sources: SourceInput[];
  /** The consolidating office's yearly inputs from the bloc sheets, one per year. */
  blocInputs: BlocInput[];
  /** Findings about the workbook as a whole and about its bloc sheets. */
  findings: Finding[];
}

/** The intake of an adapter's read: a workbook, or the findings that stopped it. */
export function intakeOfRead(
  read: Result<RawWorkbook>,
  plan: Plan,
  settings: Settings,
  origin: WorkbookOrigin,
): WorkbookIntake {
  if (read.ok) return sourcesOfWorkbook(read.value, plan, settings, origin);
  return {
    file: origin.name,
    kind: 'unreadable',
    sources: [failedSource(origin, read.error)],
    blocInputs: [],
    findings: read.error,
  };
}

export function sourcesOfWorkbook(
  workbook: RawWorkbook,
  plan: Plan,
  settings: Settings,
  origin: WorkbookOrigin,
): WorkbookIntake {
  const file = origin.name;
  // The workbook's own "last saved" date is the same whichever door the file comes through; the
  // file system's date (changed by every copy or download) is only a fallback.
  const modified = workbook.modified ?? origin.modified;
  const notes = workbook.notes ?? [];
  const sources: SourceInput[] = [];
  const blocInputs: BlocInput[] = [];
  const findings: Finding[] = [...notes];
  const years = reportYearRange(plan, settings.asOf);
  const kinds = new Set<string | undefined>();
  for (const sheet of workbook.sheets) {
    const { found, broken } = scanStamp(sheet);
    const kind = found?.stamp.kind;
    kinds.add(kind);
    const source = (read: Result<UnitReport>): SourceInput => ({
      file,
      sheet: sheet.name,
      ...(modified !== undefined ? { modified } : {}),
      read: withNotes(read, notes),
    });
    if (!found && broken) {
      sources.push(source(fail([stampBroken(file, sheet.name, broken)])));
    } else if (
      kind === 'report' &&
      found &&
      (found.stamp.year < years.first || found.stamp.year > years.last)
    ) {
      sources.push(
        source(
          fail([
            stampYearOutside(
              file,
              sheet.name,
              { year: found.stamp.year, cell: a1(found.row, found.col) },
              plan.shortTitle,
              years,
            ),
          ]),
        ),
      );
    } else if (kind === 'report') {
      const read = guarded(sheet, file, () =>
        parseReport(sheet, plan, settings, { file, ...(modified !== undefined ? { modified } : {}) }),
      );
      sources.push(source(hiddenNoted(read, sheet, file)));
    } else if (kind === 'bloc') {
      const read = guarded(sheet, file, () => parseBlocInput(sheet, plan, file));
      if (!read.ok) findings.push(...read.error);
      else {
        blocInputs.push(...read.value);
        findings.push(...read.value.flatMap((b) => b.readFindings));
      }
    }
  }
  const hasBloc = kinds.has('bloc');
  if (sources.length === 0 && !hasBloc && kinds.has('consolidation')) {
    const note = ownOutput(file, '.xlsx');
    return { file, kind: 'own-output', sources: [], blocInputs, findings: [...notes, note] };
  }
  if (sources.length === 0 && !hasBloc) {
    const none = noReportSheet(
      file,
      workbook.sheets.map((s) => s.name),
    );
    return {
      file,
      kind: 'none',
      sources: [failedSource({ ...origin, ...(modified ? { modified } : {}) }, [...notes, none])],
      blocInputs,
      findings: [...findings, none],
    };
  }
  const kind: WorkbookKind = sources.length === 0 ? 'bloc' : hasBloc ? 'reports-and-bloc' : 'reports';
  return { file, kind, sources, blocInputs, findings };
}

function failedSource(origin: WorkbookOrigin, findings: Finding[]): SourceInput {
  return {
    file: origin.name,
    ...(origin.modified !== undefined ? { modified: origin.modified } : {}),
    read: fail(findings),
  };
}

/** A report read from a sheet Excel does not show: counted, with a note so nobody is surprised. */
function hiddenNoted(read: Result<UnitReport>, sheet: RawSheet, file: string): Result<UnitReport> {
  if (!read.ok || sheet.state === undefined || sheet.state === 'visible') return read;
  const note = hiddenReportSheet(file, sheet.name, sheet.state);
  return { ok: true, value: { ...read.value, readFindings: [note, ...read.value.readFindings] } };
}

/** File-level notes (macros not run, external links) belong to every report the file holds. */
function withNotes(read: Result<UnitReport>, notes: readonly Finding[]): Result<UnitReport> {
  if (notes.length === 0) return read;
  return read.ok
    ? { ok: true, value: { ...read.value, readFindings: [...notes, ...read.value.readFindings] } }
    : { ok: false, error: [...read.error, ...notes] };
}

/** Runs one sheet's parser; a bug in it fails that sheet alone, with a finding that says where. */
function guarded<T>(sheet: RawSheet, file: string, parse: () => Result<T>): Result<T> {
  try {
    return parse();
  } catch (e) {
    return fail([sheetParseFailed(file, sheet.name, e)]);
  }
}

/** Whether the workbook holds the bloc's own data (a bloc sheet, readable or not). */
export const hasBlocSheet = (intake: WorkbookIntake): boolean =>
  intake.kind === 'bloc' || intake.kind === 'reports-and-bloc';

/** The report sheets of a workbook (none when it has none, or could not be read at all). */
export const reportSources = (intake: WorkbookIntake): SourceInput[] =>
  intake.kind === 'none' || intake.kind === 'unreadable' || intake.kind === 'own-output'
    ? []
    : intake.sources;

/**
 * Whether a sheet is one the intake reads (it carries a stamp: a report, the bloc's data, or our
 * own output). The open workbook's reader uses it on a small probe of each sheet, so unrelated
 * data sheets are never loaded in full.
 */
export function isStampedSheet(sheet: RawSheet): boolean {
  const { found, broken } = scanStamp(sheet);
  // A damaged stamp is read in full too, so the intake can name it rather than skip the sheet.
  return found !== null || broken !== null;
}
