import { applySheets } from '../../src/excel/apply-sheets';
import { rawCell, readWorkbook, windowRows, type ReadOptions } from '../../src/excel/read-sheets';
import { ALL_FEATURES, checkRequirements } from '../../src/excel/requirements';
import { ExcelDouble, type FakeSheetInit } from './excel-double';
import { aSpec } from './sheet-spec-builder';

const REPORT: FakeSheetInit = {
  name: 'Tổng hợp 2025',
  cells: {
    B3: { v: 'Đơn vị' },
    C3: { v: 0.955, fmt: '0.0%' },
    D3: { v: true },
    B4: { v: 45658, fmt: 'dd/mm/yyyy' },
    C4: { v: 3, f: 'SUM(C1:C2)' },
    D4: { v: null, error: '#N/A', f: 'VLOOKUP(B4,X:Y,2,0)' },
    B5: { v: '=SUM(A1)', quotePrefix: true },
    C5: { v: '', f: 'IF(C4>5,"x","")' },
    D5: { v: null, fmt: '0.00' },
    E6: { v: 'Không áp dụng' },
  },
  names: { bc_ty_le: 'C3', bc_khoi: 'B3:D3' },
  merges: ['B1:D1'],
};

/** The sheets read, or the test fails with the findings. */
async function readSheets(opts: ReadOptions) {
  const r = await readWorkbook(opts);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.sheets;
}

const sheetsNamed = (n: number): FakeSheetInit[] =>
  Array.from({ length: n }, (_, i) => ({ name: `Đơn vị ${i + 1}`, cells: { A1: { v: i + 1 } } }));

describe('readSheets', () => {
  it.each([1, 20])(
    "reads %i sheet(s) in one Excel.run and 2 syncs (names, then each sheet's window in full)",
    async (n) => {
      const mock = new ExcelDouble({ sheets: sheetsNamed(n) });
      const sheets = await readSheets({ excel: mock.run, features: ALL_FEATURES });
      expect(mock.runCount).toBe(1);
      expect(mock.syncCount).toBe(2);
      expect(sheets.map((s) => s.name)).toEqual(sheetsNamed(n).map((s) => s.name));
      expect(sheets.map((s) => s.rows[0]?.[0]?.v)).toEqual(sheetsNamed(n).map((_, i) => i + 1));
    },
  );

  it('reads many sheets in 3 syncs: names, used ranges and probes, then the cells packed', async () => {
    // 60 sheets under a 20 KB budget leave no window of the probe's 20 rows.
    const budget = 20_000;
    expect(windowRows(60, budget)).toBeNull();
    const mock = new ExcelDouble({ sheets: sheetsNamed(60) });
    const sheets = await readSheets({
      excel: mock.run,
      features: ALL_FEATURES,
      responseBudgetBytes: budget,
      select: () => true,
    });
    expect(mock.syncCount).toBe(3);
    expect(sheets.map((s) => s.rows[0]?.[0]?.v)).toEqual(sheetsNamed(60).map((_, i) => i + 1));
  });

  it.each([
    ['taller than its window: the rows below it', 'A', 60, 3],
    ['wider than its window: the whole used range again', 'Z', 10, 3],
    ['within its window: nothing more', 'T', 25, 2],
  ])('reads a sheet %s', async (_label, column, rows, syncs) => {
    const budget = 25 * 2 * 20 * 28; // 2 sheets: windows of 25 rows
    expect(windowRows(2, budget)).toBe(25);
    const cells = Object.fromEntries(
      Array.from({ length: rows }, (_, i) => [`${column}${i + 1}`, { v: `dòng ${i + 1}` }]),
    );
    const mock = new ExcelDouble({ sheets: [{ name: 'Lớn', cells, merges: ['A1:B1'] }, ...sheetsNamed(1)] });
    const [big, small] = await readSheets({
      excel: mock.run,
      features: ALL_FEATURES,
      responseBudgetBytes: budget,
    });
    const col = column.charCodeAt(0) - 64;
    expect(big?.rows.map((r) => r[col - 1]?.v)).toEqual(
      Array.from({ length: rows }, (_, i) => `dòng ${i + 1}`),
    );
    expect(big?.rows.every((r) => r.length === col)).toBe(true);
    expect(big?.merges).toEqual(['A1:B1']);
    expect(small?.rows).toEqual([[{ v: 1 }]]);
    expect(mock.syncCount).toBe(syncs);
  });

  it('maps values, formats, errors and formulas from A1, whatever the used range', async () => {
    const mock = new ExcelDouble({ sheets: [REPORT] });
    const [sheet] = await readSheets({ excel: mock.run, features: ALL_FEATURES });
    const rows = sheet?.rows ?? [];
    expect(rows[0]).toEqual([]);
    expect(rows[1]).toEqual([]);
    expect(rows[2]).toEqual([undefined, { v: 'Đơn vị' }, { v: 0.955, fmt: '0.0%' }, { v: true }]);
    expect(rows[3]).toEqual([
      undefined,
      { v: 45658, fmt: 'dd/mm/yyyy' },
      { v: 3, formula: 'SUM(C1:C2)' },
      { v: null, error: '#N/A', formula: 'VLOOKUP(B4,X:Y,2,0)' },
    ]);
    // A text that looks like a formula stays text; a formula with an empty result keeps its formula.
    expect(rows[4]).toEqual([undefined, { v: '=SUM(A1)' }, { v: null, formula: 'IF(C4>5,"x","")' }]);
    expect(rows[5]?.[4]).toEqual({ v: 'Không áp dụng' });
    expect(rows).toHaveLength(6);
  });

  it("reads the sheet's own names and the workbook's names that point into it, without the sheet prefix", async () => {
    const mock = new ExcelDouble({
      sheets: [REPORT, { name: 'Khác', cells: { A1: { v: 1 } } }],
      workbookNames: {
        bc_ngay: "'Tổng hợp 2025'!$B$4",
        bc_ty_le: "'Tổng hợp 2025'!$Z$99", // the sheet's own name wins
        khac: 'Khác!$A$1',
        hong: '#REF!',
      },
    });
    const [report, other] = await readSheets({ excel: mock.run, features: ALL_FEATURES });
    expect(report?.names).toEqual({ bc_ngay: 'B4', bc_ty_le: 'C3', bc_khoi: 'B3:D3' });
    expect(other?.names).toEqual({ khac: 'A1' });
  });

  it('reads merged areas only where Excel can (ExcelApi 1.13)', async () => {
    const withMerges = new ExcelDouble({ sheets: [REPORT, { name: 'Trống' }] });
    const [a, empty] = await readSheets({ excel: withMerges.run, features: ALL_FEATURES });
    expect(a?.merges).toEqual(['B1:D1']);
    expect(empty?.merges).toEqual([]);
    const older = checkRequirements((_n, v) => v !== '1.13');
    const without = new ExcelDouble({ sheets: [REPORT] });
    const [b] = await readSheets({ excel: without.run, features: older });
    expect(b?.merges).toBeUndefined();
    expect(without.ops.some((o) => o.name === 'getMergedAreasOrNullObject')).toBe(false);
  });

  it('reads only the sheets asked for, without case, and an empty sheet as no rows', async () => {
    const mock = new ExcelDouble({ sheets: [...sheetsNamed(3), { name: 'Trống' }] });
    const sheets = await readSheets({
      names: ['đơn vị 2', 'TRỐNG'],
      excel: mock.run,
      features: ALL_FEATURES,
    });
    expect(sheets).toEqual([
      { name: 'Đơn vị 2', rows: [[{ v: 2 }]], names: {}, merges: [], state: 'visible' },
      { name: 'Trống', rows: [], names: {}, merges: [], state: 'visible' },
    ]);
  });

  it.each([
    ['Visible', 'visible'],
    ['Hidden', 'hidden'],
    ['VeryHidden', 'veryHidden'],
  ] as const)(
    'maps a sheet whose visibility is %s to state %s (a hidden report gets a note)',
    async (visibility, state) => {
      const mock = new ExcelDouble({ sheets: [{ name: 'Báo cáo', cells: { A1: { v: 1 } }, visibility }] });
      const [sheet] = await readSheets({ excel: mock.run, features: ALL_FEATURES });
      expect(sheet?.state).toBe(state);
    },
  );

  it('packs the reads into requests under the response budget, a large sheet in row blocks', async () => {
    const big: FakeSheetInit = {
      name: 'Lớn',
      cells: Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`A${i + 1}`, { v: `dòng ${i + 1}` }])),
    };
    const mock = new ExcelDouble({ sheets: [...sheetsNamed(3), big] });
    const budget = 8_000;
    const sheets = await readSheets({ excel: mock.run, features: ALL_FEATURES, responseBudgetBytes: budget });
    expect(sheets.find((s) => s.name === 'Lớn')?.rows.map((r) => r[0]?.v)).toEqual(
      Array.from({ length: 400 }, (_, i) => `dòng ${i + 1}`),
    );
    expect(sheets.map((s) => s.rows[0]?.[0]?.v).slice(0, 3)).toEqual([1, 2, 3]);
    expect(mock.syncCount).toBeGreaterThan(3);
    expect(Math.max(...mock.responseSizes)).toBeLessThanOrEqual(budget);
  });

  it('splits a request whose response Excel refuses after all', async () => {
    const mock = new ExcelDouble({
      sheets: sheetsNamed(3),
      failSync: 3,
      failCode: 'ResponsePayloadSizeLimitExceeded',
    });
    // A budget too small for windows: names, probes, then the cells (refused, split in two).
    const sheets = await readSheets({ excel: mock.run, features: ALL_FEATURES, responseBudgetBytes: 1_000 });
    expect(sheets.map((s) => s.rows[0]?.[0]?.v)).toEqual([1, 2, 3]);
    expect(mock.syncCount).toBe(3 + 2);
  });

  it('probes again without windows when Excel refuses their response', async () => {
    const mock = new ExcelDouble({
      sheets: sheetsNamed(3),
      failSync: 2,
      failCode: 'ResponsePayloadSizeLimitExceeded',
    });
    const sheets = await readSheets({ excel: mock.run, features: ALL_FEATURES });
    expect(sheets.map((s) => s.rows[0]?.[0]?.v)).toEqual([1, 2, 3]);
    expect(mock.syncCount).toBe(2 + 2);
  });

  it('returns other Excel errors as a finding', async () => {
    const mock = new ExcelDouble({ sheets: sheetsNamed(1), failSync: 2, failCode: 'GeneralException' });
    const r = await readWorkbook({ excel: mock.run, features: ALL_FEATURES });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]).toMatchObject({ code: 'EXCEL.READ_FAILED', severity: 'error' });
  });

  it('reads in full only the sheets the caller selects from their probe', async () => {
    const mock = new ExcelDouble({
      sheets: [
        { name: 'Dữ liệu', cells: { A1: { v: 'mã' }, B1: { v: 'tên' } } },
        { name: 'Báo cáo', cells: { C2: { v: 'baocao;kind=report' }, A30: { v: 'ngoài vùng dò' } } },
      ],
    });
    const sheets = await readSheets({
      excel: mock.run,
      features: ALL_FEATURES,
      select: (probe) => probe.rows.some((r) => r.some((c) => String(c?.v).startsWith('baocao;'))),
    });
    expect(sheets.map((s) => s.name)).toEqual(['Báo cáo']);
    expect(sheets[0]?.rows[29]?.[0]).toEqual({ v: 'ngoài vùng dò' });
    expect(mock.ops.filter((o) => o.name === 'load' && o.target.startsWith('sheet#1!A1:B1'))).toEqual([]);
  });

  it('reads back what applySheets wrote', async () => {
    const mock = new ExcelDouble({ sheets: [{ name: 'Sheet1' }] });
    const spec = aSpec({
      cells: [
        { address: 'A1', value: { text: '=không phải công thức' } },
        { address: 'B2', value: { number: 98.5 }, style: { numFmt: '0.0' } },
        { address: 'C2', value: { date: '2025-12-31' } },
        { address: 'D2', value: { text: '0075' } },
      ],
      names: { bc_ty_le: 'B2' },
    });
    const written = await applySheets([spec], {
      onExisting: 'new-name',
      excel: mock.run,
      features: ALL_FEATURES,
    });
    expect(written.ok).toBe(true);
    const [, sheet] = await readSheets({ excel: mock.run, features: ALL_FEATURES });
    expect(sheet?.name).toBe('Báo cáo 2025');
    expect(sheet?.rows).toEqual([
      [{ v: '=không phải công thức' }],
      [undefined, { v: 98.5, fmt: '0.0' }, { v: 46022, fmt: 'dd/mm/yyyy' }, { v: '0075' }],
    ]);
    expect(sheet?.names).toEqual({ bc_ty_le: 'B2' });
  });
});

describe('rawCell', () => {
  it.each([
    ['an empty cell', '', 'General', '', 'Empty', undefined],
    ['an empty cell with a format', '', '0.0', '', 'Empty', undefined],
    ['a number in General', 5, 'General', 5, 'Double', { v: 5 }],
    ['a percent', 0.5, '0%', 0.5, 'Double', { v: 0.5, fmt: '0%' }],
    ['an error', '#DIV/0!', 'General', '=1/0', 'Error', { v: null, error: '#DIV/0!', formula: '1/0' }],
    ['a formula', 2, 'General', '=1+1', 'Double', { v: 2, formula: '1+1' }],
    ['text that looks like a formula', '=1+1', 'General', '=1+1', 'String', { v: '=1+1' }],
    ['a boolean', false, 'General', false, 'Boolean', { v: false }],
  ])('maps %s', (_label, value, fmt, formula, type, expected) => {
    expect(rawCell(value, fmt, formula, type)).toEqual(expected);
  });
});
