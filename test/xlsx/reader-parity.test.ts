/**
 * Reader parity (issue 14): the file reader (readWorkbookFile: inspectFile, then scanWorkbook)
 * gives the same RawWorkbook as the exceljs reader it replaced (test/xlsx/exceljs-reference.ts)
 * for every fixture in test/fixtures and for every sheet spec the project writes. Where exceljs
 * was wrong, the difference is stated in its own test below, with the reason.
 */
import type { RawWorkbook } from '../../src/core/report/report-types';
import type { ReadLimits } from '../../src/core/settings/settings-types';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import { reportBatch } from '../../bench/report-batch';
import { listBadFixtures } from '../bad-input/fixtures';
import { aSheetSpec, editPart, editZip } from '../bad-input/file-tools';
import { readWithExceljs } from './exceljs-reference';
import { PROJECT_SPECS } from './project-specs';

const b = reportBatch(70);
const LIMITS: ReadLimits = { ...b.settings.limits, maxSheets: 1000 };

/** JSON's view of a workbook (what the core and the consolidation JSON see). */
const plain = (w: RawWorkbook): unknown => JSON.parse(JSON.stringify(w));

async function both(bytes: Uint8Array, name: string): Promise<{ mine: RawWorkbook; reference: RawWorkbook }> {
  const mine = await readWorkbookFile(bytes, name, LIMITS);
  if (!mine.ok) throw new Error(`${name}: ${mine.error.map((f) => f.message.en).join(' / ')}`);
  const reference = await readWithExceljs(bytes, name, LIMITS);
  if (!reference.ok) throw new Error(`${name} (exceljs): ${reference.error.map((f) => f.code).join(', ')}`);
  return { mine: mine.value, reference: reference.value };
}

describe('parity with exceljs: the fixtures', () => {
  const fixtures = listBadFixtures();
  let compared = 0;
  afterAll(() => {
    // Every fixture a workbook is read from is compared (the others are refused before reading).
    expect(compared).toBeGreaterThanOrEqual(24);
  });
  it.each(fixtures.map((f) => [f.file, f] as const))('%s', async (_file, f) => {
    const mine = await readWorkbookFile(f.bytes(), f.file, LIMITS);
    if (!mine.ok) {
      // Refused by the file checks: bad-fixtures.test.ts checks the verdict; a report was not expected.
      expect(f.readable).toBe(false);
      return;
    }
    const reference = await readWithExceljs(f.bytes(), f.file, LIMITS);
    expect(reference.ok && plain(reference.value)).toEqual(plain(mine.value));
    compared++;
  });
});

describe('parity with exceljs: every sheet spec the project writes (writeXlsx, then both readers)', () => {
  it.each(PROJECT_SPECS)('%s', async (_name, specs) => {
    const bytes = await writeXlsx(specs(), { created: '2025-12-10' });
    const { mine, reference } = await both(bytes, 'spec.xlsx');
    expect(plain(mine)).toEqual(plain(reference));
    expect(mine.sheets.length).toBeGreaterThan(0);
  });
});

describe('where exceljs was wrong', () => {
  /** A workbook of two sheets whose xl/workbook.xml gets the given defined names. */
  async function withNames(definedNames: string): Promise<Uint8Array> {
    const bytes = await writeXlsx([aSheetSpec('Mot'), aSheetSpec('Hai')]);
    return editZip(bytes, (f) =>
      editPart(f, 'xl/workbook.xml', (x) =>
        x.replace(
          /<definedNames>[\s\S]*?<\/definedNames>|(?=<calcPr)/,
          `<definedNames>${definedNames}</definedNames>`,
        ),
      ),
    );
  }

  it('a name scoped to a sheet wins over a workbook-scoped name spelt alike (exceljs merged them into one)', async () => {
    const bytes = await withNames(
      `<definedName name="Ma">Mot!$A$1</definedName>` +
        `<definedName name="Ma" localSheetId="0">Mot!$B$2</definedName>` +
        `<definedName name="Ma" localSheetId="1">'Hai'!$C$3:$D$4</definedName>`,
    );
    const { mine, reference } = await both(bytes, 'names.xlsx');
    expect(mine.sheets.map((s) => [s.name, s.names])).toEqual([
      ['Mot', { Ma: 'B2' }],
      ['Hai', { Ma: 'C3:D4' }],
    ]);
    // exceljs kept one set of cells per name, whatever its scope: the sheet's own name was lost.
    expect(reference.sheets[0]?.names).not.toEqual({ Ma: 'B2' });
  });

  it('a name over the whole grid or a whole column is kept as its text (exceljs expanded it cell by cell, or dropped it)', async () => {
    const bytes = await withNames(
      `<definedName name="Luoi">Mot!$A$1:$XFD$1048576</definedName>` +
        `<definedName name="Cot">Mot!$A:$A</definedName>`,
    );
    const mine = await readWorkbookFile(bytes, 'grid.xlsx', LIMITS);
    // A whole column ('$A:$A') is not one area of cells on the grid: it is not a cell address,
    // so it is left out, as exceljs left it out.
    expect(mine.ok && mine.value.sheets[0]?.names).toEqual({ Luoi: 'A1:XFD1048576' });
  });

  it('a sheet name over 31 characters is read whole (exceljs cut it to 31, then failed on the file)', async () => {
    const long = 'Báo cáo năm 2025 của Văn phòng UBND'; // 35 characters
    const bytes = editZip(await writeXlsx([aSheetSpec('Ngắn')]), (f) =>
      editPart(f, 'xl/workbook.xml', (x) => x.replace('name="Ngắn"', `name="${long}"`)),
    );
    const mine = await readWorkbookFile(bytes, 'long-name.xlsx', LIMITS);
    expect(mine.ok && mine.value.sheets.map((s) => s.name)).toEqual([long]);
    const reference = await readWithExceljs(bytes, 'long-name.xlsx', LIMITS);
    expect(reference.ok && reference.value.sheets.map((s) => s.name)).not.toEqual([long]);
  });
});
