import type { Plan } from '../plan/plan-types';
import type { SheetSpec, SpecCell, SpecValue } from '../sheet/sheet-spec';
import { toRawSheet } from '../template/report-template';
import { COL, keyedAddress, locateKeys, rankKey, yearColumn } from '../template/template-keys';
import type { SampleBlocData } from './sample-batch';

/**
 * Writes the bloc's sample figures into the empty bloc input sheet (buildBlocTemplate), through
 * the sheet's keys: ranks and counts in their year columns, completion dates of the yearly and
 * one-off bloc milestones. Returns a new spec; cells not found by key are left out.
 */
export function fillBlocSheet(spec: SheetSpec, plan: Plan, data: SampleBlocData): SheetSpec {
  const keys = locateKeys(toRawSheet(spec.cells, spec.name));
  if (!keys) return spec;
  const values = new Map<string, SpecValue>();
  const set = (rowKey: string, colKey: string, value: SpecValue) => {
    const address = keyedAddress(keys, rowKey, colKey);
    if (address !== undefined) values.set(address, value);
  };
  for (const [year, ranks] of Object.entries(data.ranks))
    for (const [id, rank] of Object.entries(ranks))
      set(rankKey(id), yearColumn(Number(year)), { number: rank });
  for (const [year, dates] of Object.entries(data.yearlyDone))
    for (const [id, iso] of Object.entries(dates)) set(id, yearColumn(Number(year)), { date: iso });
  // Counts last: where a yearly milestone is recorded under its count item's own key, the count stays.
  for (const [year, counts] of Object.entries(data.counts))
    for (const [id, n] of Object.entries(counts)) set(id, yearColumn(Number(year)), { number: n });
  // One-off bloc milestones are completed by a date item of the same row key (bloc-template.ts).
  for (const m of plan.milestones) {
    const done = data.onceDone[m.id];
    if (done !== undefined && m.doneBy.kind === 'bloc-date') set(m.doneBy.itemId, COL.value, { date: done });
  }

  const cells: SpecCell[] = spec.cells.map((c) => {
    const value = values.get(c.address);
    if (value === undefined) return c;
    values.delete(c.address);
    return { ...c, value };
  });
  for (const [address, value] of values) cells.push({ address, value });
  return { ...spec, cells };
}
