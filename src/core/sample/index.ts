/** Sample data: a seeded model of realistic unit reports for demos, tests and the browser. */
export { createRandom } from './seeded-random';
export type { Random } from './seeded-random';
export { sampleUnitList } from './sample-unit-list';
export { asciiSlug, shortUnitName, reportFileName } from './report-file-name';
export { sampleBatch } from './sample-batch';
export type {
  DefectKind,
  DefectPlace,
  InjectedDefect,
  SampleBatch,
  SampleBlocData,
  SampleOptions,
  SampleReport,
  SampleRole,
} from './sample-batch';
export { locateSampleCells } from './locate-sample-cells';
export type { LocatedDefect } from './locate-sample-cells';
export { fillBlocSheet } from './fill-bloc-sheet';
export { sampleManifest } from './sample-manifest';
export type { SampleManifest, SampleManifestFile } from './sample-manifest';
