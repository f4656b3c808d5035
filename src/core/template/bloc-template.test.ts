import type { RawCell, RawSheet } from '../report/report-types';
import { keptWhole, pageModel } from '../sheet/print-pages';
import { milestoneStatuses } from '../milestones/milestone-status';
import { isoToSerial } from '../text';
import { defaultSettings } from '../../plans/de-an-04/default-settings';
import { deAn04 } from '../../plans/de-an-04/plan';
import { buildBlocTemplate, dateKey, parseBlocInput } from './bloc-template';
import { toRawSheet } from './report-template';
import { COL, keyedAddress, locateKeys, parseA1, rankKey, yearColumn } from './template-keys';

const settings = defaultSettings('2025-12-12');
const serial = (iso: string): number => isoToSerial(iso) as number;

function blocSheet(year = 2025): RawSheet {
  const spec = buildBlocTemplate(deAn04, settings, year);
  return toRawSheet(spec.cells, spec.name);
}

function typeAt(sheet: RawSheet, row: string, col: string, cell: RawCell): void {
  const keys = locateKeys(sheet);
  const p = parseA1((keys && keyedAddress(keys, row, col)) ?? '');
  if (!p) throw new Error(`no cell ${row}/${col}`);
  (sheet.rows[p.row - 1] ??= [])[p.col - 1] = cell;
}

describe('bloc input sheet', () => {
  const sheet = blocSheet();
  // Nghệ An's reported ranks (DOMAIN.md), as the office would type them.
  const ranks: [string, number, number][] = [
    ['par_index', 2021, 17],
    ['par_index', 2022, 16],
    ['par_index', 2023, 15],
    ['sipas', 2021, 35],
    ['sipas', 2022, 14],
    ['pci', 2023, 44],
  ];
  for (const [id, y, r] of ranks) typeAt(sheet, rankKey(id), yearColumn(y), { v: r });
  typeAt(sheet, 'bloc_departments_inspected', yearColumn(2024), { v: 3 });
  typeAt(sheet, dateKey('bloc_departments_inspected'), yearColumn(2024), {
    v: serial('2024-11-20'),
    fmt: 'dd/mm/yyyy',
  });
  typeAt(sheet, 'bloc_plan_2021', COL.value, { v: '20/12/2021' });
  typeAt(sheet, rankKey('papi'), yearColumn(2025), { v: 'hạng mười' });
  const parsed = parseBlocInput(sheet, deAn04, 'khoi.xlsx');
  const inputs = parsed.ok ? parsed.value : [];

  it('gives one input per year from the plan start', () => {
    expect(inputs.map((i) => i.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(inputs[0]?.source).toEqual({ sheet: 'Số liệu Khối 2025', file: 'khoi.xlsx' });
  });

  it.each(ranks)('%s in %i is %i', (id, y, r) => {
    expect(inputs.find((i) => i.year === y)?.ranks[id]).toBe(r);
  });

  it('reads counts with their completion dates per year', () => {
    const e = inputs.find((i) => i.year === 2024)?.entries.bloc_departments_inspected;
    expect(e?.value).toEqual({ kind: 'number', n: 3 });
    expect(e?.date).toEqual({ kind: 'date', iso: '2024-11-20' });
    expect(inputs.find((i) => i.year === 2023)?.entries.bloc_departments_inspected?.value).toEqual({
      kind: 'blank',
    });
  });

  it('puts one-off completion dates into every year', () => {
    for (const i of inputs)
      expect(i.entries.bloc_plan_2021?.value).toEqual({ kind: 'date', iso: '2021-12-20' });
  });

  it('reports an unreadable rank once, with its cell', () => {
    const findings = inputs.flatMap((i) => i.readFindings);
    expect(findings).toEqual([expect.objectContaining({ code: 'VALUE.KIND', file: 'khoi.xlsx' })]);
    expect(inputs.find((i) => i.year === 2025)?.ranks.papi).toBeUndefined();
  });

  it('feeds the bloc milestones', () => {
    const rows = milestoneStatuses(deAn04, settings, {
      kind: 'bloc',
      blocInputs: Object.fromEntries(inputs.map((i) => [i.year, i])),
    });
    expect(rows.find((r) => r.milestoneId === 'bloc_plan_2021')).toMatchObject({
      done: '2021-12-20',
      status: 'done-on-time',
    });
    expect(rows.find((r) => r.milestoneId === 'bloc_inspect_departments' && r.year === 2024)).toMatchObject({
      done: '2024-11-20',
      status: 'done-on-time',
    });
  });
});

describe('bloc sheet errors', () => {
  it('rejects a unit report', () => {
    const r = parseBlocInput(
      {
        name: 'x',
        rows: [[{ v: 'baocao;kind=report;plan=de-an-04;version=2;unit=A;year=2025' }]],
        names: {},
      },
      deAn04,
    );
    expect(r.ok ? [] : r.error.map((f) => f.code)).toEqual(['TEMPLATE.NOT_A_REPORT']);
  });
  it('lists deleted key rows', () => {
    const sheet = blocSheet();
    const keys = locateKeys(sheet);
    const row = keys?.rows.get(rankKey('pci'))?.row as number;
    sheet.rows.splice(row - 1, 1);
    const r = parseBlocInput(sheet, deAn04);
    expect(r.ok ? [] : r.error.map((f) => f.code)).toEqual(['TEMPLATE.KEYS_MISSING']);
    expect(r.ok ? '' : r.error[0]?.message.vi).toContain('rank:pci');
  });
  it('has one year column per year up to the sheet year', () => {
    const keys = locateKeys(blocSheet(2027));
    expect(Object.keys(keys?.rows.get(rankKey('pci'))?.columns ?? {})).toEqual(
      [2021, 2022, 2023, 2024, 2025, 2026, 2027].map(yearColumn),
    );
  });
});

describe('bloc sheet date validation: nothing before Đề án 04 (01/10/2021)', () => {
  const spec = buildBlocTemplate(deAn04, settings, 2025);
  const keys = locateKeys(toRawSheet(spec.cells, spec.name));
  const ruleAt = (row: string, col: string) => {
    const address = keys ? keyedAddress(keys, row, col) : undefined;
    return spec.validations.find((v) => v.range === address)?.rule;
  };

  it.each([
    ['a one-off bloc milestone (IV.1, Quý IV/2021)', 'bloc_plan_2021', COL.value, '2021-10-01', '2026-12-31'],
    [
      'the 2021 inspection date',
      dateKey('bloc_departments_inspected'),
      yearColumn(2021),
      '2021-10-01',
      '2022-12-31',
    ],
    [
      'the 2024 inspection date',
      dateKey('bloc_departments_inspected'),
      yearColumn(2024),
      '2024-01-01',
      '2025-12-31',
    ],
  ])('%s', (_name, row, col, min, max) => {
    expect(ruleAt(row, col)).toEqual({ kind: 'date', min, max });
  });
});

describe('bloc sheet printing', () => {
  const textRow = (spec: ReturnType<typeof buildBlocTemplate>, col: string, text: string): number =>
    Number(
      spec.cells
        .find(
          (c) => c.address.startsWith(col) && c.value !== null && 'text' in c.value && c.value.text === text,
        )
        ?.address.slice(col.length),
    );

  it.each([2022, 2025])('%i: each section, its table header and its rows print on one page', (year) => {
    const spec = buildBlocTemplate(deAn04, settings, year);
    const model = pageModel(spec);
    const breaks = spec.print.rowBreaks ?? [];
    const [i, ii, iii] = ['I', 'II', 'III'].map((id) => textRow(spec, 'A', id)) as [number, number, number];
    const sections: [number, number][] = [
      [i, ii - 2],
      [ii, iii - 3],
      [iii, model.lastRow - 2],
    ];
    for (const [from, to] of sections)
      expect({ from, to, whole: keptWhole(model, breaks, from, to) }).toEqual({ from, to, whole: true });
  });

  it('names the milestones of section III without "Ngày hoàn thành:": the column heading says it', () => {
    const spec = buildBlocTemplate(deAn04, settings, 2025);
    const labels = spec.cells
      .filter((c) => c.address.startsWith('B') && c.value !== null && 'text' in c.value)
      .map((c) => (c.value as { text: string }).text);
    expect(labels).toContain('Ngày hoàn thành');
    expect(labels.filter((l) => l.startsWith('Ngày hoàn thành:'))).toEqual([]);
    expect(labels).toContain('Tổng kết 05 năm thực hiện Đề án; biểu dương mô hình, điển hình (Quý IV/2025)');
  });
});

describe('bloc sheet status row: plan IV, 2-3 departments a year are judged on the count (≥ 2), as the core does', () => {
  const spec = buildBlocTemplate(deAn04, settings, 2025);
  const keys = locateKeys(toRawSheet(spec.cells, spec.name));
  const formulaBelow = (y: number) => {
    const count = keys ? keyedAddress(keys, 'bloc_departments_inspected', yearColumn(y)) : undefined;
    const p = parseA1(count ?? '');
    // The status row is under the count row and its completion-date row.
    const status = spec.cells.find((c) => {
      const q = parseA1(c.address);
      return p && q && q.col === p.col && q.row === p.row + 2;
    });
    const v = status?.value as { formula?: string } | undefined;
    return { count: count ?? '', formula: v?.formula ?? '' };
  };

  it.each([2022, 2023, 2024, 2025])(
    '%i: "Đạt (n/2)" when the count reaches 2, "Chưa đạt (n/2)" past due',
    (y) => {
      const { count, formula } = formulaBelow(y);
      expect(formula.startsWith(`IF(AND(ISNUMBER(${count}),${count}>=2),"Đạt ("&${count}&"/2)",`)).toBe(true);
      expect(formula).toContain(
        `IF(AND(ISNUMBER(${count}),TODAY()>${serial(`${y}-12-31`)}),"Chưa đạt ("&${count}&"/2)",`,
      );
    },
  );
});

describe('bloc sheet wording: the names valid in the year (the bloc ended 13/02/2025)', () => {
  const textsOf = (year: number) =>
    buildBlocTemplate(deAn04, settings, year).cells.flatMap((c) =>
      c.value && 'text' in c.value ? [c.value.text] : [],
    );

  it.each<[number, string]>([
    [2024, 'SỐ LIỆU CỦA ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH VỀ THỰC HIỆN ĐỀ ÁN 04 (2021-2024)'],
    [2025, 'SỐ LIỆU CỦA ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH VỀ THỰC HIỆN ĐỀ ÁN 04 (2021-2025)'],
  ])('%i: the title names the consolidating committee of the year', (year, title) => {
    expect(textsOf(year)).toContain(title);
  });

  it('2025: no cell names the bloc', () => {
    expect(textsOf(2025).filter((t) => /Khối|KHỐI/.test(t))).toEqual([]);
  });
});
