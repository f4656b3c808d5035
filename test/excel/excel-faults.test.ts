/**
 * The adapter faults issue 17 lists, each shown on the Excel double (each test failed before its
 * fix), and the double's own Excel behaviours that the adapter relies on.
 */
import { consolidate } from '../../src/core/consolidate/consolidate';
import { consolidationSheets } from '../../src/core/summary/consolidation-sheets';
import { isReportSheet, parseReport } from '../../src/core/template/parse-report';
import { findStamp } from '../../src/core/template/template-keys';
import { applySheets } from '../../src/excel/apply-sheets';
import { readWorkbook } from '../../src/excel/read-sheets';
import { ALL_FEATURES } from '../../src/excel/requirements';
import { deAn04 } from '../../src/plans/de-an-04/plan';
import { fakeSheet, readResponseBytes } from '../../bench/excel-syncs';
import { BENCH_YEAR, reportBatch, reportRawSheets, reportSources } from '../../bench/report-batch';
import { ExcelDouble, type FakeCell, type FakeSheetInit } from './excel-double';
import { aSpec } from './sheet-spec-builder';

const write = (double: ExcelDouble, specs = [aSpec()]) =>
  applySheets(specs, { onExisting: 'new-name', excel: double.run, features: double.features });

describe('issue 17 faults, on the Excel double', () => {
  it('1. a Text-formatted cell gets its text without the apostrophe guard (no "\'DV001")', async () => {
    const double = new ExcelDouble({ sheets: [{ name: 'Sheet1' }] });
    const spec = aSpec({
      cells: [
        { address: 'A1', value: { text: 'DV001' }, style: { numFmt: '@' } },
        { address: 'B1', value: { text: '=không phải công thức' }, style: { numFmt: '@' } },
        { address: 'C1', value: { text: '0075' } },
      ],
    });
    expect((await write(double, [spec])).ok).toBe(true);
    expect(double.cell('Báo cáo 2025', 'A1')).toMatchObject({ v: 'DV001', fmt: '@' });
    expect(double.cell('Báo cáo 2025', 'B1')).toMatchObject({ v: '=không phải công thức' });
    expect(double.cell('Báo cáo 2025', 'B1')?.f).toBeUndefined();
    // A General cell keeps the guard: '0075' stays text.
    expect(double.cell('Báo cáo 2025', 'C1')).toMatchObject({ v: '0075', quotePrefix: true });
  });

  describe('2. 70 reports beside an 8 MB data sheet, on Excel on the web', () => {
    const b = reportBatch(70);
    const raw = reportRawSheets(b);
    const dump: FakeSheetInit = { name: 'Dữ liệu gốc', cells: {} };
    const cells = dump.cells as Record<string, Partial<FakeCell>>;
    const longText = 'Số liệu thô của phòng, không phải báo cáo '.repeat(2);
    for (let r = 1; r <= 80_000; r++) cells[`A${r}`] = { v: `${r} ${longText}` };
    const reportBytes = raw.reduce((n, r) => n + readResponseBytes(r.sheet), 0);
    const goal = Math.ceil(reportBytes / (4 * 1024 * 1024)) + 2;
    const workbook = () =>
      new ExcelDouble({ profile: 'web', sheets: [dump, ...raw.map((r) => fakeSheet(r.sheet))] });

    it('the data sheet alone is over the 5 MB a response may hold', () => {
      const bytes = Object.values(cells).reduce((n, c) => n + JSON.stringify(c.v).length, 0);
      expect(bytes).toBeGreaterThan(5 * 1024 * 1024);
    });

    it(`checks every report in at most ceil(bytes / 4 MB) + 2 syncs (${goal})`, async () => {
      const double = workbook();
      const read = await readWorkbook({
        excel: double.run,
        features: double.features,
        select: isReportSheet,
      });
      if (!read.ok) throw new Error(JSON.stringify(read.error));
      // The sample batch of 70 units holds a few damaged sheets, as units send them.
      expect(read.value.sheets.map((s) => s.name)).toEqual(
        raw.filter((r) => isReportSheet(r.sheet)).map((r) => r.sheet.name),
      );
      expect(double.syncCount).toBeLessThanOrEqual(goal);
      expect(Math.max(...double.responseSizes)).toBeLessThanOrEqual(5 * 1024 * 1024);
    });

    it('consolidates them and writes the consolidation sheets, in a bounded number of syncs', async () => {
      const double = workbook();
      const read = await readWorkbook({
        excel: double.run,
        features: double.features,
        select: (s) => findStamp(s) !== null,
      });
      if (!read.ok) throw new Error(JSON.stringify(read.error));
      const sources = read.value.sheets.map((s) => ({
        file: read.value.source,
        sheet: s.name,
        read: parseReport(s, deAn04, b.settings, { file: read.value.source }),
      }));
      const c = consolidate({
        plan: deAn04,
        settings: b.settings,
        year: BENCH_YEAR,
        sources,
        importedAt: '2026-01-02',
      });
      const direct = consolidate({
        plan: deAn04,
        settings: b.settings,
        year: BENCH_YEAR,
        sources: reportSources(b),
        importedAt: '2026-01-02',
      });
      expect(c.accepted.length).toBe(direct.accepted.length);
      expect(c.accepted.length).toBeGreaterThan(50);
      const written = await write(double, consolidationSheets(c, deAn04, b.settings, 'vi'));
      expect(written.ok).toBe(true);
      expect(double.runCount).toBe(2);
      expect(double.syncCount).toBeLessThanOrEqual(goal + 2);
    });
  });

  it('3. a run made while the user types in a cell waits for them (delayForCellEdit), and sees what they typed', async () => {
    const cellEdit = { sheet: 'Báo cáo', cell: 'B2', text: '90' };
    const double = new ExcelDouble({ sheets: [{ name: 'Báo cáo', cells: { A1: { v: 'x' } } }], cellEdit });
    // Without the option Excel fails the batch.
    await expect(
      double.excel.run(async (context) => {
        context.workbook.worksheets.load('items/name');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    // The adapter's runs (also the default Excel.run path, through the global `Excel`) wait.
    const g = globalThis as { Excel?: unknown };
    g.Excel = double.excel;
    try {
      const read = await readWorkbook({ features: ALL_FEATURES });
      if (!read.ok) throw new Error(JSON.stringify(read.error));
      expect(read.value.sheets[0]?.rows[1]?.[1]).toEqual({ v: 90 });
      expect(double.delayedRuns).toBe(1);
    } finally {
      delete g.Excel;
    }
  });

  it('6. a validation on the first cell of a merged field is applied before the merge', async () => {
    const double = new ExcelDouble({ sheets: [{ name: 'Sheet1' }] });
    const spec = aSpec({
      merges: ['C9:H9'],
      validations: [
        {
          range: 'C9',
          rule: { kind: 'date', min: '2025-01-01', max: '2025-12-31' },
          error: { title: 'Sai ngày', message: 'Nhập ngày trong năm 2025.' },
        },
      ],
      conditionalFormats: [{ range: 'C9', formula: 'C9=""', fill: 'FFEB9C', priority: 1 }],
    });
    const r = await write(double, [spec]);
    expect(r.ok ? r.value.written : r.error).toEqual(['Báo cáo 2025']);
    expect(double.sheet('Báo cáo 2025')).toMatchObject({
      merges: ['C9:H9'],
      validated: ['C9'],
      formatted: ['C9'],
    });
  });

  it('7. a structure-protected workbook: the message names the cause and what to do, nothing is sent', async () => {
    const double = new ExcelDouble({ sheets: [{ name: 'Sheet1' }], structureProtected: true });
    const r = await write(double);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error[0]).toMatchObject({ code: 'EXCEL.WORKBOOK_PROTECTED', sheet: 'Báo cáo 2025' });
    expect(r.error[0]?.message.vi).toContain('Bảo vệ Sổ làm việc');
    expect(r.error[0]?.message.en).toContain('Review > Protect Workbook');
    expect(double.syncCount).toBe(1);
    expect(double.sheetNames()).toEqual(['Sheet1']);
  });
});

describe('the Excel double behaves as Excel does', () => {
  const run = <T>(double: ExcelDouble, f: (c: Excel.RequestContext) => Promise<T>) => double.run(f);

  it('throws PropertyNotLoaded for a property read before load + sync', async () => {
    const double = new ExcelDouble({ sheets: [{ name: 'A' }] });
    await run(double, async (context) => {
      const sheet = context.workbook.worksheets.getItem('A');
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheet.load('name');
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(sheet.name).toBe('A');
    });
  });

  it.each([
    ['a grid of the wrong shape', 'A1:B2', [[1, 2]], 'InvalidArgument'],
    [
      'a grid of the right shape',
      'A1:B2',
      [
        [1, 2],
        [3, 4],
      ],
      undefined,
    ],
    ['one value for the whole range', 'A1:B2', 7, undefined],
  ])('values: %s', async (_label, address, values, code) => {
    const double = new ExcelDouble({ sheets: [{ name: 'A' }] });
    const act = run(double, async (context) => {
      context.workbook.worksheets.getItem('A').getRange(address).values = values as unknown as number[][];
      await context.sync();
    });
    if (code) await expect(act).rejects.toMatchObject({ code });
    else await expect(act).resolves.toBeUndefined();
  });

  it.each([
    ['locked cells of a protected sheet', false, 'AccessDenied'],
    ['unlocked cells of a protected sheet', true, undefined],
  ])('writes into %s', async (_label, unlocked, code) => {
    const double = new ExcelDouble({
      sheets: [{ name: 'A', protected: true, cells: { A1: { v: null, ...(unlocked ? { unlocked } : {}) } } }],
    });
    const act = run(double, async (context) => {
      context.workbook.worksheets.getItem('A').getRange('A1').values = [[5]];
      await context.sync();
    });
    if (code) await expect(act).rejects.toMatchObject({ code });
    else await expect(act).resolves.toBeUndefined();
  });

  it.each([
    ['x'.repeat(32), 'InvalidArgument'],
    ['Báo cáo: 2025', 'InvalidArgument'],
    ["'Trích'", 'InvalidArgument'],
    ['History', 'InvalidArgument'],
    ['SHEET1', 'ItemAlreadyExists'],
    ['x'.repeat(31), undefined],
  ])('sheet name %j', async (name, code) => {
    const double = new ExcelDouble({ sheets: [{ name: 'Sheet1' }] });
    const act = run(double, async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    if (code) await expect(act).rejects.toMatchObject({ code });
    else await expect(act).resolves.toBeUndefined();
  });

  it('fails an API above the host requirement set with ApiNotFound (merged areas need ExcelApi 1.13)', async () => {
    const older = new ExcelDouble({ sheets: [{ name: 'A' }], profile: 'desktop', apiVersion: '1.12' });
    expect(older.isSetSupported('ExcelApi', '1.12')).toBe(true);
    expect(older.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(older.features.has.mergedAreas).toBe(false);
    await expect(
      run(older, async (context) => {
        context.workbook.worksheets.getItem('A').getRange().getMergedAreasOrNullObject().load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it.each([
    ['web', 'RequestPayloadSizeLimitExceeded'],
    ['desktop', undefined],
  ] as const)('a 6 MB request on %s', async (profile, code) => {
    const double = new ExcelDouble({ sheets: [{ name: 'A' }], profile });
    const act = run(double, async (context) => {
      const text = 'x'.repeat(6 * 1024 * 1024);
      context.workbook.worksheets.getItem('A').getRange('A1').values = [[text]];
      await context.sync();
    });
    if (code) await expect(act).rejects.toMatchObject({ code });
    else await expect(act).resolves.toBeUndefined();
  });
});
