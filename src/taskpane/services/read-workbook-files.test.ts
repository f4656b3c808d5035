import { buildReportTemplate } from '../../core/template/report-template';
import { deAn04 } from '../../plans/de-an-04/plan';
import { defaultSettings } from '../../plans/de-an-04/default-settings';
import { writeXlsx } from '../../xlsx/write-xlsx';
import { buildBlocTemplate } from '../../core/template/bloc-template';
import { consolidate } from '../../core/consolidate/consolidate';
import { consolidationSheets } from '../../core/summary/consolidation-sheets';
import { readWorkbookFiles, type FileProgress, type PickedFile } from './read-workbook-files';

const settings = defaultSettings('2025-11-20');

const picked = (name: string, bytes: Uint8Array): PickedFile => ({
  name,
  size: bytes.length,
  lastModified: Date.UTC(2025, 10, 5, 12),
  arrayBuffer: async () => bytes.slice().buffer,
});

async function reportFile(code: string): Promise<PickedFile> {
  const unit = settings.units.find((u) => u.code === code)!;
  const bytes = await writeXlsx([buildReportTemplate(deAn04, settings, unit, 2025)], {
    created: '2025-11-03',
  });
  return picked(`BC-2025-${code}.xlsx`, bytes);
}

describe('readWorkbookFiles', () => {
  it('reads each file in turn, a bad file as one rejected source, reporting progress', async () => {
    const files = [
      await reportFile('DV001'),
      picked('ghi-chu.txt', new TextEncoder().encode('không phải Excel')),
    ];
    const progress: FileProgress[] = [];
    const intakes = await readWorkbookFiles(
      files,
      { plan: deAn04, settings },
      { onProgress: (p) => progress.push(p) },
    );
    const sources = intakes.flatMap((i) => i.sources);
    expect(progress).toEqual([
      { index: 0, state: 'reading' },
      { index: 0, state: 'read', reports: 1 },
      { index: 1, state: 'reading' },
      { index: 1, state: 'failed', reports: 0 },
    ]);
    expect(sources.map((s) => [s.file, s.read.ok])).toEqual([
      ['BC-2025-DV001.xlsx', true],
      ['ghi-chu.txt', false],
    ]);
    // The workbook's own last-saved date, before the file system's (05/11).
    expect(sources[0]?.modified).toBe('2025-11-03');
    if (sources[0]?.read.ok) expect(sources[0].read.value.stamp.unitCode).toBe('DV001');
  });

  it('stops before the next file once cancelled; the files not read are marked cancelled', async () => {
    const files = [await reportFile('DV001'), await reportFile('DV002'), await reportFile('DV003')];
    const controller = new AbortController();
    const progress: FileProgress[] = [];
    const intakes = await readWorkbookFiles(
      files,
      { plan: deAn04, settings },
      {
        signal: controller.signal,
        firstIndex: 10,
        onProgress: (p) => {
          progress.push(p);
          if (p.state === 'read') controller.abort();
        },
      },
    );
    expect(intakes.flatMap((i) => i.sources)).toHaveLength(1);
    expect(progress.map((p) => [p.index, p.state])).toEqual([
      [10, 'reading'],
      [10, 'read'],
      [11, 'cancelled'],
      [12, 'cancelled'],
    ]);
  });

  it('takes a bloc data file as bloc inputs, not as a rejected report', async () => {
    const bytes = await writeXlsx([buildBlocTemplate(deAn04, settings, 2025, 'vi')]);
    const [intake] = await readWorkbookFiles([picked('so-lieu-khoi.xlsx', bytes)], {
      plan: deAn04,
      settings,
    });
    expect(intake?.kind).toBe('bloc');
    expect(intake?.sources).toEqual([]);
    expect(intake?.blocInputs.map((b) => b.year)).toContain(2025);
  });

  it('refuses a file over the size limit without asking the browser for its bytes', async () => {
    let asked = false;
    const huge: PickedFile = {
      name: 'qua-lon.xlsx',
      size: settings.limits.maxFileBytes + 1,
      lastModified: 0,
      arrayBuffer: async () => {
        asked = true;
        return new ArrayBuffer(0);
      },
    };
    const [intake] = await readWorkbookFiles([huge], { plan: deAn04, settings });
    expect(asked).toBe(false);
    expect(intake?.findings.map((f) => f.code)).toEqual(['FILE.TOO_LARGE']);
    expect(intake?.sources[0]?.read.ok).toBe(false);
  });

  it("takes this program's own consolidation as read and skipped, with its note (issue 13 §5)", async () => {
    const c = consolidate({ plan: deAn04, settings, year: 2025, sources: [], importedAt: '' });
    const bytes = await writeXlsx(consolidationSheets(c, deAn04, settings, 'vi'));
    const progress: FileProgress[] = [];
    const [intake] = await readWorkbookFiles(
      [picked('tong-hop-2025.xlsx', bytes)],
      { plan: deAn04, settings },
      { onProgress: (p) => progress.push(p) },
    );
    expect(intake?.kind).toBe('own-output');
    expect(intake?.sources).toEqual([]);
    expect(intake?.findings.map((f) => f.code)).toEqual(['FILE.OWN_OUTPUT']);
    expect(progress.at(-1)).toEqual({ index: 0, state: 'read', reports: 0 });
  });
});
