import {
  BROKEN_FILE,
  PLAN,
  REPORTS,
  YEAR,
  batchConsolidation,
} from '../../../test/consolidation/batch-fixture';
import { targetColumns } from './target-columns';
import { cellLayouts, cellsOf, commonFolder, formatImportedAt, sourcesSheet } from './sources-sheet';
import type { Consolidation } from '../consolidate/consolidate-types';

const { c, settings } = batchConsolidation();
const spec = sourcesSheet(c, PLAN, settings, 'vi');
const texts = spec.cells.flatMap((x) => (x.value && 'text' in x.value ? [x.value.text] : []));
const rowOfText = (text: string): number => {
  const cell = spec.cells.find((x) => x.value && 'text' in x.value && x.value.text === text);
  return Number(cell?.address.replace(/^[A-Z]+/, ''));
};
const at = (address: string) => spec.cells.find((x) => x.address === address)?.value;
const textAt = (address: string): string => {
  const v = at(address);
  return v && 'text' in v ? v.text : '';
};
const printedLastRow = Number(spec.print.area?.replace(/^.*[A-Z]+/, ''));

describe('sourcesSheet', () => {
  it('lists every source of the year consolidated, and the broken file, inside the print area', () => {
    const thisYear = REPORTS.filter((r) => r.year === YEAR).map((r) => r.file);
    for (const f of [...thisYear, BROKEN_FILE]) {
      expect(texts).toContain(f);
      expect(rowOfText(f)).toBeLessThanOrEqual(printedLastRow);
    }
    expect(texts).toEqual(
      expect.arrayContaining(['Trùng lặp', 'Mẫu cũ', 'Bị từ chối', 'Đơn vị không có trong danh sách']),
    );
    const row = rowOfText('so-noi-vu-2025-ban-nhap.xlsx');
    expect(textAt(`L${row}`)).toMatch(/^Trùng lặp: /);
    expect(texts).toContain('Nhập lúc 20/01/2026 08:30.');
  });

  it("keeps other years' files below the print area and sums them up in one line per year", () => {
    const others = REPORTS.filter((r) => r.year !== YEAR);
    expect(others.length).toBeGreaterThan(0);
    for (const r of others) expect(rowOfText(r.file)).toBeGreaterThan(printedLastRow);
    for (const year of new Set(others.map((r) => r.year))) {
      const line = texts.find((t) => t.startsWith(`– Năm ${year} (dùng cho xu hướng): `));
      expect(line).toBeDefined();
      expect(rowOfText(line ?? '')).toBeLessThanOrEqual(printedLastRow);
    }
  });

  it('traces each consolidated value to its file, sheet and cell, through the cell layout', () => {
    const first = c.accepted[0];
    if (!first) throw new Error('no accepted report');
    const file = c.sources[first.sourceIndex]?.file ?? '';
    const row = rowOfText(file);
    expect(textAt(`C${row}`)).toBe(first.report.source.sheet);
    expect(textAt(`E${row}`)).toBe(first.unit.name);
    const key = textAt(`K${row}`);
    const layoutRow = spec.cells.find(
      (x) => x.address.startsWith('A') && x.value && 'text' in x.value && x.value.text === key,
    );
    const line = textAt(`B${layoutRow?.address.slice(1)}`);
    const e = first.report.entries.ii3_ontime;
    expect(line).toContain(`1.1: ${first.report.entries.ii1_plan?.cell};`);
    expect(line).toContain(`3.1: ${e?.cell} / ${e?.denCell}`);
    expect(
      texts.some((t) =>
        t.includes(
          `mục 1.1 của “${first.unit.name}” (bố cục ${key}) lấy từ ô ${first.report.entries.ii1_plan?.cell}`,
        ),
      ),
    ).toBe(true);
  });

  it('groups reports with the same cells into one layout, and tells a moved cell apart', () => {
    const targets = targetColumns(PLAN, settings);
    // Reports that carry every item share one layout; those that leave items out another.
    const base = cellLayouts(c, targets);
    expect(base).toHaveLength(2);
    expect(base.reduce((n, l) => n + l.sources.length, 0)).toBe(c.accepted.length);
    // The same batch with one report's first value read from another cell: a second layout.
    const moved: Consolidation = {
      ...c,
      accepted: c.accepted.map((a, i) =>
        i === 1
          ? {
              ...a,
              report: {
                ...a.report,
                entries: {
                  ...a.report.entries,
                  ii1_plan: {
                    ...(a.report.entries.ii1_plan as NonNullable<(typeof a.report.entries)[string]>),
                    cell: 'Z99',
                  },
                },
              },
            }
          : a,
      ),
    };
    const layouts = cellLayouts(moved, targets);
    expect(layouts.map((l) => l.key)).toEqual(['A', 'B', 'C']);
    expect(layouts.find((l) => l.sources.includes(c.accepted[1]?.sourceIndex ?? -1))?.cells[0]).toEqual({
      code: '1.1',
      cell: 'Z99',
    });
  });

  it("keeps each file's SHA-256 right of the print area and prints the batch fingerprint in the head", () => {
    const hashes = c.sources.map((_, i) => i.toString(16).padStart(2, '0').repeat(32));
    const hashed: Consolidation = { ...c, sources: c.sources.map((s, i) => ({ ...s, sha256: hashes[i] })) };
    const sheet = sourcesSheet(hashed, PLAN, settings, 'vi');
    const cellText = (address: string): string => {
      const v = sheet.cells.find((x) => x.address === address)?.value;
      return v && 'text' in v ? v.text : '';
    };
    const areaLastColumn = sheet.print.area?.replace(/^A1:([A-Z]+)\d+$/, '$1');
    expect(areaLastColumn).toBe('L');
    const head = sheet.cells.find(
      (x) => x.value && 'text' in x.value && x.value.text === 'SHA-256 của tệp (không in)',
    );
    expect(head?.address).toMatch(/^M\d+$/);
    const row = Number(
      sheet.cells
        .find((x) => x.value && 'text' in x.value && x.value.text === 'so-noi-vu-2025-ban-nhap.xlsx')
        ?.address.slice(1),
    );
    const index = c.sources.findIndex((s) => s.file.endsWith('so-noi-vu-2025-ban-nhap.xlsx'));
    expect(cellText(`M${row}`)).toBe(hashes[index]);
    const fingerprint = sheet.cells.find(
      (x) => x.value && 'text' in x.value && x.value.text.startsWith('Dấu vân tay'),
    );
    expect(fingerprint && 'text' in fingerprint.value! ? fingerprint.value.text : '').toContain(
      c.verification.fingerprint,
    );
  });

  it('merges no cells in the rows of a source (the writer checks every merge against all others)', () => {
    const sourceRows = new Set(c.sources.map((s) => rowOfText(s.file)));
    const merged = spec.merges.map((m) => Number(m.replace(/^[A-Z]+/, '').replace(/:.*$/, '')));
    expect(merged.filter((r) => sourceRows.has(r))).toEqual([]);
  });

  it.each([
    [['/a/b/x.xlsx', '/a/b/y.xlsx'], '/a/b/'],
    [['/a/b/x.xlsx', '/a/c/y.xlsx'], ''],
    [['C:\\bc\\x.xlsx', 'C:\\bc\\y.xlsx'], 'C:\\bc\\'],
    [['x.xlsx'], ''],
  ])('prints the one folder of %j once, above the list: %j', (files, folder) => {
    expect(commonFolder(files)).toBe(folder);
  });

  it('formats the import time and the cells of a ratio', () => {
    expect(formatImportedAt('2026-01-20T08:30:00+07:00', 'vi')).toBe('20/01/2026 08:30');
    expect(formatImportedAt('2026-01-20', 'vi')).toBe('20/01/2026');
    expect(formatImportedAt('hôm nay', 'vi')).toBe('hôm nay');
    const a = c.accepted[0];
    if (a) expect(cellsOf(a, 'không-có')).toBe('');
  });

  it('is named "Nguồn" ("Sources" in English), prints landscape and repeats the list head', () => {
    expect(spec.name).toBe('Nguồn');
    expect(sourcesSheet(c, PLAN, settings, 'en').name).toBe('Sources');
    const head = Number(spec.print.repeatRows?.split(':')[0]);
    expect(textAt(`B${head}`)).toBe('Tệp');
    expect(spec.print.orientation).toBe('landscape');
  });
});
