import { deAn04 } from '../../plans/de-an-04/plan';
import { defaultSettings } from '../../plans/de-an-04/default-settings';
import type { Plan } from '../plan/plan-types';
import type { RawSheet, RawWorkbook } from '../report/report-types';
import { buildBlocTemplate } from '../template/bloc-template';
import { buildReportTemplate, toRawSheet } from '../template/report-template';
import type { Finding } from '../types';
import { fail } from '../types';
import { hasBlocSheet, intakeOfRead, reportSources, sourcesOfWorkbook } from './intake';

const settings = defaultSettings('2025-12-20');
const unit = (code: string) => settings.units.find((u) => u.code === code)!;
const reportSheet = (code: string, name = `Báo cáo ${code}`): RawSheet =>
  toRawSheet(buildReportTemplate(deAn04, settings, unit(code), 2025).cells, name);
const blocSheet = (): RawSheet => {
  const spec = buildBlocTemplate(deAn04, settings, 2025, 'vi');
  return toRawSheet(spec.cells, spec.name);
};
const dataSheet: RawSheet = { name: 'Số liệu', rows: [[{ v: 'Tên' }, { v: 'Số' }]], names: {} };
const workbook = (...sheets: RawSheet[]): RawWorkbook => ({ source: 'w.xlsx', sheets });
const note: Finding = { code: 'FILE.MACROS', severity: 'info', message: { vi: 'm', en: 'm' } };

describe('sourcesOfWorkbook: each sheet classified once, by its stamp', () => {
  it.each([
    ['two reports', 'reports', [reportSheet('DV001'), reportSheet('DV002')], 2, false],
    ['a report beside a data sheet', 'reports', [dataSheet, reportSheet('DV001')], 1, false],
    ['the bloc data file', 'bloc', [blocSheet()], 0, true],
    [
      'a report and the bloc sheet in one workbook',
      'reports-and-bloc',
      [reportSheet('DV001'), blocSheet()],
      1,
      true,
    ],
  ] as const)('%s -> %s', (_name, kind, sheets, reports, bloc) => {
    const intake = sourcesOfWorkbook(workbook(...sheets), deAn04, settings, { name: 'w.xlsx' });
    expect(intake.kind).toBe(kind);
    expect(reportSources(intake)).toHaveLength(reports);
    expect(reportSources(intake).every((s) => s.read.ok && s.file === 'w.xlsx')).toBe(true);
    expect(hasBlocSheet(intake)).toBe(bloc);
    expect(intake.blocInputs.length > 0).toBe(bloc);
  });

  it('a workbook with neither gives one rejected source naming its sheets (FILE.NO_REPORT_SHEET)', () => {
    const intake = sourcesOfWorkbook(workbook(dataSheet), deAn04, settings, { name: 'tu-lap.xlsx' });
    expect(intake.kind).toBe('none');
    expect(reportSources(intake)).toEqual([]);
    expect(intake.sources).toHaveLength(1);
    const read = intake.sources[0]?.read;
    expect(read?.ok).toBe(false);
    const codes = read && !read.ok ? read.error.map((f) => f.code) : [];
    expect(codes).toEqual(['FILE.NO_REPORT_SHEET']);
    expect(intake.findings[0]?.message.vi).toContain('“Số liệu”');
  });

  it('puts the file-level notes on every report, and keeps the file modification date', () => {
    const wb = {
      ...workbook(reportSheet('DV001'), reportSheet('DV002')),
      notes: [note],
      modified: '2025-12-01',
    };
    const intake = sourcesOfWorkbook(wb, deAn04, settings, { name: 'w.xlsm' });
    for (const s of intake.sources) {
      expect(s.modified).toBe('2025-12-01');
      expect(s.read.ok && s.read.value.readFindings[0]?.code).toBe('FILE.MACROS');
    }
    expect(intake.findings.map((f) => f.code)).toEqual(['FILE.MACROS']);
  });

  it.each([
    ['the workbook says when it was last saved', '2025-12-01', '2025-12-15', '2025-12-01'],
    ['it does not: the file system date', undefined, '2025-12-15', '2025-12-15'],
  ])('modification date: %s', (_name, saved, fileSystem, expected) => {
    const wb = { ...workbook(reportSheet('DV001')), ...(saved ? { modified: saved } : {}) };
    const intake = sourcesOfWorkbook(wb, deAn04, settings, { name: 'w.xlsx', modified: fileSystem });
    expect(intake.sources[0]?.modified).toBe(expected);
  });

  it('a bug while parsing one sheet costs that sheet only, and says which', () => {
    const broken = { ...deAn04, items: null } as unknown as Plan;
    const intake = sourcesOfWorkbook(workbook(reportSheet('DV001', 'A'), dataSheet), broken, settings, {
      name: 'w.xlsx',
    });
    expect(intake.kind).toBe('reports');
    const read = intake.sources[0]?.read;
    expect(read && !read.ok && read.error.map((f) => [f.code, f.sheet, f.file])).toEqual([
      ['FILE.UNREADABLE', 'A', 'w.xlsx'],
    ]);
  });
});

describe('a consolidation this program wrote, found among the reports', () => {
  it('is skipped with the note FILE.OWN_OUTPUT, never rejected as a bad report', () => {
    const own: RawSheet = {
      name: 'Tổng hợp 2025',
      rows: [[{ v: 'BIỂU TỔNG HỢP' }, { v: 'baocao;kind=consolidation;plan=de-an-04;version=1;year=2025' }]],
      names: {},
    };
    const intake = sourcesOfWorkbook(workbook(own), deAn04, settings, { name: 'tong-hop-2025.xlsx' });
    expect(intake.kind).toBe('own-output');
    expect(intake.sources).toEqual([]);
    expect(intake.findings.map((f) => [f.code, f.severity])).toEqual([['FILE.OWN_OUTPUT', 'info']]);
  });
});

describe('intakeOfRead', () => {
  it('a read that failed becomes one rejected source carrying the reason', () => {
    const why: Finding = {
      code: 'FILE.ENCRYPTED',
      severity: 'error',
      file: 'k.xlsx',
      message: { vi: 'k', en: 'k' },
    };
    const intake = intakeOfRead(fail([why]), deAn04, settings, { name: 'k.xlsx', modified: '2025-12-02' });
    expect(intake.kind).toBe('unreadable');
    expect(intake.findings).toEqual([why]);
    expect(intake.sources).toEqual([
      { file: 'k.xlsx', modified: '2025-12-02', read: { ok: false, error: [why] } },
    ]);
    expect(reportSources(intake)).toEqual([]);
  });
});
