import type { SheetSpec, SpecCell } from '../sheet/sheet-spec';
import { keptWhole, pageModel, pageStarts } from '../sheet/print-pages';
import type { Settings, Unit } from '../settings/settings-types';
import { defaultSettings } from '../../plans/de-an-04/default-settings';
import { deAn04 } from '../../plans/de-an-04/plan';
import { parseReport } from './parse-report';
import { COLORS, buildReportTemplate, toRawSheet } from './report-template';
import type { ReportFill, ReportTemplateOptions } from './report-template';
import { COL, a1, keyedAddress, locateKeys, parseA1 } from './template-keys';
import type { SheetKeys } from './template-keys';

const settings = defaultSettings('2025-12-12');
const unitOf = (code: string, s: Settings = settings): Unit => {
  const u = s.units.find((x) => x.code === code);
  if (!u) throw new Error(code);
  return u;
};
const tthcUnit = unitOf('DV001');
const plainUnit = settings.units.find(
  (u) => !u.resolvesTthc && !u.publishesTthc && !u.isDepartment && u.kind === 'dang-bo-co-so',
) as Unit;
const cellUnit = settings.units.find((u) => u.kind === 'chi-bo-co-so') as Unit;

function build(unit: Unit, opts: ReportTemplateOptions = {}, s: Settings = settings) {
  const spec = buildReportTemplate(deAn04, s, unit, 2025, opts);
  const keys = locateKeys(toRawSheet(spec.cells, spec.name)) as SheetKeys;
  const byAddress = new Map(spec.cells.map((c) => [c.address, c]));
  const at = (row: string, col: string): SpecCell => {
    const address = keyedAddress(keys, row, col);
    const cell = address ? byAddress.get(address) : undefined;
    if (!cell) throw new Error(`no cell ${row}/${col}`);
    return cell;
  };
  const result = (row: string, col: string = COL.verdict) => {
    const v = at(row, col).value;
    return v && 'formula' in v ? v.result : v && 'text' in v ? v.text : undefined;
  };
  return { spec, keys, at, result, byAddress };
}

const fill: ReportFill = {
  reportDate: '2025-12-10',
  values: {
    ii1_plan: { value: true, date: '2022-01-10' },
    ii1_dissemination: { value: 'Không' },
    ii2_directives: { value: 'Không áp dụng' }, // required: "not entered"
    ii3_ontime: { value: 98, den: 100 }, // boundary >= 98: met
    ii3_satisfaction: { value: 90 }, // boundary > 90: not met
    ii3_published: { value: 5, den: 0 }, // no rate: invalid
    ii4_model_dvk: { value: 0 },
    ii4_bright_dvcq: { value: 'abc' },
    ii5_leader: { value: 1 },
    ii5_cadres: { value: 3 }, // II.5 "1-2 cán bộ" is not a ceiling: met
    ii5_training: { value: 1.5 },
    ii6_review: { value: true, date: '2025-12-05' },
    ii6_commended_collectives: { value: 2 }, // no target
    iii4_conference: { value: 'Không áp dụng' }, // optional: not applicable
  },
};

describe('assessment column', () => {
  const { result } = build(tthcUnit, { fill });

  it.each([
    ['ii1_plan', 'Đạt'],
    ['ii1_dissemination', 'Chưa đạt'],
    ['ii2_directives', 'Chưa nhập'],
    ['ii2_study_article', 'Chưa nhập'],
    ['ii3_ontime', 'Đạt'],
    ['ii3_satisfaction', 'Chưa đạt'],
    ['ii3_published', 'Không hợp lệ'],
    ['ii4_model_dvk', 'Chưa đạt'],
    ['ii4_bright_dvcq', 'Không hợp lệ'],
    ['ii5_leader', 'Đạt'],
    ['ii5_cadres', 'Đạt'],
    ['ii5_training', 'Không hợp lệ'],
    ['ii6_review', 'Đạt'],
    ['ii6_commended_collectives', ''],
    ['iii4_conference', 'Không áp dụng'],
    ['iii4_code_of_conduct', 'Chưa nhập'],
  ])('%s shows %j', (id, word) => {
    expect(result(id)).toBe(word);
  });

  it('shows the rate of a ratio item in percent', () => {
    expect(result('ii3_ontime', COL.value)).toBe(98);
    expect(result('ii3_published', COL.value)).toBe('');
  });

  it('uses the same rule as the core, boundaries included', () => {
    const { at } = build(tthcUnit, { fill });
    const sat = at('ii3_satisfaction', COL.value).address;
    expect(at('ii3_satisfaction', COL.verdict).value).toEqual({
      formula:
        `IFERROR(IF(OR(TRIM(${sat})="Không áp dụng",TRIM(${sat})="Not applicable"),"Chưa nhập",` +
        `IF(TRIM(${sat})="","Chưa nhập",IF(NOT(AND(ISNUMBER(${sat}),NOT(ISLOGICAL(${sat})))),"Không hợp lệ",` +
        `IF(OR(${sat}<0,${sat}>100),"Không hợp lệ",IF(${sat}>90,"Đạt","Chưa đạt"))))),"Không hợp lệ")`,
      result: 'Chưa đạt',
    });
    const verdict = at('ii3_ontime', COL.verdict).value as { formula: string };
    expect(verdict.formula).toContain('ROUND(100*');
    expect(verdict.formula).toContain(')>=98,"Đạt","Chưa đạt"');
  });

  it('follows threshold overrides from the settings', () => {
    const s = { ...settings, thresholdOverrides: { ii3_satisfaction: 85 } };
    const t = build(unitOf('DV001', s), { fill }, s);
    expect(t.result('ii3_satisfaction')).toBe('Đạt');
    expect(t.result('ii3_satisfaction', COL.target)).toBe('Trên 85%');
  });

  it('leaves results out when asked, for spreadsheet programs to compute', () => {
    const t = build(tthcUnit, { fill, omitResults: true });
    expect(t.result('ii3_satisfaction')).toBeNull();
  });
});

describe('items that do not apply to the unit', () => {
  const { at, spec } = build(plainUnit, { fill });
  it.each(['ii3_ontime:num', 'ii3_ontime:den', 'ii3_satisfaction', 'ii3_published:num'])(
    '%s is locked "Không áp dụng"',
    (key) => {
      const cell = at(key, COL.value);
      expect(cell.value).toEqual({ text: 'Không áp dụng' });
      expect(cell.style?.unlocked).toBeFalsy();
      expect(cell.style?.fill).toBe(COLORS.locked);
      expect(spec.validations.some((v) => v.range === cell.address)).toBe(false);
    },
  );
  it('assesses them "Không áp dụng" whatever the fill says', () => {
    expect(at('ii3_satisfaction', COL.verdict).value).toEqual({ text: 'Không áp dụng' });
  });
});

describe('inputs, validation and protection', () => {
  const { spec, keys } = build(tthcUnit, { fill });
  const unlocked = spec.cells.filter((c) => c.style?.unlocked);
  const covered = (address: string) =>
    spec.validations.some((v) => {
      const [from, to = from] = v.range.split(':');
      const p = parseA1(address);
      const f = parseA1(from ?? '');
      const t = parseA1(to ?? '');
      return p && f && t && p.row >= f.row && p.row <= t.row && p.col >= f.col && p.col <= t.col;
    });
  // A merged input is unlocked in every cell; its validation sits on the top-left one.
  const merged = new Set(
    spec.merges.flatMap((m) => {
      const [f, t] = m.split(':').map((x) => parseA1(x) as { row: number; col: number });
      const cells: string[] = [];
      for (let r = f!.row; r <= t!.row; r++)
        for (let c = f!.col; c <= t!.col; c++) if (r !== f!.row || c !== f!.col) cells.push(a1(r, c));
      return cells;
    }),
  );

  it('has a validation on every input and an input under every validation', () => {
    expect(unlocked.length).toBeGreaterThan(40);
    for (const c of unlocked.filter((x) => !merged.has(x.address)))
      expect([c.address, covered(c.address)]).toEqual([c.address, true]);
    const unlockedSet = new Set(unlocked.map((c) => c.address));
    for (const v of spec.validations) expect([v.range, unlockedSet.has(v.range)]).toEqual([v.range, true]);
  });

  it('marks every input light yellow', () => {
    for (const c of unlocked) expect(c.style?.fill).toBe(COLORS.input);
  });

  it('keeps validation texts within Excel limits (titles 32, prompts 255, errors 225)', () => {
    for (const v of spec.validations) {
      expect(v.error.title.length).toBeLessThanOrEqual(32);
      expect(v.error.message.length).toBeLessThanOrEqual(225);
      expect(v.prompt?.title.length ?? 0).toBeLessThanOrEqual(32);
      expect(v.prompt?.message.length ?? 0).toBeLessThanOrEqual(255);
    }
  });

  it.each([
    ['ii1_plan', COL.value, { kind: 'list', values: ['Có', 'Không', 'Không áp dụng'] }],
    ['ii4_model_dvk', COL.value, { kind: 'whole', min: 0 }],
    ['ii3_satisfaction', COL.value, { kind: 'decimal', min: 0, max: 100 }],
    ['ii3_ontime:den', COL.value, { kind: 'whole', min: 0 }],
    ['ii1_plan (Đề án 04, 01/10/2021)', COL.date, { kind: 'date', min: '2021-10-01', max: '2025-12-31' }],
    ['ii4_model_dvk (II.4 cumulative)', COL.date, { kind: 'date', min: '2021-10-01', max: '2025-12-31' }],
    ['ii2_study_article (II.2 yearly)', COL.date, { kind: 'date', min: '2025-01-01', max: '2025-12-31' }],
    [
      '@report_date (Đề án 04, 01/10/2021)',
      COL.field,
      { kind: 'date', min: '2021-10-01', max: '2026-12-31' },
    ],
    ['ii1_plan', COL.note, { kind: 'textLength', max: 1000 }],
  ])('%s %s: %j', (label, col, rule) => {
    const address = keyedAddress(keys, label.split(' ')[0] ?? '', col);
    expect(spec.validations.find((v) => v.range === address)?.rule).toEqual(rule);
  });

  it('protects the sheet without a password, freezes the table header and prints A4 portrait', () => {
    expect(spec.protection).toEqual({});
    expect(spec.freeze).toEqual({ rows: 16, columns: 0 });
    expect(spec.print).toMatchObject({
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: 1,
      repeatRows: '15:16',
    });
    expect(spec.print.area).toMatch(/^A1:H\d+$/);
    expect(spec.name).toBe('Báo cáo 2025');
    expect(spec.font).toEqual({ name: 'Times New Roman', size: 12 });
    expect(spec.columns.at(-1)).toMatchObject({ hidden: true });
    expect(spec.rows?.find((r) => r.row === 1)).toMatchObject({ hidden: true });
  });

  it('colours the assessment and status columns', () => {
    const words = spec.conditionalFormats.map((c) => [c.formula.replace(/^[A-Z]+\d+=/, ''), c.fill]);
    expect(words).toEqual([
      ['"Chưa đạt"', COLORS.red.fill],
      ['"Không hợp lệ"', COLORS.red.fill],
      ['"Đạt"', COLORS.green.fill],
      ['"Quá hạn"', COLORS.red.fill],
      ['"Sắp đến hạn"', COLORS.amber.fill],
      ['"Hoàn thành đúng hạn"', COLORS.green.fill],
    ]);
  });
});

describe('document header and signature', () => {
  const texts = (spec: SheetSpec) =>
    spec.cells.flatMap((c) => (c.value && 'text' in c.value ? [c.value.text] : []));

  const cellOf = (spec: SheetSpec, text: string) =>
    spec.cells.find((c) => c.value && 'text' in c.value && c.value.text === text);
  const rowOf = (address: string | undefined) => Number(address?.replace(/^[A-Z]+/, ''));

  it.each<[string, Unit, number, string[]]>([
    // Hướng dẫn 36-HD/VPTW: line 1 the directly superior organisation, line 2 the issuing
    // committee (a đảng bộ cơ sở issues as its đảng ủy), then "*" and the number.
    [
      'a đảng bộ cơ sở, 2024 (the bloc)',
      tthcUnit,
      2024,
      ['ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH', 'ĐẢNG ỦY VĂN PHÒNG UBND TỈNH', '*', 'Số      -BC/ĐU'],
    ],
    // After 13/02/2025 the units sit under Đảng bộ UBND tỉnh (DOMAIN.md; assumed default).
    [
      'a đảng bộ cơ sở, 2025',
      tthcUnit,
      2025,
      ['ĐẢNG BỘ ỦY BAN NHÂN DÂN TỈNH', 'ĐẢNG ỦY VĂN PHÒNG UBND TỈNH', '*', 'Số      -BC/ĐU'],
    ],
    [
      'a chi bộ cơ sở issues as its chi bộ',
      cellUnit,
      2025,
      ['ĐẢNG BỘ ỦY BAN NHÂN DÂN TỈNH', 'CHI BỘ SỞ NGOẠI VỤ', '*', 'Số      -BC/CB'],
    ],
  ])('36-HD/VPTW header of %s', (_name, unit, year, lines) => {
    const spec = buildReportTemplate(deAn04, settings, unit, year, { fill });
    const cells = lines.map((text) => cellOf(spec, text));
    expect(cells.map((c) => c?.address)).toEqual(['A2', 'A3', 'A4', 'A5']);
    expect(cells[1]?.style).toMatchObject({ bold: true });
    expect(cells[0]?.style?.bold).toBeFalsy();
    const party = cellOf(spec, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(rowOf(party?.address)).toBe(2);
    expect(party?.style).toMatchObject({ bold: true, borderBottom: true });
  });

  it('issue 13 §4: a renamed unit prints its name of the year; a moved unit its superior of the year', () => {
    const renamed = unitOf('DV009');
    const y2024 = buildReportTemplate(deAn04, settings, renamed, 2024, { fill });
    expect(cellOf(y2024, 'ĐẢNG ỦY SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN')?.address).toBe('A3');
    expect(cellOf(y2024, 'Đảng bộ Sở Nông nghiệp và Phát triển nông thôn')).toBeDefined();
    const y2025 = buildReportTemplate(deAn04, settings, renamed, 2025, { fill });
    expect(cellOf(y2025, 'ĐẢNG ỦY SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG')?.address).toBe('A3');
    const moved = unitOf('DV025'); // Báo Nghệ An: under the Đảng bộ các cơ quan Đảng tỉnh from 2025
    expect(
      cellOf(buildReportTemplate(deAn04, settings, moved, 2025, { fill }), 'ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH')
        ?.address,
    ).toBe('A2');
    expect(
      cellOf(buildReportTemplate(deAn04, settings, moved, 2024, { fill }), 'ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH')
        ?.address,
    ).toBe('A2');
  });

  it('36-HD/VPTW: the place and date line is italic and level with the number', () => {
    const { spec, byAddress } = build(tthcUnit, { fill });
    expect(byAddress.get('D5')).toMatchObject({
      value: { result: 'Nghệ An, ngày 10 tháng 12 năm 2025' },
      style: { italic: true },
    });
    expect(rowOf(cellOf(spec, 'Số      -BC/ĐU')?.address)).toBe(5);
  });

  it('leaves the date line open without a report date', () => {
    const { byAddress } = build(tthcUnit);
    expect(byAddress.get('D5')?.value).toMatchObject({ result: 'Nghệ An, ngày ... tháng ... năm ...' });
  });

  it('36-HD/VPTW title: "BÁO CÁO" alone, the subject in bold lower case, a short rule under it', () => {
    const { spec } = build(tthcUnit, { fill });
    const kind = cellOf(spec, 'BÁO CÁO');
    const subject = cellOf(spec, 'kết quả thực hiện Đề án số 04-ĐA/TU năm 2025');
    expect(kind?.style).toMatchObject({ bold: true, hAlign: 'center' });
    expect(subject?.style).toMatchObject({ bold: true, hAlign: 'center' });
    expect(rowOf(subject?.address)).toBe(rowOf(kind?.address) + 1);
    const rule = spec.cells.filter(
      (c) => rowOf(c.address) === rowOf(subject?.address) + 1 && c.style?.borderBottom,
    );
    // Short: a few columns in the middle, not the whole width (A..H).
    expect(rule.length).toBeGreaterThan(0);
    expect(rule.length).toBeLessThan(4);
    expect(rule.map((c) => c.address)).not.toContain('A' + (rowOf(subject?.address) + 1));
  });

  it.each<[string, Unit, string[]]>([
    // Plan V.3: units report "về Ban Thường vụ Đảng ủy Khối (qua Ban Tuyên giáo)"; the names of
    // the report's year. "Nơi nhận:" underlined, recipients end in ",", the last "Lưu ...".
    [
      'a đảng bộ cơ sở',
      tthcUnit,
      [
        '- Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh (qua Ban Tuyên giáo và Dân vận),',
        '- Lưu Văn phòng Đảng ủy.',
        'T/M ĐẢNG ỦY',
        'BÍ THƯ',
      ],
    ],
    ['a chi bộ cơ sở', cellUnit, ['- Lưu Chi bộ.', 'T/M CHI BỘ', 'BÍ THƯ']],
  ])('36-HD/VPTW footer of %s: Nơi nhận and the signature', (_name, unit, lines) => {
    const { spec } = build(unit, { fill });
    expect(texts(spec)).toEqual(expect.arrayContaining(lines));
    expect(cellOf(spec, 'Nơi nhận:')?.style).toMatchObject({ underline: true, bold: true });
  });

  it("plan V.3 before the reorganisation: the bloc's Standing Committee through its Propaganda Board", () => {
    const spec = buildReportTemplate(deAn04, settings, tthcUnit, 2024, { fill });
    expect(texts(spec)).toContain('- Ban Thường vụ Đảng ủy Khối (qua Ban Tuyên giáo),');
  });

  // Plan V.3: the yearly report's milestone names the report's own "Nơi nhận", with the names
  // valid in its year: no 2025 page names the bloc, which ended 13/02/2025.
  it.each<[number, string, string]>([
    [
      2024,
      'Báo cáo kết quả thực hiện về Ban Thường vụ Đảng ủy Khối (qua Ban Tuyên giáo)',
      '- Ban Thường vụ Đảng ủy Khối (qua Ban Tuyên giáo),',
    ],
    [
      2025,
      'Báo cáo kết quả thực hiện về Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh (qua Ban Tuyên giáo và Dân vận)',
      '- Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh (qua Ban Tuyên giáo và Dân vận),',
    ],
  ])('plan V.3: the %i yearly report milestone is to its own recipient', (year, label, recipient) => {
    const all = texts(buildReportTemplate(deAn04, settings, tthcUnit, year, { fill }));
    expect(all).toContain(label);
    expect(all).toContain(recipient);
    if (year >= 2025) expect(all.filter((t) => /Khối/.test(t))).toEqual([]);
  });

  it('numbers its tables with "TT"', () => {
    const { spec } = build(tthcUnit, { fill });
    expect(texts(spec).filter((t) => t === 'TT').length).toBe(2);
    expect(texts(spec)).not.toContain('STT');
  });

  it('can be written in English', () => {
    const { spec, result } = build(tthcUnit, { fill, lang: 'en' });
    expect(spec.name).toBe('Report 2025');
    expect(texts(spec)).toEqual(expect.arrayContaining(['Item', 'Assessment', 'SECRETARY']));
    expect(result('ii3_satisfaction')).toBe('Not met');
    expect(result('ii1_plan')).toBe('Met');
    const parsed = parseReport(toRawSheet(spec.cells, spec.name), deAn04, settings, {});
    expect(parsed.ok && parsed.value.entries.ii1_plan?.value).toEqual({ kind: 'yes' });
  });
});

describe('milestones', () => {
  const statusOf = (t: ReturnType<typeof build>, id: string) => t.result(`ms:${id}`, COL.status);
  const doneOf = (t: ReturnType<typeof build>, id: string) => t.result(`ms:${id}`, COL.done);

  it.each([
    ['unit_plan', 'Hoàn thành đúng hạn'], // done 10/01/2022, due 31/01/2022
    ['unit_dissemination', 'Quá hạn'], // answered "Không", due 31/01/2022
    ['unit_october_study', 'Quá hạn'], // not done, due 31/10/2025
    ['unit_review', 'Hoàn thành đúng hạn'], // done 05/12/2025, due 31/12/2025
    ['unit_yearly_report', 'Hoàn thành đúng hạn'], // report dated 10/12/2025, due 15/12/2025
    ['unit_training', 'Sắp đến hạn'], // 1.5 courses is invalid: not done; due 31/12/2025, 19 days away
  ])('%s: %s as of 12/12/2025', (id, status) => {
    expect(statusOf(build(tthcUnit, { fill }), id)).toBe(status);
  });

  it('takes the completion date from the item, as an Excel serial', () => {
    expect(doneOf(build(tthcUnit, { fill }), 'unit_plan')).toBe(44571); // 10/01/2022
    expect(doneOf(build(tthcUnit, { fill }), 'unit_dissemination')).toBe('');
  });

  it('is not applicable before a unit existed', () => {
    const newUnit = { ...tthcUnit, code: 'DVNEW', activeFrom: 2023 };
    const t = build(newUnit);
    expect(statusOf(t, 'unit_plan')).toBe('Không áp dụng');
    expect(statusOf(t, 'unit_review')).toBe('Sắp đến hạn');
  });
});

describe('nothing the plan does not state is printed as the plan’s', () => {
  const t = build(tthcUnit);
  /** The texts of the row holding a key. */
  const rowTexts = (key: string, col: string): string[] => {
    const address = keyedAddress(t.keys, key, col) ?? '';
    const row = parseA1(address)?.row;
    return t.spec.cells
      .filter((c) => parseA1(c.address)?.row === row)
      .flatMap((c) => (c.value && 'text' in c.value ? [c.value.text] : []));
  };

  it.each([
    ['II.3 on time: the unit criterion 98% is assumed', 'ii3_ontime', 'Từ 98% trở lên (giả định)'],
    ['II.3 satisfaction: "trên 90%" is the plan’s', 'ii3_satisfaction', 'Trên 90%'],
  ])('target column, %s', (_name, itemId, text) => {
    expect(t.result(itemId, COL.target)).toBe(text);
  });

  it.each([
    ['V.3 yearly report: the plan names no quarter nor date', 'unit_yearly_report', 'Hằng năm; hạn giả định'],
    ['II.6 review: "hàng năm" only', 'unit_review', 'Hằng năm; hạn giả định'],
    ['II.5 regulation: no date at all', 'unit_regulation', 'Kế hoạch không nêu thời hạn; hạn giả định'],
    [
      'III.2 study: "tháng 10 hằng năm", read as 31/10',
      'unit_october_study',
      'Tháng 10 hằng năm; hạn giả định',
    ],
  ])('milestone when, %s', (_name, id, text) => {
    expect(rowTexts(`ms:${id}`, COL.due)).toContain(text);
  });

  it('never says "Quý IV hằng năm" nor "Năm 2022" for a unit milestone', () => {
    const texts = t.spec.cells.flatMap((c) => (c.value && 'text' in c.value ? [c.value.text] : []));
    expect(texts.filter((s) => /Quý IV hằng năm|^Năm 2022/.test(s))).toEqual([]);
  });
});

describe('printing: the signature block is kept with the last rows of the table (36-HD/VPTW)', () => {
  const rowOf = (spec: SheetSpec, text: string): number =>
    Number(
      spec.cells
        .find((c) => c.value !== null && 'text' in c.value && c.value.text === text)
        ?.address.replace(/^[A-Z]+/, ''),
    );
  it.each([
    ['a unit handling TTHC', 2025, tthcUnit],
    ['a unit without TTHC', 2025, plainUnit],
    ['a grassroots cell', 2025, cellUnit],
    ['a unit handling TTHC', 2021, tthcUnit],
  ] as const)('%s, %s: "Nơi nhận:", "BÍ THƯ" and table rows share the last page', (_case, year, unit) => {
    const spec = buildReportTemplate(deAn04, settings, unit, year);
    const model = pageModel(spec);
    const breaks = spec.print.rowBreaks ?? [];
    const from = Math.min(...breaks, rowOf(spec, 'Nơi nhận:'));
    // From the break (or the footer) to the end: one page, whatever the renderer's page height.
    expect(keptWhole(model, breaks, from, model.lastRow)).toBe(true);
    expect(keptWhole(model, breaks, rowOf(spec, 'Nơi nhận:'), rowOf(spec, 'BÍ THƯ'))).toBe(true);
    // The repeated header prints over rows of its table: the last page starts above the table's end.
    if (pageStarts(model, breaks).length > 1) {
      expect(spec.print.repeatRows).toBe('15:16');
      expect(from).toBeLessThan(rowOf(spec, 'IV'));
    }
  });
});
