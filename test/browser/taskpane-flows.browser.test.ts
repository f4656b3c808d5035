/**
 * Acceptance tests of the task pane in file mode: the built dist/ served on 127.0.0.1, driven in
 * Chromium as an official would use it. Downloads are captured and opened with exceljs; the sample
 * reports come from the CLI's generator. Each panel is checked with axe-core and photographed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workbook } from 'exceljs';
import type { Download, Page } from 'playwright-core';
import {
  ARTIFACTS_DIR,
  REPO_ROOT,
  sampleReports,
  describeInBrowser,
  ensureBuild,
  startHarness,
  type BrowserHarness,
} from './browser-harness';

const DOCS = path.join(REPO_ROOT, 'docs');
const AXE = require.resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * axe-core's serious and critical violations on the page as it is now. Fluent's focus manager
 * (tabster) puts focusable, aria-hidden "dummy" elements at the edges of arrow-key groups to
 * redirect focus; axe reports them as aria-hidden-focus, a false positive Fluent closed as by design
 * (microsoft/fluentui#27517, microsoft/tabster#288; Accessibility Insights suppresses it too), so
 * those nodes, and only those, are left out. The page's CSP admits no
 * inline script (which is what addScriptTag injects), so axe is evaluated through the DevTools
 * protocol, which the CSP does not govern.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) =>
      v.id === 'aria-hidden-focus'
        ? { ...v, nodes: v.nodes.filter((n) => !n.html.includes('data-tabster-dummy')) }
        : v,
    )
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Tallest screenshot copied to docs/: enough for the panel's first screens, still legible. */
const DOCS_MAX_HEIGHT = 1600;

/** A full-page screenshot in test-artifacts/, and its top part (at most DOCS_MAX_HEIGHT) for docs/. */
async function shoot(harness: BrowserHarness, page: Page, name: string): Promise<void> {
  await harness.screenshot(page, name);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()?.width ?? 360;
  await page.screenshot({
    path: path.join(ARTIFACTS_DIR, `${name}.docs.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width, height: Math.min(height, DOCS_MAX_HEIGHT) },
  });
}

async function saveDownload(download: Download, dir: string): Promise<string> {
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

async function downloadBy(page: Page, click: () => Promise<void>, dir: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return saveDownload(download, dir);
}

/**
 * The page as a first-time user sees it: file mode keeps settings in localStorage, which the pages
 * of one browser context share, so what an earlier test saved is cleared first.
 */
/** Pages opened by a test, closed after it: one live page at a time, as in a task pane. */
const openPages: Page[] = [];

async function freshPage(harness: BrowserHarness): Promise<Page> {
  const page = await harness.openPage('/taskpane.html');
  openPages.push(page);
  // Let the first start finish (the logo loaded), so the reload cuts no request short.
  await page
    .locator('header img')
    .evaluate(
      (img: HTMLImageElement) =>
        img.complete || new Promise((resolve) => img.addEventListener('load', resolve)),
    );
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Báo cáo Đề án 04' }).waitFor();
  return page;
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
  return page.getByRole('tabpanel', { name });
}

/** Presses Tab until the focused element satisfies `test` (at most `max` times): keyboard only. */
async function tabTo(page: Page, test: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(test)) return;
  }
  throw new Error(`Tab never reached: ${test}`);
}

const focusedIs = (role: string, name: string) =>
  `(() => { const e = document.activeElement; return !!e && (e.getAttribute('role') === ${JSON.stringify(role)} || e.tagName.toLowerCase() === ${JSON.stringify(role)}) && (e.textContent ?? '').includes(${JSON.stringify(name)}); })()`;

const focusVisible = () => `document.activeElement?.matches(':focus-visible') === true`;

describeInBrowser('task pane flows in file mode', () => {
  let harness: BrowserHarness;
  let tmp: string;
  let samples: string;
  let reportFiles: string[];
  let blocFile: string;

  beforeAll(async () => {
    ensureBuild();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-pane-'));
    samples = path.join(tmp, 'samples');
    reportFiles = sampleReports(samples, 12, '2024-2025', 3);
    blocFile = path.join(samples, 'So-lieu-Khoi-2025.xlsx');
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    harness = await startHarness();
  }, 300_000);

  afterEach(async () => {
    await Promise.all(openPages.splice(0).map((p) => p.close()));
  });

  afterAll(async () => {
    await harness?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('downloads a unit template whose title and stamp name the unit and the year', async () => {
    const page = await freshPage(harness);
    const panel = page.getByRole('tabpanel', { name: 'Mẫu báo cáo' });
    await panel.getByRole('combobox', { name: 'Năm báo cáo' }).click();
    await page.getByRole('option', { name: '2025' }).click();
    await panel.getByRole('combobox', { name: 'Đơn vị' }).pressSequentially('so noi vu');
    await page.getByRole('option', { name: /Đảng bộ Sở Nội vụ/ }).click();
    // File mode offers downloads only: no button writes into a workbook.
    await expect(panel.getByRole('button', { name: 'Áp dụng mẫu vào trang tính mới' }).count()).resolves.toBe(
      0,
    );

    const file = await downloadBy(
      page,
      () => panel.getByRole('button', { name: 'Tải tệp mẫu cho đơn vị' }).click(),
      tmp,
    );
    expect(path.basename(file)).toBe('BC-2025-DV002-So-Noi-vu.xlsx');
    await panel.getByText('Đã tải xuống tệp BC-2025-DV002-So-Noi-vu.xlsx.').waitFor();

    const wb = new Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('Báo cáo 2025');
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ''))));
    expect(texts).toContain('kết quả thực hiện Đề án số 04-ĐA/TU năm 2025');
    const stamp = texts.find((s) => s.startsWith('baocao;kind=report'));
    expect(stamp).toMatch(/;plan=de-an-04;/);
    expect(stamp).toMatch(/;unit=DV002;year=2025$/);

    await shoot(harness, page, 'taskpane-template');
    await expect(axeViolations(page)).resolves.toEqual([]);
  });

  it('checks a report file: milestones with their status and findings by severity', async () => {
    const page = await freshPage(harness);
    const panel = await openTab(page, 'Kiểm tra');
    const chooser = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: 'Chọn tệp…' }).click();
    await (await chooser).setFiles(path.join(samples, 'BC-2025-DV005-So-Xay-dung.xlsx'));

    await panel.getByText('Đảng bộ Sở Xây dựng (DV005), năm 2025').waitFor();
    const milestones = panel.getByRole('region', { name: 'Các mốc thời gian' });
    await expect(milestones.getByRole('listitem').count()).resolves.toBeGreaterThan(3);
    // The sample's percent out of range is an error, with its cell.
    const errors = panel.getByRole('heading', { level: 4, name: /^Lỗi \(\d+\)$/ });
    await errors.waitFor();
    await expect(panel.getByText(/^Ô [A-Z]+\d+/).count()).resolves.toBeGreaterThan(0);
    await panel.getByRole('heading', { level: 4, name: /^Cảnh báo \(\d+\)$/ }).waitFor();

    await shoot(harness, page, 'taskpane-check');
    await expect(axeViolations(page)).resolves.toEqual([]);
  });

  it('consolidates the sample reports: a verdict per file, then the workbook and the JSON', async () => {
    const page = await freshPage(harness);

    // The sample's own unit list, imported as a settings file and saved.
    const settings = await openTab(page, 'Cài đặt');
    await settings.getByRole('button', { name: 'Sao lưu cài đặt' }).click();
    await settings.getByRole('button', { name: 'Nhập cài đặt từ tệp JSON' }).waitFor();
    await settings
      .locator('input[type=file][accept^=".json"]')
      .setInputFiles(path.join(samples, 'baocao.config.json'));
    await settings.getByText(/Đã đọc cài đặt từ tệp baocao.config.json/).waitFor();
    await settings.getByRole('button', { name: 'Lưu cài đặt', exact: true }).click();
    await settings.getByText('Đã lưu cài đặt trong trình duyệt này.').waitFor();
    await settings.getByRole('button', { name: 'Danh sách đơn vị (12)' }).waitFor();

    const panel = await openTab(page, 'Tổng hợp');
    // The bloc data file goes in with the reports: file mode takes it as the bloc's data, as the CLI does.
    await panel.getByLabel('Chọn các tệp báo cáo để tổng hợp').setInputFiles([...reportFiles, blocFile]);
    const table = panel.getByRole('table', { name: 'Kết quả tiếp nhận của từng nguồn dữ liệu' });
    await table.waitFor();
    const picked = reportFiles.length + 1;
    await panel.getByText(`Đã đọc ${picked}/${picked} tệp`).waitFor();
    const rows = table.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(reportFiles.length);
    const verdicts = await table.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(new Set(verdicts)).toEqual(
      new Set(['Đã nhận', 'Đã nhận (có lỗi, cảnh báo)', 'Trùng lặp', 'Báo cáo năm khác']),
    );
    await expect(panel.getByRole('combobox', { name: 'Năm tổng hợp' }).innerText()).resolves.toBe('2025');
    await shoot(harness, page, 'taskpane-consolidate');
    await expect(axeViolations(page)).resolves.toEqual([]);

    const xlsx = await downloadBy(
      page,
      () => panel.getByRole('button', { name: 'Tải xuống tệp tổng hợp (.xlsx)' }).click(),
      tmp,
    );
    expect(path.basename(xlsx)).toBe('tong-hop-2025.xlsx');
    const jsonFile = await downloadBy(
      page,
      () => panel.getByRole('button', { name: 'Tải xuống kết quả (JSON)' }).click(),
      tmp,
    );
    expect(path.basename(jsonFile)).toBe('tong-hop-2025.json');

    const json = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as {
      year: number;
      counts: { sources: number; reported: number; expected: number; notReported: number };
      sources: { file: string; verdict: string }[];
      targets: { itemId: string; meeting: number }[];
    };
    expect(json.year).toBe(2025);
    expect(json.sources).toHaveLength(reportFiles.length);
    expect(json.counts.sources).toBe(reportFiles.length);
    expect(json.sources.map((s) => s.file).sort()).toEqual(reportFiles.map((f) => path.basename(f)).sort());
    await panel
      .getByText(
        `${json.counts.sources} nguồn dữ liệu; ${json.counts.reported}/${json.counts.expected} đơn vị đã có báo cáo được nhận.`,
      )
      .waitFor();
    // The sample leaves one 2025 unit without a report (see its manifest).
    expect(json.counts.notReported).toBe(1);

    const wb = new Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp 2025',
      'Tóm tắt 2025',
      'Xu hướng',
      'Nguồn',
      'Đôn đốc báo cáo',
    ]);
    // The total row "Số đơn vị đạt" of the first target agrees with the JSON.
    const consolidated = wb.worksheets[0]!;
    let total: unknown;
    consolidated.eachRow((row) => {
      row.eachCell((cell, col) => {
        if (cell.value === 'Số đơn vị đạt') {
          const next = row.getCell(col + 1).value as { result?: unknown } | number;
          total = typeof next === 'object' ? next.result : next;
        }
      });
    });
    expect(total).toBe(json.targets[0]?.meeting);

    // One intake, one judgement: the CLI on the same folder (same settings file, same as-of date)
    // writes the same JSON, but for the moment of import.
    const cliJson = path.join(tmp, 'cli.json');
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const cli = spawnSync(
      process.execPath,
      [
        path.join(REPO_ROOT, 'bin/baocao.js'),
        'consolidate',
        '.',
        '--year',
        '2025',
        '--config',
        'baocao.config.json',
        '--as-of',
        today,
        '-o',
        path.join(tmp, 'cli.xlsx'),
        '--json',
        cliJson,
      ],
      { cwd: samples, encoding: 'utf8' },
    );
    expect(cli.status).toBe(0);
    const withoutImportTime = (j: Record<string, unknown>) => ({ ...j, importedAt: undefined });
    expect(withoutImportTime(json as unknown as Record<string, unknown>)).toEqual(
      withoutImportTime(JSON.parse(fs.readFileSync(cliJson, 'utf8')) as Record<string, unknown>),
    );
  });

  it('switches the headings to English', async () => {
    const page = await freshPage(harness);
    await page.getByRole('switch', { name: 'English' }).check();
    await page.getByRole('heading', { level: 1, name: 'Scheme 04 reports' }).waitFor();
    await expect(page.getByRole('tab').allInnerTexts()).resolves.toEqual([
      'Report template',
      'Check',
      'Consolidate',
      'Settings',
    ]);
    await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 }).innerText()).resolves.toBe(
      'Report template',
    );
    await page.getByRole('tabpanel').getByRole('heading', { level: 3, name: "A unit's report" }).waitFor();
    const settings = await openTab(page, 'Settings');
    await settings.getByRole('button', { name: 'As-of date and deadlines' }).waitFor();
    await harness.screenshot(page, 'taskpane-settings-en');
  });

  it('does the main flow with the keyboard only, with visible focus', async () => {
    const page = await freshPage(harness);
    await page.getByRole('heading', { level: 1 }).waitFor();

    // Template: the year, the unit (typed without diacritics), the download.
    await tabTo(
      page,
      `document.activeElement?.getAttribute('role') === 'combobox' && document.activeElement.textContent?.trim() !== ''`,
    );
    expect(await page.evaluate(focusVisible())).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('combobox', { name: 'Năm báo cáo' }).innerText()).resolves.not.toBe('');
    const year = await page.getByRole('combobox', { name: 'Năm báo cáo' }).innerText();
    await page.keyboard.press('Tab');
    await page.keyboard.type('so noi vu');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await tabTo(page, focusedIs('button', 'Tải tệp mẫu cho đơn vị'));
    expect(await page.evaluate(focusVisible())).toBe(true);
    await harness.screenshot(page, 'taskpane-keyboard-focus');
    const template = await downloadBy(page, () => page.keyboard.press('Enter'), tmp);
    expect(path.basename(template)).toBe(`BC-${year}-DV002-So-Noi-vu.xlsx`);

    // Consolidate: back to the tab list, along the tabs with the arrow keys, files from the button.
    for (
      let i = 0;
      i < 20 && !(await page.evaluate(`document.activeElement?.getAttribute('role') === 'tab'`));
      i++
    ) {
      await page.keyboard.press('Shift+Tab');
    }
    for (let i = 0; i < 4 && !(await page.evaluate(focusedIs('tab', 'Tổng hợp'))); i++)
      await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('tabpanel', { name: 'Tổng hợp' });
    await panel.waitFor();
    await tabTo(page, focusedIs('button', 'Chọn tệp…'));
    const files = reportFiles.filter((f) => path.basename(f).startsWith('BC-2025-')).slice(0, 4);
    const chooser = page.waitForEvent('filechooser', { timeout: 5000 }).catch(() => null);
    await page.keyboard.press('Enter');
    const opened = await chooser;
    // Headless Chromium does not always raise the chooser for a keyboard-activated click on a
    // hidden input (seen on a loaded 2-core machine); the keyboard path up to the button is what
    // this test proves, so the files then go to the panel's input directly.
    if (opened) await opened.setFiles(files);
    else await panel.getByLabel('Chọn các tệp báo cáo để tổng hợp').setInputFiles(files);
    await panel.getByRole('table').waitFor();
    await panel.getByText('Đã đọc 4/4 tệp').waitFor();
    await tabTo(page, focusedIs('button', 'Tải xuống tệp tổng hợp (.xlsx)'));
    const result = await downloadBy(page, () => page.keyboard.press('Enter'), tmp);
    expect(path.basename(result)).toBe('tong-hop-2025.xlsx');
  });

  it('passes axe on the settings panel, with its tables and the unit dialog, and photographs every panel', async () => {
    const page = await freshPage(harness);
    const settings = await openTab(page, 'Cài đặt');
    await settings.getByRole('button', { name: 'Lưu cài đặt', exact: true }).waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);
    await settings.getByRole('button', { name: 'Ngưỡng mục tiêu của đơn vị' }).click();
    await settings.getByRole('table', { name: 'Ngưỡng mục tiêu của đơn vị' }).waitFor();
    await shoot(harness, page, 'taskpane-settings');
    await expect(axeViolations(page)).resolves.toEqual([]);

    await settings.getByRole('button', { name: /^Danh sách đơn vị/ }).click();
    await settings.getByRole('button', { name: 'Thêm đơn vị' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm đơn vị' });
    await dialog.getByRole('textbox', { name: /Mã đơn vị/ }).waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Nothing left over the pane after a popup: the next click reaches its target.
    await settings.getByRole('button', { name: 'Ngôn ngữ' }).click();
    await settings.getByRole('radio', { name: 'Tiếng Việt' }).waitFor();

    for (const name of ['template', 'check', 'consolidate', 'settings']) {
      expect(fs.statSync(path.join(ARTIFACTS_DIR, `taskpane-${name}.png`)).size).toBeGreaterThan(5000);
      // Tests never write into the repository: docs/ takes the pictures only when the explicit
      // script asks for them (`npm run docs:images`).
      if (process.env.BAOCAO_WRITE_DOCS === '1')
        fs.copyFileSync(
          path.join(ARTIFACTS_DIR, `taskpane-${name}.docs.png`),
          path.join(DOCS, `taskpane-${name}.png`),
        );
    }
  });

  it('talked to no host but its own and logged no error', () => {
    const foreign = harness.requests.filter((url) => {
      const { hostname, protocol } = new URL(url);
      return !['127.0.0.1', 'localhost'].includes(hostname) && !['data:', 'blob:'].includes(protocol);
    });
    expect(foreign).toEqual([]);
    expect(harness.consoleErrors).toEqual([]);
  });
});
