import { deAn04 } from '../../plans/de-an-04/plan';
import { defaultSettings } from '../../plans/de-an-04/default-settings';
import { sampleUnits } from '../../plans/de-an-04/sample-units';
import { buildBlocTemplate, parseBlocInput } from '../template/bloc-template';
import { toRawSheet } from '../template/report-template';
import { fillBlocSheet } from './fill-bloc-sheet';
import { sampleBatch } from './sample-batch';
import { sampleUnitList } from './sample-unit-list';

describe('fillBlocSheet', () => {
  const batch = sampleBatch({
    plan: deAn04,
    units: sampleUnitList(sampleUnits, 12),
    years: [2021, 2022, 2023, 2024, 2025],
    seed: 1,
    reportDeadline: '12-15',
  });
  const settings = { ...defaultSettings(batch.asOf), units: batch.units };
  const spec = fillBlocSheet(buildBlocTemplate(deAn04, settings, 2025), deAn04, batch.bloc);
  const parsed = parseBlocInput(toRawSheet(spec.cells, spec.name), deAn04);
  const inputs = parsed.ok ? parsed.value : [];
  const of2025 = inputs.find((i) => i.year === 2025);

  it('writes every one-off bloc milestone date where the bloc sheet reads it', () => {
    const onceIds = Object.keys(batch.bloc.onceDone);
    expect(onceIds.length).toBeGreaterThan(3);
    const read = Object.fromEntries(
      onceIds.map((id) => {
        const v = of2025?.entries[id]?.value;
        return [id, v?.kind === 'date' ? v.iso : v?.kind];
      }),
    );
    expect(read).toEqual(batch.bloc.onceDone);
  });

  it('writes the ranks of every year', () => {
    expect(inputs.map((i) => i.ranks.par_index)).toEqual(
      [2021, 2022, 2023, 2024, 2025].map((y) => batch.bloc.ranks[y]?.par_index),
    );
  });
});
