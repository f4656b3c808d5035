/**
 * `baocao template`: the report template of one unit (--unit) or of every unit active in the
 * year (--all), one .xlsx each. Never overwrites a file without --force: a unit's template may
 * already hold its figures.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Settings, Unit } from '../core/settings/settings-types';
import { resolveUnit } from '../core/settings/resolve-unit';
import { activeUnits, isActive } from '../core/settings/units-active';
import { reportFileName } from '../core/sample/report-file-name';
import { buildReportTemplate } from '../core/template/report-template';
import { reportYearRange } from '../core/plan/report-years';
import { matchKey } from '../core/text';
import { deAn04 } from '../plans/de-an-04/plan';
import { writeXlsx } from '../xlsx/write-xlsx';
import type { CliContext } from './cli-context';
import {
  displayPath,
  exists,
  outputsAreNotInputs,
  resolvePath,
  sweepStaleTemps,
  writeOutput,
} from './cli-files';
import { EXIT, parseCommand, readYear } from './cli-options';
import { loadSettings, reason } from './load-settings';
import { createProgress } from './progress';

const OPTIONS = {
  unit: { type: 'string' },
  all: { type: 'boolean' },
  year: { type: 'string' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

export async function templateCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommand('template', argv, OPTIONS, ctx);
  if (!args) return usageError(ctx);
  const o = args.values;
  if (o.help) {
    ctx.always(ctx.m.help.template);
    return EXIT.ok;
  }
  if (args.positionals.length > 0) {
    ctx.error(ctx.m.usage.extraArguments('template', args.positionals));
    return usageError(ctx);
  }
  if (o.year === undefined) {
    ctx.error(ctx.m.usage.missingOption('--year', 'template', '--unit DV002 --year 2025'));
    return usageError(ctx);
  }
  const year = readYear(o.year, '--year', ctx);
  if (year === undefined) return usageError(ctx);
  if (o.all && o.unit !== undefined) {
    ctx.error(ctx.m.usage.conflicting('--unit', '--all', 'template'));
    return usageError(ctx);
  }
  if (!o.all && o.unit === undefined) {
    ctx.error(ctx.m.template.needUnitOrAll);
    return usageError(ctx);
  }
  const settings = await loadSettings(ctx, o.config, undefined);
  if (!settings) return EXIT.usage;
  const years = reportYearRange(deAn04, settings.asOf);
  if (year < years.first || year > years.last) {
    ctx.error(
      ctx.m.usage.yearOutsidePlan(year, '--year', deAn04.shortTitle[ctx.lang], years.first, years.last),
    );
    return usageError(ctx);
  }
  const force = o.force === true;
  // The settings file is this command's one input: never written over, even with --force.
  const inputs = o.config !== undefined ? [resolvePath(ctx, o.config)] : [];
  return o.all
    ? writeAll(ctx, settings, year, o.output, force, inputs)
    : writeOne(ctx, settings, year, o.unit as string, o.output, force, inputs);
}

function usageError(ctx: CliContext): number {
  ctx.error(ctx.m.usage.helpHint('template'));
  return EXIT.usage;
}

/** The unit a --unit value means: its code first, then its name or a former name. */
function findUnit(ctx: CliContext, settings: Settings, query: string, year: number): Unit | undefined {
  const byCode = settings.units.find((u) => matchKey(u.code) === matchKey(query));
  const match = byCode ? undefined : resolveUnit(query, undefined, year, settings.units);
  const unit = byCode ?? (match?.kind === 'found' ? match.unit : undefined);
  if (!unit) {
    const suggestions = match?.kind === 'unknown' ? match.suggestions.map((u) => `${u.code} ${u.name}`) : [];
    ctx.error(ctx.m.template.unitNotFound(query, year, suggestions));
    return undefined;
  }
  if (!isActive(unit, year)) {
    ctx.error(ctx.m.template.unitInactive(unit.code, unit.name, year, unit.activeFrom, unit.activeTo));
    return undefined;
  }
  return unit;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function writeOne(
  ctx: CliContext,
  settings: Settings,
  year: number,
  query: string,
  output: string | undefined,
  force: boolean,
  inputs: readonly string[],
): Promise<number> {
  const unit = findUnit(ctx, settings, query, year);
  if (!unit) return EXIT.usage;
  const name = reportFileName(year, unit.code, unit.name);
  let path = resolvePath(ctx, output ?? name);
  if (output !== undefined && (await isDirectory(path))) path = join(path, name);
  else if (output !== undefined && !path.toLowerCase().endsWith('.xlsx')) {
    ctx.error(ctx.m.files.wrongExtension(output, '.xlsx', '-o'));
    return EXIT.usage;
  }
  const shown = displayPath(ctx, path);
  if (!(await outputsAreNotInputs(ctx, [{ path, given: shown }], inputs))) return EXIT.usage;
  await sweepStaleTemps(ctx, dirname(path));
  const bytes = await writeXlsx([buildReportTemplate(deAn04, settings, unit, year)]);
  try {
    await writeOutput(path, bytes, force);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    ctx.error(code === 'EEXIST' ? ctx.m.files.exists(shown) : ctx.m.files.writeFailed(shown, reason(e)));
    return EXIT.usage;
  }
  ctx.out(ctx.m.template.written(shown, `${unit.code} ${unit.name}`, year));
  return EXIT.ok;
}

async function writeAll(
  ctx: CliContext,
  settings: Settings,
  year: number,
  output: string | undefined,
  force: boolean,
  inputs: readonly string[],
): Promise<number> {
  const started = ctx.now().getTime();
  const dir = resolvePath(ctx, output ?? `mau-bao-cao-${year}`);
  const shownDir = displayPath(ctx, dir);
  if (await exists(dir)) {
    if (!(await isDirectory(dir))) {
      ctx.error(ctx.m.files.notADir(shownDir));
      return EXIT.usage;
    }
  }
  const units = activeUnits(settings.units, year);
  if (units.length === 0) {
    ctx.error(ctx.m.template.noActiveUnits(year));
    return EXIT.usage;
  }
  const jobs = templateFileNames(year, units);
  for (const j of jobs)
    if (j.clash)
      ctx.out(
        ctx.m.template.nameClash(
          `${j.unit.code} ${j.unit.name}`,
          `${j.clash.unit.code} ${j.clash.unit.name}`,
          j.clash.plain,
          j.name,
        ),
      );
  const outputs = jobs.map((j) => ({ path: join(dir, j.name), given: displayPath(ctx, join(dir, j.name)) }));
  if (!(await outputsAreNotInputs(ctx, outputs, inputs))) return EXIT.usage;
  if (!force) {
    const taken: string[] = [];
    for (const j of jobs) if (await exists(join(dir, j.name))) taken.push(j.name);
    if (taken.length > 0) {
      ctx.error(ctx.m.files.existMany(taken.length, taken[0] as string, shownDir));
      return EXIT.usage;
    }
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    ctx.error(ctx.m.files.writeFailed(shownDir, reason(e)));
    return EXIT.usage;
  }
  await sweepStaleTemps(ctx, dir);
  const progress = createProgress(jobs.length, ctx.progress, ctx.quiet);
  for (const j of jobs) {
    const path = join(dir, j.name);
    try {
      await writeOutput(path, await writeXlsx([buildReportTemplate(deAn04, settings, j.unit, year)]), force);
    } catch (e) {
      progress.done();
      const code = (e as NodeJS.ErrnoException).code;
      const shown = displayPath(ctx, path);
      ctx.error(code === 'EEXIST' ? ctx.m.files.exists(shown) : ctx.m.files.writeFailed(shown, reason(e)));
      return EXIT.usage;
    }
    progress.step(j.name, ctx.m.template.progress);
  }
  progress.done();
  ctx.out(ctx.m.template.writtenAll(jobs.length, shownDir, year, ctx.seconds(started)));
  return EXIT.ok;
}

/** A unit's template file, and the unit whose file would have had the same name, if any. */
export interface TemplateFile {
  unit: Unit;
  name: string;
  clash?: { unit: Unit; plain: string };
}

/**
 * The template file names of `units`, all distinct. Names are ASCII slugs (reportFileName), so two
 * codes can give one name ("ĐV01" and "DV01", or "dv01" and "DV01" on Windows and macOS, whose file
 * names ignore case): the later unit in list order gets "-2" (then "-3"...), checked again against
 * every name, so the same list always gives the same names and no template overwrites another.
 */
export function templateFileNames(year: number, units: readonly Unit[]): TemplateFile[] {
  const plain = units.map((unit) => ({ unit, name: reportFileName(year, unit.code, unit.name) }));
  const key = (name: string) => name.toLowerCase();
  const taken = new Set(plain.map((p) => key(p.name)));
  const owner = new Map<string, Unit>();
  return plain.map(({ unit, name }) => {
    const first = owner.get(key(name));
    if (first === undefined) {
      owner.set(key(name), unit);
      return { unit, name };
    }
    let n = 2;
    let other = reportFileName(year, unit.code, unit.name, String(n));
    while (taken.has(key(other))) other = reportFileName(year, unit.code, unit.name, String(++n));
    taken.add(key(other));
    return { unit, name: other, clash: { unit: first, plain: name } };
  });
}
