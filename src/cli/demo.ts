/**
 * `baocao demo`: the whole flow in one command, the same output every run. It writes the sample
 * (70 units, 2021-2025, seed 1) to ./out/sample, then consolidates 2025 from that folder (every
 * year, so the trend has five points) into ./out/tong-hop-2025.xlsx and .json.
 *
 * The as-of date is fixed, not today: 01/01/2026, the day after the consolidated year closes,
 * taken from the sample's settings file. Milestone statuses then read as they would at the first
 * meeting after the year, and the files are byte-identical run after run (the import time and
 * file dates are pinned to that day too). Re-running replaces what an earlier run made.
 */
import { join } from 'node:path';
import { formatDate } from '../core/text';
import type { CliContext } from './cli-context';
import { CONFIG_FILE, displayPath, resolvePath } from './cli-files';
import { EXIT, parseCommand } from './cli-options';
import { runConsolidate } from './consolidate';
import { SAMPLE_DEFAULTS, runSample } from './sample';

const OPTIONS = { output: { type: 'string', short: 'o' } } as const;

export async function demoCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommand('demo', argv, OPTIONS, ctx);
  if (!args) {
    ctx.error(ctx.m.usage.helpHint('demo'));
    return EXIT.usage;
  }
  if (args.values.help) {
    ctx.always(ctx.m.help.demo);
    return EXIT.ok;
  }
  if (args.positionals.length > 0) {
    ctx.error(ctx.m.usage.extraArguments('demo', args.positionals));
    ctx.error(ctx.m.usage.helpHint('demo'));
    return EXIT.usage;
  }
  const base = resolvePath(ctx, args.values.output ?? 'out');
  const sampleDir = join(base, 'sample');
  const year = SAMPLE_DEFAULTS.years[SAMPLE_DEFAULTS.years.length - 1] as number;
  const xlsx = join(base, `tong-hop-${year}.xlsx`);
  const json = join(base, `tong-hop-${year}.json`);
  const m = ctx.m.demo;
  // Per-file lines are for long runs someone watches; the demo shows a bar on a terminal only.
  const quietLines: CliContext = ctx.progress.isTTY
    ? ctx
    : { ...ctx, progress: { write: () => true, isTTY: false } };

  ctx.out(m.step1(displayPath(ctx, sampleDir)));
  const sample = await runSample(quietLines, {
    units: SAMPLE_DEFAULTS.units,
    years: SAMPLE_DEFAULTS.years,
    seed: SAMPLE_DEFAULTS.seed,
    dir: sampleDir,
    force: true,
    suggestNext: false,
  });
  if (sample.code !== EXIT.ok || !sample.batch) return sample.code;
  const asOf = sample.batch.asOf;

  ctx.out();
  ctx.out(m.step2(year, displayPath(ctx, xlsx)));
  ctx.out(m.asOf(formatDate(asOf, ctx.lang), year));
  const result = await runConsolidate(quietLines, {
    inputs: [sampleDir],
    year,
    output: xlsx,
    json,
    config: join(sampleDir, CONFIG_FILE),
    force: true,
    pinned: { importedAt: `${asOf}T08:00:00`, created: asOf },
    listing: 'attention',
  });
  if (result.code !== EXIT.ok) return result.code;

  ctx.out();
  ctx.out(m.filesTitle);
  ctx.out(m.sampleDir(displayPath(ctx, sampleDir)));
  ctx.out(m.xlsx(displayPath(ctx, xlsx)));
  ctx.out(m.json(displayPath(ctx, json)));
  ctx.out(m.sheets);
  ctx.out();
  ctx.out(m.howToOpen(displayPath(ctx, xlsx)));
  for (const line of m.open(displayPath(ctx, xlsx))) ctx.out(line);
  return EXIT.ok;
}
