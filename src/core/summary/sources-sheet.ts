import type { AcceptedReport, Consolidation, SourceRow } from '../consolidate/consolidate-types';
import { SOURCE_VERDICT_LABELS } from '../consolidate/verdicts';
import type { Plan } from '../plan/plan-types';
import type { Settings } from '../settings/settings-types';
import type { CellStyle, SheetSpec } from '../sheet/sheet-spec';
import { COLORS } from '../template/report-template';
import { SheetBuilder, lineHeight } from '../template/sheet-builder';
import { a1 } from '../template/template-keys';
import { formatDate } from '../text';
import type { Lang, Text } from '../types';
import { GREY, SUMMARY_FONT } from './consolidated-sheet';
import { targetColumns } from './target-columns';
import type { TargetColumn } from './target-columns';
import { heightOf, linesOf } from '../template/text-fit';

/**
 * "Nguồn": where every number came from. Part I lists each source (file, sheet, unit as written
 * and as matched, template version, report date, when it was imported, verdict, findings) with
 * its reason on the line under it. Part II makes every consolidated value traceable: one row per
 * accepted report, one column per target code, and in each cell the address of the cell the
 * value was read from (two addresses, part / whole, for a ratio).
 */

const SMALL = 10;
const BOX: CellStyle = { border: true, vAlign: 'middle', wrap: true, size: SMALL };
const CENTER: CellStyle = { ...BOX, hAlign: 'center' };
const HEAD: CellStyle = { ...CENTER, bold: true, fill: COLORS.header };
const FIXED = [5, 24, 14, 28];
const ITEM_W = 7.5;

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
  sha256: { vi: ' SHA-256 của tệp: ', en: ' SHA-256 of the file: ' },
  part1: { vi: 'I. CÁC TRANG BÁO CÁO ĐÃ NHẬP', en: 'I. REPORT SHEETS IMPORTED' },
  part2: { vi: 'II. Ô DỮ LIỆU CỦA TỪNG GIÁ TRỊ TỔNG HỢP', en: 'II. THE CELL OF EACH CONSOLIDATED VALUE' },
  tt: { vi: 'TT', en: 'No.' },
  file: { vi: 'Tệp', en: 'File' },
  sheetName: { vi: 'Trang tính', en: 'Sheet' },
  written: { vi: 'Đơn vị (ghi trong báo cáo)', en: 'Unit (as written)' },
  code: { vi: 'Mã', en: 'Code' },
  listed: { vi: 'Đơn vị (trong danh sách)', en: 'Unit (in the list)' },
  year: { vi: 'Năm', en: 'Year' },
  version: { vi: 'Phiên bản mẫu', en: 'Template version' },
  reportDate: { vi: 'Ngày báo cáo', en: 'Report date' },
  importedAt: { vi: 'Thời điểm nhập', en: 'Imported at' },
  verdict: { vi: 'Kết quả', en: 'Verdict' },
  findings: { vi: 'Số phát hiện (lỗi / cảnh báo)', en: 'Findings (errors / warnings)' },
  reason: { vi: 'Lý do: ', en: 'Reason: ' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
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

/** The note above part II, with a worked example from the first accepted report. */
export function traceNote(c: Consolidation, targets: TargetColumn[], lang: Lang): string {
  const vi = lang === 'vi';
  const general = vi
    ? 'Giá trị của mục X cho một đơn vị trong biểu tổng hợp được đọc từ ô ghi ở giao của dòng đơn vị đó với cột X, trên trang tính và trong tệp ghi ở đầu dòng; mục tỷ lệ ghi hai ô: số đạt / tổng số.'
    : "A unit's value of item X in the consolidated table was read from the cell at the crossing of the unit's row and column X, on the sheet and in the file named at the start of the row; a ratio item shows two cells: part / whole.";
  const first = c.accepted[0];
  const t = targets.find((x) => first && cellsOf(first, x.itemId) !== '');
  if (!first || !t) return general;
  const src = c.sources[first.sourceIndex];
  const cell = cellsOf(first, t.itemId);
  return vi
    ? `${general} Ví dụ: mục ${t.code} của “${first.unit.name}” lấy từ ô ${cell}, trang “${first.report.source.sheet}”, tệp “${src?.file ?? ''}”.`
    : `${general} Example: item ${t.code} of "${first.unit.name}" comes from cell ${cell}, sheet "${first.report.source.sheet}", file "${src?.file ?? ''}".`;
}

export function sourcesSheet(c: Consolidation, plan: Plan, settings: Settings, lang: Lang): SheetSpec {
  const targets = targetColumns(plan, settings);
  const first = FIXED.length + 1;
  const last = Math.max(FIXED.length + targets.length, FIXED.length + 15);
  const widths = [...FIXED, ...Array.from({ length: last - FIXED.length }, () => ITEM_W)];
  const full = widths.reduce((s, x) => s + x, 0);
  const width = (from: number, to: number): number => widths.slice(from - 1, to).reduce((s, x) => s + x, 0);
  const b = new SheetBuilder();
  let row = 1;
  const para = (text: string, style: CellStyle): void => {
    const size = style.size ?? 12;
    b.merge(row, 1, row, last, { text }, { wrap: true, vAlign: 'top', ...style });
    b.height(row, heightOf(text, full, size, style.bold));
    row++;
  };
  para(T.title(c.year)[lang], { bold: true, size: 14, hAlign: 'center' });
  para(T.imported(formatImportedAt(c.importedAt, lang))[lang], { italic: true, hAlign: 'center' });
  const fp = c.verification;
  para(T.fingerprint(fp.fingerprint, fp.files.length)[lang], { italic: true, size: SMALL, hAlign: 'center' });
  row++;

  // Part I: the item columns are grouped in fixed spans so both parts share one grid.
  para(T.part1[lang], { bold: true });
  const span = (n: number, k: number): [number, number] => {
    const from = first + n;
    return [from, Math.min(last, from + k - 1)];
  };
  const fields: [number, number, Text][] = [
    [1, 1, T.tt],
    [2, 2, T.file],
    [3, 3, T.sheetName],
    [4, 4, T.written],
    [...span(0, 1), T.code],
    [...span(1, 3), T.listed],
    [...span(4, 1), T.year],
    [...span(5, 1), T.version],
    [...span(6, 2), T.reportDate],
    [...span(8, 2), T.importedAt],
    [...span(10, 3), T.verdict],
    [span(13, 1)[0], last, T.findings],
  ];
  let headLines = 1;
  for (const [c1, c2, text] of fields) {
    b.span(row, c1, c2, { text: text[lang] }, HEAD);
    headLines = Math.max(headLines, linesOf(text[lang], width(c1, c2), SMALL, true));
  }
  b.height(row, lineHeight(headLines, SMALL));
  row++;
  const importedAt = formatImportedAt(c.importedAt, lang);
  c.sources.forEach((s: SourceRow, i) => {
    const errors = s.findings.filter((f) => f.severity === 'error').length;
    const warnings = s.findings.filter((f) => f.severity === 'warning').length;
    const counted =
      s.verdict === 'accepted' || s.verdict === 'accepted-with-findings' || s.verdict === 'old-template';
    const verdictStyle: CellStyle = counted
      ? { fill: COLORS.green.fill, color: COLORS.green.font }
      : s.verdict === 'other-year'
        ? { fill: GREY.fill }
        : { fill: COLORS.red.fill, color: COLORS.red.font };
    const values: [number, number, string | number | null, CellStyle][] = [
      [1, 1, i + 1, CENTER],
      [2, 2, s.file, BOX],
      [3, 3, s.sheet ?? '', BOX],
      [4, 4, s.writtenName ?? '', BOX],
      [...span(0, 1), s.writtenCode ?? '', CENTER],
      [...span(1, 3), s.unit?.name ?? '', BOX],
      [...span(4, 1), s.year ?? null, CENTER],
      [...span(5, 1), s.templateVersion ?? null, CENTER],
      [...span(6, 2), s.reportDate ? formatDate(s.reportDate, lang) : '', CENTER],
      [...span(8, 2), importedAt, CENTER],
      [...span(10, 3), SOURCE_VERDICT_LABELS[s.verdict][lang], { ...CENTER, ...verdictStyle }],
      [span(13, 1)[0], last, `${s.findings.length} (${errors} / ${warnings})`, CENTER],
    ];
    let lines = 1;
    for (const [c1, c2, v, style] of values) {
      const text = v === null ? '' : String(v);
      b.span(row, c1, c2, v === null ? null : typeof v === 'number' ? { number: v } : { text }, style);
      lines = Math.max(lines, linesOf(text, width(c1, c2), SMALL));
    }
    b.height(row, lineHeight(lines, SMALL));
    row++;
    const reason = T.reason[lang] + s.reason[lang] + (s.sha256 ? T.sha256[lang] + s.sha256 : '');
    b.put(row, 1, null, BOX);
    b.span(row, 2, last, { text: reason }, { ...BOX, italic: true, vAlign: 'top' });
    b.height(row, heightOf(reason, width(2, last), SMALL));
    row++;
  });
  row++;

  // Part II: unit x item -> cell.
  para(T.part2[lang], { bold: true });
  para(traceNote(c, targets, lang), { italic: true, size: 11 });
  const head2: [number, Text | string][] = [
    [1, T.tt],
    [2, T.file],
    [3, T.sheetName],
    [4, T.unit],
    ...targets.map((t, i): [number, string] => [first + i, t.code]),
  ];
  for (const [col, text] of head2)
    b.put(row, col, { text: typeof text === 'string' ? text : text[lang] }, HEAD);
  b.height(row, lineHeight(1, SMALL));
  const headRow = row;
  row++;
  if (c.accepted.length === 0) para(T.none[lang], { italic: true, size: 11 });
  c.accepted.forEach((a, i) => {
    const s = c.sources[a.sourceIndex];
    b.put(row, 1, { number: i + 1 }, CENTER);
    b.put(row, 2, { text: s?.file ?? a.report.source.file ?? '' }, BOX);
    b.put(row, 3, { text: a.report.source.sheet }, BOX);
    b.put(row, 4, { text: a.unit.name }, BOX);
    let lines = Math.max(
      linesOf(s?.file ?? '', widths[1] ?? 24, SMALL),
      linesOf(a.unit.name, widths[3] ?? 28, SMALL),
    );
    targets.forEach((t, k) => {
      const cell = cellsOf(a, t.itemId);
      lines = Math.max(lines, linesOf(cell, ITEM_W, SMALL));
      b.put(row, first + k, { text: cell }, CENTER);
    });
    b.height(row, lineHeight(lines, SMALL));
    row++;
  });
  const lastRow = row - 1;

  return b.build({
    name: T.sheet[lang],
    font: { ...SUMMARY_FONT },
    columns: widths.map((w) => ({ width: w })),
    names: {},
    ...(c.accepted.length > 0
      ? { autoFilter: `${a1(headRow, 1)}:${a1(lastRow, first + targets.length - 1)}` }
      : {}),
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      area: `A1:${a1(lastRow, last)}`,
      margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4 },
      centerHorizontally: true,
    },
    tabColor: '7F7F7F',
  });
}
