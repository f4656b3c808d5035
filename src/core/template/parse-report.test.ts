import type { RawCell, RawSheet, UnitReport } from '../report/report-types';
import type { Unit } from '../settings/settings-types';
import { convertUnicodeToTcvn3 } from '../text';
import { defaultSettings } from '../../plans/de-an-04/default-settings';
import { deAn04 } from '../../plans/de-an-04/plan';
import { isReportSheet, parseReport, rateAsRatio } from './parse-report';
import { buildReportTemplate, toRawSheet } from './report-template';
import type { ReportFill, ReportTemplateOptions } from './report-template';
import { buildBlocTemplate } from './bloc-template';
import { FIELD, COL, keyedAddress, locateKeys, parseA1 } from './template-keys';

const settings = defaultSettings('2025-12-31');
const unitOf = (code: string): Unit => {
  const u = settings.units.find((x) => x.code === code);
  if (!u) throw new Error(code);
  return u;
};
const tthcUnit = unitOf('DV001');
const plainUnit = settings.units.find((u) => !u.resolvesTthc && !u.publishesTthc && !u.isDepartment) as Unit;

function sheetFor(unit: Unit, opts: ReportTemplateOptions = {}): RawSheet {
  const spec = buildReportTemplate(deAn04, settings, unit, 2025, opts);
  return toRawSheet(spec.cells, spec.name);
}

/** Types a cell at the keyed address (row key, column key), as a unit would. */
function typeAt(sheet: RawSheet, rowKey: string, colKey: string, cell: RawCell | undefined): string {
  const keys = locateKeys(sheet);
  const address = keys && keyedAddress(keys, rowKey, colKey);
  const p = address ? parseA1(address) : null;
  if (!p || !address) throw new Error(`No cell for ${rowKey}/${colKey}`);
  const row = (sheet.rows[p.row - 1] ??= []);
  row[p.col - 1] = cell;
  return address;
}

function parsed(sheet: RawSheet): UnitReport {
  const r = parseReport(sheet, deAn04, settings, { file: 'dv.xlsx', modified: '2025-12-11' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const fill: ReportFill = {
  unitName: 'Đảng bộ Văn phòng UBND tỉnh',
  reportDate: '2025-12-10',
  preparer: 'Nguyễn Thị Lan',
  values: {
    ii1_plan: { value: true, date: '2022-01-10', note: 'Kế hoạch số 12-KH/ĐU' },
    ii2_study_article: { value: 'Không' },
    ii3_ontime: { value: 990, den: 1000 },
    ii3_satisfaction: { value: 95.5 },
    ii4_model_dvk: { value: 2, date: '2025-03-15' },
    iii4_inspection_board: { value: 'Không áp dụng' },
  },
};

describe('parseReport of a filled template', () => {
  const report = parsed(sheetFor(tthcUnit, { fill }));

  it('reads the stamp, the header fields and the source', () => {
    expect(report.stamp).toEqual({ planId: 'de-an-04', templateVersion: 2, unitCode: 'DV001', year: 2025 });
    expect(report.unitName).toBe('Đảng bộ Văn phòng UBND tỉnh');
    expect(report.reportDate).toBe('2025-12-10');
    expect(report.preparer).toBe('Nguyễn Thị Lan');
    expect(report.source).toEqual({ file: 'dv.xlsx', sheet: 'Báo cáo 2025', modified: '2025-12-11' });
    expect(report.readFindings).toEqual([]);
  });

  it.each([
    ['ii1_plan', { kind: 'yes' }],
    ['ii2_study_article', { kind: 'no' }],
    ['ii3_ontime', { kind: 'number', n: 990 }],
    ['ii3_satisfaction', { kind: 'number', n: 95.5 }],
    ['ii4_model_dvk', { kind: 'number', n: 2 }],
    ['iii4_inspection_board', { kind: 'not-applicable' }],
    ['ii5_training', { kind: 'blank' }],
  ])('%s reads as %j', (id, value) => {
    expect(report.entries[id]?.value).toEqual(value);
  });

  it('reads a ratio from its two rows, with their cells', () => {
    const e = report.entries.ii3_ontime;
    expect(e?.den).toEqual({ kind: 'number', n: 1000 });
    expect(e?.display).toBe('990/1.000');
    expect(e?.cell).not.toBe(e?.denCell);
  });

  it('reads completion dates and notes', () => {
    expect(report.entries.ii1_plan?.date).toEqual({ kind: 'date', iso: '2022-01-10' });
    expect(report.entries.ii1_plan?.note).toBe('Kế hoạch số 12-KH/ĐU');
    expect(report.entries.ii4_model_dvk?.date).toEqual({ kind: 'date', iso: '2025-03-15' });
    // An item without a date column entry and without needsDate carries no date.
    expect(report.entries.ii2_directives?.date).toBeUndefined();
  });

  it('has an entry for every item of the plan', () => {
    expect(Object.keys(report.entries).sort()).toEqual(deAn04.items.map((i) => i.id).sort());
  });
});

describe('what units type', () => {
  it.each<[string, string, RawCell, unknown]>([
    [
      'a percent typed as text with a decimal comma',
      'ii3_satisfaction',
      { v: '95,5' },
      { kind: 'number', n: 95.5 },
    ],
    ['a percent with the % sign', 'ii3_satisfaction', { v: '95,5%' }, { kind: 'number', n: 95.5 }],
    [
      'a percent in a %-formatted cell',
      'ii3_satisfaction',
      { v: 0.955, fmt: '0.0%' },
      { kind: 'number', n: 95.5 },
    ],
    ['a count with its unit word', 'ii4_model_dvk', { v: '02 mô hình' }, { kind: 'number', n: 2 }],
    ['a count with thousands', 'ii3_ontime:num', { v: '1.184' }, { kind: 'number', n: 1184 }],
    ['"có" in lower case', 'ii1_plan', { v: 'có' }, { kind: 'yes' }],
    ['"KAD"', 'iii4_conference', { v: 'KAD' }, { kind: 'not-applicable' }],
    [
      'an error value',
      'ii5_leader',
      { v: null, error: '#REF!' },
      { kind: 'invalid', raw: '#REF!', reason: 'error-value' },
    ],
  ])('%s', (_name, key, cell, expected) => {
    const sheet = sheetFor(tthcUnit);
    typeAt(sheet, key, COL.value, cell);
    const id = key.split(':')[0] as string;
    expect(parsed(sheet).entries[id]?.value).toEqual(expected);
  });

  it('reads a date typed as text', () => {
    const sheet = sheetFor(tthcUnit);
    typeAt(sheet, 'ii1_plan', COL.date, { v: '15/3/2022' });
    expect(parsed(sheet).entries.ii1_plan?.date).toEqual({ kind: 'date', iso: '2022-03-15' });
  });

  it('composes a decomposed (NFD) unit name without a finding', () => {
    const sheet = sheetFor(tthcUnit);
    typeAt(sheet, FIELD.unitName, COL.field, { v: 'Đảng bộ Sở Nội vụ'.normalize('NFD') });
    const report = parsed(sheet);
    expect(report.unitName).toBe('Đảng bộ Sở Nội vụ'.normalize('NFC'));
    expect(report.readFindings).toEqual([]);
  });

  it('converts a unit name typed in TCVN3 and says so', () => {
    const sheet = sheetFor(tthcUnit);
    const legacy = convertUnicodeToTcvn3('Đảng bộ Sở Nội vụ');
    const cell = typeAt(sheet, FIELD.unitName, COL.field, { v: legacy });
    const report = parsed(sheet);
    expect(report.unitName).toBe('Đảng bộ Sở Nội vụ');
    expect(report.readFindings).toEqual([
      expect.objectContaining({ code: 'TEXT.LEGACY_ENCODING', severity: 'warning', cell, value: legacy }),
    ]);
    expect(report.readFindings[0]?.message.vi).toContain('“Đảng bộ Sở Nội vụ”');
  });

  it('flags a report date that is not a date', () => {
    const sheet = sheetFor(tthcUnit);
    typeAt(sheet, FIELD.reportDate, COL.field, { v: 'tháng 12' });
    const report = parsed(sheet);
    expect(report.reportDate).toBeUndefined();
    expect(report.readFindings.map((f) => f.code)).toEqual(['VALUE.REPORT_DATE_INVALID']);
  });
});

describe('items that do not apply', () => {
  it('reads the locked "Không áp dụng" of a unit without TTHC', () => {
    const report = parsed(sheetFor(plainUnit));
    expect(report.entries.ii3_satisfaction?.value).toEqual({ kind: 'not-applicable' });
    expect(report.entries.ii3_ontime?.value).toEqual({ kind: 'not-applicable' });
    expect(report.entries.ii3_ontime?.den).toEqual({ kind: 'not-applicable' });
  });
});

describe('template version 1', () => {
  const v1Fill: ReportFill = {
    reportDate: '2022-12-10',
    values: {
      ii2_study: { value: true, date: '2022-10-20' },
      ii3_ontime_rate: { value: 99.2 },
      ii1_plan: { value: true, date: '2022-01-10', note: 'v1 has no note column' },
    },
  };
  const sheet = sheetFor(tthcUnit, { templateVersion: 1, fill: v1Fill });
  const report = parsed(sheet);

  it('has no note column and the old keys', () => {
    const keys = locateKeys(sheet);
    expect(keys?.rows.has('ii2_study')).toBe(true);
    expect(keys?.rows.has('ii3_ontime_rate')).toBe(true);
    expect(keys?.rows.has('ii2_study_article')).toBe(false);
    expect(keys?.rows.get('ii1_plan')?.columns[COL.note]).toBeUndefined();
  });

  it('maps the old keys to the current items', () => {
    expect(report.stamp.templateVersion).toBe(1);
    expect(report.entries.ii2_study_article?.value).toEqual({ kind: 'yes' });
    expect(report.entries.ii2_study_article?.date).toEqual({ kind: 'date', iso: '2022-10-20' });
    expect(report.entries.ii3_ontime?.value).toEqual({ kind: 'number', n: 992 });
    expect(report.entries.ii3_ontime?.den).toEqual({ kind: 'number', n: 1000 });
    expect(report.entries.ii1_plan?.note).toBeUndefined();
  });

  it('says the template is old', () => {
    expect(report.readFindings).toEqual([
      expect.objectContaining({ code: 'TEMPLATE.OLD_VERSION', severity: 'info' }),
    ]);
  });

  it('converts a v2 ratio fill to the v1 rate', () => {
    const s = sheetFor(tthcUnit, {
      templateVersion: 1,
      fill: { values: { ii3_ontime: { value: 49, den: 50 } } },
    });
    expect(parsed(s).entries.ii3_ontime?.value).toEqual({ kind: 'number', n: 98 });
  });

  it.each([
    [98, 98, 100],
    [99.25, 9925, 10000],
    [0, 0, 100],
  ])('rate %d%% is %i/%i', (rate, num, den) => {
    expect(rateAsRatio(rate)).toEqual({ num: { kind: 'number', n: num }, den: { kind: 'number', n: den } });
  });
});

describe('sheets that cannot be read', () => {
  const codes = (sheet: RawSheet) => {
    const r = parseReport(sheet, deAn04, settings, { file: 'x.xlsx' });
    return r.ok ? [] : r.error.map((f) => f.code);
  };
  const withStamp = (stamp: string): RawSheet => {
    const sheet = sheetFor(tthcUnit);
    const keys = locateKeys(sheet);
    const p = parseA1(keys?.stampCell ?? '') as { row: number; col: number };
    (sheet.rows[p.row - 1] as (RawCell | undefined)[])[p.col - 1] = { v: stamp };
    return sheet;
  };

  it('rejects a sheet without a stamp', () => {
    expect(codes({ name: 'Sheet1', rows: [[{ v: 'Báo cáo' }]], names: {} })).toEqual([
      'TEMPLATE.NOT_A_REPORT',
    ]);
  });
  it('rejects the bloc sheet as a unit report', () => {
    const spec = buildBlocTemplate(deAn04, settings, 2025);
    expect(codes(toRawSheet(spec.cells, spec.name))).toEqual(['TEMPLATE.NOT_A_REPORT']);
  });
  it('rejects another plan', () => {
    expect(codes(withStamp('baocao;kind=report;plan=de-an-05;version=2;unit=DV001;year=2025'))).toEqual([
      'TEMPLATE.OTHER_PLAN',
    ]);
  });
  it('rejects a newer template version', () => {
    expect(codes(withStamp('baocao;kind=report;plan=de-an-04;version=3;unit=DV001;year=2025'))).toEqual([
      'TEMPLATE.VERSION',
    ]);
  });

  it('lists the items whose keys were deleted', () => {
    const sheet = sheetFor(tthcUnit);
    typeAt(sheet, 'ii3_satisfaction', COL.value, { v: 95 });
    // Clear the key of one item and delete the rows of a ratio's denominator.
    const keys = locateKeys(sheet);
    const satRow = keys?.rows.get('ii3_satisfaction')?.row as number;
    (sheet.rows[satRow - 1] as (RawCell | undefined)[])[(keys?.keyColumn as number) - 1] = undefined;
    const denRow = keys?.rows.get('ii3_published:den')?.row as number;
    sheet.rows.splice(denRow - 1, 1);
    const r = parseReport(sheet, deAn04, settings, { file: 'x.xlsx' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toHaveLength(1);
    expect(r.error[0]).toMatchObject({ code: 'TEMPLATE.KEYS_MISSING', severity: 'error', file: 'x.xlsx' });
    expect(r.error[0]?.message.vi).toContain('(ii3_satisfaction)');
    expect(r.error[0]?.message.vi).toContain('(ii3_published:den)');
    expect(r.error[0]?.message.vi).toContain('2 mục');
  });
});

describe('isReportSheet', () => {
  it('is true for a report and false for the bloc sheet and other sheets', () => {
    const bloc = buildBlocTemplate(deAn04, settings, 2025);
    expect(isReportSheet(sheetFor(tthcUnit))).toBe(true);
    expect(isReportSheet(toRawSheet(bloc.cells, bloc.name))).toBe(false);
    expect(isReportSheet({ name: 'x', rows: [], names: {} })).toBe(false);
  });
});

// Forms the template's own formulas do not read carry a warning naming the cell
// (docs/template-format.md, "The sheet and the core").
describe('parseReport: VALUE.NORMALISED', () => {
  it.each<[string, string, string, RawCell, string | undefined]>([
    ['x on a yes/no item', 'ii1_plan', COL.value, { v: 'x' }, 'Hãy chọn “Có” trong danh sách'],
    ['Có in any case', 'ii1_plan', COL.value, { v: ' có ' }, undefined],
    ['a %-formatted fraction', 'ii3_satisfaction', COL.value, { v: 0.955, fmt: '0.0%' }, 'đổi định dạng ô'],
    ['a number as text', 'ii4_model_dvk', COL.value, { v: '2' }, 'được hiểu là “2”'],
    ['a real number', 'ii4_model_dvk', COL.value, { v: 2 }, undefined],
    ['a date as text', 'ii1_plan', COL.date, { v: '15/03/2025' }, 'được hiểu là “15/03/2025”'],
    ['a real date', 'ii1_plan', COL.date, { v: 45731, fmt: 'dd/mm/yyyy' }, undefined],
    ['KAD on a count', 'ii4_model_dvk', COL.value, { v: 'KAD' }, 'được hiểu là “Không áp dụng”'],
    ['unreadable (VALUE.KIND reports it)', 'ii4_model_dvk', COL.value, { v: 'abc' }, undefined],
  ])('%s', (_name, rowKey, colKey, cell, words) => {
    const sheet = sheetFor(tthcUnit);
    const address = typeAt(sheet, rowKey, colKey, cell);
    const found = parsed(sheet).readFindings.filter((f) => f.code === 'VALUE.NORMALISED');
    if (words === undefined) {
      expect(found).toEqual([]);
      return;
    }
    expect(found.map((f) => [f.cell, f.severity])).toEqual([[address, 'warning']]);
    expect(found[0]?.message.vi).toContain(`ô ${address}`);
    expect(found[0]?.message.vi).toContain(words);
  });

  it("reads as the formulas do when asked (the template's stored results)", () => {
    const sheet = sheetFor(tthcUnit);
    typeAt(sheet, 'ii1_plan', COL.value, { v: 'x' });
    const r = parseReport(sheet, deAn04, settings, {}, 'sheet');
    if (!r.ok) throw new Error('not read');
    expect(r.value.entries.ii1_plan?.value.kind).toBe('invalid');
    expect(r.value.readFindings.filter((f) => f.code === 'VALUE.NORMALISED')).toEqual([]);
  });
});
