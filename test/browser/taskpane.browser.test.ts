import fs from 'node:fs';
import { describeInBrowser, ensureBuild, startHarness, type BrowserHarness } from './browser-harness';

describeInBrowser('task pane opened in a plain browser (file mode)', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    // Builds only when dist/ is missing or older than the sources (a production build takes ~15 s).
    ensureBuild();
    harness = await startHarness();
  }, 180_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('shows the title and the file-mode notice, talks only to its own origin, and logs no error', async () => {
    const page = await harness.openPage('/taskpane.html');

    await page.getByRole('heading', { level: 1, name: 'Báo cáo Đề án 04' }).waitFor();
    await expect(page.title()).resolves.toBe('Báo cáo Đề án 04');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
    await expect(page.getByText('Chế độ tệp (ngoài Excel)').isVisible()).resolves.toBe(true);
    await expect(page.getByText('không có dữ liệu nào được gửi đi').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('tab').allInnerTexts()).resolves.toEqual([
      'Mẫu báo cáo',
      'Kiểm tra',
      'Tổng hợp',
      'Cài đặt',
    ]);

    const file = await harness.screenshot(page, 'taskpane-file-mode');
    expect(fs.statSync(file).size).toBeGreaterThan(1000);

    // office.js starts timers (a telemetry frame after 3 s, for one): let ten seconds pass.
    await page.clock.runFor(10_000);
    const foreign = harness.requests.filter((url) => {
      const { hostname } = new URL(url);
      return !['127.0.0.1', 'localhost'].includes(hostname) && !url.startsWith('data:');
    });
    expect(foreign).toEqual([]);
    // office.js was served from the add-in's own origin, not a CDN.
    expect(harness.requests).toContain(`${harness.origin}/office-js/office.js`);
    expect(harness.consoleErrors).toEqual([]);
  });

  it('switches the interface to English and back, with <html lang> following', async () => {
    const page = await harness.openPage('/taskpane.html');
    const languageSwitch = page.getByRole('switch', { name: 'English' });
    await languageSwitch.waitFor();

    await languageSwitch.check();
    await page.getByRole('heading', { level: 1, name: 'Scheme 04 reports' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByText('File mode (outside Excel)').isVisible()).resolves.toBe(true);

    await languageSwitch.uncheck();
    await page.getByRole('heading', { level: 1, name: 'Báo cáo Đề án 04' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
  });

  it('shows each panel under its tab', async () => {
    const page = await harness.openPage('/taskpane.html');
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    const panel = page.getByRole('tabpanel');
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Tổng hợp');
    await expect(panel.getAttribute('aria-labelledby')).resolves.toBe('tab-consolidate');
  });
});
