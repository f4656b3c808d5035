import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { reportFileName } from '../../src/core/sample/report-file-name';
import type { Settings } from '../../src/core/settings/settings-types';
import { activeUnits } from '../../src/core/settings/units-active';
import { hashFile, makeSample, runCli, tempDir } from './run-cli';

const tmp = tempDir('template');
let units: Settings['units'];
const CONFIG = ['--config', 'sample/baocao.config.json'];

beforeAll(async () => {
  await makeSample(tmp.path);
  units = (JSON.parse(readFileSync(join(tmp.path, 'sample', 'baocao.config.json'), 'utf8')) as Settings)
    .units;
});
afterAll(() => tmp.remove());

async function sheetOf(path: string) {
  const wb = new Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

const stampOf = (values: unknown[]): string | undefined =>
  values.find((v): v is string => typeof v === 'string' && v.startsWith('baocao;'));

describe('baocao template', () => {
  it('--all makes one file per unit active in the year, named so a person can tell them apart', async () => {
    const run = await runCli(['template', '--all', '--year', '2025', '-o', 'mau', ...CONFIG], tmp.path);
    expect(run.code).toBe(0);
    const expected = activeUnits(units, 2025).map((u) => reportFileName(2025, u.code, u.name));
    expect(expected).toContain('BC-2025-DV002-So-Noi-vu.xlsx');
    expect(expected.some((n) => n.includes('DV006'))).toBe(false); // merged away in 2024
    expect(readdirSync(join(tmp.path, 'mau')).sort()).toEqual([...expected].sort());
    expect(run.stdout).toContain(`Đã tạo ${expected.length} mẫu báo cáo năm 2025`);
    const ws = await sheetOf(join(tmp.path, 'mau', 'BC-2025-DV002-So-Noi-vu.xlsx'));
    expect(ws.name).toBe('Báo cáo 2025');
    expect(stampOf(ws.getRow(1).values as unknown[])).toBe(
      'baocao;kind=report;plan=de-an-04;version=2;unit=DV002;year=2025',
    );
  });

  it('--all refuses to overwrite templates that may hold figures, unless --force', async () => {
    const path = join(tmp.path, 'mau', 'BC-2025-DV002-So-Noi-vu.xlsx');
    const before = hashFile(path);
    const again = await runCli(['template', '--all', '--year', '2025', '-o', 'mau', ...CONFIG], tmp.path);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(hashFile(path)).toBe(before);
  });

  it('--unit makes one template, by code or by name, in English with --lang en', async () => {
    const byCode = await runCli(
      ['template', '--unit', 'dv003', '--year', '2024', '-o', 'dv3.xlsx', ...CONFIG],
      tmp.path,
    );
    expect(byCode.code).toBe(0);
    expect(byCode.stdout).toContain('DV003 Đảng bộ Sở Tài chính');
    expect(stampOf((await sheetOf(join(tmp.path, 'dv3.xlsx'))).getRow(1).values as unknown[])).toContain(
      'unit=DV003;year=2024',
    );

    const byName = await runCli(
      ['template', '--unit', 'Sở Tư pháp', '--year', '2025', '--lang', 'en', ...CONFIG],
      tmp.path,
    );
    expect(byName.code).toBe(0);
    const ws = await sheetOf(join(tmp.path, 'BC-2025-DV012-So-Tu-phap.xlsx'));
    expect(ws.name).toBe('Report 2025');
  });

  it('--unit never overwrites an existing file without --force', async () => {
    writeFileSync(join(tmp.path, 'filled.xlsx'), 'số liệu của đơn vị');
    const run = await runCli(
      ['template', '--unit', 'DV001', '--year', '2025', '-o', 'filled.xlsx', ...CONFIG],
      tmp.path,
    );
    expect(run.code).toBe(2);
    expect(readFileSync(join(tmp.path, 'filled.xlsx'), 'utf8')).toBe('số liệu của đơn vị');
    const forced = await runCli(
      ['template', '--unit', 'DV001', '--year', '2025', '-o', 'filled.xlsx', '--force', ...CONFIG],
      tmp.path,
    );
    expect(forced.code).toBe(0);
    expect((await sheetOf(join(tmp.path, 'filled.xlsx'))).name).toBe('Báo cáo 2025');
  });

  it.each([
    ['an unknown unit, with suggestions', ['--unit', 'Sở Tư phap', '--year', '2025'], 'Có phải là: DV012'],
    ['a unit not active that year', ['--unit', 'DV006', '--year', '2025'], 'không hoạt động trong năm 2025'],
    ['neither --unit nor --all', ['--year', '2025'], '“--unit MÃ”'],
    ['both --unit and --all', ['--unit', 'DV001', '--all', '--year', '2025'], 'không dùng cùng lúc'],
    ['no --year', ['--unit', 'DV001'], 'cần tùy chọn “--year”'],
    ['a bad year', ['--unit', 'DV001', '--year', '25'], 'không phải là năm hợp lệ'],
    [
      'a year before Đề án 04 (2021-2025 và những năm tiếp theo)',
      ['--unit', 'DV001', '--year', '2020'],
      'Năm 2020 (tùy chọn --year) nằm ngoài các năm báo cáo của Đề án 04: từ 2021 đến',
    ],
    [
      'a year after the last the settings cover',
      ['--all', '--year', '2099'],
      'Năm 2099 (tùy chọn --year) nằm ngoài các năm báo cáo của Đề án 04: từ 2021 đến',
    ],
    [
      'a value without its option',
      ['--unit', 'DV001', '--year', '2025', 'x.xlsx'],
      'không nhận thêm “x.xlsx”',
    ],
  ])('exits 2 for %s', async (_what, args, message) => {
    const run = await runCli(['template', ...args, ...CONFIG], tmp.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
