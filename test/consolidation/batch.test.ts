/**
 * The consolidation end to end, with real files: report templates filled and written as .xlsx
 * (buildReportTemplate + writeXlsx) into a temp folder with a broken file, read back the way the
 * front doors read them (readWorkbookFile: byte checks, readXlsx; then the intake: parseReport), consolidated, and
 * the sheets written and read back. The totals are checked against a recomputation from the
 * values the test typed, and the source files must be byte-identical afterwards.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { consolidate } from '../../src/core/consolidate/consolidate';
import type { Consolidation, SourceInput } from '../../src/core/consolidate/consolidate-types';
import type { Unit } from '../../src/core/settings/settings-types';
import { buildConsolidated } from '../../src/core/summary/consolidated-sheet';
import { consolidationSheets } from '../../src/core/summary/consolidation-sheets';
import { reminders } from '../../src/core/summary/reminder-list';
import { buildReportTemplate } from '../../src/core/template/report-template';
import { readFileIntake } from '../read-file-intake';
import { readXlsx } from '../xlsx/read-xlsx';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import {
  BROKEN_FILE,
  EXPECTED_NOT_REPORTED,
  IMPORTED_AT,
  PLAN,
  REPORTS,
  YEAR,
  batchSettings,
  expectedTotals,
  flags,
  valuesOf,
} from './batch-fixture';

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('consolidating a folder of .xlsx files', () => {
  const settings = batchSettings();
  let dir = '';
  let before: Record<string, string> = {};
  let c: Consolidation;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'baocao-batch-'));
    for (const r of REPORTS) {
      // The template is stamped for the unit as the sender knew it: its code and name then.
      const unit: Unit = {
        code: r.stampCode,
        name: r.writtenName,
        kind: r.kind,
        ...flags(r.handlesTthc),
        aliases: [],
      };
      const spec = buildReportTemplate(PLAN, settings, unit, r.year, {
        templateVersion: r.templateVersion,
        fill: { unitName: r.writtenName, reportDate: r.reportDate, values: valuesOf(r) },
      });
      writeFileSync(join(dir, r.file), await writeXlsx([spec], { created: r.reportDate }));
    }
    writeFileSync(join(dir, BROKEN_FILE), randomBytes(4096));
    before = Object.fromEntries(readdirSync(dir).map((f) => [f, sha256(join(dir, f))]));

    const sources: SourceInput[] = [];
    for (const file of [...REPORTS.map((r) => r.file), BROKEN_FILE]) {
      const read = await readFileIntake(new Uint8Array(readFileSync(join(dir, file))), file, {
        plan: PLAN,
        settings,
      });
      sources.push(...read.sources);
    }
    c = consolidate({ plan: PLAN, settings, year: YEAR, sources, importedAt: IMPORTED_AT });
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads one source per file, in order', () => {
    expect(c.sources.map((s) => s.file)).toEqual([...REPORTS.map((r) => r.file), BROKEN_FILE]);
  });

  it.each(REPORTS.map((r, i) => [r.file, r.expected, i] as const))('%s -> %s', (_file, expected, i) => {
    expect(c.sources[i]?.verdict).toBe(expected);
  });

  it('rejects the broken file with a file finding', () => {
    const row = c.sources[REPORTS.length];
    expect(row).toMatchObject({ file: BROKEN_FILE, verdict: 'rejected', rejectReason: 'unreadable' });
    expect(row?.findings[0]?.code).toMatch(/^FILE\./);
  });

  it('counts each report for the unit it belongs to (alias, merger), and finds who did not report', () => {
    REPORTS.forEach((r, i) => {
      if (r.countsFor)
        expect({ file: r.file, unit: c.sources[i]?.unit?.code }).toEqual({ file: r.file, unit: r.countsFor });
    });
    expect(c.notReported.map((n) => n.code).sort()).toEqual(EXPECTED_NOT_REPORTED);
  });

  it('totals equal a recomputation from the values written into the files', () => {
    const expected = expectedTotals();
    for (const a of c.aggregates)
      expect({
        id: a.itemId,
        meeting: a.meeting,
        applicable: a.applicable,
        reported: a.reported,
        missing: a.missing,
      }).toEqual({
        id: a.itemId,
        ...expected[a.itemId],
      });
  });

  it('writes the five sheets; the totals read back from the file as formulas with their results', async () => {
    const specs = consolidationSheets(c, PLAN, settings, 'vi');
    expect(specs.map((s) => s.name)).toEqual([
      `Tổng hợp ${YEAR}`,
      `Tóm tắt ${YEAR}`,
      'Xu hướng',
      'Nguồn',
      'Đôn đốc báo cáo',
    ]);
    const out = join(dir, 'tong-hop.xlsx');
    writeFileSync(out, await writeXlsx(specs, { created: '2026-01-20' }));
    const wb = await readXlsx(new Uint8Array(readFileSync(out)), 'tong-hop.xlsx');
    if (!wb.ok) throw new Error(wb.error.map((f) => f.code).join());
    const sheet = wb.value.sheets.find((s) => s.name === `Tổng hợp ${YEAR}`);
    const { layout } = buildConsolidated(c, PLAN, settings, 'vi');
    const expected = expectedTotals();
    for (const [itemId, col] of Object.entries(layout.columns)) {
      const meeting = sheet?.rows[layout.totals.meeting - 1]?.[col - 1];
      const applicable = sheet?.rows[layout.totals.applicable - 1]?.[col - 1];
      expect(meeting?.formula).toMatch(/^COUNTIF\(/);
      const missing = sheet?.rows[layout.totals.missing - 1]?.[col - 1];
      const {
        meeting: m,
        applicable: n,
        missing: k,
      } = expected[itemId] as { meeting: number; applicable: number; missing: number };
      expect({ itemId, meeting: meeting?.v, applicable: applicable?.v, missing: missing?.v }).toEqual({
        itemId,
        meeting: m,
        applicable: n,
        missing: k,
      });
    }
    rmSync(out);
  });

  it('writes the reminder list: every unit, line and cell read back from the file, its header printed on every A4 page', async () => {
    const bytes = await writeXlsx(consolidationSheets(c, PLAN, settings, 'vi'), { created: '2026-01-20' });
    const wb = await readXlsx(bytes, 'tong-hop.xlsx');
    if (!wb.ok) throw new Error(wb.error.map((f) => f.code).join());
    const sheet = wb.value.sheets.find((s) => s.name === 'Đôn đốc báo cáo');
    const texts = (sheet?.rows ?? []).flat().map((x) => x?.v);
    const list = reminders(c);
    expect(list.map((r) => r.unit?.code)).toEqual(expect.arrayContaining(EXPECTED_NOT_REPORTED));
    for (const r of list) {
      if (r.unit) expect(texts).toContain(`${r.unit.name} (${r.unit.code})`);
      for (const l of r.lines) {
        expect(texts).toContain(l.what.vi);
        for (const where of [l.cell, l.sheet, l.file]) if (where) expect(texts).toContain(where);
      }
    }
    const book = new Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const setup = book.getWorksheet('Đôn đốc báo cáo')?.pageSetup;
    expect(setup).toMatchObject({ orientation: 'portrait', paperSize: 9, fitToWidth: 1 });
    expect(setup?.printTitlesRow).toMatch(/^\d+:\d+$/);
  });

  it('leaves every source file byte-identical', () => {
    const after = Object.fromEntries(readdirSync(dir).map((f) => [f, sha256(join(dir, f))]));
    expect(after).toEqual(before);
  });
});
