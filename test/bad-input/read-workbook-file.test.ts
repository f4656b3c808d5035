import type { Plan } from '../../src/core/plan/plan-types';
import type { Settings } from '../../src/core/settings/settings-types';
import { readFileIntake } from '../read-file-intake';
import { reportSources } from '../../src/core/intake/intake';
import type { After } from '../../src/xlsx/read-workbook-file';
import { editPart, editZip } from './file-tools';
import { fixtureContext, validReportBytes } from './valid-report';

/** The one entry point: time limit, findings instead of exceptions, sources per report sheet. */

const ctx = fixtureContext();
let valid: Uint8Array;
beforeAll(async () => {
  valid = await validReportBytes();
});

describe('readWorkbookFile and the intake', () => {
  it('reads a valid report: one source named after its sheet, no file findings', async () => {
    const result = await readFileIntake(valid, 'DV001.xlsx', { ...ctx, modified: '2025-12-11' });
    expect(result.file).toBe('DV001.xlsx');
    expect(result.findings).toEqual([]);
    expect(reportSources(result).map((s) => s.sheet)).toEqual(['Báo cáo 2025']);
    const report = reportSources(result)[0]?.read;
    expect(report?.ok && report.value.source).toEqual({
      file: 'DV001.xlsx',
      sheet: 'Báo cáo 2025',
      // The workbook's own last-saved date (10/12), not the file system's (11/12).
      modified: '2025-12-10',
    });
    expect(report?.ok && report.value.stamp).toEqual({
      planId: 'de-an-04',
      templateVersion: 2,
      unitCode: 'DV001',
      year: 2025,
    });
  });

  it('gives up waiting after settings.limits.maxMillisPerFile with FILE.TIMEOUT', async () => {
    const asked: number[] = [];
    const fireNow: After = (ms, fn) => {
      asked.push(ms);
      queueMicrotask(fn);
      return () => undefined;
    };
    const result = await readFileIntake(valid, 'slow.xlsx', { ...ctx, after: fireNow });
    expect(asked).toEqual([ctx.settings.limits.maxMillisPerFile]);
    expect(reportSources(result)).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(['FILE.TIMEOUT']);
    expect(result.findings[0]?.message.vi).toContain('10 giây');
  });

  it('cancels the timer when the read finishes first', async () => {
    let cancelled = false;
    const never: After = () => () => {
      cancelled = true;
    };
    const result = await readFileIntake(valid, 'a.xlsx', { ...ctx, after: never });
    expect(reportSources(result)).toHaveLength(1);
    expect(cancelled).toBe(true);
  });

  it('turns broken XML into FILE.DAMAGED naming the sheet (a cell never closed)', async () => {
    const broken = editZip(valid, (f) =>
      editPart(f, 'xl/worksheets/sheet1.xml', (x) =>
        x.replace('</sheetData>', '<row r="99"><c r="A99"><v>1</v></row></sheetData>'),
      ),
    );
    const result = await readFileIntake(broken, 'broken.xlsx', ctx);
    expect(reportSources(result)).toEqual([]);
    expect(result.findings.map((f) => [f.code, f.file])).toEqual([['FILE.DAMAGED', 'broken.xlsx']]);
    expect(result.findings[0]?.message.en).toContain('sheet “Báo cáo 2025”');
  });

  it.each([
    ['bytes that are not bytes', () => [null as unknown as Uint8Array, ctx] as const],
    ['settings without limits', () => [valid, { ...ctx, settings: {} as Settings }] as const],
  ])('never throws: %s -> FILE.UNREADABLE with the reason', async (_name, args) => {
    const [bytes, context] = args();
    const result = await readFileIntake(bytes, 'x.xlsx', context);
    expect(reportSources(result)).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(['FILE.UNREADABLE']);
    expect(result.findings[0]?.message.en).toMatch(/technical detail: internal error: .+/);
  });

  it('keeps the other sheets when parsing one sheet throws (a bug), naming the sheet', async () => {
    const brokenPlan = { ...ctx.plan, items: null } as unknown as Plan;
    const result = await readFileIntake(valid, 'x.xlsx', { ...ctx, plan: brokenPlan });
    expect(reportSources(result).map((s) => [s.sheet, s.read.ok])).toEqual([['Báo cáo 2025', false]]);
    const error = reportSources(result)[0]?.read;
    expect(error && !error.ok && error.error.map((f) => [f.code, f.sheet])).toEqual([
      ['FILE.UNREADABLE', 'Báo cáo 2025'],
    ]);
  });
});
