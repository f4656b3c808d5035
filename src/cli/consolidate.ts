/**
 * `baocao consolidate FILES|DIR --year Y`: reads every file (one bad file never stops the
 * batch), gives each source its verdict, and writes the four consolidation sheets to an .xlsx
 * (and the result as JSON). Outputs are never written over an existing file without --force,
 * and never over an input file at all.
 */
import { dirname } from 'node:path';
import { bySeverity } from '../core/check/check-report';
import { consolidate } from '../core/consolidate/consolidate';
import { hasBlocSheet } from '../core/intake/intake';
import { ownOutput } from '../core/messages/intake-messages';
import type { Consolidation, SourceInput, SourceRow } from '../core/consolidate/consolidate-types';
import { SOURCE_VERDICT_LABELS, lateNote } from '../core/consolidate/verdicts';
import { reportYearRange } from '../core/plan/report-years';
import type { BlocInput } from '../core/report/report-types';
import type { Settings } from '../core/settings/settings-types';
import { consolidationJson, isConsolidationJson } from '../core/summary/consolidation-json';
import { consolidationSheets } from '../core/summary/consolidation-sheets';
import { targetSentence } from '../core/summary/summary-sheet';
import { targetColumns } from '../core/summary/target-columns';
import { formatDate, formatPercent } from '../core/text';
import type { Finding, IsoDate } from '../core/types';
import type { InputFile } from '../core/verify/fingerprint';
import { deAn04 } from '../plans/de-an-04/plan';
import { writeXlsx } from '../xlsx/write-xlsx';
import type { CliContext } from './cli-context';
import { localIsoDateTime } from './cli-context';
import {
  CONFIG_FILE,
  displayPath,
  exists,
  expandInputs,
  outputsAreNotInputs,
  printInputNotes,
  sweepStaleTemps,
  readRegularFile,
  realOrResolved,
  resolvePath,
  writeOutput,
} from './cli-files';
import { EXIT, parseCommand, readDate, readYear } from './cli-options';
import { loadSettings, reason } from './load-settings';
import { findingLine } from './print-findings';
import { createProgress } from './progress';
import { fileOfRecord, inputFileOf } from './hash-file';
import { readInput, readInputs, type InputRead } from './read-intake';

const OPTIONS = {
  year: { type: 'string' },
  output: { type: 'string', short: 'o' },
  json: { type: 'string' },
  'as-of': { type: 'string' },
  bloc: { type: 'string' },
  force: { type: 'boolean' },
  'allow-empty': { type: 'boolean' },
} as const;

export interface ConsolidateRequest {
  inputs: string[];
  year: number;
  /** Output .xlsx and .json paths as given (relative to the working folder). */
  output: string;
  json?: string;
  asOf?: IsoDate;
  config?: string;
  bloc?: string;
  force: boolean;
  /** Write the workbook even when no unit has a counted report for the year. */
  allowEmpty?: boolean;
  /**
   * A fixed import time and file date instead of the clock, so the output is byte-identical
   * run after run (the demo). Absent: the real time of the run.
   */
  pinned?: { importedAt: string; created: IsoDate };
  /** 'all' (default): a line per file; 'attention': only files with something to say, and a count of the rest. */
  listing?: 'all' | 'attention';
}

export interface ConsolidateOutcome {
  code: number;
  consolidation?: Consolidation;
  /** Absolute paths written. */
  written: string[];
}

export async function consolidateCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommand('consolidate', argv, OPTIONS, ctx);
  if (!args) return usageError(ctx);
  const o = args.values;
  if (o.help) {
    ctx.always(ctx.m.help.consolidate);
    return EXIT.ok;
  }
  if (args.positionals.length === 0) {
    ctx.error(ctx.m.usage.noInputs('consolidate'));
    return usageError(ctx);
  }
  if (o.year === undefined) {
    ctx.error(
      ctx.m.usage.missingOption('--year', 'consolidate', `${args.positionals.join(' ')} --year 2025`),
    );
    return usageError(ctx);
  }
  const year = readYear(o.year, '--year', ctx);
  if (year === undefined) return usageError(ctx);
  const asOf = o['as-of'] === undefined ? undefined : readDate(o['as-of'], '--as-of', ctx);
  if (o['as-of'] !== undefined && asOf === undefined) return usageError(ctx);
  const outcome = await runConsolidate(ctx, {
    inputs: args.positionals,
    year,
    output: o.output ?? `tong-hop-${year}.xlsx`,
    ...(o.json !== undefined ? { json: o.json } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    ...(o.config !== undefined ? { config: o.config } : {}),
    ...(o.bloc !== undefined ? { bloc: o.bloc } : {}),
    force: o.force === true,
    allowEmpty: o['allow-empty'] === true,
  });
  return outcome.code;
}

function usageError(ctx: CliContext): number {
  ctx.error(ctx.m.usage.helpHint('consolidate'));
  return EXIT.usage;
}

export async function runConsolidate(ctx: CliContext, req: ConsolidateRequest): Promise<ConsolidateOutcome> {
  const fail = (code: number = EXIT.usage): ConsolidateOutcome => ({ code, written: [] });
  const outPath = resolvePath(ctx, req.output);
  const jsonPath = req.json !== undefined ? resolvePath(ctx, req.json) : undefined;
  if (!outPath.toLowerCase().endsWith('.xlsx')) {
    ctx.error(ctx.m.files.wrongExtension(req.output, '.xlsx', '-o'));
    return fail();
  }
  if (req.json !== undefined && !req.json.toLowerCase().endsWith('.json')) {
    ctx.error(ctx.m.files.wrongExtension(req.json, '.json', '--json'));
    return fail();
  }
  const settings = await loadSettings(ctx, req.config, req.asOf);
  if (!settings) return fail();
  const years = reportYearRange(deAn04, settings.asOf);
  if (req.year < years.first || req.year > years.last) {
    ctx.error(
      ctx.m.usage.yearOutsidePlan(req.year, '--year', deAn04.shortTitle[ctx.lang], years.first, years.last),
    );
    return fail();
  }

  const inputs = await expandInputs(ctx, req.inputs);
  if (inputs.missing.length > 0) {
    for (const m of inputs.missing) ctx.error(ctx.m.files.notFound(m));
    return fail();
  }
  for (const dir of inputs.emptyDirs) ctx.error(ctx.m.files.emptyDir(dir));
  if (inputs.files.length === 0) return fail();

  // Never write into an input (a report, the settings, the bloc file), never overwrite an
  // earlier result without --force.
  const reals = await Promise.all(inputs.files.map(realOrResolved));
  const blocReal = req.bloc !== undefined ? await realOrResolved(resolvePath(ctx, req.bloc)) : undefined;
  const outputs = [
    { path: outPath, given: req.output },
    ...(jsonPath ? [{ path: jsonPath, given: req.json as string }] : []),
  ];
  const inputPaths = [
    ...reals,
    ...(blocReal !== undefined ? [blocReal] : []),
    ...(req.config !== undefined ? [resolvePath(ctx, req.config)] : []),
  ];
  if (!(await outputsAreNotInputs(ctx, outputs, inputPaths))) return fail();
  for (const { path } of outputs) {
    if (!req.force && (await exists(path))) {
      ctx.error(ctx.m.files.exists(displayPath(ctx, path)));
      return fail();
    }
  }

  const m = ctx.m.consolidate;
  ctx.out(m.header(req.year, formatDate(settings.asOf, ctx.lang)));
  if (req.config === undefined)
    for (const dir of inputs.configsSeen)
      ctx.out(ctx.m.config.hintInDir(displayPath(ctx, dir), displayPath(ctx, `${dir}/${CONFIG_FILE}`)));
  printInputNotes(ctx, inputs);

  // The bloc file given by --bloc.
  const blocInputs: BlocInput[] = [];
  const blocFiles: { name: string; years: number[]; findings: Finding[] }[] = [];
  // Our own earlier outputs among the inputs: skipped with a note, never rejected as bad reports.
  const ownOutputs: Finding[] = [];
  // Every file read, with its SHA-256: the verification record (`baocao verify`).
  const inputFiles: InputFile[] = [];
  if (req.bloc !== undefined) {
    const path = resolvePath(ctx, req.bloc);
    const name = displayPath(ctx, path);
    if (!(await exists(path))) {
      ctx.error(ctx.m.files.notFound(req.bloc));
      return fail();
    }
    const { intake: bloc, sha256 } = await readInput(path, name, settings);
    inputFiles.push(fileOfRecord(path, sha256));
    if (!hasBlocSheet(bloc)) {
      ctx.error(m.notBloc(name));
      for (const f of bloc.findings) ctx.error(findingLine(ctx, f));
      return fail();
    }
    blocInputs.push(...bloc.blocInputs);
    blocFiles.push({ name, years: bloc.blocInputs.map((b) => b.year), findings: bloc.findings });
  }

  // Read every file; the bloc file is not a report, wherever it lies.
  const files = inputs.files.filter((_, i) => reals[i] !== blocReal);
  const sources: SourceInput[] = [];
  ctx.out(m.reading(files.length, req.inputs.map((p) => displayPath(ctx, resolvePath(ctx, p))).join(', ')));
  const progress = createProgress(files.length, ctx.progress, ctx.quiet);
  const named = files.map((path) => ({ path, name: displayPath(ctx, path) }));
  const ownJson = await Promise.all(files.map((path) => isOwnJson(path, settings.limits.maxFileBytes)));
  // The workbooks are read ahead (on worker threads for a large batch) and come back in order.
  const reads = readInputs(
    named.filter((_, i) => !ownJson[i]),
    settings,
  );
  try {
    for (const [i, { path, name }] of named.entries()) {
      // Every file read is hashed for the verification record (chốt số liệu), our own outputs too.
      if (ownJson[i]) {
        inputFiles.push(await inputFileOf(path));
        ownOutputs.push(ownOutput(name, '.json'));
        progress.step(name, m.statusOwnOutput);
        continue;
      }
      const { intake, sha256 } = (await reads.next()).value as InputRead;
      const input = fileOfRecord(path, sha256);
      inputFiles.push(input);
      if (hasBlocSheet(intake)) {
        // A bloc data file among the reports is recognized and used, not rejected.
        blocInputs.push(...intake.blocInputs);
        blocFiles.push({ name, years: intake.blocInputs.map((b) => b.year), findings: intake.findings });
      }
      if (intake.kind === 'bloc') {
        progress.step(name, m.statusBloc);
        continue;
      }
      if (intake.kind === 'own-output') {
        ownOutputs.push(...intake.findings);
        progress.step(name, m.statusOwnOutput);
        continue;
      }
      sources.push(...intake.sources.map((s) => (input.sha256 ? { ...s, sha256: input.sha256 } : s)));
      const failed = intake.sources.every((s) => !s.read.ok);
      const code = intake.findings.find((f) => f.severity === 'error')?.code;
      progress.step(name, failed ? `${m.statusUnreadable}${code ? ` (${code})` : ''}` : m.statusRead);
    }
  } finally {
    // Stops the reading threads even when a file's handling throws.
    await reads.return(undefined);
  }
  progress.done();

  const c = consolidate({
    plan: deAn04,
    settings,
    year: req.year,
    sources,
    blocInputs,
    importedAt: req.pinned?.importedAt ?? localIsoDateTime(ctx.now()),
    files: inputFiles,
  });

  // No unit reported for the year: say so and which years the files hold, and write no
  // official-looking empty table unless asked to.
  if (c.counts.reported === 0 && req.allowEmpty !== true) {
    printResult(ctx, c, settings, blocFiles, ownOutputs, req.listing ?? 'all');
    ctx.error(m.noReports(req.year, c.yearsWithReports.join(', ')));
    return { code: EXIT.reportErrors, consolidation: c, written: [] };
  }

  for (const dir of new Set(outputs.map((o) => dirname(o.path)))) await sweepStaleTemps(ctx, dir);
  const specs = consolidationSheets(c, deAn04, settings, ctx.lang);
  const created = req.pinned?.created ?? ctx.today();
  const written: string[] = [];
  try {
    const bytes = await writeXlsx(specs, { created });
    await writeOutput(outPath, bytes, req.force);
    written.push(outPath);
    if (jsonPath) {
      await writeOutput(
        jsonPath,
        `${JSON.stringify(consolidationJson(c, deAn04, settings), null, 2)}\n`,
        req.force,
      );
      written.push(jsonPath);
    }
    printResult(ctx, c, settings, blocFiles, ownOutputs, req.listing ?? 'all');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const failed = written.includes(outPath) && jsonPath ? jsonPath : outPath;
    const shown = displayPath(ctx, failed);
    ctx.error(code === 'EEXIST' ? ctx.m.files.exists(shown) : ctx.m.files.writeFailed(shown, reason(e)));
    return { code: EXIT.usage, consolidation: c, written };
  }
  ctx.out();
  ctx.out(m.written(displayPath(ctx, outPath), specs.map((s) => s.name).join(', ')));
  if (jsonPath) ctx.out(m.writtenJson(displayPath(ctx, jsonPath)));
  return { code: EXIT.ok, consolidation: c, written };
}

/** Each file's verdict, then the figures a person wants first. */
function printResult(
  ctx: CliContext,
  c: Consolidation,
  settings: Settings,
  blocFiles: { name: string; years: number[]; findings: Finding[] }[],
  ownOutputs: readonly Finding[],
  listing: 'all' | 'attention',
): void {
  const m = ctx.m.consolidate;
  ctx.out();
  for (const b of blocFiles) {
    const years = [...new Set(b.years)].sort();
    ctx.out(m.blocUsed(b.name, years.length > 0 ? `${years[0]}-${years[years.length - 1]}` : '-'));
    if (b.findings.length > 0) ctx.out(m.blocProblem(b.name));
    for (const f of b.findings) ctx.out(findingLine(ctx, f));
  }
  for (const f of ownOutputs) ctx.out(m.ownOutput(ctx.t(f.message)));

  // The reason says what to do; a plain acceptance needs none unless the unit was matched
  // through a former name or a merger.
  const noteworthy = (r: SourceRow) =>
    r.verdict !== 'accepted' || r.matchedVia === 'alias' || r.matchedVia === 'merged';
  const rows = c.sources.filter((r) => r.verdict !== 'other-year');
  const shown = listing === 'all' ? rows : rows.filter(noteworthy);
  ctx.out(listing === 'all' ? m.sourcesTitle : m.attentionTitle);
  const width = Math.max(0, ...shown.map((r) => ctx.t(SOURCE_VERDICT_LABELS[r.verdict]).length));
  const pad = ' '.repeat(width);
  for (const r of shown) {
    ctx.out(`  ${ctx.t(SOURCE_VERDICT_LABELS[r.verdict]).padEnd(width)}  ${place(r)}`);
    // For a report taken with findings, what is wrong and where says more than the reason.
    if (r.verdict === 'accepted-with-findings')
      ctx.out(`  ${pad}  ${m.findingsBrief(briefOf(ctx, r.findings))}`);
    else if (noteworthy(r)) ctx.out(`  ${pad}  ${ctx.t(r.reason)}`);
  }
  if (listing === 'attention') ctx.out(m.plainAccepted(rows.length - shown.length));
  if (shown.some((r) => r.verdict === 'accepted-with-findings')) ctx.out(m.detailsHint);
  const otherYears = new Map<number, number>();
  for (const r of c.sources)
    if (r.verdict === 'other-year' && r.year !== undefined)
      otherYears.set(r.year, (otherYears.get(r.year) ?? 0) + 1);
  if (otherYears.size > 0) {
    const list = [...otherYears.entries()].sort((a, b) => a[0] - b[0]).map(([y, n]) => `${y} (${n})`);
    ctx.out(m.otherYears(list.join(', ')));
  }

  const k = c.counts;
  ctx.out();
  ctx.out(m.headline);
  ctx.out(
    m.reported(
      k.reported,
      k.expected,
      k.expected > 0 ? formatPercent((100 * k.reported) / k.expected, ctx.lang) : '-',
    ),
  );
  if (c.notReported.length > 0) {
    ctx.out(m.notReported(c.notReported.length));
    const MAX = 10;
    for (const u of c.notReported.slice(0, MAX))
      ctx.out(
        m.notReportedLine(
          u.code,
          u.name,
          (u.lastReportedYear !== undefined ? m.lastReported(u.lastReportedYear) : m.neverReported) +
            (u.wrongTemplate ? m.wrongTemplate(ctx.t(u.wrongTemplate.note)) : ''),
        ),
      );
    if (c.notReported.length > MAX) ctx.out(m.andMore(c.notReported.length - MAX));
  }
  const late = c.accepted.filter((a) => a.late !== undefined);
  if (late.length > 0) {
    ctx.out(m.lateTitle(late.length));
    for (const a of late) ctx.out(m.bullet(`${a.unit.code} ${a.unit.name}: ${lateNote(a.late!, ctx.lang)}`));
  }
  const judged = c.aggregates.filter((a) => a.met !== null);
  ctx.out(m.targetsMet(judged.filter((a) => a.met === true).length, judged.length, k.notReported));
  const aggregates = new Map(c.aggregates.map((a) => [a.itemId, a]));
  const missed = targetColumns(deAn04, settings).filter((t) => aggregates.get(t.itemId)?.met === false);
  if (missed.length > 0) {
    ctx.out(m.targetsNotMetTitle);
    for (const t of missed)
      ctx.out(m.bullet(targetSentence(t, aggregates.get(t.itemId), k.expected, ctx.lang)));
  }
  if (c.indicators.length > 0) {
    ctx.out(m.indicatorsTitle);
    for (const i of c.indicators) ctx.out(m.bullet(ctx.t(i.message)));
  }
  const parts = [
    k.accepted > 0 ? m.fileCounts.accepted(k.accepted) : '',
    k.acceptedWithFindings > 0 ? m.fileCounts.withFindings(k.acceptedWithFindings) : '',
    k.oldTemplate > 0 ? m.fileCounts.oldTemplate(k.oldTemplate) : '',
    k.duplicate > 0 ? m.fileCounts.duplicate(k.duplicate) : '',
    k.unknownUnit > 0 ? m.fileCounts.unknownUnit(k.unknownUnit) : '',
    k.otherYear > 0 ? m.fileCounts.otherYear(k.otherYear) : '',
    k.rejected > 0 ? m.fileCounts.rejected(k.rejected) : '',
  ].filter((p) => p !== '');
  ctx.out(m.files(`${k.sources} — ${parts.join(', ')}`));
}

/** "Lỗi ô E26 (Mức độ hài lòng ...); Cảnh báo ô E38 (Số lớp tập huấn ...); +2": no raw codes. */
function briefOf(ctx: CliContext, findings: readonly Finding[]): string {
  const MAX = 3;
  const list = bySeverity(findings.filter((f) => f.severity !== 'info'));
  const cell = (f: Finding) => (f.cell ? (ctx.lang === 'vi' ? ` ô ${f.cell}` : ` cell ${f.cell}`) : '');
  const item = (f: Finding) => {
    const label = deAn04.items.find((i) => i.id === f.itemId)?.label;
    return label ? ` (${ctx.t(label)})` : '';
  };
  const parts = list.slice(0, MAX).map((f) => `${ctx.m.severity[f.severity]}${cell(f)}${item(f)}`);
  if (list.length > MAX) parts.push(`+${list.length - MAX}`);
  return parts.join('; ');
}

function place(r: SourceRow): string {
  return r.sheet !== undefined ? `${r.file} [${r.sheet}]` : r.file;
}

/** A .json input that is a consolidation this program wrote (the core recognises its shape). */
async function isOwnJson(path: string, maxBytes: number): Promise<boolean> {
  if (!path.toLowerCase().endsWith('.json')) return false;
  try {
    const read = readRegularFile(path, maxBytes);
    return read.ok && isConsolidationJson(JSON.parse(new TextDecoder().decode(read.bytes)));
  } catch {
    return false;
  }
}
