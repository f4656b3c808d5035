/**
 * Issue 14 (Excel): syncs counted on the Excel double (web profile: 5 MB a request or response),
 * never timed. Reading N report sheets costs at most ceil(bytes / 4 MB) + 2 syncs, never one per
 * sheet; reading 70 units' reports, consolidating them and writing the four consolidation sheets
 * costs at most 3 syncs in one Excel.run, and writes the same cells as applySheets alone.
 */
import { consolidate } from '../../src/core/consolidate/consolidate';
import { isStampedSheet, sourcesOfWorkbook } from '../../src/core/intake/intake';
import type { RawWorkbook } from '../../src/core/report/report-types';
import { consolidationSheets } from '../../src/core/summary/consolidation-sheets';
import { ok, fail } from '../../src/core/types';
import { applySheets } from '../../src/excel/apply-sheets';
import { readWorkbook } from '../../src/excel/read-sheets';
import { readThenApply } from '../../src/excel/read-then-apply';
import { ALL_FEATURES } from '../../src/excel/requirements';
import { deAn04 } from '../../src/plans/de-an-04/plan';
import { fakeSheet, readResponseBytes } from '../../bench/excel-syncs';
import { reportBatch, reportRawSheets, type ReportBatch } from '../../bench/report-batch';
import { ExcelDouble } from './excel-double';

const YEAR = 2025;
const IMPORTED_AT = '2026-01-02T08:00:00';
const MB4 = 4 * 1024 * 1024;

/** A workbook holding every report of a batch, one sheet each, and the estimated bytes of reading them. */
function workbookOf(b: ReportBatch) {
  const raw = reportRawSheets(b);
  return {
    sheets: raw.map((r) => fakeSheet(r.sheet)),
    bytes: raw.reduce((n, r) => n + readResponseBytes(r.sheet), 0),
  };
}

/** The consolidation sheets of what was read (intake, consolidate, sheet specs: the core's work). */
function consolidationOf(b: ReportBatch, read: RawWorkbook) {
  const intake = sourcesOfWorkbook(read, deAn04, b.settings, { name: 'Sổ đang mở' });
  const c = consolidate({
    plan: deAn04,
    settings: b.settings,
    year: YEAR,
    sources: intake.sources,
    blocInputs: intake.blocInputs,
    importedAt: IMPORTED_AT,
  });
  return { specs: consolidationSheets(c, deAn04, b.settings, 'vi'), accepted: c.accepted.length };
}

/** Every cell of the sheets written (name, then address: value, formula, format). */
function cellsOf(double: ExcelDouble, names: readonly string[]) {
  return names.map((n) => [n, [...(double.sheet(n)?.cells ?? [])].sort(([a], [b]) => a.localeCompare(b))]);
}

describe('reading report sheets on Excel on the web', () => {
  it.each([10, 70, 700])(
    '%i units: at most ceil(bytes / 4 MB) + 2 syncs, in one Excel.run, no response over 5 MB',
    async (units) => {
      const { sheets, bytes } = workbookOf(reportBatch(units));
      const double = new ExcelDouble({ profile: 'web', sheets });
      const r = await readWorkbook({ excel: double.run, features: ALL_FEATURES, select: isStampedSheet });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      expect(r.value.sheets).toHaveLength(sheets.length);
      expect(double.runCount).toBe(1);
      expect(double.syncCount).toBeLessThanOrEqual(Math.ceil(bytes / MB4) + 2);
      expect(double.syncCount).toBeLessThan(sheets.length);
      expect(Math.max(...double.responseSizes)).toBeLessThanOrEqual(5 * 1024 * 1024);
    },
    120_000,
  );
});

describe('readThenApply: consolidating the open workbook in one Excel.run', () => {
  const b = reportBatch(70);
  const { sheets } = workbookOf(b);

  async function consolidateInExcel(double: ExcelDouble) {
    return readThenApply({
      excel: double.run,
      features: ALL_FEATURES,
      read: { select: isStampedSheet },
      onExisting: 'new-name',
      build: (read) => {
        const { specs, accepted } = consolidationOf(b, read);
        return ok({ specs, value: accepted });
      },
    });
  }

  it('reads, consolidates and writes 70 units in at most 3 syncs', async () => {
    const double = new ExcelDouble({ profile: 'web', sheets });
    const r = await consolidateInExcel(double);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.value).toBeGreaterThan(50);
    expect(r.value.applied.written).toEqual([
      'Tổng hợp 2025',
      'Tóm tắt 2025',
      'Xu hướng',
      'Nguồn',
      'Đôn đốc báo cáo',
    ]);
    expect(double.runCount).toBe(1);
    expect(double.syncCount).toBeLessThanOrEqual(3);
  });

  it('writes the same cells, formats and merges as reading, then applySheets in a run of its own', async () => {
    const together = new ExcelDouble({ profile: 'web', sheets });
    const r = await consolidateInExcel(together);
    if (!r.ok) throw new Error(JSON.stringify(r.error));

    const apart = new ExcelDouble({ profile: 'web', sheets });
    const read = await readWorkbook({ excel: apart.run, features: ALL_FEATURES, select: isStampedSheet });
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const w = await applySheets(consolidationOf(b, read.value).specs, {
      onExisting: 'new-name',
      excel: apart.run,
      features: ALL_FEATURES,
    });
    if (!w.ok) throw new Error(JSON.stringify(w.error));

    const names = r.value.applied.written;
    expect(w.value.written).toEqual(names);
    expect(cellsOf(together, names)).toEqual(cellsOf(apart, names));
    expect(names.map((n) => together.sheet(n)?.merges)).toEqual(names.map((n) => apart.sheet(n)?.merges));
    expect(together.sheetNames()).toEqual(apart.sheetNames());
  });

  it('stops before writing when the workbook structure is protected, saying so', async () => {
    const double = new ExcelDouble({ profile: 'web', sheets: sheets.slice(0, 3), structureProtected: true });
    const r = await consolidateInExcel(double);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]?.code).toBe('EXCEL.WORKBOOK_PROTECTED');
    expect(double.sheetNames()).toHaveLength(3);
    expect(double.runCount).toBe(1);
  });

  it('writes nothing when building fails, and returns why', async () => {
    const double = new ExcelDouble({ profile: 'web', sheets: sheets.slice(0, 3) });
    const finding = {
      code: 'TEST.NOTHING',
      severity: 'warning' as const,
      message: { vi: 'Không có báo cáo.', en: 'No report.' },
    };
    const r = await readThenApply({
      excel: double.run,
      features: ALL_FEATURES,
      read: { select: isStampedSheet },
      onExisting: 'new-name',
      build: () => fail([finding]),
    });
    expect(r).toEqual({ ok: false, error: [finding] });
    expect(double.sheetNames()).toHaveLength(3);
    expect(double.syncCount).toBe(2);
  });

  it('reports a read that fails as EXCEL.READ_FAILED, writing nothing', async () => {
    const double = new ExcelDouble({
      profile: 'web',
      sheets: sheets.slice(0, 3),
      failSync: 2,
      failCode: 'GeneralException',
    });
    const r = await consolidateInExcel(double);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]?.code).toBe('EXCEL.READ_FAILED');
    expect(double.sheetNames()).toHaveLength(3);
  });
});
