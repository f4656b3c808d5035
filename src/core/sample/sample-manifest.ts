import type { IsoDate } from '../types';
import type { LocatedDefect } from './locate-sample-cells';
import type { SampleBatch, SampleRole } from './sample-batch';

/**
 * What a sample folder holds and which faults were put where (sample-manifest.json): tests read
 * it to check that `validate` reports each injected error at its cell, and that `consolidate`
 * finds the duplicates, the merged and renamed units and the units that did not report.
 */
export interface SampleManifest {
  seed: number;
  asOf: IsoDate;
  years: number[];
  unitCount: number;
  /** The settings file of the batch (unit list, as-of date), for `--config`. */
  configFile: string;
  /** The bloc input file (province ranks, bloc milestones), for `--bloc`. */
  blocFile: string;
  files: SampleManifestFile[];
  /** Codes of the units that sent nothing, by year. */
  notReported: Record<string, string[]>;
}

export interface SampleManifestFile {
  file: string;
  unitCode: string;
  /** The unit's name in the list; `writtenName` is what the sheet says (old name, NFD...). */
  unitName: string;
  writtenName: string;
  year: number;
  templateVersion: number;
  reportDate: IsoDate;
  late: boolean;
  role: SampleRole;
  defects: LocatedDefect[];
}

export function sampleManifest(
  batch: SampleBatch,
  located: ReadonlyMap<string, LocatedDefect[]>,
  meta: { seed: number; configFile: string; blocFile: string },
): SampleManifest {
  return {
    seed: meta.seed,
    asOf: batch.asOf,
    years: batch.years,
    unitCount: batch.units.length,
    configFile: meta.configFile,
    blocFile: meta.blocFile,
    files: batch.reports.map((r) => ({
      file: r.fileName,
      unitCode: r.unit.code,
      unitName: r.unit.name,
      writtenName: r.fill.unitName ?? r.unit.name,
      year: r.year,
      templateVersion: r.templateVersion,
      reportDate: r.reportDate,
      late: r.late,
      role: r.role,
      defects: located.get(r.fileName) ?? [],
    })),
    notReported: Object.fromEntries(Object.entries(batch.notReported).map(([y, codes]) => [y, codes])),
  };
}
