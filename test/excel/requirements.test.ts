import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkRequirements,
  excelVersionNeeded,
  FEATURE_VERSIONS,
  MANIFEST_EXCEL_API,
  type ExcelFeature,
} from '../../src/excel/requirements';

/** An Excel that supports ExcelApi up to 1.`max` (the manifest asks for 1.8 at least). */
const upTo = (max: number) => (name: string, version: string) =>
  name === 'ExcelApi' && Number(version.split('.')[1]) <= max;

describe('the manifest minimum', () => {
  it('is the ExcelApi version the manifest requires, and every feature checked at run time is above it', () => {
    // Office does not start the add-in below the manifest's set: a run-time check at or below it is dead code.
    const manifest = readFileSync(join(__dirname, '../../manifest.xml'), 'utf8');
    expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${MANIFEST_EXCEL_API}"/>`);
    const minor = (v: string) => Number(v.split('.')[1]);
    for (const version of Object.values(FEATURE_VERSIONS)) {
      expect(minor(version)).toBeGreaterThan(minor(MANIFEST_EXCEL_API));
    }
  });
});

describe('checkRequirements', () => {
  it.each([
    [8, []],
    [9, ['pageLayout', 'autoFilter']],
    [13, Object.keys(FEATURE_VERSIONS)],
  ])('ExcelApi 1.%i has %j', (max, features) => {
    const support = checkRequirements(upTo(max));
    const has = (Object.keys(support.has) as ExcelFeature[]).filter((f) => support.has[f]);
    expect(has.sort()).toEqual([...features].sort());
    expect(support.missing.map((m) => m.feature).sort()).toEqual(
      (Object.keys(FEATURE_VERSIONS) as ExcelFeature[]).filter((f) => !features.includes(f)).sort(),
    );
  });

  it('names the Excel versions a missing feature needs', () => {
    const support = checkRequirements(upTo(8));
    const message = (f: ExcelFeature) => support.missing.find((m) => m.feature === f)?.message;
    expect(message('pageLayout')?.vi).toBe(
      'Phiên bản Excel này chưa hỗ trợ thiết lập trang in (khổ A4, lặp dòng tiêu đề): cần Excel 2021 trở lên, Microsoft 365 (phiên bản 1903 trở lên) hoặc Excel trên web (ExcelApi 1.9).',
    );
    expect(message('pageLayout')?.en).toContain('Excel 2021 or later, Microsoft 365 (version 1903 or later)');
    expect(message('mergedAreas')?.vi).toContain('phiên bản 2102');
  });

  it.each([
    ['1.8', 'Excel 2021 trở lên, Microsoft 365 (phiên bản 1808 trở lên) hoặc Excel trên web'],
    ['1.9', 'Excel 2021 trở lên, Microsoft 365 (phiên bản 1903 trở lên) hoặc Excel trên web'],
    ['1.17', 'Microsoft 365 bản mới hoặc Excel trên web'],
  ])('ExcelApi %s needs %s', (version, vi) => {
    expect(excelVersionNeeded(version).vi).toBe(vi);
  });

  it('treats a throwing check as unsupported', () => {
    const support = checkRequirements(() => {
      throw new Error('no requirements');
    });
    expect(Object.values(support.has).every((v) => v === false)).toBe(true);
  });
});
