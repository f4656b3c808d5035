import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { ConsolidationJson } from '../../src/core/summary/consolidation-json';
import type { SampleManifest } from '../../src/core/sample/sample-manifest';
import { hashFile, makeSample, runCli, tempDir } from './run-cli';
import type { CliRun } from './run-cli';

const tmp = tempDir('consolidate');
let manifest: SampleManifest;
let first: CliRun;
let json: ConsolidationJson;

const CONFIG = ['--config', 'sample/baocao.config.json'];

beforeAll(async () => {
  manifest = await makeSample(tmp.path);
  first = await runCli(
    ['consolidate', 'sample', '--year', '2025', '-o', 'th.xlsx', '--json', 'th.json', ...CONFIG],
    tmp.path,
  );
  json = JSON.parse(readFileSync(join(tmp.path, 'th.json'), 'utf8')) as ConsolidationJson;
});
afterAll(() => tmp.remove());

describe('baocao consolidate', () => {
  it('consolidates the folder (exit 0) and prints each verdict and the headline figures', () => {
    expect(first.code).toBe(0);
    for (const f of manifest.files.filter((x) => x.year === 2025))
      expect(first.stdout).toContain(`sample/${f.file}`);
    expect(first.stdout).toContain('Trùng lặp');
    expect(first.stdout).toMatch(/Đơn vị đã báo cáo: \d+\/\d+/);
    expect(first.stdout).toMatch(/Chỉ tiêu của Khối đạt: \d+\/15/);
    expect(first.stdout).toContain('Số liệu Khối: sample/So-lieu-Khoi-2025.xlsx');
    expect(first.stdout).toContain('Đã ghi biểu tổng hợp: th.xlsx');
  });

  it('writes the four sheets', async () => {
    const wb = new Workbook();
    await wb.xlsx.load(readFileSync(join(tmp.path, 'th.xlsx')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp 2025', 'Tóm tắt 2025', 'Xu hướng', 'Nguồn']);
    const sources = wb.getWorksheet('Nguồn')!;
    const text: string[] = [];
    sources.eachRow((row) => row.eachCell((c) => text.push(String(c.value))));
    const dup = manifest.files.find((f) => f.role === 'duplicate-first' && f.year === 2025)!;
    expect(text.some((t) => t.includes(dup.file))).toBe(true);
  });

  it('finds the units that did not report, the duplicate, the merged unit and the province ranks', () => {
    expect(json.notReported.map((u) => u.code).sort()).toEqual(
      [...(manifest.notReported['2025'] ?? [])].sort(),
    );
    const bySource = (file: string) => json.sources.find((s) => s.file === `sample/${file}`);
    const dup = manifest.files.find((f) => f.role === 'duplicate-first' && f.year === 2025)!;
    expect(bySource(dup.file)?.verdict).toBe('duplicate');
    const merged = manifest.files.find((f) => f.role === 'merged')!;
    expect(bySource(merged.file)).toMatchObject({
      matchedVia: 'merged',
      unitCode: 'DV003',
      writtenCode: 'DV004',
    });
    expect(json.indicators.find((i) => i.indicatorId === 'par_index')).toMatchObject({
      rank: 12,
      status: 'met',
    });
    const met = json.targets.map((t) => t.met);
    expect(met).toContain(true);
    expect(met).toContain(false);
  });

  it('never overwrites an existing output without --force', async () => {
    const before = hashFile(join(tmp.path, 'th.xlsx'));
    const again = await runCli(
      ['consolidate', 'sample', '--year', '2025', '-o', 'th.xlsx', ...CONFIG],
      tmp.path,
    );
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Tệp “th.xlsx” đã có');
    expect(hashFile(join(tmp.path, 'th.xlsx'))).toBe(before);
    const forced = await runCli(
      ['consolidate', 'sample', '--year', '2025', '-o', 'th.xlsx', '--force', '-q', ...CONFIG],
      tmp.path,
    );
    expect(forced.code).toBe(0);
    expect(forced.stdout).toBe('');
  });

  it('never writes into an input file, even with --force', async () => {
    const input = `sample/${manifest.files[0]!.file}`;
    const before = hashFile(join(tmp.path, input));
    const run = await runCli(
      ['consolidate', 'sample', '--year', '2025', '-o', input, '--force', ...CONFIG],
      tmp.path,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cũng là một tệp đầu vào');
    expect(hashFile(join(tmp.path, input))).toBe(before);
  });

  it('goes on past a bad file and rejects it with its reason', async () => {
    mkdirSync(join(tmp.path, 'mixed'));
    const good = manifest.files.filter((f) => f.year === 2025 && f.role === 'report').slice(0, 3);
    for (const f of good) copyFileSync(join(tmp.path, 'sample', f.file), join(tmp.path, 'mixed', f.file));
    writeFileSync(join(tmp.path, 'mixed', 'A-hong.xlsx'), 'không phải tệp Excel');
    const run = await runCli(
      ['consolidate', 'mixed', '--year', '2025', '-o', 'mixed.xlsx', '--json', 'mixed.json', ...CONFIG],
      tmp.path,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Bị từ chối\s+mixed\/A-hong\.xlsx/);
    const result = JSON.parse(readFileSync(join(tmp.path, 'mixed.json'), 'utf8')) as ConsolidationJson;
    expect(result.sources.map((s) => s.verdict)).toEqual([
      'rejected',
      ...good.map(() => expect.stringMatching(/^accepted/)),
    ]);
  });

  it('takes the bloc file from --bloc and the as-of date from --as-of', async () => {
    const files = manifest.files.filter((f) => f.year === 2025 && f.role === 'report').slice(0, 2);
    const run = await runCli(
      [
        'consolidate',
        ...files.map((f) => `sample/${f.file}`),
        '--year',
        '2025',
        '-o',
        'two.xlsx',
        '--json',
        'two.json',
      ].concat(['--bloc', `sample/${manifest.blocFile}`, '--as-of', '2025-12-20', ...CONFIG]),
      tmp.path,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ngày tính 20/12/2025');
    const result = JSON.parse(readFileSync(join(tmp.path, 'two.json'), 'utf8')) as ConsolidationJson;
    expect(result.asOf).toBe('2025-12-20');
    expect(result.sources).toHaveLength(2);
    expect(result.indicators.find((i) => i.indicatorId === 'pci')).toMatchObject({
      rank: 24,
      status: 'not-met',
    });
  });

  it('exits 2 when --bloc is not a bloc data file', async () => {
    const run = await runCli(
      [
        'consolidate',
        'sample',
        '--year',
        '2025',
        '-o',
        'x.xlsx',
        '--bloc',
        `sample/${manifest.files[0]!.file}`,
        ...CONFIG,
      ],
      tmp.path,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('không có trang số liệu Khối');
  });

  it.each([
    ['no input', ['consolidate', '--year', '2025'], 'cần ít nhất một tệp'],
    ['no --year', ['consolidate', 'sample'], 'cần tùy chọn “--year”'],
    ['a missing folder', ['consolidate', 'khong-co', '--year', '2025'], 'Không tìm thấy “khong-co”'],
    [
      'an output that is not .xlsx',
      ['consolidate', 'sample', '--year', '2025', '-o', 'th.csv'],
      'phải có đuôi .xlsx',
    ],
    [
      'a config that is not JSON',
      ['consolidate', 'sample', '--year', '2025', '--config', 'th.xlsx'],
      'không phải là JSON',
    ],
    ['an invalid config', ['consolidate', 'sample', '--year', '2025', '--config', 'bad.json'], 'units[0]'],
  ])('exits 2 for %s', async (_what, args, message) => {
    writeFileSync(join(tmp.path, 'bad.json'), JSON.stringify({ units: [{ code: 'DV001' }] }));
    const run = await runCli(args, tmp.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
