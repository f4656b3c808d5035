import { Workbook } from 'exceljs';
import { reportSources } from '../../src/core/intake/intake';
import { readFileIntake } from '../read-file-intake';
import { fixtureContext, validReportBytes, validReportSpec } from './valid-report';

/**
 * Issue 16 §8: a second report in a hidden or very hidden sheet (which Excel's menu cannot show)
 * is read, and says so: the file reader fills RawSheet.state from the sheet's `state` attribute.
 */

const ctx = fixtureContext();

async function twoReports(state: 'visible' | 'hidden' | 'veryHidden'): Promise<Uint8Array> {
  const spec = validReportSpec();
  const bytes = await validReportBytes([spec, { ...spec, name: 'Bản khác' }]);
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  wb.getWorksheet('Bản khác')!.state = state;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('a report in a hidden sheet', () => {
  it.each([
    ['visible', false],
    ['hidden', true],
    ['veryHidden', true],
  ] as const)('state %s -> read, with a note: %s', async (state, noted) => {
    const intake = await readFileIntake(await twoReports(state), 'hai.xlsx', ctx);
    const sources = reportSources(intake);
    expect(sources.map((s) => s.sheet)).toEqual([validReportSpec().name, 'Bản khác']);
    const second = sources[1]?.read;
    expect(second?.ok).toBe(true);
    const codes = second?.ok ? second.value.readFindings.map((f) => f.code) : [];
    expect(codes.includes('FILE.HIDDEN_REPORT_SHEET')).toBe(noted);
    const first = sources[0]?.read;
    expect(first?.ok && first.value.readFindings.map((f) => f.code)).not.toContain(
      'FILE.HIDDEN_REPORT_SHEET',
    );
  });
});
