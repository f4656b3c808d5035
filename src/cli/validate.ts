/**
 * `baocao validate FILE...`: reads each file as the consolidation would (byte checks, the key
 * contract) and checks each report sheet against the plan's rules. Findings are grouped per
 * file and sheet, errors first. Exit 0: no errors; 1: a report has errors; 2: a file could not
 * be read as a report (or a usage error).
 */
import { bySeverity, checkWorkbook } from '../core/check/check-report';
import { milestoneDeadline } from '../core/consolidate/verdicts';
import type { MilestoneRow } from '../core/milestones/milestone-types';
import type { WorkbookIntake } from '../core/intake/intake';
import type { Settings } from '../core/settings/settings-types';
import { STATUS_WORDS } from '../core/template/report-template';
import { formatDate, matchKey } from '../core/text';
import type { Finding } from '../core/types';
import { deAn04 } from '../plans/de-an-04/plan';
import type { CliContext } from './cli-context';
import { displayPath, expandInputs, printInputNotes } from './cli-files';
import { EXIT, parseCommand, readDate } from './cli-options';
import { loadSettings } from './load-settings';
import { countOf, findingLine } from './print-findings';
import { createProgress } from './progress';
import { readInputs } from './read-intake';

const OPTIONS = { 'as-of': { type: 'string' } } as const;

type FileStatus = 'clean' | 'errors' | 'unreadable';

export async function validateCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommand('validate', argv, OPTIONS, ctx);
  if (!args) return usageError(ctx);
  const o = args.values;
  if (o.help) {
    ctx.always(ctx.m.help.validate);
    return EXIT.ok;
  }
  if (args.positionals.length === 0) {
    ctx.error(ctx.m.usage.noInputs('validate'));
    return usageError(ctx);
  }
  const asOf = o['as-of'] === undefined ? undefined : readDate(o['as-of'], '--as-of', ctx);
  if (o['as-of'] !== undefined && asOf === undefined) return usageError(ctx);
  const settings = await loadSettings(ctx, o.config, asOf);
  if (!settings) return EXIT.usage;

  const inputs = await expandInputs(ctx, args.positionals);
  const statuses: FileStatus[] = [];
  for (const missing of inputs.missing) {
    ctx.error(ctx.m.files.notFound(missing));
    statuses.push('unreadable');
  }
  for (const dir of inputs.emptyDirs) ctx.error(ctx.m.files.emptyDir(dir));
  printInputNotes(ctx, inputs);
  // What was named but not opened (a FIFO, a link loop) counts as a file not read.
  statuses.push(...inputs.setAside.map(() => 'unreadable' as const));

  // The bar only on a terminal: in a pipe, the per-file output below is the progress.
  const progress = createProgress(inputs.files.length, ctx.progress, ctx.quiet || !ctx.progress.isTTY);
  // Read ahead (on worker threads for a large batch); the files come back in order.
  const files = inputs.files.map((path) => ({ path, name: displayPath(ctx, path) }));
  for await (const { intake } of readInputs(files, settings)) {
    const name = intake.file; // the name it was read under
    const { status, errors, lines } = checkFile(ctx, settings, intake, name);
    progress.done();
    for (const l of lines) (l.always ? ctx.always : ctx.out)(l.text);
    statuses.push(status);
    progress.step(name, statusWord(ctx, status, errors));
  }
  progress.done();

  const count = (s: FileStatus) => statuses.filter((x) => x === s).length;
  ctx.out(ctx.m.validate.summary(statuses.length, count('clean'), count('errors'), count('unreadable')));
  if (count('unreadable') > 0 || inputs.emptyDirs.length > 0) return EXIT.usage;
  return count('errors') > 0 ? EXIT.reportErrors : EXIT.ok;
}

function usageError(ctx: CliContext): number {
  ctx.error(ctx.m.usage.helpHint('validate'));
  return EXIT.usage;
}

function statusWord(ctx: CliContext, s: FileStatus, errors: number): string {
  if (s === 'clean') return ctx.m.validate.statusOk;
  return s === 'errors' ? ctx.m.validate.statusErrors(errors) : ctx.m.validate.statusUnreadable;
}

/** A line of output; `always` lines (errors) are printed even with --quiet. */
interface Line {
  text: string;
  always: boolean;
}

function checkFile(
  ctx: CliContext,
  settings: Settings,
  intake: WorkbookIntake,
  name: string,
): { status: FileStatus; errors: number; lines: Line[] } {
  const lines: Line[] = [];
  const header = { text: '', always: false };
  const say = (text: string, always = false) => lines.push({ text, always });
  const findings = (list: readonly Finding[]) => {
    for (const f of bySeverity(list)) {
      const always = f.severity === 'error';
      // With --quiet a file's errors still need their file named above them.
      if (always) header.always = true;
      say(findingLine(ctx, f), always);
    }
  };
  lines.push(header);
  header.text = ctx.m.validate.fileHeader(name);

  const checked = checkWorkbook(intake, deAn04, settings);
  if (checked.reports.length === 0) {
    if (checked.bloc) {
      const years = [...new Set(intake.blocInputs.map((b) => b.year))];
      say(ctx.m.validate.blocFile(years.length > 0 ? `${years[0]}-${years[years.length - 1]}` : '-'));
      findings(checked.findings);
      const errors = countOf(checked.findings, 'error');
      if (errors === 0 && checked.findings.length === 0) say(ctx.m.validate.noFindings);
      return { status: errors > 0 ? 'errors' : 'clean', errors, lines };
    }
    header.always = true;
    say(ctx.m.validate.unreadable, true);
    findings(checked.findings);
    return { status: 'unreadable', errors: 0, lines };
  }

  let unreadable = false;
  let errors = countOf(checked.findings, 'error');
  findings(checked.findings);
  for (const view of checked.reports) {
    const report = view.report;
    if (!report) {
      unreadable = true;
      header.always = true;
      say(ctx.m.validate.unreadable, true);
      findings(view.findings);
      continue;
    }
    const unit = view.unit;
    // A former name, or the name of a unit merged into this one, is worth showing.
    const written =
      unit && matchKey(report.unitName) !== matchKey(unit.name)
        ? ctx.m.validate.writtenAs(report.unitName)
        : '';
    say(
      ctx.m.validate.sheetHeader(
        view.sheet,
        unit ? `${unit.code} ${unit.name}${written}` : report.unitName,
        report.stamp.year,
        report.stamp.templateVersion,
      ),
    );
    findings(view.findings);
    const all = view.findings;
    if (all.length === 0) say(ctx.m.validate.noFindings);
    else say(ctx.m.validate.counts(countOf(all, 'error'), countOf(all, 'warning'), countOf(all, 'info')));
    for (const row of view.milestones) say(milestoneLine(ctx, row));
    errors += countOf(all, 'error');
  }
  return { status: unreadable ? 'unreadable' : errors > 0 ? 'errors' : 'clean', errors, lines };
}

/** "    Mốc: Xây dựng chương trình (năm 2025): Quá hạn, hạn giả định 31/12/2025." */
function milestoneLine(ctx: CliContext, row: MilestoneRow): string {
  const m = deAn04.milestones.find((x) => x.id === row.milestoneId);
  const label = m ? ctx.t(m.label) : row.milestoneId;
  return ctx.m.validate.milestone(
    row.year !== undefined ? ctx.m.validate.milestoneYear(label, row.year) : label,
    ctx.t(STATUS_WORDS[row.status]),
    milestoneDeadline(deAn04, row, ctx.lang),
    row.done !== undefined ? formatDate(row.done, ctx.lang) : undefined,
  );
}
