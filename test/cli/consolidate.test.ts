import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { unzipSync } from 'fflate';
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
    expect(first.stdout).toMatch(/Chỉ tiêu của Đề án đạt: \d+\/15/);
    expect(first.stdout).toContain('Số liệu Khối: sample/So-lieu-Khoi-2025.xlsx');
    expect(first.stdout).toContain('Đã ghi biểu tổng hợp: th.xlsx');
  });

  it('writes the five sheets', async () => {
    const wb = new Workbook();
    await wb.xlsx.load(readFileSync(join(tmp.path, 'th.xlsx')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp 2025',
      'Tóm tắt 2025',
      'Xu hướng',
      'Nguồn',
      'Đôn đốc báo cáo',
    ]);
    const sources = wb.getWorksheet('Nguồn')!;
    const text: string[] = [];
    sources.eachRow((row) => row.eachCell((c) => text.push(String(c.value))));
    const dup = manifest.files.find((f) => f.role === 'duplicate-first' && f.year === 2025)!;
    expect(text.some((t) => t.includes(dup.file))).toBe(true);
  });

  it('writes the two charts into the file (Tóm tắt, Xu hướng), and no note that it cannot', () => {
    const parts = Object.keys(unzipSync(new Uint8Array(readFileSync(join(tmp.path, 'th.xlsx')))));
    expect(parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(2);
    expect(first.stdout).not.toMatch(/biểu đồ/i);
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
    // II: shares of every grassroots committee, so units not reported count against each target.
    const missing = new Set(manifest.notReported['2025'] ?? []);
    expect(missing.size).toBeGreaterThan(0);
    for (const t of json.targets) {
      expect(t.notReported.every((code) => missing.has(code))).toBe(true);
      expect(t.applicable).toBe(t.reported + t.missing);
      if (t.missing > 0) expect(t.met).toBe(false);
    }
    expect(json.targets.find((t) => t.itemId === 'ii1_plan')?.missing).toBe(missing.size);
    expect(first.stdout).toContain(`(còn ${missing.size} cấp ủy chưa báo cáo, được tính là chưa đạt)`);
  });

  it('V.3: marks the reports sent after the deadline in the JSON and the output', () => {
    const lateCodes = new Set(manifest.files.filter((f) => f.year === 2025 && f.late).map((f) => f.unitCode));
    const late = json.units.filter((u) => u.late !== null);
    expect(late.length).toBeGreaterThan(0);
    for (const u of late) {
      expect(lateCodes.has(u.code)).toBe(true);
      expect(u.late?.daysLate).toBeGreaterThan(0);
    }
    expect(json.counts.late).toBe(late.length);
    expect(first.stdout).toContain(`Gửi báo cáo sau hạn: ${late.length} cấp ủy.`);
  });

  it('prints no raw finding codes in its consolidate lines', () => {
    expect(first.stdout).not.toMatch(/\b(VALUE|TARGET|TEXT|DATE|TEMPLATE|FILE)\.[A-Z_]+/);
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
    // II: 3 of the units reporting never makes a target met (it read "15/15" before).
    expect(run.stdout).toMatch(
      /Chỉ tiêu của Đề án đạt: 0\/15 \(còn \d+ cấp ủy chưa báo cáo, được tính là chưa đạt\)\./,
    );
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

  it('a year with no reports: says so, names the years that have reports, exits 1 and writes nothing without --allow-empty', async () => {
    mkdirSync(join(tmp.path, 'only2024'));
    const old = manifest.files.filter((f) => f.year === 2024 && f.role === 'report').slice(0, 2);
    for (const f of old) copyFileSync(join(tmp.path, 'sample', f.file), join(tmp.path, 'only2024', f.file));
    const run = await runCli(
      ['consolidate', 'only2024', '--year', '2025', '-o', 'empty.xlsx', '--json', 'empty.json', ...CONFIG],
      tmp.path,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'Không có báo cáo nào của năm 2025 trong các tệp đã đọc; các năm có báo cáo: 2024.',
    );
    expect(run.stderr).toContain('--allow-empty');
    expect(existsSync(join(tmp.path, 'empty.xlsx'))).toBe(false);
    expect(existsSync(join(tmp.path, 'empty.json'))).toBe(false);
    const allowed = await runCli(
      ['consolidate', 'only2024', '--year', '2025', '-o', 'empty.xlsx', '--allow-empty', '-q', ...CONFIG],
      tmp.path,
    );
    expect(allowed.code).toBe(0);
    expect(existsSync(join(tmp.path, 'empty.xlsx'))).toBe(true);
  });

  it('skips its own consolidated workbook and JSON found among the reports, with a note', async () => {
    mkdirSync(join(tmp.path, 'withOwn'));
    const good = manifest.files.filter((f) => f.year === 2025 && f.role === 'report').slice(0, 2);
    for (const f of good) copyFileSync(join(tmp.path, 'sample', f.file), join(tmp.path, 'withOwn', f.file));
    copyFileSync(join(tmp.path, 'th.xlsx'), join(tmp.path, 'withOwn', 'th.xlsx'));
    copyFileSync(join(tmp.path, 'th.json'), join(tmp.path, 'withOwn', 'th.json'));
    const run = await runCli(
      ['consolidate', 'withOwn', '--year', '2025', '-o', 'own.xlsx', '--json', 'own.json', ...CONFIG],
      tmp.path,
    );
    expect(run.code).toBe(0);
    for (const f of ['th.xlsx', 'th.json'])
      expect(run.stdout).toContain(`Bỏ qua: Tệp “withOwn/${f}” là kết quả tổng hợp do phần mềm này lập`);
    expect(run.stdout).not.toContain('gửi lại');
    const result = JSON.parse(readFileSync(join(tmp.path, 'own.json'), 'utf8')) as ConsolidationJson;
    expect(result.sources.map((x) => x.file)).toEqual(good.map((f) => `withOwn/${f.file}`));
    expect(result.sources.every((x) => x.verdict !== 'rejected')).toBe(true);
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
    [
      'a year before Đề án 04 (2021-2025 và những năm tiếp theo)',
      ['consolidate', 'sample', '--year', '2019', '-o', 'y.xlsx', ...CONFIG],
      'Năm 2019 (tùy chọn --year) nằm ngoài các năm báo cáo của Đề án 04: từ 2021 đến',
    ],
    [
      'a year after the last the settings cover',
      ['consolidate', 'sample', '--year', '2099', '-o', 'y.xlsx', ...CONFIG],
      'Năm 2099 (tùy chọn --year) nằm ngoài các năm báo cáo của Đề án 04: từ 2021 đến',
    ],
  ])('exits 2 for %s', async (_what, args, message) => {
    writeFileSync(join(tmp.path, 'bad.json'), JSON.stringify({ units: [{ code: 'DV001' }] }));
    const run = await runCli(args, tmp.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
