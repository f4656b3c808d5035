/**
 * Issue 16 §1, in the browser: a workbook that takes long to parse is read off the page's thread
 * (the task pane's read worker), so the pane answers while it is read and Cancel stops it. The
 * acceptance is "a click on Cancel is handled within 1 s while it is being read": the one timing
 * check allowed, measured in the page (from the click event to the outcome on screen).
 *
 * The heavy files: a sample report with 150,000 numeric cells added to its sheet (about 2 MB, 7 MB
 * of sheet XML), within every bound of the reader (200,000 cells), so each takes the reader about a
 * second even on a fast machine (the bounded reader makes no file slow: a heavier one is refused).
 * Four of them in a row keep the worker busy for seconds; Cancel is clicked while one is read, and
 * the test follows whichever it was.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { editPart, editZip } from '../bad-input/file-tools';
import {
  sampleReports,
  describeInBrowser,
  ensureBuild,
  startHarness,
  type BrowserHarness,
} from './browser-harness';

const HEAVY_CELLS = 150_000;
const HEAVY_FILES = 4;
/** The bound: Cancel handled within 1 s. */
const CANCEL_BOUND_MS = 1000;

/** A report whose first sheet carries `n` more numeric cells below its table (25 per row). */
function heavyReport(bytes: Uint8Array, n: number): Uint8Array {
  const perRow = 25;
  return editZip(bytes, (files) =>
    editPart(files, 'xl/worksheets/sheet1.xml', (xml) => {
      const rows: string[] = [];
      for (let r = 0; r * perRow < n; r++) {
        const cells = Array.from(
          { length: Math.min(perRow, n - r * perRow) },
          (_, c) => `<c r="A${String.fromCharCode(65 + c)}${2000 + r}"><v>${(r * perRow + c) / 7}</v></c>`,
        );
        rows.push(`<row r="${2000 + r}">${cells.join('')}</row>`);
      }
      return xml.replace('</sheetData>', `${rows.join('')}</sheetData>`);
    }),
  );
}

/** The state the progress list shows for `file` ('Đang đọc…', 'Đã đọc', ...). */
async function stateOf(page: Page, file: string): Promise<string> {
  return page.locator('li', { hasText: file }).locator('span').nth(1).innerText();
}

describeInBrowser('reading a slow file in file mode', () => {
  let harness: BrowserHarness;
  let tmp: string;
  let good: string[];
  let heavy: string[];

  beforeAll(async () => {
    ensureBuild();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-cancel-'));
    const samples = path.join(tmp, 'samples');
    good = sampleReports(samples, 4, '2025', 5);
    const heavyBytes = heavyReport(fs.readFileSync(good[0]!), HEAVY_CELLS);
    heavy = Array.from({ length: HEAVY_FILES }, (_, i) => path.join(tmp, `BC-2025-nang-${i + 1}.xlsx`));
    for (const f of heavy) fs.writeFileSync(f, heavyBytes);
    harness = await startHarness();
  }, 600_000);

  afterAll(async () => {
    await harness?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('answers while the file is read, handles Cancel within 1 s, names the unread files, then reads again', async () => {
    const page = await harness.openPage('/taskpane.html');
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Tổng hợp' });
    const [first, ...rest] = good;
    const picked = [first!, ...heavy, ...rest];
    const files = panel.getByLabel('Chọn các tệp báo cáo để tổng hợp');
    await files.setInputFiles(picked);

    // A heavy file is being read (the worker has it); the first file was read before it.
    await page
      .locator('li', { hasText: path.basename(heavy[0]!) })
      .getByText('Đang đọc…')
      .waitFor();
    expect(await stateOf(page, path.basename(first!))).toBe('Đã đọc');

    // The page's own thread answers while the worker parses: a task queued now runs, and a file is
    // still being read after it (with the parse on this thread the task would wait for its end).
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await expect(page.locator('li', { hasText: 'Đang đọc…' }).count()).resolves.toBe(1);

    // Cancel, timed in the page: from the click event to the outcome on screen.
    await page.evaluate(() => {
      const marks: { click?: number; shown?: number } = {};
      (window as unknown as { cancelMarks: typeof marks }).cancelMarks = marks;
      document.addEventListener('click', () => (marks.click ??= performance.now()), { capture: true });
      new MutationObserver((_, observer) => {
        if (document.body.textContent?.includes('Đã dừng đọc')) {
          marks.shown = performance.now();
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await panel.getByRole('button', { name: 'Dừng đọc' }).click();
    const outcome = panel.getByText(/^Đã dừng đọc\./);
    await outcome.waitFor();
    const marks = await page.evaluate(
      () => (window as unknown as { cancelMarks: { click: number; shown: number } }).cancelMarks,
    );
    expect(marks.shown - marks.click).toBeLessThan(CANCEL_BOUND_MS);

    // The files read stay; the one being read and those after it are named as not read.
    // Cancel came while a heavy file was read: the first file and the heavy ones before it were
    // read (the progress list gives way to the outcome, which says how many).
    const counted = /Các nguồn đã đọc \((\d+)\)/.exec(await outcome.innerText());
    const read = Number(counted?.[1]);
    expect(read).toBeGreaterThanOrEqual(1);
    expect(read).toBeLessThan(1 + HEAVY_FILES);
    await expect(outcome.innerText()).resolves.toContain(
      `Các nguồn đã đọc (${read}) vẫn được tổng hợp; ${picked.length - read} tệp chưa đọc`,
    );
    for (const file of picked.slice(read))
      await panel.getByText(`Chưa đọc tệp ${path.basename(file)} (đã dừng đọc theo yêu cầu).`).waitFor();
    const table = panel.getByRole('table', { name: 'Kết quả tiếp nhận của từng nguồn dữ liệu' });
    await expect(table.locator('tbody tr').count()).resolves.toBe(read);

    // A following read works (a new worker): the good files left unread are picked again.
    await files.setInputFiles(rest);
    await panel.getByText(`Đã đọc ${read + rest.length}/${picked.length + rest.length} tệp`).waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(read + rest.length);
    expect(harness.consoleErrors).toEqual([]);
  });
});
