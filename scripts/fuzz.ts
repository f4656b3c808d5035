/**
 * The long, on-demand fuzz run (CI runs a short one in test/fuzz/fuzz.test.ts):
 *
 *   node bin/run-ts.js scripts/fuzz.ts --cases 100000 --seed 1
 *   node bin/run-ts.js scripts/fuzz.ts --seed 1 --case 4711     (replay one case)
 *
 * Options: --cases N (default 10000), --seed S (default 20251231), --case I (only case I),
 * --budget MS (per-case time budget, default 5000), --save (write the replayed case's input, and
 * any case over the budget, to test-artifacts/fuzz/ to open by hand). Exits 1 on any crash or hang.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runFuzz, summary } from '../test/fuzz/fuzz-engine';

function option(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : undefined;
  if (value !== undefined && !Number.isInteger(value)) throw new Error(`--${name} needs a whole number`);
  return value;
}

async function main(): Promise<void> {
  const cases = option('cases') ?? 10_000;
  const seed = option('seed') ?? 20251231;
  const only = option('case');
  const budgetMs = option('budget') ?? 5000;
  const save = process.argv.includes('--save');
  const out = resolve(__dirname, '../test-artifacts/fuzz');
  let done = 0;
  const report = await runFuzz({
    cases,
    seed,
    budgetMs,
    ...(only !== undefined ? { only } : {}),
    onCase: (index, _level, mutation, bytes, ms) => {
      done++;
      if (done % 1000 === 0) process.stdout.write(`fuzz: ${done}/${cases} cases\n`);
      if (only !== undefined)
        process.stdout.write(`fuzz: case #${index} (${mutation}) ${Math.round(ms)} ms\n`);
      if (save && (ms > budgetMs || only !== undefined)) {
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, `case-${seed}-${index}.xlsx`), bytes);
      }
    },
  });
  if (save) {
    for (const c of [...report.crashes, ...report.hangs, ...report.bugs])
      process.stdout.write(`fuzz: replay with --seed ${seed} --case ${c.index} --save\n`);
  }
  process.stdout.write(`${summary(report)}\n`);
  if (report.crashes.length || report.hangs.length) process.exit(1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
