/**
 * `baocao sample`: writes the seeded sample batch (src/core/sample) as files: one filled report
 * template per report, the bloc data file, the settings of the batch (unit list, as-of date) and
 * the manifest of injected faults. Files are byte-identical for a seed: the workbook dates and
 * the zip entries' times are the report's own date, never the clock.
 */
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { sampleBatch } from '../core/sample/sample-batch';
import type { SampleBatch } from '../core/sample/sample-batch';
import { fillBlocSheet } from '../core/sample/fill-bloc-sheet';
import { locateSampleCells } from '../core/sample/locate-sample-cells';
import type { LocatedDefect } from '../core/sample/locate-sample-cells';
import { sampleManifest } from '../core/sample/sample-manifest';
import type { SampleManifest } from '../core/sample/sample-manifest';
import { sampleUnitList } from '../core/sample/sample-unit-list';
import type { Settings } from '../core/settings/settings-types';
import { buildBlocTemplate } from '../core/template/bloc-template';
import { buildReportTemplate } from '../core/template/report-template';
import { addDays } from '../core/text';
import { deAn04 } from '../plans/de-an-04/plan';
import { sampleUnits } from '../plans/de-an-04/sample-units';
import { writeXlsx } from '../xlsx/write-xlsx';
import type { CliContext } from './cli-context';
import {
  CONFIG_FILE,
  MANIFEST_FILE,
  displayPath,
  outputsAreNotInputs,
  resolvePath,
  sweepStaleTemps,
  writeOutput,
} from './cli-files';
import { EXIT, parseCommand, readInteger, readYears } from './cli-options';
import { loadSettings, reason } from './load-settings';
import { createProgress } from './progress';

const OPTIONS = {
  units: { type: 'string' },
  years: { type: 'string' },
  output: { type: 'string', short: 'o' },
  seed: { type: 'string' },
  force: { type: 'boolean' },
} as const;

export const SAMPLE_DEFAULTS = {
  units: 70,
  years: [2021, 2022, 2023, 2024, 2025],
  dir: 'out/sample',
  seed: 1,
};

export interface SampleRequest {
  units: number;
  years: number[];
  /** The folder, as given (relative to the working folder). */
  dir: string;
  seed: number;
  force: boolean;
  config?: string;
  /** Print the consolidate command to run next (default true; the demo runs it itself). */
  suggestNext?: boolean;
}

export interface SampleOutcome {
  code: number;
  dir?: string;
  batch?: SampleBatch;
  manifest?: SampleManifest;
}

export async function sampleCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommand('sample', argv, OPTIONS, ctx);
  if (!args) return usageError(ctx);
  const o = args.values;
  if (o.help) {
    ctx.always(ctx.m.help.sample);
    return EXIT.ok;
  }
  if (args.positionals.length > 0) {
    ctx.error(ctx.m.usage.extraArguments('sample', args.positionals));
    return usageError(ctx);
  }
  const units = o.units === undefined ? SAMPLE_DEFAULTS.units : readInteger(o.units, '--units', 1, 5000, ctx);
  const years = o.years === undefined ? SAMPLE_DEFAULTS.years : readYears(o.years, ctx);
  const seed =
    o.seed === undefined ? SAMPLE_DEFAULTS.seed : readInteger(o.seed, '--seed', 0, 2 ** 32 - 1, ctx);
  if (units === undefined || years === undefined || seed === undefined) return usageError(ctx);
  const outcome = await runSample(ctx, {
    units,
    years,
    seed,
    dir: o.output ?? SAMPLE_DEFAULTS.dir,
    force: o.force === true,
    ...(o.config !== undefined ? { config: o.config } : {}),
  });
  return outcome.code;
}

function usageError(ctx: CliContext): number {
  ctx.error(ctx.m.usage.helpHint('sample'));
  return EXIT.usage;
}

/** Name of the bloc data file of a batch whose last year is `year`. */
export const blocFileName = (year: number): string => `So-lieu-Khoi-${year}.xlsx`;

export async function runSample(ctx: CliContext, req: SampleRequest): Promise<SampleOutcome> {
  const started = ctx.now().getTime();
  const dir = resolvePath(ctx, req.dir);
  const shownDir = displayPath(ctx, dir);
  const base = await loadSettings(ctx, req.config, undefined);
  if (!base) return { code: EXIT.usage };
  // The settings given are an input: the folder's own JSON files (replaced with --force) must not be it.
  const ownJson = [CONFIG_FILE, MANIFEST_FILE].map((n) => ({
    path: join(dir, n),
    given: displayPath(ctx, join(dir, n)),
  }));
  const inputs = req.config !== undefined ? [resolvePath(ctx, req.config)] : [];
  if (!(await outputsAreNotInputs(ctx, ownJson, inputs))) return { code: EXIT.usage };
  await sweepStaleTemps(ctx, dir);
  if (!(await prepareFolder(ctx, dir, shownDir, req.force))) return { code: EXIT.usage };

  const registry = req.config !== undefined ? base.units : sampleUnits;
  const batch = sampleBatch({
    plan: deAn04,
    units: sampleUnitList(registry, req.units),
    years: req.years,
    seed: req.seed,
    reportDeadline: base.reportDeadline,
  });
  // The batch's settings: its units and as-of date; templates and the config file use them.
  const settings: Settings = { ...base, lang: 'vi', asOf: batch.asOf, units: batch.units };
  const last = batch.years[batch.years.length - 1] as number;
  const blocFile = blocFileName(last);

  const total = batch.reports.length + 1;
  ctx.out(ctx.m.sample.writing(total + 2, shownDir));
  const progress = createProgress(total, ctx.progress, ctx.quiet);
  const located = new Map<string, LocatedDefect[]>();
  try {
    for (const r of batch.reports) {
      const spec = buildReportTemplate(deAn04, settings, r.unit, r.year, {
        fill: r.fill,
        templateVersion: r.templateVersion,
        lang: 'vi',
      });
      located.set(r.fileName, locateSampleCells(spec, r));
      const bytes = await writeXlsx([spec], { created: r.reportDate });
      await writeOutput(join(dir, r.fileName), bytes, false);
      progress.step(r.fileName, ctx.lang === 'vi' ? 'đã tạo' : 'made');
    }
    const blocDate = addDays(batch.asOf, -1);
    const blocSpec = fillBlocSheet(buildBlocTemplate(deAn04, settings, last, 'vi'), deAn04, batch.bloc);
    const blocBytes = await writeXlsx([blocSpec], { created: blocDate });
    await writeOutput(join(dir, blocFile), blocBytes, false);
    progress.step(blocFile, ctx.lang === 'vi' ? 'đã tạo' : 'made');
    progress.done();
    const manifest = sampleManifest(batch, located, { seed: req.seed, configFile: CONFIG_FILE, blocFile });
    await writeOutput(join(dir, CONFIG_FILE), `${JSON.stringify(settings, null, 2)}\n`, false);
    await writeOutput(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, false);
    printSummary(ctx, batch, shownDir, req.seed, blocFile, started, req.suggestNext ?? true);
    return { code: EXIT.ok, dir, batch, manifest };
  } catch (e) {
    progress.done();
    ctx.error(ctx.m.files.writeFailed(shownDir, reason(e)));
    return { code: EXIT.usage };
  }
}

/**
 * The folder must be new, empty, or an earlier sample (then replaced only with --force, and only
 * the files that sample listed are deleted: nothing else a person put there is touched).
 */
async function prepareFolder(ctx: CliContext, dir: string, shown: string, force: boolean): Promise<boolean> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) {
      ctx.error(ctx.m.files.notADir(shown));
      return false;
    }
    names = await readdir(dir);
  } catch {
    try {
      await mkdir(dir, { recursive: true });
      return true;
    } catch (e) {
      ctx.error(ctx.m.files.writeFailed(shown, reason(e)));
      return false;
    }
  }
  if (names.length === 0) return true;
  if (!names.includes(MANIFEST_FILE)) {
    ctx.error(ctx.m.sample.notSampleDir(shown));
    return false;
  }
  if (!force) {
    ctx.error(ctx.m.sample.sampleDirExists(shown));
    return false;
  }
  try {
    const old = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as Partial<SampleManifest>;
    const ours = [
      ...(old.files ?? []).map((f) => f.file),
      old.configFile ?? CONFIG_FILE,
      old.blocFile,
      MANIFEST_FILE,
    ].filter((n): n is string => typeof n === 'string' && n !== '' && !n.includes('/') && !n.includes('\\'));
    for (const n of ours) if (names.includes(n)) await unlink(join(dir, n));
    return true;
  } catch (e) {
    ctx.error(ctx.m.files.writeFailed(shown, reason(e)));
    return false;
  }
}

function printSummary(
  ctx: CliContext,
  batch: SampleBatch,
  dir: string,
  seed: number,
  blocFile: string,
  started: number,
  suggestNext: boolean,
): void {
  const m = ctx.m.sample;
  const years = batch.years;
  const range = years.length > 1 ? `${years[0]}-${years[years.length - 1]}` : String(years[0]);
  ctx.out(m.done(dir, seed, ctx.seconds(started)));
  ctx.out(m.units(batch.units.length, range, batch.reports.length));
  for (const y of years) {
    const reports = batch.reports.filter((r) => r.year === y);
    ctx.out(
      m.perYear(y, reports.length, batch.notReported[y]?.length ?? 0, reports.filter((r) => r.late).length),
    );
  }
  const counts = new Map<string, number>();
  for (const r of batch.reports) for (const d of r.defects) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  const list = [...counts.entries()]
    .filter(([k]) => k !== 'late')
    .map(([k, n]) => `${m.defectNames[k] ?? k} ${n}`);
  ctx.out(m.injected(list.join(', ')));
  ctx.out(m.bloc(join(dir, blocFile)));
  ctx.out(m.config(join(dir, CONFIG_FILE)));
  ctx.out(m.manifest(join(dir, MANIFEST_FILE)));
  const last = years[years.length - 1] as number;
  if (suggestNext)
    ctx.out(m.next(`baocao consolidate ${dir} --year ${last} --config ${join(dir, CONFIG_FILE)}`));
}
