import { aReport } from '../../../test/builders';
import { deAn04 } from '../../plans/de-an-04/plan';
import { defaultSettings } from '../../plans/de-an-04/default-settings';
import { checkReport } from '../check/check-report';
import { sourcesOfWorkbook } from '../intake/intake';
import type { RawSheet, UnitReport } from '../report/report-types';
import { buildReportTemplate, toRawSheet } from '../template/report-template';
import { COL, FIELD, keyedAddress, locateKeys, parseA1 } from '../template/template-keys';
import type { IsoDate } from '../types';
import { consolidate } from './consolidate';
import type { SourceInput } from './consolidate-types';

/**
 * Whose report is it (issue 16 §7): the hidden stamp names one unit, the typed unit name may name
 * another. A report is never counted for a unit its typed name contradicts, and reports of one
 * unit and year whose names disagree are not decided by date.
 * Units of the default list: DV001 Văn phòng UBND tỉnh, DV002 Sở Nội vụ, DV005 Sở Xây dựng,
 * DV006 Sở Giao thông vận tải (merged into DV005 after 2024), DV009 (former name: Sở Nông nghiệp và
 * Phát triển nông thôn).
 */

const settings = defaultSettings('2025-12-20');
const NAME: Record<string, string> = Object.fromEntries(settings.units.map((u) => [u.code, u.name]));

const report = (code: string, unitName: string, reportDate: IsoDate = '2025-12-10', file = `${code}.xlsx`) =>
  aReport({
    stamp: { unitCode: code, year: 2025, templateVersion: 2 },
    unitName,
    unitNameCell: 'C5',
    reportDate,
    source: { file, sheet: 'Báo cáo' },
  });
const source = (r: UnitReport): SourceInput => ({
  file: r.source.file ?? '',
  sheet: r.source.sheet,
  read: { ok: true, value: r },
});
const run = (...reports: UnitReport[]) =>
  consolidate({
    plan: deAn04,
    settings,
    year: 2025,
    sources: reports.map(source),
    importedAt: '2025-12-20T00:00:00Z',
  });

describe('whose report: the typed unit name against the stamp (one report)', () => {
  it.each<[string, string, string, 'counted' | 'unit-mismatch', string | undefined]>([
    ['the name of the stamped unit', 'DV001', NAME.DV001!, 'counted', 'DV001'],
    ['the name without "Đảng bộ"', 'DV001', 'Văn phòng UBND tỉnh', 'counted', 'DV001'],
    ['a blank name (says nothing: the stamp decides)', 'DV001', '', 'counted', 'DV001'],
    ['a name of no listed unit (the stamp decides)', 'DV001', 'Đảng bộ Phòng Không Có', 'counted', 'DV001'],
    [
      'the former name (alias) of the stamped unit',
      'DV009',
      'Đảng bộ Sở Nông nghiệp và Phát triển nông thôn',
      'counted',
      'DV009',
    ],
    ['a merged unit naming the unit it merged into', 'DV006', NAME.DV005!, 'counted', 'DV005'],
    ['an unlisted code: the name decides', 'DV999', NAME.DV002!, 'counted', 'DV002'],
    ['the name of another listed unit', 'DV001', NAME.DV002!, 'unit-mismatch', undefined],
    ['another unit\'s name without "Đảng bộ"', 'DV001', 'Sở Nội vụ', 'unit-mismatch', undefined],
    [
      "another unit's former name",
      'DV001',
      'Đảng bộ Sở Nông nghiệp và Phát triển nông thôn',
      'unit-mismatch',
      undefined,
    ],
  ])('stamp %#: %s', (_case, code, name, outcome, countedFor) => {
    const c = run(report(code, name));
    const row = c.sources[0]!;
    if (outcome === 'counted') {
      expect(row.verdict).not.toBe('rejected');
      expect(c.accepted.map((a) => a.unit.code)).toEqual([countedFor]);
    } else {
      expect(row).toMatchObject({ verdict: 'rejected', rejectReason: 'unit-mismatch' });
      expect(c.accepted).toEqual([]);
      expect(row.findings[0]).toMatchObject({
        code: 'REPORT.UNIT_MISMATCH',
        severity: 'error',
        cell: 'C5',
        file: 'DV001.xlsx',
      });
    }
  });

  it('the finding names both units, the cell of the typed name and what to do', () => {
    const row = run(report('DV001', NAME.DV002!)).sources[0]!;
    const vi = row.reason.vi;
    expect(vi).toMatch(/^Bị từ chối: /);
    for (const part of [
      '(ô C5) là “Đảng bộ Sở Nội vụ” (mã DV002)',
      '“Đảng bộ Sở Nội vụ” (mã DV002)',
      '“Đảng bộ Văn phòng UBND tỉnh” (mã DV001, ghi trong dấu mẫu ẩn)',
      'hãy sửa tên ở ô C5',
    ])
      expect(vi).toContain(part);
    expect(row.reason.en).toContain('(code DV002)');
  });

  it("the issue's case: DV002 fills in DV001's file, dated later; DV001's real report is kept, nothing counted twice", () => {
    const c = run(
      report('DV001', NAME.DV002!, '2025-12-15', 'copy.xlsx'),
      report('DV001', NAME.DV001!, '2025-12-01', 'real.xlsx'),
    );
    expect(c.sources.map((s) => s.verdict)).toEqual(['rejected', 'accepted-with-findings']);
    expect(c.accepted.map((a) => a.report.source.file)).toEqual(['real.xlsx']);
    expect(c.counts.duplicate).toBe(0);
    expect(c.notReported.map((u) => u.code)).toContain('DV002');
  });

  it('the one-report check says it too, first, as an error', () => {
    const view = checkReport(source(report('DV001', NAME.DV002!)), deAn04, settings);
    expect(view.findings[0]).toMatchObject({ code: 'REPORT.UNIT_MISMATCH', severity: 'error', cell: 'C5' });
  });
});

describe('whose report: duplicates of one unit and year whose typed names disagree', () => {
  it.each<[string, string, string, 'by-date' | 'none-counted']>([
    ['the same name', NAME.DV001!, NAME.DV001!, 'by-date'],
    [
      'the same name, decomposed (NFD) and spaced otherwise',
      NAME.DV001!,
      `  ${NAME.DV001!.normalize('NFD')} `,
      'by-date',
    ],
    ['a name and a blank name', NAME.DV001!, '', 'by-date'],
    ['the same unlisted name twice', 'Đảng bộ Phòng Không Có', 'Đảng bộ Phòng Không Có', 'by-date'],
    ['the unit name and an unlisted name', NAME.DV001!, 'Đảng bộ Phòng Không Có', 'none-counted'],
    ['two different unlisted names', 'Đảng bộ Phòng Một', 'Đảng bộ Phòng Hai', 'none-counted'],
  ])('%s -> %s', (_case, first, second, outcome) => {
    const c = run(
      report('DV001', first, '2025-12-01', 'a.xlsx'),
      report('DV001', second, '2025-12-15', 'b.xlsx'),
    );
    if (outcome === 'by-date') {
      expect(c.sources.map((s) => s.verdict)).toEqual(['duplicate', 'accepted-with-findings']);
      expect(c.accepted.map((a) => a.unit.code)).toEqual(['DV001']);
      return;
    }
    // Both kept in the list as needing attention; neither dropped as a duplicate, neither counted.
    expect(c.sources.map((s) => [s.verdict, s.rejectReason])).toEqual([
      ['rejected', 'unit-mismatch'],
      ['rejected', 'unit-mismatch'],
    ]);
    expect(c.counts.duplicate).toBe(0);
    expect(c.accepted).toEqual([]);
    expect(c.notReported.map((u) => u.code)).toContain('DV001');
    for (const row of c.sources) {
      expect(row.findings[0]?.code).toBe('REPORT.DUPLICATE_NAMES_DISAGREE');
      expect(row.reason.vi).toContain('tệp “a.xlsx”, trang tính “Báo cáo”, ô C5: “');
      expect(row.reason.vi).toContain('tệp “b.xlsx”, trang tính “Báo cáo”, ô C5: “');
      expect(row.reason.vi).toContain('Không chọn theo ngày');
    }
  });
});

describe('whose report: through the intake, the cell is the one the unit typed its name in', () => {
  const sheetFor = (code: string, typedName: string): { sheet: RawSheet; cell: string } => {
    const unit = settings.units.find((u) => u.code === code)!;
    const sheet = toRawSheet(buildReportTemplate(deAn04, settings, unit, 2025).cells, 'Báo cáo');
    const cell = keyedAddress(locateKeys(sheet)!, FIELD.unitName, COL.field)!;
    const { row, col } = parseA1(cell)!;
    sheet.rows[row - 1]![col - 1] = { v: typedName };
    return { sheet, cell };
  };

  it.each([
    ['another listed unit', NAME.DV002!, 'rejected'],
    ['its own name', NAME.DV001!, 'accepted-with-findings'],
  ])('a template of DV001 naming %s -> %s', (_case, typed, verdict) => {
    const { sheet, cell } = sheetFor('DV001', typed);
    const intake = sourcesOfWorkbook({ source: 'x.xlsx', sheets: [sheet] }, deAn04, settings, {
      name: 'x.xlsx',
    });
    const c = consolidate({ plan: deAn04, settings, year: 2025, sources: intake.sources, importedAt: 'now' });
    expect(c.sources[0]?.verdict).toBe(verdict);
    if (verdict === 'rejected')
      expect(c.sources[0]?.findings[0]).toMatchObject({ cell, sheet: 'Báo cáo', file: 'x.xlsx' });
  });
});
