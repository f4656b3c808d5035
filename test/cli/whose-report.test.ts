import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { ConsolidationJson } from '../../src/core/summary/consolidation-json';
import { COL, FIELD, keyedAddress, locateKeys } from '../../src/core/template/template-keys';
import { readXlsx } from '../xlsx/read-xlsx';
import { runCli, tempDir } from './run-cli';

/**
 * Issue 16 §7, through the command as a user runs it: a unit that fills in another unit's file
 * (the hidden stamp says DV001, the typed name is DV002's) is never counted as DV001, and DV001's
 * own report is not dropped as its "duplicate"; reports of DV001 whose typed names disagree are
 * not decided by date.
 */

const tmp = tempDir('whose-report');
let template: Uint8Array;

beforeAll(async () => {
  const made = await runCli(['template', '--unit', 'DV001', '--year', '2025', '-o', 'dv001.xlsx'], tmp.path);
  if (made.code !== 0) throw new Error(made.stderr);
  template = readFileSync(join(tmp.path, 'dv001.xlsx'));
});
afterAll(() => tmp.remove());

/** The template of DV001 with `name` typed as the unit name; returns the bytes and the name's cell. */
async function withUnitName(name: string): Promise<{ bytes: Buffer; cell: string }> {
  const read = await readXlsx(template, 'dv001.xlsx');
  if (!read.ok) throw new Error('template unreadable');
  const cell = keyedAddress(locateKeys(read.value.sheets[0]!)!, FIELD.unitName, COL.field)!;
  const wb = new Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  wb.worksheets[0]!.getCell(cell).value = name;
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), cell };
}

describe('baocao consolidate: whose report is it', () => {
  it.each<[string, [string, string][], Record<string, [string, string | null]>]>([
    [
      "DV002's name in DV001's file beside DV001's own report",
      [
        ['copy.xlsx', 'Đảng bộ Sở Nội vụ'],
        ['real.xlsx', 'Đảng bộ Văn phòng UBND tỉnh'],
      ],
      { 'copy.xlsx': ['rejected', 'unit-mismatch'], 'real.xlsx': ['accepted-with-findings', null] },
    ],
    [
      'two reports of DV001, one naming an unlisted unit',
      [
        ['a.xlsx', 'Đảng bộ Văn phòng UBND tỉnh'],
        ['b.xlsx', 'Đảng bộ Phòng Không Có'],
      ],
      { 'a.xlsx': ['rejected', 'unit-mismatch'], 'b.xlsx': ['rejected', 'unit-mismatch'] },
    ],
  ])('%s', async (label, files, expected) => {
    const dir = join(tmp.path, label.replace(/[^A-Za-z0-9]+/g, '-'));
    mkdirSync(join(dir, 'in'), { recursive: true });
    let cell = '';
    for (const [file, name] of files) {
      const made = await withUnitName(name);
      writeFileSync(join(dir, 'in', file), made.bytes);
      cell = made.cell;
    }
    const run = await runCli(
      [
        'consolidate',
        'in',
        '--year',
        '2025',
        '--as-of',
        '2025-12-20',
        '-o',
        'th.xlsx',
        '--json',
        'th.json',
        '--allow-empty',
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'th.json'), 'utf8')) as ConsolidationJson;
    const got = Object.fromEntries(
      json.sources.map((s) => [s.file.replace(/^in\//, ''), [s.verdict, s.rejectReason]]),
    );
    expect(got).toEqual(expected);
    expect(json.counts.duplicate).toBe(0);
    const rejected = json.sources.filter((s) => s.rejectReason === 'unit-mismatch');
    for (const s of rejected) expect(s.findings[0]?.cell).toBe(cell);
    // Each rejected source is named on the terminal with what to do.
    expect(run.stdout).toContain('Bị từ chối');
    expect(run.stdout).toMatch(/mã DV001/);
    expect(run.stdout).toContain(`ô ${cell}`);
  });

  it('validate says it as an error (exit 1) at the cell of the typed name', async () => {
    const { bytes, cell } = await withUnitName('Đảng bộ Sở Nội vụ');
    writeFileSync(join(tmp.path, 'copy.xlsx'), bytes);
    const run = await runCli(['validate', 'copy.xlsx', '--as-of', '2025-12-20'], tmp.path);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('REPORT.UNIT_MISMATCH');
    expect(run.stdout).toContain(cell);
    expect(run.stdout).toContain('“Đảng bộ Sở Nội vụ” (mã DV002)');
  });
});
