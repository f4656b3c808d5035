/**
 * `baocao validate FILE...`: reads each file as the consolidation would (byte checks, the key
 * contract) and checks each report sheet against the plan's rules. Findings are grouped per
 * file and sheet, errors first. Exit 0: no errors; 1: a report has errors; 2: a file could not
 * be read as a report (or a usage error).
 */
import { readFile } from 'node:fs/promises';
import { resolveUnit } from '../core/settings/resolve-unit';
import { matchKey } from '../core/text';
import type { Settings } from '../core/settings/settings-types';
import type { Finding } from '../core/types';
import { validateReport } from '../core/validate/validate-report';
import { deAn04 } from '../plans/de-an-04/plan';
import { readReportFile } from '../xlsx/read-report-file';
import type { CliContext } from './cli-context';
import { displayPath, expandInputs } from './cli-files';
import { EXIT, parseCommand, readDate } from './cli-options';
import { loadSettings, reason } from './load-settings';
import { bySeverity, countOf, findingLine } from './print-findings';
import { createProgress } from './progress';
import { readBlocFile } from './read-bloc-file';

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

  // The bar only on a terminal: in a pipe, the per-file output below is the progress.
  const progress = createProgress(inputs.files.length, ctx.progress, ctx.quiet || !ctx.progress.isTTY);
  for (const path of inputs.files) {
    const name = displayPath(ctx, path);
    const { status, errors, lines } = await checkFile(ctx, settings, path, name);
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

async function checkFile(
  ctx: CliContext,
  settings: Settings,
  path: string,
  name: string,
): Promise<{ status: FileStatus; errors: number; lines: Line[] }> {
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

  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    header.always = true;
    say(`  ${ctx.m.files.unreadable(name, reason(e))}`, true);
    return { status: 'unreadable', errors: 0, lines };
  }
  const read = await readReportFile(bytes, name, { plan: deAn04, settings });
  if (read.sources.length === 0) {
    if (read.fileFindings.some((f) => f.code === 'FILE.NO_REPORT_SHEET')) {
      const bloc = await readBlocFile(bytes, name, deAn04, settings);
      if (bloc.isBloc) {
        const years = [...new Set(bloc.inputs.map((b) => b.year))];
        say(ctx.m.validate.blocFile(years.length > 0 ? `${years[0]}-${years[years.length - 1]}` : '-'));
        findings(bloc.findings);
        const errors = countOf(bloc.findings, 'error');
        if (errors === 0 && bloc.findings.length === 0) say(ctx.m.validate.noFindings);
        return { status: errors > 0 ? 'errors' : 'clean', errors, lines };
      }
    }
    header.always = true;
    say(ctx.m.validate.unreadable, true);
    findings(read.fileFindings);
    return { status: 'unreadable', errors: 0, lines };
  }

  let unreadable = false;
  let errors = 0;
  findings(read.fileFindings);
  for (const source of read.sources) {
    if (!source.read.ok) {
      unreadable = true;
      header.always = true;
      say(ctx.m.validate.unreadable, true);
      findings(source.read.error);
      continue;
    }
    const report = source.read.value;
    const year = report.stamp.year;
    const match = resolveUnit(report.unitName, report.stamp.unitCode, year, settings.units);
    const unit = match.kind === 'found' ? match.unit : undefined;
    const check = validateReport(report, deAn04, settings, unit);
    const all = [...report.readFindings, ...check.findings];
    // A former name, or the name of a unit merged into this one, is worth showing.
    const written =
      unit && matchKey(report.unitName) !== matchKey(unit.name)
        ? ctx.m.validate.writtenAs(report.unitName)
        : '';
    say(
      ctx.m.validate.sheetHeader(
        report.source.sheet,
        unit ? `${unit.code} ${unit.name}${written}` : report.unitName,
        year,
        report.stamp.templateVersion,
      ),
    );
    if (match.kind === 'unknown')
      say(
        ctx.m.validate.unknownUnit(
          report.unitName,
          report.stamp.unitCode,
          match.suggestions.map((u) => `${u.code} ${u.name}`),
        ),
      );
    findings(all);
    if (all.length === 0) say(ctx.m.validate.noFindings);
    else say(ctx.m.validate.counts(countOf(all, 'error'), countOf(all, 'warning'), countOf(all, 'info')));
    errors += countOf(all, 'error');
  }
  return { status: unreadable ? 'unreadable' : errors > 0 ? 'errors' : 'clean', errors, lines };
}
