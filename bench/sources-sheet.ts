/**
 * How the "Nguồn" sheet scales: builds it for a consolidation of N sources (the 70-unit sample's
 * 330 sources repeated, the year's share kept) and writes it alone with the file writer, printing
 * the number of merges, rows and the time. `node bin/run-ts.js bench/sources-sheet.ts 700 7000`
 */
import type { Consolidation } from '../src/core/consolidate/consolidate-types';
import { sourcesSheet } from '../src/core/summary/sources-sheet';
import { writeXlsx } from '../src/xlsx';
import { deAn04 } from '../src/plans/de-an-04/plan';
import { sampleConsolidation } from '../test/consolidation/sample-consolidation';

/** The sample consolidation with its sources (and accepted reports) repeated up to `n` sources. */
function scaled(c: Consolidation, n: number): Consolidation {
  const k = Math.ceil(n / c.sources.length);
  const sources = Array.from({ length: k }, () => c.sources)
    .flat()
    .slice(0, n);
  const accepted = Array.from({ length: k }, (_, i) =>
    c.accepted.map((a) => ({ ...a, sourceIndex: a.sourceIndex + i * c.sources.length })),
  )
    .flat()
    .filter((a) => a.sourceIndex < n);
  return { ...c, sources, accepted };
}

async function main(): Promise<void> {
  const { c, settings } = sampleConsolidation();
  const sizes = process.argv.slice(2).map(Number);
  for (const n of sizes.length > 0 ? sizes : [700, 7000]) {
    const big = scaled(c, n);
    const t0 = performance.now();
    const spec = sourcesSheet(big, deAn04, settings, 'vi');
    const t1 = performance.now();
    await writeXlsx([spec]);
    const t2 = performance.now();
    const rows = Math.max(...spec.cells.map((x) => Number(x.address.replace(/^[A-Z]+/, ''))));
    console.log(
      `${n} sources: ${spec.merges.length} merges, ${rows} rows, build ${(t1 - t0).toFixed(0)} ms, write ${((t2 - t1) / 1000).toFixed(1)} s`,
    );
  }
}

void main();
