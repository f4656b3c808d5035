/**
 * One intake, one judgement (issue 12): the same batch (a sample with duplicates, renamed and
 * merged units, an old template and the bloc data file) consolidated by the CLI from files and,
 * inside Excel, from the sheets of the open workbook (the Excel double, through the task pane's
 * port and the core's intake) gives the same consolidation JSON. Only where each report came from
 * differs: a file name in one, a sheet of "Sổ đang mở" in the other, so the location fields (and
 * the sentences quoting them) are set aside; every verdict, count, target, unit, milestone and
 * trend point must be equal. The same comparison against file mode runs in Chromium
 * (test/browser/taskpane-flows.browser.test.ts).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consolidate } from '../../src/core/consolidate/consolidate';
import { isStampedSheet, sourcesOfWorkbook } from '../../src/core/intake/intake';
import { parseSettings } from '../../src/core/settings/settings-schema';
import { consolidationJson } from '../../src/core/summary/consolidation-json';
import { deAn04 } from '../../src/plans/de-an-04/plan';
import { defaultSettings } from '../../src/plans/de-an-04/default-settings';
import { excelPort } from '../../src/taskpane/services/excel-port';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { fakeSheet } from '../../bench/excel-syncs';
import { runCli } from '../cli/run-cli';
import { ExcelDouble } from './excel-double';

const AS_OF = '2026-01-05';
const YEAR = 2025;

type Json = Record<string, unknown>;

/** A source without where it came from: its file, sheet, file date and the sentences naming them. */
function located(json: Json): Json {
  const sources = (json.sources as Json[]).map((s) => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the located fields are what is set aside
    const { file, sheet, modified, sha256, reason, findings, ...rest } = s;
    return {
      ...rest,
      findings: (findings as Json[]).map(({ code, severity, cell, itemId }) => ({
        code,
        severity,
        cell,
        itemId,
      })),
    };
  });
  // The record lists files (their bytes' hashes) or sheets (their values' hashes): where each
  // report came from. The plan, the year and the settings it names are the same.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the located fields are what is set aside
  const { files, fingerprint, ...verification } = json.verification as Json;
  return { ...json, importedAt: undefined, sources, verification };
}

describe('the CLI and the open workbook in Excel give the same consolidation', () => {
  let dir: string;
  let cliJson: Json;
  let excelJson: Json;
  let excelSyncs = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'baocao-doors-'));
    const sample = await runCli(
      ['sample', '--units', '12', '--years', '2024-2025', '--seed', '3', '-o', 'sample'],
      dir,
    );
    expect(sample.code).toBe(0);
    const folder = join(dir, 'sample');
    const cli = await runCli(
      [
        'consolidate',
        '.',
        '--year',
        String(YEAR),
        '--config',
        'baocao.config.json',
        '--as-of',
        AS_OF,
        '-o',
        join(dir, 'th.xlsx'),
        '--json',
        join(dir, 'th.json'),
      ],
      folder,
    );
    expect(cli.code).toBe(0);
    cliJson = JSON.parse(readFileSync(join(dir, 'th.json'), 'utf8')) as Json;

    // The same files' sheets, pasted into one open workbook (sheet names made unique).
    const settingsRead = parseSettings(
      JSON.parse(readFileSync(join(folder, 'baocao.config.json'), 'utf8')),
      defaultSettings(AS_OF),
    );
    if (!settingsRead.ok) throw new Error(JSON.stringify(settingsRead.error));
    const settings = { ...settingsRead.value, asOf: AS_OF };
    const files = readdirSync(folder)
      .filter((f) => f.endsWith('.xlsx'))
      .sort();
    const sheets = [];
    for (const [i, f] of files.entries()) {
      const read = await readWorkbookFile(new Uint8Array(readFileSync(join(folder, f))), f, settings.limits);
      if (!read.ok) throw new Error(`${f}: ${JSON.stringify(read.error)}`);
      for (const s of read.value.sheets)
        sheets.push(fakeSheet({ ...s, name: `${i + 1} ${s.name}`.slice(0, 31) }));
    }
    const double = new ExcelDouble({ profile: 'web', sheets });
    const port = excelPort({ excel: double.run, features: double.features });
    const read = await port.excel!.read({ select: isStampedSheet });
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    excelSyncs = double.syncCount;
    const intake = sourcesOfWorkbook(read.value, deAn04, settings, { name: 'Sổ đang mở' });
    const c = consolidate({
      plan: deAn04,
      settings,
      year: YEAR,
      sources: intake.sources,
      blocInputs: intake.blocInputs,
      importedAt: '',
    });
    excelJson = consolidationJson(c, deAn04, settings) as unknown as Json;
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads a batch worth comparing: reports of both years, duplicates and the bloc data', () => {
    const verdicts = new Set((cliJson.sources as Json[]).map((s) => s.verdict));
    expect([...verdicts]).toEqual(expect.arrayContaining(['accepted', 'duplicate', 'other-year']));
    expect((cliJson.indicators as Json[]).some((i) => i.rank !== null)).toBe(true);
    expect(excelSyncs).toBeGreaterThan(0);
  });

  it('gives the same JSON, but for where each report came from', () => {
    expect(located(excelJson)).toEqual(located(cliJson));
  });
});
