import type { AcceptedReport, Consolidation, SourceRow } from '../consolidate/consolidate-types';
import { SOURCE_VERDICT_LABELS, acceptedOpening, isCounted } from '../consolidate/verdicts';
import type { Plan } from '../plan/plan-types';
import type { Settings } from '../settings/settings-types';
import type { CellStyle, SheetSpec } from '../sheet/sheet-spec';
import { COLORS } from '../template/report-template';
import { SheetBuilder, lineHeight } from '../template/sheet-builder';
import { a1, colLetter } from '../template/template-keys';
import { formatDate } from '../text';
import type { Lang, Text } from '../types';
import { GREY, SUMMARY_FONT } from './consolidated-sheet';
import { targetColumns } from './target-columns';
import type { TargetColumn } from './target-columns';
import { heightOf, linesOf } from '../template/text-fit';

/**
 * "Nguồn": where every number came from, printed for the year consolidated only.
 * I. One line per year: how many report sheets were read and what became of them.
 * II. The cells each consolidated value was read from, once per layout of the report sheet
 *     (every report of one template version has the same cells): the layout's key is in the
 *     list of part III, so item X of a unit is traced to file, sheet and cell.
 * III. The report sheets of the year consolidated (and files whose year could not be read), one
 *     row each: file, sheet, unit, template version, report date, verdict, findings, layout and,
 *     when it says more than the verdict, the reason.
 * Below the print area, on screen only: the same list for the other years' files (the trend's).
 * No merged cells in the rows of a source: the file writer checks every merge against every
 * earlier one, and a province's sources made that the slowest step of a consolidation.
 */

const SMALL = 10;
const BOX: CellStyle = { border: true, vAlign: 'middle', wrap: true, size: SMALL };
const CENTER: CellStyle = { ...BOX, hAlign: 'center' };
const HEAD: CellStyle = { ...CENTER, bold: true, fill: COLORS.header };

/** The list's columns, left to right (widths in characters). */
const COLS = {
  tt: 4,
  file: 44,
  sheet: 11,
  code: 7,
  unit: 38,
  year: 5,
  version: 7,
  reportDate: 10,
  verdict: 13,
  findings: 8,
  layout: 7,
  reason: 44,
} as const;
type Col = keyof typeof COLS;
const ORDER = Object.keys(COLS) as Col[];
const col = (k: Col): number => ORDER.indexOf(k) + 1;
const LAST = ORDER.length;
const WIDTHS = ORDER.map((k) => COLS[k]);
const FULL = WIDTHS.reduce((s, x) => s + x, 0);
/**
 * The SHA-256 of each source's file (chốt số liệu): right of the printed columns, so on screen and
 * in the file but outside the print area (64 hex digits would double every printed row).
 */
const HASH_COL = LAST + 1;
const HASH_WIDTH = 66;

const T = {
  sheet: { vi: 'Nguồn', en: 'Sources' },
  title: (year: number): Text => ({
    vi: `NGUỒN DỮ LIỆU CỦA BIỂU TỔNG HỢP NĂM ${year}`,
    en: `SOURCES OF THE ${year} CONSOLIDATED TABLE`,
  }),
  imported: (at: string): Text => ({ vi: `Nhập lúc ${at}.`, en: `Imported at ${at}.` }),
  fingerprint: (fp: string, files: number): Text => ({
    vi: `Dấu vân tay của bộ số liệu (SHA-256 của ${files} tệp và các thiết lập): ${fp}. Đối chiếu bằng lệnh “baocao verify” hoặc nút “Đối chiếu”.`,
    en: `Fingerprint of the batch (SHA-256 of ${files} files and the settings): ${fp}. Check it with "baocao verify" or the "Verify" button.`,
  }),
  sha256: { vi: 'SHA-256 của tệp (không in)', en: 'SHA-256 of the file (not printed)' },
  folder: (dir: string): Text => ({ vi: `Thư mục: ${dir}`, en: `Folder: ${dir}` }),
  part1: { vi: 'I. SỐ TRANG BÁO CÁO ĐÃ ĐỌC THEO NĂM', en: 'I. REPORT SHEETS READ, BY YEAR' },
  part2: { vi: 'II. Ô DỮ LIỆU CỦA TỪNG GIÁ TRỊ TỔNG HỢP', en: 'II. THE CELL OF EACH CONSOLIDATED VALUE' },
  part3: (year: number): Text => ({
    vi: `III. CÁC TRANG BÁO CÁO NĂM ${year} ĐÃ ĐỌC`,
    en: `III. THE ${year} REPORT SHEETS READ`,
  }),
  others: {
    vi: 'IV. CHI TIẾT BÁO CÁO CÁC NĂM KHÁC (không in: ngoài vùng in; dùng cho xu hướng)',
    en: 'IV. THE OTHER YEARS’ REPORTS IN DETAIL (not printed: outside the print area; used for the trend)',
  },
  tt: { vi: 'TT', en: 'No.' },
  file: { vi: 'Tệp', en: 'File' },
  sheetName: { vi: 'Trang tính', en: 'Sheet' },
  code: { vi: 'Mã', en: 'Code' },
  unit: { vi: 'Đơn vị (trong danh sách)', en: 'Unit (in the list)' },
  year: { vi: 'Năm', en: 'Year' },
  version: { vi: 'Phiên bản mẫu', en: 'Template version' },
  reportDate: { vi: 'Ngày báo cáo', en: 'Report date' },
  verdict: { vi: 'Kết quả', en: 'Verdict' },
  findings: { vi: 'Lỗi / cảnh báo', en: 'Errors / warnings' },
  layout: { vi: 'Bố cục ô', en: 'Cell layout' },
  reason: { vi: 'Lý do, ghi chú', en: 'Reason, notes' },
  written: (code: string, name: string): Text => ({
    vi: `(ghi trong báo cáo: ${[code, name].filter(Boolean).join(' – ')})`,
    en: `(as written: ${[code, name].filter(Boolean).join(' – ')})`,
  }),
  none: { vi: 'Chưa có báo cáo nào được nhận.', en: 'No report was accepted.' },
};

/** "20/01/2026 08:30" from an ISO date-time; anything else is shown as given. */
export function formatImportedAt(iso: string, lang: Lang): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(iso);
  if (!m || !m[1]) return iso;
  return m[2] ? `${formatDate(m[1], lang)} ${m[2]}` : formatDate(m[1], lang);
}

/** The cell(s) a consolidated value was read from: "E16", or "E20 / E21" for a ratio. */
export function cellsOf(a: AcceptedReport, itemId: string): string {
  const e = a.report.entries[itemId];
  if (!e) return '';
  return e.denCell ? `${e.cell} / ${e.denCell}` : e.cell;
}

/** One layout of the report sheet: the cell of each target, shared by the reports listed. */
export interface CellLayout {
  key: string;
  /** Target code -> cell(s), in the targets' order; targets the reports do not carry are left out. */
  cells: { code: string; cell: string }[];
  templateVersions: number[];
  /** Source indices of the accepted reports with this layout. */
  sources: number[];
}

/**
 * The accepted reports grouped by the cells their values were read from, keyed "A", "B", … in
 * the order of the list: one line traces every report of a template version.
 */
export function cellLayouts(c: Consolidation, targets: readonly TargetColumn[]): CellLayout[] {
  const byCells = new Map<string, CellLayout>();
  for (const a of c.accepted) {
    const cells = targets.map((t) => ({ code: t.code, cell: cellsOf(a, t.itemId) })).filter((x) => x.cell);
    const id = cells.map((x) => `${x.code}=${x.cell}`).join(';');
    let layout = byCells.get(id);
    if (!layout) {
      layout = { key: colLetter(byCells.size + 1), cells, templateVersions: [], sources: [] };
      byCells.set(id, layout);
    }
    const version = c.sources[a.sourceIndex]?.templateVersion;
    if (version !== undefined && !layout.templateVersions.includes(version))
      layout.templateVersions.push(version);
    layout.sources.push(a.sourceIndex);
  }
  return [...byCells.values()];
}

/** The note above part II, with a worked example from the first accepted report. */
export function traceNote(
  c: Consolidation,
  targets: TargetColumn[],
  layouts: CellLayout[],
  lang: Lang,
): string {
  const vi = lang === 'vi';
  const general = vi
    ? 'Giá trị của mục X cho một đơn vị trong biểu tổng hợp được đọc từ ô ghi cạnh mục X ở dòng có bố cục ô của báo cáo (cột “Bố cục ô” ở mục III), trên trang tính và trong tệp của báo cáo đó; mục tỷ lệ ghi hai ô: số đạt / tổng số.'
    : "A unit's value of item X in the consolidated table was read from the cell written beside X on the line of its report's cell layout (column \"Cell layout\" of part III), on the report's sheet and in its file; a ratio item shows two cells: part / whole.";
  const first = c.accepted[0];
  const t = targets.find((x) => first && cellsOf(first, x.itemId) !== '');
  const layout = layouts.find((l) => first && l.sources.includes(first.sourceIndex));
  if (!first || !t || !layout) return general;
  const src = c.sources[first.sourceIndex];
  const cell = cellsOf(first, t.itemId);
  return vi
    ? `${general} Ví dụ: mục ${t.code} của “${first.unit.name}” (bố cục ${layout.key}) lấy từ ô ${cell}, trang “${first.report.source.sheet}”, tệp “${src?.file ?? ''}”.`
    : `${general} Example: item ${t.code} of "${first.unit.name}" (layout ${layout.key}) comes from cell ${cell}, sheet "${first.report.source.sheet}", file "${src?.file ?? ''}".`;
}

/** The folder every source file is in ('' when they are not all in one): printed once, above. */
export function commonFolder(files: readonly string[]): string {
  const dirs = files.map((f) => {
    const cut = Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\'));
    return cut < 0 ? '' : f.slice(0, cut + 1);
  });
  const first = dirs[0] ?? '';
  return first !== '' && dirs.every((d) => d === first) ? first : '';
}

/** Per year read: sheets, counted (consolidated, or kept for the trend), duplicates, not used. */
interface YearCount {
  year: number | undefined;
  sheets: number;
  used: number;
  duplicate: number;
  left: number;
}

function yearCounts(sources: readonly SourceRow[]): YearCount[] {
  const byYear = new Map<number | undefined, YearCount>();
  for (const s of sources) {
    const k = byYear.get(s.year) ?? { year: s.year, sheets: 0, used: 0, duplicate: 0, left: 0 };
    k.sheets++;
    if (isCounted(s.verdict) || s.verdict === 'other-year') k.used++;
    else if (s.verdict === 'duplicate') k.duplicate++;
    else k.left++;
    byYear.set(s.year, k);
  }
  // The years in order, sheets of no readable year last.
  return [...byYear.values()].sort((x, y) => (x.year ?? Infinity) - (y.year ?? Infinity));
}

function yearLine(k: YearCount, consolidated: number, lang: Lang): string {
  const vi = lang === 'vi';
  const what =
    k.year === undefined
      ? vi
        ? 'Không đọc được năm'
        : 'Year not readable'
      : k.year === consolidated
        ? vi
          ? `Năm ${k.year} (năm tổng hợp)`
          : `${k.year} (the year consolidated)`
        : vi
          ? `Năm ${k.year} (dùng cho xu hướng)`
          : `${k.year} (used for the trend)`;
  const where =
    k.year === undefined || k.year === consolidated
      ? vi
        ? 'chi tiết ở mục III'
        : 'details in part III'
      : vi
        ? 'chi tiết ở mục IV, dưới vùng in'
        : 'details in part IV, below the print area';
  return vi
    ? `${what}: ${k.sheets} trang báo cáo; đã nhận ${k.used}, trùng lặp ${k.duplicate}, không sử dụng được ${k.left} (${where}).`
    : `${what}: ${k.sheets} report sheet(s); accepted ${k.used}, duplicates ${k.duplicate}, not usable ${k.left} (${where}).`;
}

/** The reason without what the verdict and the unit beside it already say. */
function noteOf(s: SourceRow, year: number, lang: Lang): string {
  const reason = s.reason[lang];
  const opening = s.unit ? acceptedOpening(year, s.unit.name, lang) : undefined;
  return opening && s.year === year && reason.startsWith(opening)
    ? reason.slice(opening.length).trim()
    : reason;
}

export function sourcesSheet(c: Consolidation, plan: Plan, settings: Settings, lang: Lang): SheetSpec {
  const targets = targetColumns(plan, settings);
  const layouts = cellLayouts(c, targets);
  const layoutOf = new Map(layouts.flatMap((l) => l.sources.map((i): [number, string] => [i, l.key])));
  const folder = commonFolder(c.sources.map((s) => s.file));
  const b = new SheetBuilder();
  let row = 1;
  const para = (text: string, style: CellStyle, from = 1): void => {
    const size = style.size ?? 12;
    b.merge(row, from, row, LAST, { text }, { wrap: true, vAlign: 'top', ...style });
    b.height(row, heightOf(text, FULL - (from > 1 ? COLS.tt : 0), size, style.bold));
    row++;
  };
  para(T.title(c.year)[lang], { bold: true, size: 14, hAlign: 'center' });
  para(T.imported(formatImportedAt(c.importedAt, lang))[lang], { italic: true, hAlign: 'center' });
  const fp = c.verification;
  para(T.fingerprint(fp.fingerprint, fp.files.length)[lang], { italic: true, size: SMALL, hAlign: 'center' });
  if (folder) para(T.folder(folder)[lang], { italic: true, size: 11, hAlign: 'center' });
  row++;

  para(T.part1[lang], { bold: true });
  for (const k of yearCounts(c.sources)) para(`– ${yearLine(k, c.year, lang)}`, { size: 11 }, 2);
  row++;

  para(T.part2[lang], { bold: true });
  para(traceNote(c, targets, layouts, lang), { italic: true, size: 11 });
  if (layouts.length === 0) para(T.none[lang], { italic: true, size: 11 });
  for (const l of layouts) {
    const versions = l.templateVersions.join(', ');
    const head =
      lang === 'vi'
        ? `Bố cục ${l.key} (mẫu phiên bản ${versions}; ${l.sources.length} báo cáo): `
        : `Layout ${l.key} (template version ${versions}; ${l.sources.length} report(s)): `;
    const text = head + l.cells.map((x) => `${x.code}: ${x.cell}`).join('; ');
    b.put(row, 1, { text: l.key }, { ...CENTER, bold: true });
    b.merge(row, 2, row, LAST, { text }, { ...BOX, vAlign: 'top' });
    b.height(row, heightOf(text, FULL - COLS.tt, SMALL));
    row++;
  }
  row++;

  const printed = c.sources
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.year === undefined || s.year === c.year);
  const others = c.sources
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.year !== undefined && s.year !== c.year);

  const table = (rows: { s: SourceRow; i: number }[]): number => {
    const heads: [Col, Text][] = [
      ['tt', T.tt],
      ['file', T.file],
      ['sheet', T.sheetName],
      ['code', T.code],
      ['unit', T.unit],
      ['year', T.year],
      ['version', T.version],
      ['reportDate', T.reportDate],
      ['verdict', T.verdict],
      ['findings', T.findings],
      ['layout', T.layout],
      ['reason', T.reason],
    ];
    let lines = 1;
    for (const [k, text] of heads) {
      b.put(row, col(k), { text: text[lang] }, HEAD);
      lines = Math.max(lines, linesOf(text[lang], COLS[k], SMALL, true));
    }
    b.put(row, HASH_COL, { text: T.sha256[lang] }, HEAD);
    b.height(row, lineHeight(lines, SMALL));
    const headRow = row++;
    rows.forEach(({ s, i }, n) => sourceRow(s, i, n + 1));
    return headRow;
  };

  const sourceRow = (s: SourceRow, index: number, n: number): void => {
    const errors = s.findings.filter((f) => f.severity === 'error').length;
    const warnings = s.findings.filter((f) => f.severity === 'warning').length;
    const verdictStyle: CellStyle = isCounted(s.verdict)
      ? { fill: COLORS.green.fill, color: COLORS.green.font }
      : s.verdict === 'other-year'
        ? { fill: GREY.fill }
        : { fill: COLORS.red.fill, color: COLORS.red.font };
    const writtenDiffers =
      !s.unit ||
      (s.writtenCode !== undefined && s.writtenCode !== s.unit.code) ||
      (s.writtenName !== undefined && s.writtenName !== s.unit.name);
    const written =
      writtenDiffers && (s.writtenCode || s.writtenName)
        ? T.written(s.writtenCode ?? '', s.writtenName ?? '')[lang]
        : '';
    const unit = [s.unit?.name ?? '', written].filter(Boolean).join(' ');
    const values: [Col, string | number | null, CellStyle][] = [
      ['tt', n, CENTER],
      ['file', folder && s.file.startsWith(folder) ? s.file.slice(folder.length) : s.file, BOX],
      ['sheet', s.sheet ?? '', BOX],
      ['code', s.unit?.code ?? '', CENTER],
      ['unit', unit, BOX],
      ['year', s.year ?? null, CENTER],
      ['version', s.templateVersion ?? null, CENTER],
      ['reportDate', s.reportDate ? formatDate(s.reportDate, lang) : '', CENTER],
      ['verdict', SOURCE_VERDICT_LABELS[s.verdict][lang], { ...CENTER, ...verdictStyle }],
      ['findings', `${errors} / ${warnings}`, CENTER],
      ['layout', layoutOf.get(index) ?? '', CENTER],
      ['reason', noteOf(s, c.year, lang), { ...BOX, vAlign: 'top' }],
    ];
    let lines = 1;
    for (const [k, v, style] of values) {
      const text = v === null ? '' : String(v);
      b.put(row, col(k), v === null ? null : typeof v === 'number' ? { number: v } : { text }, style);
      lines = Math.max(lines, linesOf(text, COLS[k], SMALL));
    }
    b.put(row, HASH_COL, { text: s.sha256 ?? '' }, { ...BOX, wrap: false, size: 9 });
    b.height(row, lineHeight(lines, SMALL));
    row++;
  };

  para(T.part3(c.year)[lang], { bold: true });
  const headRow = table(printed);
  const lastPrinted = row - 1;
  if (others.length > 0) {
    row += 2;
    para(T.others[lang], { bold: true });
    table(others);
  }
  return b.build({
    name: T.sheet[lang],
    font: { ...SUMMARY_FONT },
    columns: [...WIDTHS, HASH_WIDTH].map((w) => ({ width: w })),
    names: {},
    autoFilter: `${a1(headRow, 1)}:${a1(Math.max(headRow, lastPrinted), LAST)}`,
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      repeatRows: `${headRow}:${headRow}`,
      area: `A1:${a1(lastPrinted, LAST)}`,
      margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4 },
      centerHorizontally: true,
    },
    tabColor: '7F7F7F',
  });
}
