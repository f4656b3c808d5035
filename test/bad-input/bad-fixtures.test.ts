import type { UnitReport } from '../../src/core/report/report-types';
import { readFileIntake } from '../read-file-intake';
import { reportSources, type WorkbookIntake } from '../../src/core/intake/intake';
import { allFindings, listBadFixtures } from './fixtures';
import { fixtureContext } from './valid-report';

/**
 * Every bad file through the one entry point every front door uses. For each: the expected codes
 * appear, no other error does, a report is read exactly when expected, and nothing throws.
 */

const fixtures = listBadFixtures();
const ctx = fixtureContext();
const results = new Map<string, WorkbookIntake>();

async function read(file: string): Promise<WorkbookIntake> {
  const cached = results.get(file);
  if (cached) return cached;
  const fixture = fixtures.find((f) => f.file === file);
  if (!fixture) throw new Error(`no fixture ${file}`);
  const result = await readFileIntake(fixture.bytes(), fixture.file, ctx);
  results.set(file, result);
  return result;
}

const reportOf = async (file: string, sheet?: string): Promise<UnitReport> => {
  const source = (await read(file)).sources.find((s) => sheet === undefined || s.sheet === sheet);
  if (!source?.read.ok) throw new Error(`${file}: no report read`);
  return source.read.value;
};

describe('bad-file fixtures through readWorkbookFile and the intake', () => {
  it('has at least 25 kinds of bad file', () => {
    expect(
      new Set(fixtures.filter((f) => f.kind !== 'control').map((f) => f.kind)).size,
    ).toBeGreaterThanOrEqual(25);
  });

  it.each(fixtures.map((f) => [f.file, f.codes.join(', ') || 'no error', f] as const))(
    '%s -> %s',
    async (_file, _codes, fixture) => {
      const result = await read(fixture.file);
      const findings = allFindings(result);
      const codes = findings.map((f) => f.code);
      for (const code of fixture.codes) expect(codes).toContain(code);
      const unexpectedErrors = findings.filter(
        (f) => f.severity === 'error' && !fixture.codes.includes(f.code),
      );
      expect(unexpectedErrors.map((f) => `${f.code}: ${f.message.en}`)).toEqual([]);
      expect(reportSources(result).some((s) => s.read.ok)).toBe(fixture.readable);
      expect(result.file).toBe(fixture.file);
      // Every finding says which file it is about, in both languages.
      for (const f of result.findings) {
        expect(f.file).toBe(fixture.file);
        expect(f.message.vi).toContain(fixture.file);
        expect(f.message.en).toContain(fixture.file);
      }
    },
  );
});

describe('what the readable bad files still give', () => {
  let valid: UnitReport;
  beforeAll(async () => {
    valid = await reportOf('valid.xlsx');
  });
  const valuesOf = (r: UnitReport) =>
    Object.fromEntries(Object.entries(r.entries).map(([id, e]) => [id, e.value]));

  it('reads a report whose rows were shifted by inserted rows exactly like the original', async () => {
    const shifted = await reportOf('rows-inserted.xlsx');
    expect(valuesOf(shifted)).toEqual(valuesOf(valid));
    expect(shifted.entries.ii5_leader?.cell).not.toBe(valid.entries.ii5_leader?.cell);
  });

  it('finds a renamed sheet by its stamp', async () => {
    const result = await read('renamed-sheet.xlsx');
    expect(reportSources(result).map((s) => s.sheet)).toEqual(['Sheet1']);
    expect(valuesOf(await reportOf('renamed-sheet.xlsx'))).toEqual(valuesOf(valid));
  });

  it('reads both reports of a file with two report sheets', async () => {
    const result = await read('two-reports.xlsx');
    expect(reportSources(result).map((s) => [s.sheet, s.read.ok])).toEqual([
      ['Báo cáo 2025', true],
      ['Báo cáo (2)', true],
    ]);
  });

  it('says which sheets a workbook without a report sheet has', async () => {
    const finding = (await read('no-report-sheet.xlsx')).findings[0];
    expect(finding?.message.vi).toContain('“Báo cáo tự lập”, “Sheet2”');
    expect(finding?.message.en).toContain('“Báo cáo tự lập”, “Sheet2”');
  });

  it.each([
    ['formula-cached.xlsx', 'ii5_cadres', { kind: 'number', n: 2 }],
    ['formula-cached.xlsx', 'ii3_ontime', { kind: 'number', n: 990 }],
    ['external-links.xlsx', 'ii5_leader', { kind: 'number', n: 1 }],
    ['numbers-as-text.xlsx', 'ii3_satisfaction', { kind: 'number', n: 95.5 }],
    ['numbers-as-text.xlsx', 'ii4_model_dvk', { kind: 'number', n: 2 }],
    ['dates-as-text.xlsx', 'ii1_plan', { kind: 'yes' }],
    [
      'formula-uncached.xlsx',
      'ii5_leader',
      { kind: 'invalid', raw: expect.any(String), reason: 'formula-no-value' },
    ],
    ['error-values.xlsx', 'ii5_leader', { kind: 'invalid', raw: '#N/A', reason: 'error-value' }],
    ['error-values.xlsx', 'ii5_cadres', { kind: 'invalid', raw: '#REF!', reason: 'error-value' }],
    ['error-values.xlsx', 'ii3_satisfaction', { kind: 'invalid', raw: '#DIV/0!', reason: 'error-value' }],
    ['merged-inputs.xlsx', 'ii4_bright_qcdc', { kind: 'blank' }],
  ])('%s: %s is read as %j', async (file, itemId, value) => {
    expect((await reportOf(file)).entries[itemId]?.value).toEqual(value);
  });

  it('reads dates typed as text', async () => {
    const r = await reportOf('dates-as-text.xlsx');
    expect(r.entries.ii1_plan?.date).toEqual({ kind: 'date', iso: '2022-01-10' });
    expect(r.entries.ii2_study_article?.date).toEqual({ kind: 'date', iso: '2025-10-15' });
  });

  it('composes decomposed Unicode (NFD) to NFC', async () => {
    const r = await reportOf('decomposed-unicode.xlsx');
    expect(r.unitName).toBe('Đảng bộ Văn phòng UBND tỉnh');
    expect(r.unitName).toBe(r.unitName.normalize('NFC'));
    expect(r.preparer).toBe('Nguyễn Thị Lan');
  });

  it('converts TCVN3 text and says so', async () => {
    const r = await reportOf('tcvn3.xlsx');
    expect(r.unitName).toBe('Đảng bộ Văn phòng UBND tỉnh');
    expect(r.entries.ii6_review?.note).toBe('Đã tổ chức hội nghị tổng kết');
    expect(r.readFindings.filter((f) => f.code === 'TEXT.LEGACY_ENCODING').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a 100,000-character note whole and strips control characters from the unit name', async () => {
    const r = await reportOf('long-text.xlsx');
    expect(r.entries.ii6_review?.note?.length).toBeGreaterThan(99_000);
    expect(r.unitName).toBe('Đảng bộ Văn phòng UBND tỉnh');
  });

  it('reads a workbook with a whole-sheet validation and a 10^9-column span without expanding them', async () => {
    expect(valuesOf(await reportOf('whole-sheet-validation.xlsx'))).toEqual(valuesOf(valid));
  });
});
