import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { SampleManifest } from '../../src/core/sample/sample-manifest';
import { parseSettings } from '../../src/core/settings/settings-schema';
import { defaultSettings } from '../../src/plans/de-an-04/default-settings';
import { hashFolder, makeSample, readManifest, runCli, SMALL_SAMPLE, tempDir } from './run-cli';

const tmp = tempDir('sample');
let manifest: SampleManifest;

beforeAll(async () => {
  manifest = await makeSample(tmp.path, 'a');
});
afterAll(() => tmp.remove());

async function open(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(readFileSync(join(tmp.path, 'a', file)) as unknown as ArrayBuffer);
  return wb;
}

describe('baocao sample', () => {
  it('is deterministic: the same seed gives byte-identical files, another seed other files', async () => {
    const again = await runCli(['sample', ...SMALL_SAMPLE, '-o', 'b'], tmp.path);
    expect(again.code).toBe(0);
    const a = hashFolder(join(tmp.path, 'a'));
    expect(Object.keys(a).length).toBe(manifest.files.length + 3);
    expect(hashFolder(join(tmp.path, 'b'))).toEqual(a);

    const other = await runCli(['sample', ...SMALL_SAMPLE.slice(0, -1), '8', '-o', 'c'], tmp.path);
    expect(other.code).toBe(0);
    const c = hashFolder(join(tmp.path, 'c'));
    expect(Object.keys(c).filter((k) => c[k] !== a[k]).length).toBeGreaterThan(0);
  });

  it('writes every file of the manifest, the bloc data and settings that parseSettings accepts', () => {
    for (const f of manifest.files) expect(existsSync(join(tmp.path, 'a', f.file))).toBe(true);
    expect(existsSync(join(tmp.path, 'a', manifest.blocFile))).toBe(true);
    const config = JSON.parse(readFileSync(join(tmp.path, 'a', 'baocao.config.json'), 'utf8')) as unknown;
    const parsed = parseSettings(config, defaultSettings('2000-01-01'));
    expect(parsed.ok && parsed.value.units.length).toBe(12);
    expect(parsed.ok && parsed.value.asOf).toBe('2026-01-01');
    expect(manifest).toMatchObject({ seed: 7, years: [2024, 2025], unitCount: 12, asOf: '2026-01-01' });
  });

  it('holds what real batches have: missing, late, duplicates, a renamed and a merged unit', () => {
    const roles = manifest.files.map((f) => f.role);
    expect(roles).toEqual(
      expect.arrayContaining(['duplicate-first', 'duplicate-correction', 'renamed', 'merged']),
    );
    expect(manifest.notReported['2024']?.length).toBeGreaterThan(0);
    expect(manifest.notReported['2025']?.length).toBeGreaterThan(0);
    const late = manifest.files.filter((f) => f.late);
    expect(late.length).toBeGreaterThan(0);
    for (const f of late) expect(f.reportDate > `${f.year}-12-15`).toBe(true);
    const first = manifest.files.find((f) => f.role === 'duplicate-first')!;
    const second = manifest.files.find(
      (f) => f.role === 'duplicate-correction' && f.unitCode === first.unitCode && f.year === first.year,
    )!;
    expect(second.reportDate > first.reportDate).toBe(true);
    expect(manifest.files.find((f) => f.role === 'renamed')?.writtenName).toBe(
      'Đảng bộ Sở Nông nghiệp và Phát triển nông thôn',
    );
  });

  it('writes the injected values into the cells the manifest names', async () => {
    const pick = (kind: string) =>
      manifest.files
        .flatMap((f) => f.defects.map((d) => ({ file: f.file, year: f.year, ...d })))
        .find((d) => d.kind === kind)!;
    for (const kind of [
      'percent-out-of-range',
      'negative-count',
      'percent-as-text',
      'yes-as-x',
      'tcvn3-preparer',
      'decomposed-unit-name',
    ]) {
      const d = pick(kind);
      const wb = await open(d.file);
      const value = wb.getWorksheet(d.sheet)?.getCell(d.cell!).value;
      expect({ kind, value }).toEqual({ kind, value: d.raw });
    }
    const nfd = pick('decomposed-unit-name');
    expect(String(nfd.raw)).not.toBe(String(nfd.raw).normalize('NFC'));
  });

  it('stamps each report with its unit and year, and dates the workbook on the report date', async () => {
    const f = manifest.files.find((x) => x.role === 'report')!;
    const wb = await open(f.file);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe(`Báo cáo ${f.year}`);
    const stamp = ws.getRow(1).values as unknown[];
    expect(stamp.some((v) => typeof v === 'string' && v.includes(`unit=${f.unitCode};year=${f.year}`))).toBe(
      true,
    );
    expect(wb.created.toISOString().slice(0, 10)).toBe(f.reportDate);
  });

  it('refuses a folder that holds other files, and an earlier sample unless --force', async () => {
    writeFileSync(join(tmp.path, 'notes.txt'), 'x');
    const other = await runCli(['sample', ...SMALL_SAMPLE, '-o', '.'], tmp.path);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('không phải là thư mục dữ liệu mẫu');

    const before = hashFolder(join(tmp.path, 'b'));
    const again = await runCli(['sample', ...SMALL_SAMPLE, '-o', 'b'], tmp.path);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(hashFolder(join(tmp.path, 'b'))).toEqual(before);

    // --force replaces only the earlier sample's files: a note a person put there stays.
    writeFileSync(join(tmp.path, 'b', 'ghi-chu.txt'), 'giữ lại');
    const forced = await runCli(
      ['sample', '--units', '5', '--years', '2025', '-o', 'b', '--force', '-q'],
      tmp.path,
    );
    expect(forced.code).toBe(0);
    expect(forced.stdout).toBe('');
    expect(readFileSync(join(tmp.path, 'b', 'ghi-chu.txt'), 'utf8')).toBe('giữ lại');
    const replaced = readManifest(join(tmp.path, 'b'));
    expect(replaced.unitCount).toBe(5);
    expect(Object.keys(hashFolder(join(tmp.path, 'b'))).sort()).toEqual(
      [
        ...replaced.files.map((f) => f.file),
        replaced.blocFile,
        'baocao.config.json',
        'sample-manifest.json',
        'ghi-chu.txt',
      ].sort(),
    );
  });

  it.each([
    [['--units', '0'], '--units'],
    [['--years', '2025-2021'], 'khoảng năm'],
    [['--seed', 'abc'], '--seed'],
  ])('rejects %j with exit 2', async (args, message) => {
    const run = await runCli(['sample', ...args, '-o', 'x'], tmp.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(existsSync(join(tmp.path, 'x'))).toBe(false);
  });
});
