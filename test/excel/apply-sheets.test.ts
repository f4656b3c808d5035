import type { SheetSpec } from '../../src/core/sheet/sheet-spec';
import { applySheets, charsToPoints, planSheetNames, type ApplyOptions } from '../../src/excel/apply-sheets';
import { ALL_FEATURES, checkRequirements } from '../../src/excel/requirements';
import { ExcelDouble, type ExcelDoubleOptions, type RecordedOp } from './excel-double';
import { aSpec, gridCells } from './sheet-spec-builder';

const OLD_SHEET = { name: 'Báo cáo 2025', cells: { A1: { v: 'dữ liệu cũ' }, B2: { v: 42 } } };

async function apply(
  specs: SheetSpec[],
  opts: Partial<ApplyOptions> = {},
  mockOpts: ExcelDoubleOptions = {},
) {
  const mock = new ExcelDouble({ sheets: [{ name: 'Sheet1' }], ...mockOpts });
  const result = await applySheets(specs, {
    onExisting: 'new-name',
    excel: mock.run,
    features: ALL_FEATURES,
    ...opts,
  });
  return { mock, result };
}

function written(result: Awaited<ReturnType<typeof applySheets>>) {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const named = (ops: RecordedOp[], name: string) => ops.filter((o) => o.name === name);

describe('applySheets: syncs', () => {
  it.each([
    ['30 cells', 10, 3],
    ['3,000 cells', 300, 10],
  ])('writes %s in one Excel.run and exactly 2 syncs', async (_label, rows, cols) => {
    const { mock, result } = await apply([aSpec({ cells: gridCells(rows, cols) })]);
    const value = written(result);
    expect(mock.runCount).toBe(1);
    expect(mock.syncCount).toBe(2);
    expect(value.stats.syncs).toBe(2);
    expect(value.written).toEqual(['Báo cáo 2025']);
    // One block: one values and no per-cell writes.
    expect(named(mock.opsOn('Báo cáo 2025'), 'values')).toHaveLength(1);
    expect(mock.cell('Báo cáo 2025', `C${rows}`)?.v).toBe((rows - 1) * cols + 2);
  });

  it('writes 10 specs in the same 2 syncs as 1 spec', async () => {
    const specs = Array.from({ length: 10 }, (_, i) =>
      aSpec({ name: `Đơn vị ${i + 1}`, cells: gridCells(20, 4) }),
    );
    const one = await apply(specs.slice(0, 1));
    const ten = await apply(specs);
    expect(one.mock.syncCount).toBe(2);
    expect(ten.mock.syncCount).toBe(2);
    expect(written(ten.result).written).toEqual(specs.map((s) => s.name));
    expect(ten.mock.sheetNames()).toEqual(['Sheet1', ...specs.map((s) => s.name)]);
  });
});

describe('applySheets: values', () => {
  const spec = aSpec({
    cells: [
      { address: 'A1', value: { text: '=SUM(A1)' } },
      { address: 'A2', value: { text: '0075' } },
      { address: 'A3', value: { text: 'TRUE' } },
      { address: 'A4', value: { text: '-chưa có' } },
      { address: 'A5', value: { text: "'trích dẫn" } },
      { address: 'B1', value: { number: 95.5 }, style: { numFmt: '0.0' } },
      { address: 'B2', value: { bool: true } },
      { address: 'B3', value: { date: '2025-01-01' } },
      { address: 'B4', value: { formula: 'SUM(B1:B2)', result: 96.5 } },
      { address: 'B5', value: null, style: { numFmt: '@' } },
    ],
  });

  it('writes text as text, even when Excel would read it as a formula, number or boolean', async () => {
    const { mock } = await apply([spec]);
    const cell = (a: string) => mock.cell('Báo cáo 2025', a);
    expect(cell('A1')).toMatchObject({ v: '=SUM(A1)', quotePrefix: true });
    expect(cell('A1')?.f).toBeUndefined();
    expect(cell('A2')?.v).toBe('0075');
    expect(cell('A3')?.v).toBe('TRUE');
    expect(cell('A4')?.v).toBe('-chưa có');
    expect(cell('A4')?.f).toBeUndefined();
    expect(cell('A5')?.v).toBe("'trích dẫn");
  });

  it('writes numbers, booleans, dates as serials with a date format, and formulas', async () => {
    const { mock } = await apply([spec]);
    const cell = (a: string) => mock.cell('Báo cáo 2025', a);
    expect(cell('B1')).toEqual({ v: 95.5, fmt: '0.0' });
    expect(cell('B2')?.v).toBe(true);
    expect(cell('B3')).toEqual({ v: 45658, fmt: 'dd/mm/yyyy' });
    expect(cell('B4')?.f).toBe('SUM(B1:B2)');
    expect(cell('B5')).toEqual({ v: null, fmt: '@' });
  });

  it('sets number formats before values, and formulas after the sheet has its final name', async () => {
    const { mock } = await apply([spec]);
    const ops = mock.opsOn('Báo cáo 2025');
    const at = (name: string) => ops.findIndex((o) => o.name === name);
    expect(at('numberFormat')).toBeGreaterThanOrEqual(0);
    expect(at('numberFormat')).toBeLessThan(at('values'));
    const rename = ops.findIndex((o) => o.name === 'name' && o.value === 'Báo cáo 2025');
    expect(rename).toBeGreaterThan(at('values'));
    expect(at('formulas')).toBeGreaterThan(rename);
  });

  it('writes sparse cells as separate blocks and leaves cells it does not write untouched (null)', async () => {
    const cells = [
      { address: 'A1', value: { text: 'Tiêu đề' } },
      { address: 'C2', value: { number: 1 } },
      { address: 'A40', value: { number: 2 } },
    ];
    const { mock } = await apply([aSpec({ cells })]);
    const values = named(mock.opsOn('Báo cáo 2025'), 'values');
    expect(values.map((o) => o.target.split('!')[1])).toEqual(['A1:C2', 'A40']);
    expect(values[0]?.value).toEqual([
      ["'Tiêu đề", null, null],
      [null, null, 1],
    ]);
  });
});

describe('applySheets: existing sheets', () => {
  it.each(['new-name', 'fail'] as const)(
    'never writes over an existing non-empty sheet (%s)',
    async (onExisting) => {
      const { mock, result } = await apply(
        [aSpec({ cells: gridCells(3, 3) })],
        { onExisting },
        { sheets: [OLD_SHEET] },
      );
      expect(mock.cell('Báo cáo 2025', 'A1')?.v).toBe('dữ liệu cũ');
      expect(mock.cell('Báo cáo 2025', 'B2')?.v).toBe(42);
      expect(mock.opsOn('Báo cáo 2025').filter((o) => o.kind !== 'load')).toEqual([]);
      if (onExisting === 'new-name') {
        expect(written(result).written).toEqual(['Báo cáo 2025 (2)']);
        expect(mock.cell('Báo cáo 2025 (2)', 'A1')?.v).toBe('Đơn vị 1');
        expect(written(result).notes.map((n) => n.code)).toContain('EXCEL.SHEET_RENAMED');
      } else {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.map((f) => f.code)).toEqual(['EXCEL.SHEET_EXISTS']);
        expect(mock.syncCount).toBe(1);
        expect(mock.sheetNames()).toEqual(['Báo cáo 2025']);
      }
    },
  );

  it('replaces an existing sheet only when asked, at the same place', async () => {
    const sheets = [{ name: 'Đầu' }, OLD_SHEET, { name: 'Cuối' }];
    const { mock, result } = await apply(
      [aSpec({ cells: gridCells(2, 2) })],
      { onExisting: 'replace' },
      { sheets },
    );
    expect(written(result).written).toEqual(['Báo cáo 2025']);
    expect(mock.syncCount).toBe(2);
    expect(mock.sheetNames()).toEqual(['Đầu', 'Báo cáo 2025', 'Cuối']);
    expect(mock.cell('Báo cáo 2025', 'A1')?.v).toBe('Đơn vị 1');
    expect(mock.cell('Báo cáo 2025', 'B2')?.v).toBe(3);
  });

  it('matches names without case and gives two specs with one name different names', async () => {
    const specs = [aSpec({ name: 'báo cáo 2025' }), aSpec({ name: 'Báo cáo 2025' })];
    const { result } = await apply(specs, { onExisting: 'replace' });
    expect(written(result).written).toEqual(['báo cáo 2025', 'Báo cáo 2025 (2)']);
  });

  it.each([
    ['a name taken twice', 'Tổng hợp 2025', ['Tổng hợp 2025', 'Tổng hợp 2025 (2)'], 'Tổng hợp 2025 (3)'],
    [
      'a 31-character name',
      'Tổng hợp kết quả thực hiện 2025',
      ['Tổng hợp kết quả thực hiện 2025'],
      'Tổng hợp kết quả thực hiện (2)',
    ],
    ['forbidden characters', 'Quý IV/2025: tổng hợp?', [], 'Quý IV-2025- tổng hợp-'],
    ["Excel's reserved name", 'History', [], 'History (2)'],
  ])('chooses a valid new name for %s', (_label, requested, existing, expected) => {
    const plan = planSheetNames(
      [requested],
      existing.map((name, position) => ({ name, position })),
      'new-name',
    );
    expect(plan.ok && plan.value[0]?.final).toBe(expected);
    expect(expected.length).toBeLessThanOrEqual(31);
  });
});

describe('applySheets: failures leave no half-written sheet', () => {
  const spec = aSpec({
    cells: [...gridCells(5, 3), { address: 'D1', value: { formula: 'SUM(B1:C1)', result: 3 } }],
    protection: {},
  });

  it('deletes the new sheet when the final request fails at its last operation', async () => {
    const { mock, result } = await apply([spec], {}, { failWhen: (o) => o.name === 'protect' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.code).toBe('EXCEL.WRITE_FAILED');
    expect(mock.sheetNames()).toEqual(['Sheet1']);
    expect(mock.syncCount).toBe(4); // 2 + the rollback's two
  });

  it('deletes the temporary sheet when the request fails half-way through the writes', async () => {
    const { mock, result } = await apply([spec], {}, { failWhen: (o) => o.name === 'values' });
    expect(result.ok).toBe(false);
    expect(mock.sheetNames()).toEqual(['Sheet1']);
    const deleted = mock.ops.filter((o) => o.name === 'delete' && o.applied);
    expect(deleted).toHaveLength(1);
    expect(mock.sheets.find((s) => s.id === deleted[0]?.sheetId)?.name).toMatch(/^~baocao-tmp-/);
  });

  it('deletes everything it wrote when Excel rejects the whole final request', async () => {
    const { mock, result } = await apply([spec, aSpec({ name: 'Khác' })], {}, { failSync: 2 });
    expect(result.ok).toBe(false);
    expect(mock.sheetNames()).toEqual(['Sheet1']);
  });

  it('puts a replaced sheet back, with its data and place, when the request fails after the rename', async () => {
    const sheets = [OLD_SHEET, { name: 'Sau' }];
    const { mock, result } = await apply(
      [spec],
      { onExisting: 'replace' },
      { sheets, failWhen: (o) => o.name === 'formulas' },
    );
    expect(result.ok).toBe(false);
    expect(mock.sheetNames()).toEqual(['Báo cáo 2025', 'Sau']);
    expect(mock.cell('Báo cáo 2025', 'A1')?.v).toBe('dữ liệu cũ');
    expect(mock.cell('Báo cáo 2025', 'B2')?.v).toBe(42);
  });

  it('keeps the old sheet untouched when the request fails before the rename', async () => {
    const { mock, result } = await apply(
      [spec],
      { onExisting: 'replace' },
      { sheets: [OLD_SHEET], failWhen: (o) => o.name === 'merge' || o.name === 'values' },
    );
    expect(result.ok).toBe(false);
    expect(mock.sheetNames()).toEqual(['Báo cáo 2025']);
    expect(mock.cell('Báo cáo 2025', 'A1')?.v).toBe('dữ liệu cũ');
  });

  it('keeps a complete replacement when only the protection failed, and says so', async () => {
    const { mock, result } = await apply(
      [spec],
      { onExisting: 'replace' },
      { sheets: [OLD_SHEET, { name: 'Sau' }], failWhen: (o) => o.name === 'protect' },
    );
    expect(mock.sheetNames()).toEqual(['Báo cáo 2025', 'Sau']);
    expect(mock.cell('Báo cáo 2025', 'A1')?.v).toBe('Đơn vị 1');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.message.vi).toContain('có thể chưa được khóa');
  });

  it('tells the user what to delete when the clean-up fails too', async () => {
    const { result } = await apply(
      [spec],
      {},
      { failWhen: (o) => o.name === 'values' || o.name === 'delete' },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.message.vi).toContain('"~baocao-tmp-"');
  });

  it('reports a failure of the first sync without touching the workbook', async () => {
    const { mock, result } = await apply([spec], {}, { failSync: 1 });
    expect(result.ok).toBe(false);
    expect(mock.syncCount).toBe(1);
    expect(mock.sheetNames()).toEqual(['Sheet1']);
  });
});

describe('applySheets: request size', () => {
  const big = aSpec({ cells: gridCells(300, 10) });

  it('splits writes into requests under a tiny budget and still writes every cell', async () => {
    const budget = 20_000;
    const { mock, result } = await apply([big], { requestBudgetBytes: budget });
    const { stats } = written(result);
    expect(stats.syncs).toBeGreaterThan(2);
    expect(stats.syncs).toBe(mock.syncCount);
    expect(stats.largestRequestBytes).toBeLessThanOrEqual(budget);
    // The adapter's estimate is an upper bound of what the harness measures.
    expect(Math.max(...mock.requestBytes())).toBeLessThanOrEqual(budget);
    expect(mock.cell('Báo cáo 2025', 'J300')?.v).toBe(2999);
    expect(mock.cell('Báo cáo 2025', 'A150')?.v).toBe('Đơn vị 150');
  });

  it('needs about one extra sync per budget of payload', async () => {
    const budget = 50_000;
    const { result } = await apply([big], { requestBudgetBytes: budget });
    const { stats } = written(result);
    const minimum = 1 + Math.ceil(stats.payloadBytes / budget);
    expect(stats.syncs).toBeGreaterThanOrEqual(minimum);
    expect(stats.syncs).toBeLessThanOrEqual(minimum + 1);
  });

  it('estimates an upper bound of the request the default budget keeps in one sync', async () => {
    const { mock, result } = await apply([big]);
    const { stats } = written(result);
    expect(stats.largestRequestBytes).toBe(stats.payloadBytes);
    expect(mock.requestBytes()[1]).toBeLessThanOrEqual(stats.largestRequestBytes);
  });
});

describe('applySheets: sheet features', () => {
  const spec = aSpec({
    columns: [{ width: 8.43 }, { width: 8.43 }, { width: 30, hidden: true }],
    rows: [
      { row: 1, height: 30 },
      { row: 2, height: 30 },
    ],
    cells: [
      ...gridCells(4, 2, 5).map((c) => ({ ...c, style: { border: true, wrap: true } })),
      {
        address: 'A1',
        value: { text: 'BÁO CÁO' },
        style: { bold: true, size: 14, hAlign: 'center' as const },
      },
      { address: 'A2', value: { text: 'ĐẢNG CỘNG SẢN VIỆT NAM' }, style: { bold: true, borderBottom: true } },
      ...[5, 6, 7, 8].map((r) => ({
        address: `C${r}`,
        value: null,
        style: { unlocked: true, fill: 'FFF2CC', border: true, wrap: true },
      })),
    ],
    merges: ['A1:C1'],
    validations: [
      {
        range: 'C5:C8',
        rule: { kind: 'list', values: ['Có', 'Không', 'Không áp dụng'] },
        prompt: { title: 'Chọn một giá trị trong danh sách sổ xuống', message: 'Có hoặc Không' },
        error: { title: 'Sai giá trị', message: 'Chỉ chọn trong danh sách.' },
      },
      { range: 'B5:B8', rule: { kind: 'whole', min: 0 }, error: { title: 'Sai', message: 'Số nguyên ≥ 0' } },
      {
        range: 'D5',
        rule: { kind: 'date', min: '2025-01-01', max: '2025-12-31' },
        error: { title: 'Sai', message: 'Ngày' },
      },
    ],
    conditionalFormats: [
      { range: 'C5:C8', formula: 'C5="Không"', fill: 'FFC7CE', fontColor: '9C0006', priority: 1 },
      { range: 'B5:B8', formula: 'B5<0', fill: 'FFEB9C', priority: 2 },
    ],
    names: { bc_don_vi: 'B2', bc_muc_1: 'C5:C5', 'tên sai': 'A1' },
    freeze: { rows: 4, columns: 1 },
    autoFilter: 'A4:C8',
    protection: {},
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      repeatRows: '4:4',
      area: 'A1:C8',
      margins: { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 },
      centerHorizontally: true,
      rowBreaks: [6],
    },
    charts: [
      {
        title: 'Kết quả',
        type: 'column',
        categories: 'A5:A8',
        series: [
          { name: 'Năm nay', values: 'B5:B8' },
          { name: 'Năm trước', values: 'C5:C8' },
        ],
        anchor: { from: 'E5', to: 'K20' },
      },
    ],
    tabColor: '1F4E79',
  });

  const ops = async (features = ALL_FEATURES) => {
    const { mock, result } = await apply([spec], { features });
    return { ops: mock.opsOn('Báo cáo 2025'), mock, value: written(result) };
  };

  it('sets the default font on the whole sheet first, then column widths in points and hidden columns', async () => {
    const { ops: o } = await ops();
    const firstSet = o.find((x) => x.kind === 'set');
    expect(firstSet).toMatchObject({
      target: expect.stringMatching(/!\*\.format\.font$/),
      name: 'name',
      value: 'Times New Roman',
    });
    expect(charsToPoints(8.43)).toBeCloseTo(48, 0);
    const widths = named(o, 'columnWidth').map((x) => [x.target.split('!')[1], x.value]);
    expect(widths).toEqual([
      ['A:B.format', charsToPoints(8.43)],
      ['C:C.format', charsToPoints(30)],
    ]);
    expect(named(o, 'columnHidden').map((x) => x.target.split('!')[1])).toEqual(['C:C']);
    expect(named(o, 'rowHeight').map((x) => [x.target.split('!')[1], x.value])).toEqual([['1:2.format', 30]]);
  });

  it('draws only the bottom edge for a borderBottom style (the rule under a document header)', async () => {
    const { ops: o } = await ops();
    const a2Borders = o.filter((x) => /!A2\.borders\[/.test(x.target) && x.name === 'style');
    expect(a2Borders.map((x) => x.target.split('.borders')[1])).toEqual(['[EdgeBottom]']);
  });

  it('groups each format, and the borders apart, into rectangles', async () => {
    const { ops: o } = await ops();
    const rangeOf = (x: { target: string }) => x.target.split('!')[1]?.split('.')[0];
    const edgeTop = o.filter((x) => x.target.endsWith('.borders[EdgeTop]') && x.name === 'style');
    // A5:C8 are all bordered, whatever their other formats: one rectangle of borders.
    expect(edgeTop.map(rangeOf)).toEqual(['A5:C8']);
    expect(named(o, 'wrapText').map(rangeOf)).toEqual(['A5:C8']);
    expect(named(o, 'locked')).toEqual([
      expect.objectContaining({ value: false, target: expect.stringContaining('C5:C8') }),
    ]);
    expect(named(o, 'color').some((x) => x.value === '#FFF2CC')).toBe(true);
    expect(named(o, 'horizontalAlignment').map((x) => x.value)).toEqual(['Center']);
  });

  it('adds validations with Excel-sized titles, and custom conditional formats least important first', async () => {
    const { ops: o } = await ops();
    const rules = named(o, 'rule').filter((x) => x.target.endsWith('.dataValidation'));
    expect(rules.map((x) => x.value)).toEqual([
      { list: { inCellDropDown: true, source: 'Có,Không,Không áp dụng' } },
      { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } },
      { date: { formula1: '2025-01-01', formula2: '2025-12-31', operator: 'Between' } },
    ]);
    const prompt = named(o, 'prompt')[0]?.value as { title: string };
    expect(prompt.title.length).toBeLessThanOrEqual(32);
    expect(named(o, 'errorAlert')[0]?.value).toMatchObject({
      showAlert: true,
      style: 'Stop',
      title: 'Sai giá trị',
    });
    expect(named(o, 'formula').map((x) => x.value)).toEqual(['=B5<0', '=C5="Không"']);
    expect(
      named(o, 'color')
        .filter((x) => x.target.includes('conditionalFormat'))
        .map((x) => x.value),
    ).toEqual(['#FFEB9C', '#FFC7CE', '#9C0006']);
  });

  it('defines worksheet-scoped names and skips an invalid one with a warning', async () => {
    const { mock, value } = await ops();
    expect(Object.fromEntries(mock.sheet('Báo cáo 2025')?.names ?? [])).toEqual({
      bc_don_vi: 'B2',
      bc_muc_1: 'C5:C5',
    });
    expect(mock.workbookNames.size).toBe(0);
    expect(value.notes.find((n) => n.code === 'EXCEL.NAME_INVALID')?.message.vi).toContain('tên sai');
  });

  it('sets freeze panes, autofilter, page layout, chart, tab colour, merges; protects last', async () => {
    const { ops: o, mock } = await ops();
    expect(named(o, 'freezeAt')[0]?.args).toEqual(['A1:A4']);
    expect(named(o, 'apply')).toHaveLength(1);
    expect(named(o, 'orientation')[0]?.value).toBe('Landscape');
    expect(named(o, 'paperSize')[0]?.value).toBe('A4');
    expect(named(o, 'zoom')[0]?.value).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(named(o, 'setPrintTitleRows')[0]?.args).toEqual(['$4:$4']);
    expect(named(o, 'setPrintMargins')[0]?.args).toEqual([
      'Inches',
      { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 },
    ]);
    expect(named(o, 'centerHorizontally')[0]?.value).toBe(true);
    // A manual page break above row 6: added above the range's top-left cell.
    expect(
      o.filter((x) => x.target.endsWith('.horizontalPageBreaks') && x.name === 'add').map((x) => x.args),
    ).toEqual([['A6']]);
    expect(mock.sheet('Báo cáo 2025')?.charts).toEqual([
      {
        type: 'ColumnClustered',
        source: 'B5:B8',
        seriesBy: 'Columns',
        title: 'Kết quả',
        position: { from: 'E5', to: 'K20' },
        valueAxis: {},
        series: [
          { name: 'Năm nay', values: 'B5:B8', categories: 'A5:A8' },
          { name: 'Năm trước', values: 'C5:C8', categories: 'A5:A8' },
        ],
      },
    ]);
    expect(named(o, 'tabColor')[0]?.value).toBe('#1F4E79');
    expect(mock.sheet('Báo cáo 2025')?.merges).toEqual(['A1:C1']);
    const writes = o.filter((x) => x.kind !== 'load');
    const protect = writes.findIndex((x) => x.name === 'protect');
    expect(protect).toBe(writes.length - 2); // then only the activation
    expect(writes[protect]?.args?.[1]).toBeUndefined(); // no password
    expect(writes[protect + 1]?.name).toBe('activate');
    expect(mock.activeSheetId).toBe(mock.sheet('Báo cáo 2025')?.id);
  });

  it('skips what an Excel with only the manifest minimum (ExcelApi 1.8) lacks, and says which Excel version it needs', async () => {
    const excel18 = checkRequirements((_n, v) => Number(v.split('.')[1]) <= 8);
    const { ops: o, value } = await ops(excel18);
    expect(o.filter((x) => x.target.includes('pageLayout'))).toEqual([]);
    expect(o.filter((x) => x.target.includes('horizontalPageBreaks'))).toEqual([]);
    expect(named(o, 'apply')).toEqual([]);
    expect(named(o, 'freezeAt')).toHaveLength(1);
    expect(named(o, 'rule')).toHaveLength(3);
    const missing = value.notes.filter((n) => n.code === 'EXCEL.FEATURE_MISSING');
    expect(missing).toHaveLength(2); // autofilter, page layout
    for (const n of missing) {
      expect(n.message.vi).toContain('Excel 2021');
      expect(n.message.vi).toContain('"Báo cáo 2025"');
    }
  });
});
