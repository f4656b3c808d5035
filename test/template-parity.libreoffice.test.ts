/**
 * The sheet agrees with the core (issue 12, section 4). Every input form the core accepts is
 * written into report templates, Vietnamese and English (many forms per sheet, all sheets in
 * one file, so LibreOffice runs once); LibreOffice computes the Đánh giá and milestone formulas (the file is written
 * WITHOUT cached results, so every value it shows is its own); then:
 * - each form is read as docs/template-format.md says: the reading of the template's formulas
 *   (sheetReading) and the core's (parseValue) are the table's two columns;
 * - every formula result LibreOffice computed equals the result the writer caches (so a file
 *   nobody recalculates shows what Excel would);
 * - the core's verdict and milestone status equal LibreOffice's, except where the core warns
 *   with VALUE.NORMALISED on the cell (the forms the formulas cannot read), and only there.
 * Skipped with a warning when `soffice` is missing; failed on CI.
 */
import { appliesToUnit } from '../src/core/settings/applies-to-unit';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { milestoneStatuses } from '../src/core/milestones/milestone-status';
import type { ItemVerdict } from '../src/core/validate/validate-types';
import type { ValueKind } from '../src/core/plan/plan-types';
import type { ParsedValue, RawCell, RawSheet, UnitReport } from '../src/core/report/report-types';
import type { Unit } from '../src/core/settings/settings-types';
import type { SheetSpec, SpecCell } from '../src/core/sheet/sheet-spec';
import type { Finding, Lang } from '../src/core/types';
import { LIST_WORDS, parseReport } from '../src/core/template/parse-report';
import { STATUS_WORDS, VERDICT_WORDS, buildReportTemplate } from '../src/core/template/report-template';
import type { FillValue, ReportFill, ReportFillEntry } from '../src/core/template/report-template';
import {
  COL,
  cellAt,
  denKey,
  keyedAddress,
  locateKeys,
  milestoneKey,
  numKey,
  parseA1,
} from '../src/core/template/template-keys';
import type { SheetKeys } from '../src/core/template/template-keys';
import { parseValue, sheetReading } from '../src/core/text';
import { validateReport } from '../src/core/validate/validate-report';
import { defaultSettings } from '../src/plans/de-an-04/default-settings';
import { deAn04 } from '../src/plans/de-an-04/plan';
import { readXlsx } from './xlsx/read-xlsx';
import { writeXlsx } from '../src/xlsx/write-xlsx';
import { hasProgram, xlsxThroughLibreOffice } from './consolidation/libreoffice';

// --- The input forms (docs/template-format.md, "The sheet and the core") ------------------------

/**
 * One input form: what is typed (value, and for a ratio its whole; for a date form, the date
 * column of a yes/no or count item answered "Có"/1), and how the formulas (`sheet`) and the core
 * (`core`) read it: 'blank', 'na', 'yes', 'no', 'invalid', 'n:<number>', 'd:<iso>'; a ratio as
 * "<part>|<whole>".
 */
interface Form {
  kind: 'yesno' | 'count' | 'percent' | 'ratio' | 'date';
  label: string;
  value?: FillValue;
  den?: FillValue;
  date?: FillValue;
  valueFmt?: string;
  valueAsBoolean?: boolean;
  /** The item to type it into, when the form needs one (default: any item of its kind). */
  item?: string;
  sheet: string;
  core: string;
}

const yesno = (
  label: string,
  value: FillValue,
  sheet: string,
  core: string,
  more: Partial<Form> = {},
): Form => ({
  kind: 'yesno',
  label,
  value,
  sheet,
  core,
  ...more,
});
const count = (
  label: string,
  value: FillValue,
  sheet: string,
  core: string,
  more: Partial<Form> = {},
): Form => ({
  kind: 'count',
  label,
  value,
  sheet,
  core,
  ...more,
});
const percent = (
  label: string,
  value: FillValue,
  sheet: string,
  core: string,
  more: Partial<Form> = {},
): Form => ({
  kind: 'percent',
  label,
  value,
  sheet,
  core,
  ...more,
});
const ratio = (label: string, value: FillValue, den: FillValue, sheet: string, core: string): Form => ({
  kind: 'ratio',
  label,
  value,
  den,
  sheet,
  core,
});
const dated = (
  label: string,
  date: FillValue,
  sheet: string,
  core: string,
  more: Partial<Form> = {},
): Form => ({
  kind: 'date',
  label,
  date,
  sheet,
  core,
  ...more,
});

const FORMS: Form[] = [
  // Yes/no: the list's words in either language, any case, spaces around, are the sheet's too.
  yesno('Có', 'Có', 'yes', 'yes'),
  yesno('có (lower case)', 'có', 'yes', 'yes'),
  yesno('CÓ (capitals)', 'CÓ', 'yes', 'yes'),
  yesno('“  Có  ” (spaces)', '  Có  ', 'yes', 'yes'),
  yesno('Yes', 'Yes', 'yes', 'yes'),
  yesno('Không', 'Không', 'no', 'no'),
  yesno('KHÔNG', 'KHÔNG', 'no', 'no'),
  yesno('No', 'No', 'no', 'no'),
  yesno('Không áp dụng', 'Không áp dụng', 'na', 'na'),
  yesno('không áp dụng', 'không áp dụng', 'na', 'na'),
  yesno('Not applicable', 'Not applicable', 'na', 'na'),
  yesno('blank', null, 'blank', 'blank'),
  yesno('spaces only', '   ', 'blank', 'blank'),
  yesno('abc', 'abc', 'invalid', 'invalid'),
  // ... other spellings the core reads, with a warning on the cell.
  yesno('x', 'x', 'invalid', 'yes'),
  yesno('X', 'X', 'invalid', 'yes'),
  yesno('Đã', 'Đã', 'invalid', 'yes'),
  yesno('Đã hoàn thành', 'Đã hoàn thành', 'invalid', 'yes'),
  yesno('co (no diacritics)', 'co', 'invalid', 'yes'),
  yesno('✓', '✓', 'invalid', 'yes'),
  yesno('text 1', '1', 'invalid', 'yes'),
  yesno('text TRUE', 'TRUE', 'invalid', 'yes'),
  yesno('number 1', 1, 'invalid', 'yes'),
  yesno('number 0', 0, 'invalid', 'no'),
  yesno('TRUE cell (yes/no)', true, 'invalid', 'yes', { valueAsBoolean: true }),
  yesno('FALSE cell (yes/no)', false, 'invalid', 'no', { valueAsBoolean: true }),
  yesno('Chưa', 'Chưa', 'invalid', 'no'),
  yesno('khong (no diacritics)', 'khong', 'invalid', 'no'),
  yesno('Không có', 'Không có', 'invalid', 'no'),
  yesno('KAD', 'KAD', 'invalid', 'na'),
  yesno('N/A', 'N/A', 'invalid', 'na'),
  yesno('khong ap dung', 'khong ap dung', 'invalid', 'na'),
  yesno('no-break space only', '\u00a0', 'invalid', 'blank'),
  yesno('Có decomposed (NFD)', 'Có'.normalize('NFD'), 'invalid', 'yes'),
  yesno('Có in TCVN3 (Cã)', 'Cã', 'invalid', 'yes'),
  // Counts: whole numbers as stored; the core also reads text numbers.
  count('2', 2, 'n:2', 'n:2'),
  count('0', 0, 'n:0', 'n:0'),
  count('1', 1, 'n:1', 'n:1'),
  count('-1', -1, 'n:-1', 'n:-1'),
  count('1.5', 1.5, 'invalid', 'invalid'),
  count('2 in a %-formatted cell', 2, 'n:2', 'n:2', { valueFmt: '0%' }),
  count('a date in the cell', 45731, 'n:45731', 'n:45731', { valueFmt: 'dd/mm/yyyy' }),
  count('Không áp dụng', 'Không áp dụng', 'na', 'na'),
  count('blank', null, 'blank', 'blank'),
  count('spaces only', '  ', 'blank', 'blank'),
  count('abc', 'abc', 'invalid', 'invalid'),
  count('text 1,5', '1,5', 'invalid', 'invalid'),
  count('TRUE cell (count)', true, 'invalid', 'invalid'),
  count('text 2', '2', 'invalid', 'n:2'),
  count('text “ 2 ”', ' 2 ', 'invalid', 'n:2'),
  count('02 mô hình', '02 mô hình', 'invalid', 'n:2'),
  count('text 1.234', '1.234', 'invalid', 'n:1234'),
  count('KAD', 'KAD', 'invalid', 'na'),
  // Percents 0-100 as stored.
  percent('95.5', 95.5, 'n:95.5', 'n:95.5'),
  percent('90 (boundary: above 90 needed)', 90, 'n:90', 'n:90'),
  percent('90.1', 90.1, 'n:90.1', 'n:90.1'),
  percent('100', 100, 'n:100', 'n:100'),
  percent('0', 0, 'n:0', 'n:0'),
  percent('101', 101, 'n:101', 'n:101'),
  percent('-1', -1, 'n:-1', 'n:-1'),
  percent('Không áp dụng', 'Không áp dụng', 'na', 'na'),
  percent('blank', null, 'blank', 'blank'),
  percent('abc', 'abc', 'invalid', 'invalid'),
  percent('TRUE cell (percent)', true, 'invalid', 'invalid'),
  percent('95,5% typed (0.955 in a 0.0% cell)', 0.955, 'n:0.955', 'n:95.5', { valueFmt: '0.0%' }),
  percent('100% typed (1 in a 0% cell)', 1, 'n:1', 'n:100', { valueFmt: '0%' }),
  percent('text 95,5', '95,5', 'invalid', 'n:95.5'),
  percent('text 95.5', '95.5', 'invalid', 'n:95.5'),
  percent('text 95,5%', '95,5%', 'invalid', 'n:95.5'),
  percent('KAD', 'KAD', 'invalid', 'na'),
  // Ratios: two whole counts; a part above its whole and a whole of 0 are invalid.
  ratio('98/100', 98, 100, 'n:98|n:100', 'n:98|n:100'),
  ratio('97/100', 97, 100, 'n:97|n:100', 'n:97|n:100'),
  ratio('49/50 (98% exactly)', 49, 50, 'n:49|n:50', 'n:49|n:50'),
  ratio('1184/1203', 1184, 1203, 'n:1184|n:1203', 'n:1184|n:1203'),
  ratio('100/100', 100, 100, 'n:100|n:100', 'n:100|n:100'),
  ratio('101/100 (part above whole)', 101, 100, 'n:101|n:100', 'n:101|n:100'),
  ratio('0/0', 0, 0, 'n:0|n:0', 'n:0|n:0'),
  ratio('5/0', 5, 0, 'n:5|n:0', 'n:5|n:0'),
  ratio('0/10', 0, 10, 'n:0|n:10', 'n:0|n:10'),
  ratio('-1/10', -1, 10, 'n:-1|n:10', 'n:-1|n:10'),
  ratio('1.5/10', 1.5, 10, 'invalid|n:10', 'invalid|n:10'),
  ratio('98/abc', 98, 'abc', 'n:98|invalid', 'n:98|invalid'),
  ratio('98/blank', 98, null, 'n:98|blank', 'n:98|blank'),
  ratio('blank/100', null, 100, 'blank|n:100', 'blank|n:100'),
  ratio('blank/blank', null, null, 'blank|blank', 'blank|blank'),
  ratio('Không áp dụng/blank', 'Không áp dụng', null, 'na|blank', 'na|blank'),
  ratio('Không áp dụng/Không áp dụng', 'Không áp dụng', 'Không áp dụng', 'na|na', 'na|na'),
  ratio('text 98/text 100', '98', '100', 'invalid|invalid', 'n:98|n:100'),
  ratio('KAD/blank', 'KAD', null, 'invalid|blank', 'na|blank'),
  // Completion dates (the milestone columns), on items answered "Có" or 1.
  dated('a date', '2025-03-15', 'd:2025-03-15', 'd:2025-03-15'),
  dated('a date serial in the date cell', 45731, 'd:2025-03-15', 'd:2025-03-15'),
  dated('blank (the report date stands in)', null, 'blank', 'blank'),
  dated('spaces only', '  ', 'blank', 'blank'),
  dated('abc', 'abc', 'invalid', 'invalid'),
  dated('before the scheme (01/05/2021)', '2021-05-01', 'd:2021-05-01', 'd:2021-05-01'),
  dated('in an earlier year (01/06/2024)', '2024-06-01', 'd:2024-06-01', 'd:2024-06-01'),
  dated('after today (31/12/2099)', '2099-12-31', 'd:2099-12-31', 'd:2099-12-31'),
  dated('text 15/03/2025', '15/03/2025', 'invalid', 'd:2025-03-15'),
  dated('text ngày 15 tháng 3 năm 2025', 'ngày 15 tháng 3 năm 2025', 'invalid', 'd:2025-03-15'),
  dated('a date with the answer “x”', '2025-03-15', 'd:2025-03-15', 'd:2025-03-15', {
    value: 'x',
    item: 'ii1_plan',
  }),
  dated('a date with the answer text “1”', '2025-03-15', 'd:2025-03-15', 'd:2025-03-15', {
    value: '1',
    item: 'ii6_review',
  }),
];

// --- Where each form goes -------------------------------------------------------------------------

const settings = defaultSettings(todayIso());
const unit = settings.units.find((u) => u.resolvesTthc && u.publishesTthc && u.isDepartment) as Unit;
const YEAR = 2025;
const REPORT_DATE = '2025-12-10';

/** Today as LibreOffice's TODAY() sees it (local time), for the milestone statuses. */
function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Items a form of each kind may take: date forms go to items with a milestone on their date. */
function slotsOf(kind: Form['kind']): string[] {
  const withMilestone = new Set(
    deAn04.milestones.flatMap((m) => (m.doneBy.kind === 'item-date' ? [m.doneBy.itemId] : [])),
  );
  const items = deAn04.items.filter((i) => appliesToUnit(i, unit));
  if (kind === 'date')
    return items
      .filter((i) => withMilestone.has(i.id) && (i.kind === 'yesno' || i.kind === 'count'))
      .map((i) => i.id);
  return items.filter((i) => i.kind === kind && !withMilestone.has(i.id)).map((i) => i.id);
}

interface Placed {
  form: Form;
  sheet: number;
  itemId: string;
}

/** Each form in the first sheet with a free item of its kind (or the item it names). */
function place(forms: Form[]): Placed[] {
  const used = new Set<string>();
  return forms.map((form) => {
    const slots = form.item ? [form.item] : slotsOf(form.kind);
    if (slots.length === 0) throw new Error(`no item of kind ${form.kind}`);
    for (let sheet = 0; ; sheet++) {
      const itemId = slots.find((id) => !used.has(`${sheet}:${id}`));
      if (itemId === undefined) continue;
      used.add(`${sheet}:${itemId}`);
      return { form, sheet, itemId };
    }
  });
}

function fillEntry(form: Form, itemKind: ValueKind): ReportFillEntry {
  const answer: FillValue = itemKind === 'yesno' ? 'Có' : 1;
  return {
    ...(form.kind === 'date'
      ? { value: form.value ?? answer, date: form.date ?? null }
      : { value: form.value ?? null }),
    ...(form.den !== undefined ? { den: form.den } : {}),
    ...(form.valueFmt !== undefined ? { valueFmt: form.valueFmt } : {}),
    ...(form.valueAsBoolean ? { valueAsBoolean: true } : {}),
  };
}

const placed = place(FORMS);
const sheetCount = Math.max(...placed.map((p) => p.sheet)) + 1;
/** Both languages of the template: its formulas accept either language's words. */
const LANGS: Lang[] = ['vi', 'en'];
const sheetName = (lang: Lang, i: number) => (lang === 'vi' ? `Mẫu ${i + 1}` : `Form ${i + 1}`);

function specs(omitResults: boolean): SheetSpec[] {
  return LANGS.flatMap((lang) =>
    Array.from({ length: sheetCount }, (_, i) => {
      const values: Record<string, ReportFillEntry> = {};
      for (const p of placed.filter((x) => x.sheet === i)) {
        const item = deAn04.items.find((x) => x.id === p.itemId);
        values[p.itemId] = fillEntry(p.form, item?.kind ?? 'count');
      }
      const fill: ReportFill = { reportDate: REPORT_DATE, values };
      return {
        ...buildReportTemplate(deAn04, settings, unit, YEAR, { fill, omitResults, lang }),
        name: sheetName(lang, i),
      };
    }),
  );
}

// --- Readings -------------------------------------------------------------------------------------

function shown(v: ParsedValue): string {
  switch (v.kind) {
    case 'not-applicable':
      return 'na';
    case 'number':
      return `n:${v.n}`;
    case 'date':
      return `d:${v.iso}`;
    default:
      return v.kind;
  }
}

/** The cells a form was typed into, and the kind each is read as. */
function inputCells(keys: SheetKeys, p: Placed): [string, ValueKind][] {
  const at = (row: string, col: string) => keyedAddress(keys, row, col) ?? '';
  if (p.form.kind === 'ratio')
    return [
      [at(numKey(p.itemId), COL.value), 'ratio'],
      [at(denKey(p.itemId), COL.value), 'ratio'],
    ];
  if (p.form.kind === 'date') return [[at(p.itemId, COL.date), 'date']];
  return [[at(p.itemId, COL.value), p.form.kind]];
}

/** Every cell of the item a form went into: its value (or parts) and its date. */
function itemCells(keys: SheetKeys, itemId: string): string[] {
  return [itemId, numKey(itemId), denKey(itemId)].flatMap((row) =>
    [COL.value, COL.date].flatMap((col) => keyedAddress(keys, row, col) ?? []),
  );
}

function cellOf(sheet: RawSheet, address: string): RawCell | undefined {
  const p = parseA1(address);
  return p ? cellAt(sheet, p.row, p.col) : undefined;
}

/** A formula's value as read back: '' for an empty result. */
const valueOf = (c: RawCell | undefined): string | number | boolean => c?.v ?? '';

if (!hasProgram('soffice')) {
  if (process.env.CI) {
    it('needs LibreOffice (soffice) on CI', () => {
      throw new Error('soffice is not installed: install LibreOffice for the interop tests');
    });
  } else {
    console.warn('LibreOffice (soffice) not found: skipping the template parity tests');
  }
}

interface Sheet {
  lang: Lang;
  /** The sheet's number among the sheets of its language (Placed.sheet). */
  index: number;
  name: string;
  written: RawSheet;
  calculated: RawSheet;
  cached: SpecCell[];
  keys: SheetKeys;
  report: UnitReport;
  verdicts: Record<string, ItemVerdict>;
  /** What the core says about the sheet: the reader's findings and the rules'. */
  findings: Finding[];
}

(hasProgram('soffice') ? describe : describe.skip)('the template in LibreOffice agrees with the core', () => {
  let dir: string;
  const sheets: Sheet[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'baocao-parity-'));
    const file = join(dir, 'forms.xlsx');
    writeFileSync(file, await writeXlsx(specs(true)));
    const out = join(dir, 'out');
    mkdirSync(out);
    const converted = xlsxThroughLibreOffice(file, dir, out);
    const [written, calculated] = await Promise.all(
      [file, converted].map(async (f) => {
        const read = await readXlsx(new Uint8Array(readFileSync(f)), f);
        if (!read.ok) throw new Error(JSON.stringify(read.error));
        return read.value;
      }),
    );
    const cached = specs(false);
    for (const [n, lang] of LANGS.flatMap((l) =>
      Array.from({ length: sheetCount }, (_, i) => [i, l] as const),
    )) {
      const name = sheetName(lang, n);
      const w = written?.sheets.find((s) => s.name === name);
      const c = calculated?.sheets.find((s) => s.name === name);
      const keys = w && locateKeys(w);
      const spec = cached.find((x) => x.name === name);
      if (!w || !c || !keys || !spec) throw new Error(`sheet ${name} lost`);
      const parsed = parseReport(w, deAn04, settings, { file: 'forms.xlsx' });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
      const check = validateReport(parsed.value, deAn04, settings, unit);
      sheets.push({
        lang,
        index: n,
        name,
        written: w,
        calculated: c,
        cached: spec.cells,
        keys,
        report: parsed.value,
        verdicts: check.verdicts,
        findings: [...parsed.value.readFindings, ...check.findings],
      });
    }
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const at = (p: Placed, lang: Lang): Sheet =>
    sheets.find((s) => s.lang === lang && s.index === p.sheet) as Sheet;
  const cases = LANGS.flatMap((lang) => placed.map((p) => [lang, p.form.kind, p.form.label, p] as const));
  const normalisedAt = (s: Sheet, cells: string[]) =>
    s.report.readFindings.filter((f) => f.code === 'VALUE.NORMALISED' && cells.includes(f.cell ?? ''));

  it.each(cases)(
    '%s %s %s: read as the table says, and the core warns exactly where the readings differ',
    (lang, _kind, _label, p) => {
      const s = at(p, lang);
      const cells = inputCells(s.keys, p);
      const read = (f: typeof parseValue) =>
        cells.map(([a, k]) => shown(f(cellOf(s.written, a), k))).join('|');
      expect({ sheet: read((c, k) => sheetReading(c, k, LIST_WORDS)), core: read(parseValue) }).toEqual({
        sheet: p.form.sheet,
        core: p.form.core,
      });
      const differing = cells.filter(([a, k]) => {
        const c = cellOf(s.written, a);
        return (
          shown(sheetReading(c, k, LIST_WORDS)) !== shown(parseValue(c, k)) &&
          parseValue(c, k).kind !== 'invalid'
        );
      });
      expect(
        normalisedAt(
          s,
          cells.map(([a]) => a),
        ).map((f) => f.cell),
      ).toEqual(differing.map(([a]) => a));
    },
  );

  it.each(cases)(
    '%s %s %s: LibreOffice shows the core verdict (or the core warns on the cell)',
    (lang, _kind, _label, p) => {
      const s = at(p, lang);
      const address = keyedAddress(s.keys, p.itemId, COL.verdict) ?? '';
      const lo = valueOf(cellOf(s.calculated, address));
      const core = VERDICT_WORDS[s.verdicts[p.itemId] ?? 'not-entered'][lang];
      const warned = normalisedAt(s, itemCells(s.keys, p.itemId)).length > 0;
      expect(
        lo === core || warned ? 'agree' : `LibreOffice ${JSON.stringify(lo)}, core ${JSON.stringify(core)}`,
      ).toBe('agree');
    },
  );

  it.each(cases.filter(([, kind]) => kind === 'date'))(
    '%s %s %s: LibreOffice shows the core milestone status (or the core warns on the item)',
    (lang, _kind, _label, p) => {
      const s = at(p, lang);
      const rows = milestoneStatuses(deAn04, settings, {
        kind: 'unit',
        unit,
        reportsByYear: { [YEAR]: s.report },
      });
      const linked = deAn04.milestones.filter(
        (m) => m.doneBy.kind === 'item-date' && m.doneBy.itemId === p.itemId,
      );
      expect(linked.length).toBeGreaterThan(0);
      const warned = normalisedAt(s, itemCells(s.keys, p.itemId)).length > 0;
      for (const m of linked) {
        const row = rows.find((r) => r.milestoneId === m.id && (r.year === undefined || r.year === YEAR));
        const address = keyedAddress(s.keys, milestoneKey(m.id), COL.status) ?? '';
        const lo = valueOf(cellOf(s.calculated, address));
        const core = row ? STATUS_WORDS[row.status][lang] : '';
        expect([
          m.id,
          lo === core || warned ? 'agree' : `LibreOffice ${JSON.stringify(lo)}, core ${JSON.stringify(core)}`,
        ]).toEqual([m.id, 'agree']);
      }
    },
  );

  it('every formula result the writer caches is what LibreOffice computes', () => {
    const differences: string[] = [];
    let compared = 0;
    sheets.forEach((s) => {
      for (const c of s.cached) {
        if (c.value === null || !('formula' in c.value)) continue;
        compared++;
        const cached = c.value.result ?? '';
        const lo = valueOf(cellOf(s.calculated, c.address));
        const same =
          typeof cached === 'number' && typeof lo === 'number' ? Math.abs(cached - lo) < 1e-9 : cached === lo;
        if (!same)
          differences.push(
            `${s.name}!${c.address}: cached ${JSON.stringify(cached)}, LibreOffice ${JSON.stringify(lo)}`,
          );
      }
    });
    expect(compared).toBeGreaterThan(sheets.length * 30);
    expect(differences).toEqual([]);
  });

  it("docs/template-format.md names every form read with a warning, and its findings are the core's", () => {
    const doc = readFileSync(join(__dirname, '..', 'docs', 'template-format.md'), 'utf8');
    const section = doc.slice(
      doc.indexOf('## The sheet and the core'),
      doc.indexOf('## Why hidden key cells'),
    );
    const rows = section.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.length).toBeGreaterThan(20);
    const codesAt = (p: Placed) => {
      const s = at(p, 'vi');
      const cells = itemCells(s.keys, p.itemId);
      return new Set(s.findings.filter((f) => cells.includes(f.cell ?? '')).map((f) => f.code));
    };
    const named = new Set<string>();
    const wrong: string[] = [];
    for (const row of rows) {
      const [form = '', , , findings = ''] = row.split('|').slice(1);
      const labels = [...form.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
      const codes = [...findings.matchAll(/`([A-Z]+\.[A-Z_]+)`/g)].map((m) => m[1] as string);
      for (const label of labels) {
        const forms = placed.filter((p) => p.form.label === label);
        if (forms.length === 0) wrong.push(`${label}: no such form in the test`);
        for (const p of forms) {
          named.add(label);
          const found = codesAt(p);
          for (const code of codes) if (!found.has(code)) wrong.push(`${label}: no ${code}`);
          if (found.has('VALUE.NORMALISED') && !codes.includes('VALUE.NORMALISED'))
            wrong.push(`${label}: VALUE.NORMALISED not documented`);
        }
      }
    }
    for (const p of placed)
      if (codesAt(p).has('VALUE.NORMALISED') && !named.has(p.form.label))
        wrong.push(`${p.form.label} (${p.form.kind}): read with a warning, missing from the doc`);
    expect(wrong).toEqual([]);
  });

  it('places every form of the table', () => {
    expect(placed).toHaveLength(FORMS.length);
    expect(new Set(placed.map((p) => `${p.sheet}:${p.itemId}`)).size).toBe(FORMS.length);
  });
});
