import { parseSettings } from '../settings/settings-schema';
import { isActive } from '../settings/units-active';
import { unitNameIn } from '../settings/org-names';
import { buildReportTemplate, toRawSheet } from '../template/report-template';
import { parseReport } from '../template/parse-report';
import { validateReport } from '../validate/validate-report';
import { deAn04 } from '../../plans/de-an-04/plan';
import { defaultSettings } from '../../plans/de-an-04/default-settings';
import { sampleUnits } from '../../plans/de-an-04/sample-units';
import { asciiSlug, reportFileName } from './report-file-name';
import { sampleBatch } from './sample-batch';
import type { DefectKind, SampleBatch } from './sample-batch';
import { locateSampleCells } from './locate-sample-cells';
import { sampleUnitList } from './sample-unit-list';
import { createRandom } from './seeded-random';

const YEARS = [2021, 2022, 2023, 2024, 2025];
const batchOf = (units: number, seed: number, years = YEARS): SampleBatch =>
  sampleBatch({
    plan: deAn04,
    units: sampleUnitList(sampleUnits, units),
    years,
    seed,
    reportDeadline: '12-15',
  });

const full = batchOf(70, 1);

describe('createRandom', () => {
  it('gives the same sequence for a seed and another for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('keeps int() within its bounds', () => {
    const r = createRandom(3);
    const xs = Array.from({ length: 1000 }, () => r.int(2, 4));
    expect(new Set(xs)).toEqual(new Set([2, 3, 4]));
  });
});

describe('reportFileName', () => {
  it.each([
    [2025, 'DV002', 'Đảng bộ Sở Nội vụ', undefined, 'BC-2025-DV002-So-Noi-vu.xlsx'],
    [2024, 'DV020', 'Đảng bộ Ban Dân tộc tỉnh', 'lan-2', 'BC-2024-DV020-Ban-Dan-toc-tinh-lan-2.xlsx'],
    [2025, 'DV048', 'Chi bộ Sở Ngoại vụ', undefined, 'BC-2025-DV048-So-Ngoai-vu.xlsx'],
    [
      2025,
      'DV013',
      'Đảng bộ Sở Lao động - Thương binh và Xã hội',
      undefined,
      'BC-2025-DV013-So-Lao-dong-Thuong-binh-va-Xa-hoi.xlsx',
    ],
    [2025, 'DV099', 'Đảng bộ Đoàn Đại biểu', undefined, 'BC-2025-DV099-Doan-Dai-bieu.xlsx'],
  ])('%s %s %s -> %s', (year, code, name, suffix, expected) => {
    expect(reportFileName(year, code, name, suffix)).toBe(expected);
  });

  it('cuts long names at a word, within 60 characters', () => {
    const slug = asciiSlug(
      'Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh Nghệ An',
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('Ban-Quan-ly-du-an-dau-tu-xay-dung-cong-trinh-dan-dung-va');
  });
});

describe('sampleUnitList', () => {
  it('continues the registry with generated units, unique and valid as settings', () => {
    const units = sampleUnitList(sampleUnits, 75);
    expect(units).toHaveLength(75);
    expect(units.slice(70).map((u) => u.code)).toEqual(['DV071', 'DV072', 'DV073', 'DV074', 'DV075']);
    expect(new Set(units.map((u) => u.name)).size).toBe(75);
    expect(parseSettings({ units }, defaultSettings('2026-01-01')).ok).toBe(true);
  });

  it('drops a merge that points outside a shorter list', () => {
    const units = sampleUnitList(sampleUnits, 40); // DV037 merged into DV005: kept; all inside
    expect(units.find((u) => u.code === 'DV037')?.mergedInto).toBe('DV005');
    const few = sampleUnitList(sampleUnits.slice(5), 3); // DV006.. without DV005
    expect(few[0]?.code).toBe('DV006');
    expect(few[0]?.mergedInto).toBeUndefined();
    expect(parseSettings({ units: few }, defaultSettings('2026-01-01')).ok).toBe(true);
  });
});

describe('sampleBatch', () => {
  it('2025 reorganisation: each unit writes the name it bore in the report year', () => {
    const plainNames = full.reports.filter(
      (r) =>
        r.role === 'report' && !r.defects.some((d) => 'field' in d.place && d.place.field === 'unitName'),
    );
    for (const r of plainNames) expect(r.fill.unitName).toBe(unitNameIn(r.unit, r.year));
    const renamed = full.reports.find(
      (r) => r.unit.names !== undefined && r.year <= 2024 && r.role === 'report',
    );
    expect(renamed && renamed.fill.unitName).not.toBe(renamed?.unit.name);
  });

  it('is the same for a seed, and differs for another seed', () => {
    expect(batchOf(70, 1)).toEqual(full);
    expect(batchOf(70, 2).reports.map((r) => r.reportDate)).not.toEqual(
      full.reports.map((r) => r.reportDate),
    );
  });

  it('dates everything before the as-of date, the day after the last year', () => {
    expect(full.asOf).toBe('2026-01-01');
    for (const r of full.reports) {
      expect(r.reportDate < full.asOf).toBe(true);
      expect(r.late).toBe(r.reportDate > `${r.year}-12-15`);
    }
  });

  it('has, every year, most units reporting, a few missing and a few late', () => {
    for (const year of YEARS) {
      const reports = full.reports.filter((r) => r.year === year);
      const missing = full.notReported[year] ?? [];
      expect(missing.length).toBeGreaterThanOrEqual(1);
      expect(missing.length).toBeLessThanOrEqual(5);
      expect(reports.filter((r) => r.late).length).toBeGreaterThanOrEqual(3);
      // Every active unit reports, is missing, or is covered by the report of a unit merged into it.
      const senders = new Set(reports.map((r) => (r.role === 'merged' ? r.unit.mergedInto : r.unit.code)));
      for (const u of full.units.filter((x) => isActive(x, year)))
        expect({ unit: u.code, year, accounted: senders.has(u.code) || missing.includes(u.code) }).toEqual({
          unit: u.code,
          year,
          accounted: true,
        });
    }
  });

  it('injects every kind of fault', () => {
    const count = (k: DefectKind) =>
      full.reports.flatMap((r) => r.defects).filter((d) => d.kind === k).length;
    expect(count('duplicate-first')).toBe(2);
    expect(count('duplicate-correction')).toBe(2);
    expect(count('renamed')).toBe(1);
    expect(count('merged')).toBe(1);
    expect(count('tcvn3-note')).toBe(1);
    for (const k of [
      'percent-out-of-range',
      'negative-count',
      'percent-as-text',
      'yes-as-x',
      'number-as-text',
      'date-as-text',
      'decomposed-unit-name',
      'tcvn3-preparer',
    ] as const)
      expect([k, count(k)]).toEqual([k, YEARS.length]);
    const old = full.reports.filter((r) => r.templateVersion === 1);
    expect(old.length).toBeGreaterThan(5);
    expect(new Set(old.map((r) => r.year))).toEqual(new Set([2021, 2022]));
  });

  it('has the renamed unit report under its former name, and the merged unit after its merger', () => {
    const renamed = full.reports.find((r) => r.role === 'renamed');
    expect(renamed?.year).toBe(2025);
    expect(renamed?.fill.unitName).toBe(renamed?.unit.aliases[0]);
    const merged = full.reports.find((r) => r.role === 'merged');
    expect(merged).toMatchObject({
      year: 2025,
      unit: { code: 'DV004', mergedInto: 'DV003', activeTo: 2024 },
    });
    expect(full.reports.some((r) => r.year === 2025 && r.unit.code === 'DV003')).toBe(false);
    // One such mistake a batch: the other units merged away in 2025 (DOMAIN.md) stop reporting.
    expect(full.reports.filter((r) => r.year === 2025 && r.unit.activeTo === 2024)).toHaveLength(1);
  });

  it('II.4 cumulative: a later year repeats the first model’s date, mostly on time (31/12/2022), never before 01/10/2021', () => {
    const dateOf = (r: SampleBatch['reports'][number]) => {
      const d = r.fill.values.ii4_model_dvk?.date;
      return typeof d === 'string' ? d : undefined;
    };
    const dated = full.reports.filter((r) => r.year === 2025 && dateOf(r) !== undefined);
    expect(dated.length).toBeGreaterThan(30);
    const onTime = dated.filter((r) => (dateOf(r) as string) <= '2022-12-31');
    expect(onTime.length / dated.length).toBeGreaterThan(0.6);
    for (const r of full.reports) {
      const d = dateOf(r);
      if (d !== undefined) expect(d >= '2021-10-01').toBe(true);
    }
  });

  it('gives bloc targets met in some years and missed in others', () => {
    // Through the whole chain, below: here the bloc data, with the published ranks.
    expect(full.bloc.ranks[2021]).toMatchObject({ par_index: 17, sipas: 35, pci: 30, papi: 15 });
    expect(full.bloc.ranks[2023]).toMatchObject({ par_index: 15, sipas: 12, pci: 44 });
    expect(Object.keys(full.bloc.onceDone).length).toBeGreaterThan(3);
  });
});

describe('a small batch, read back through the template and the rules', () => {
  const small = batchOf(12, 7, [2021, 2025]);
  const settings = { ...defaultSettings(small.asOf), units: small.units };

  it.each(small.reports.map((r) => [r.fileName, r] as const))(
    '%s: findings exactly where faults were put',
    (_name, r) => {
      const spec = buildReportTemplate(deAn04, settings, r.unit, r.year, {
        fill: r.fill,
        templateVersion: r.templateVersion,
      });
      const parsed = parseReport(toRawSheet(spec.cells, spec.name), deAn04, settings, { file: r.fileName });
      if (!parsed.ok) throw new Error(parsed.error.map((f) => f.code).join());
      const unit = r.unit.mergedInto && r.year > (r.unit.activeTo ?? r.year) ? undefined : r.unit;
      const findings = [
        ...parsed.value.readFindings,
        ...validateReport(parsed.value, deAn04, settings, unit).findings,
      ];
      const located = locateSampleCells(spec, r);
      for (const d of located.filter((x) => x.expect)) {
        const hit = findings.some(
          (f) =>
            f.code === d.expect?.code &&
            f.severity === d.expect.severity &&
            (d.cell === undefined || f.cell === d.cell),
        );
        expect({ kind: d.kind, cell: d.cell, hit }).toEqual({ kind: d.kind, cell: d.cell, hit: true });
      }
      // No error anywhere but at an injected error's cell.
      const allowed = new Set(located.filter((d) => d.expect?.severity === 'error').map((d) => d.cell));
      expect(
        findings
          .filter((f) => f.severity === 'error' && !allowed.has(f.cell))
          .map((f) => `${f.code} ${f.cell}`),
      ).toEqual([]);
      // Tolerated input reads as a value, not as blank or invalid.
      for (const d of located.filter((x) => !x.expect && 'itemId' in x.place)) {
        const place = d.place as { itemId: string; part: string };
        const entry = parsed.value.entries[place.itemId];
        const value = place.part === 'date' ? entry?.date : entry?.value;
        expect({ kind: d.kind, value: value?.kind }).toEqual({
          kind: d.kind,
          value: expect.stringMatching(/^(yes|number|date)$/),
        });
      }
    },
  );
});
