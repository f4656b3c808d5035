import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SampleManifest } from '../../src/core/sample/sample-manifest';
import { listBadFixtures, BAD_FIXTURES_DIR } from '../bad-input/fixtures';
import { blockOf, makeSample, runCli, tempDir } from './run-cli';
import type { CliRun } from './run-cli';

const tmp = tempDir('validate');
let manifest: SampleManifest;
let all: CliRun;

beforeAll(async () => {
  manifest = await makeSample(tmp.path);
  // Every report of the sample in one run, as the sample's own settings see them.
  all = await runCli(
    ['validate', ...manifest.files.map((f) => `sample/${f.file}`), '--config', 'sample/baocao.config.json'],
    tmp.path,
  );
});
afterAll(() => tmp.remove());

const located = () =>
  manifest.files.flatMap((f) =>
    f.defects.filter((d) => d.cell !== undefined).map((d) => ({ file: f.file, ...d })),
  );

describe('baocao validate on the sample set', () => {
  it('exits 1: some reports have errors, every file could be read', () => {
    expect(all.code).toBe(1);
    expect(all.stdout).toContain(`Đã kiểm tra ${manifest.files.length} tệp`);
    expect(all.stdout).toContain('0 tệp không đọc được');
  });

  it('reports every injected error and warning at its cell, under its file', () => {
    const expected = located().filter((d) => d.expect !== undefined);
    expect(expected.map((d) => d.expect?.code)).toEqual(
      expect.arrayContaining(['VALUE.RANGE', 'TEXT.LEGACY_ENCODING', 'VALUE.REQUIRED', 'VALUE.NORMALISED']),
    );
    for (const d of expected) {
      const block = blockOf(all.stdout, d.file);
      const severity = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' }[d.expect!.severity];
      expect({
        file: d.file,
        kind: d.kind,
        found: block.includes(`${severity} (${d.expect!.code}), ô ${d.cell}:`),
      }).toEqual({
        file: d.file,
        kind: d.kind,
        found: true,
      });
    }
  });

  it('reads tolerated input ("95,5%", "x", numbers and dates as text, NFD names) without an error at its cell', () => {
    const tolerated = located().filter(
      (d) =>
        (d.expect === undefined || d.expect.code === 'VALUE.NORMALISED') &&
        d.kind !== 'late' &&
        d.kind !== 'renamed',
    );
    expect(new Set(tolerated.map((d) => d.kind))).toEqual(
      new Set(['percent-as-text', 'yes-as-x', 'number-as-text', 'date-as-text', 'decomposed-unit-name']),
    );
    for (const d of tolerated) {
      const block = blockOf(all.stdout, d.file);
      expect(block).not.toBe('');
      expect({
        file: d.file,
        kind: d.kind,
        error: new RegExp(`Lỗi \\([A-Z._]+\\), ô ${d.cell}:`).test(block),
      }).toEqual({
        file: d.file,
        kind: d.kind,
        error: false,
      });
    }
  });

  it('exits 0 for a report without errors', async () => {
    const clean = manifest.files.find((f) => f.defects.length === 0 && f.role === 'report');
    const run = await runCli(
      ['validate', `sample/${clean!.file}`, '--config', 'sample/baocao.config.json'],
      tmp.path,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 tệp không có lỗi');
  });

  it('prints English with --lang en', async () => {
    const bad = manifest.files.find((f) => f.defects.some((d) => d.expect?.severity === 'error'))!;
    const run = await runCli(
      ['validate', `sample/${bad.file}`, '--lang', 'en', '--config', 'sample/baocao.config.json'],
      tmp.path,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^File sample\//m);
    expect(run.stdout).toMatch(/Error \(VALUE\.RANGE\), cell [A-Z]+\d+: /);
    expect(run.stdout).toContain('Checked 1 file(s)');
  });

  it('with --quiet prints only the errors', async () => {
    const bad = manifest.files.find((f) => f.defects.some((d) => d.expect?.severity === 'error'))!;
    const run = await runCli(
      ['validate', `sample/${bad.file}`, '-q', '--config', 'sample/baocao.config.json'],
      tmp.path,
    );
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(`Tệp sample/${bad.file}`);
    expect(lines.slice(1).every((l) => l.startsWith('    Lỗi ('))).toBe(true);
  });
});

describe('baocao validate: exit code 2', () => {
  it.each([
    ['no file', ['validate'], 'cần ít nhất một tệp'],
    ['an unknown option', ['validate', 'x.xlsx', '--bogus'], 'không có tùy chọn “--bogus”'],
    ['a bad --as-of', ['validate', 'x.xlsx', '--as-of', '31/02/2025'], 'không phải là ngày hợp lệ'],
    ['a bad --lang', ['validate', 'x.xlsx', '--lang', 'fr'], 'không được hỗ trợ'],
    ['a missing file', ['validate', 'khong-co.xlsx'], 'Không tìm thấy “khong-co.xlsx”'],
  ])('for %s', async (_what, args, message) => {
    const run = await runCli(args, tmp.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('for a file that is not a report, and says why with its code', async () => {
    writeFileSync(join(tmp.path, 'ghi-chu.xlsx'), 'Đây không phải là bảng tính');
    const run = await runCli(['validate', 'ghi-chu.xlsx'], tmp.path);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Không đọc được tệp này như một báo cáo');
    expect(run.stdout).toMatch(/Lỗi \(FILE\.[A-Z_]+\)/);
  });
});

const haveBad = existsSync(join(BAD_FIXTURES_DIR, 'expected.json'));
(haveBad ? describe : describe.skip)('baocao validate on test/fixtures/bad', () => {
  const fixtures = haveBad ? listBadFixtures() : [];
  let run: CliRun;
  beforeAll(async () => {
    // As of the fixtures' own date (the future-dated report is dated after it).
    run = await runCli(['validate', ...fixtures.map((f) => f.path), '--as-of', '2025-12-31'], tmp.path);
  });

  it('exits 2: some files cannot be read as reports', () => {
    expect(run.code).toBe(2);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s: its codes, and readable or not', (_name, f) => {
    const block = blockOf(run.stdout, f.file);
    expect(block).not.toBe('');
    for (const code of f.codes) expect(block).toContain(`(${code})`);
    expect(block.includes('Không đọc được tệp này như một báo cáo')).toBe(!f.readable);
  });

  it('exits 2 for one unreadable file alone and 0 for the valid control', async () => {
    const empty = await runCli(['validate', join(BAD_FIXTURES_DIR, 'empty.xlsx')], tmp.path);
    expect(empty.code).toBe(2);
    expect(empty.stdout).toContain('(FILE.EMPTY)');
    const valid = await runCli(
      ['validate', join(BAD_FIXTURES_DIR, 'valid.xlsx'), '--as-of', '2025-12-31'],
      tmp.path,
    );
    expect(valid.code).toBe(0);
  });
});
