import { deAn04 } from '../../plans/de-an-04/plan';
import { defaultSettings } from '../../plans/de-an-04/default-settings';
import type { RawSheet, SheetState } from '../report/report-types';
import { buildReportTemplate, toRawSheet } from '../template/report-template';
import { findStamp, formatStamp, readStamp } from '../template/template-keys';
import { reportSources, sourcesOfWorkbook } from './intake';

/**
 * Issue 16 §8: a stamp with invalid URI escapes or `year=1e300` is refused with a finding naming
 * its cell (not misread, not taken for "no stamp"), and a report in a hidden or very hidden sheet
 * is read with a note.
 */

const settings = defaultSettings('2025-12-20');
const unit = settings.units.find((u) => u.code === 'DV001')!;
const good = formatStamp({ kind: 'report', planId: 'de-an-04', version: 2, unitCode: 'DV001', year: 2025 });

describe('readStamp: what a stamp may hold', () => {
  it.each<[string, string, string]>([
    ['the stamp the template writes', good, 'ok'],
    ['not a stamp at all', 'Báo cáo năm 2025', 'none'],
    ['an invalid URI escape', good.replace('unit=DV001', 'unit=DV%ZZ1'), 'escape'],
    ['a lone % at the end', good.replace('unit=DV001', 'unit=DV001%'), 'escape'],
    ['year=1e300 (a whole number to JavaScript)', good.replace('year=2025', 'year=1e300'), 'year'],
    ['year=2025.0', good.replace('year=2025', 'year=2025.0'), 'year'],
    ['a negative year', good.replace('year=2025', 'year=-2025'), 'year'],
    ['no year', good.replace(';year=2025', ''), 'year'],
    ['year 1899 (before any Excel date)', good.replace('year=2025', 'year=1899'), 'year'],
    ['a year with a NUL after it (2025%00)', good.replace('year=2025', 'year=2025%00'), 'year'],
    ['version=1e3', good.replace('version=2', 'version=1e3'), 'version'],
    ['version=0', good.replace('version=2', 'version=0'), 'version'],
    ['a field given twice', `${good};year=2024`, 'repeated'],
    ['an unknown kind', good.replace('kind=report', 'kind=other'), 'kind'],
    ['no plan', good.replace('plan=de-an-04;', ''), 'plan'],
  ])('%s -> %s', (_case, text, expected) => {
    const read = readStamp(text);
    expect(read === null ? 'none' : read.ok ? 'ok' : read.problem).toBe(expected);
  });

  it('reads the unit code URI-decoded', () => {
    expect(readStamp(good.replace('unit=DV001', 'unit=DV%20001'))).toMatchObject({
      ok: true,
      stamp: { unitCode: 'DV 001' },
    });
  });
});

const reportSheet = (name = 'Báo cáo', state?: SheetState): RawSheet => ({
  ...toRawSheet(buildReportTemplate(deAn04, settings, unit, 2025).cells, name),
  ...(state !== undefined ? { state } : {}),
});

/** The template's sheet with its stamp text replaced. */
function withStamp(text: (stamp: string) => string, name = 'Báo cáo'): { sheet: RawSheet; cell: string } {
  const sheet = reportSheet(name);
  const found = findStamp(sheet)!;
  const cell = sheet.rows[found.row - 1]![found.col - 1]!;
  cell.v = text(String(cell.v));
  return { sheet, cell: `${String.fromCharCode(64 + found.col)}${found.row}` };
}

describe('the intake refuses a damaged stamp, naming its cell', () => {
  it.each<[string, (s: string) => string, string]>([
    ['an invalid URI escape', (s) => s.replace('unit=DV001', 'unit=DV%E0%A4%A'), 'TEMPLATE.STAMP_INVALID'],
    ['year=1e300', (s) => s.replace('year=2025', 'year=1e300'), 'TEMPLATE.STAMP_INVALID'],
    ['a year outside the plan (2019)', (s) => s.replace('year=2025', 'year=2019'), 'TEMPLATE.STAMP_YEAR'],
    ['a year far ahead (9999)', (s) => s.replace('year=2025', 'year=9999'), 'TEMPLATE.STAMP_YEAR'],
  ])('%s -> %s, beside a good report that is still read', (_case, edit, code) => {
    const { sheet, cell } = withStamp(edit, 'Hỏng');
    const intake = sourcesOfWorkbook(
      { source: 'f.xlsx', sheets: [reportSheet('Tốt'), sheet] },
      deAn04,
      settings,
      {
        name: 'f.xlsx',
      },
    );
    const [ok, bad] = reportSources(intake);
    expect(ok?.read.ok).toBe(true);
    expect(bad?.sheet).toBe('Hỏng');
    expect(bad?.read.ok).toBe(false);
    const finding = bad && !bad.read.ok ? bad.read.error[0] : undefined;
    expect(finding).toMatchObject({ code, severity: 'error', file: 'f.xlsx', sheet: 'Hỏng', cell });
    expect(finding?.message.vi).toContain(`ô ẩn ${cell}`);
  });
});

describe('a report in a hidden sheet is read with a note', () => {
  it.each<[SheetState | undefined, boolean]>([
    [undefined, false],
    ['visible', false],
    ['hidden', true],
    ['veryHidden', true],
  ])('state %s -> note %s', (state, noted) => {
    const intake = sourcesOfWorkbook(
      { source: 'f.xlsx', sheets: [reportSheet('Báo cáo'), reportSheet('Báo cáo 2', state)] },
      deAn04,
      settings,
      { name: 'f.xlsx' },
    );
    const second = reportSources(intake)[1]!;
    expect(second.read.ok).toBe(true);
    const findings = second.read.ok ? second.read.value.readFindings : [];
    const note = findings.find((f) => f.code === 'FILE.HIDDEN_REPORT_SHEET');
    expect(note !== undefined).toBe(noted);
    if (note) {
      expect(note).toMatchObject({ severity: 'warning', sheet: 'Báo cáo 2', file: 'f.xlsx' });
      expect(note.message.vi).toContain(state === 'veryHidden' ? 'ẩn sâu' : 'đang bị ẩn;');
    }
  });
});
