/**
 * Browser tests of the built task pane: serves dist/ from 127.0.0.1 and drives the system Chromium
 * with playwright-core. It builds nothing itself (see `ensureBuild`, which a test calls explicitly).
 * Every request and every console error is recorded, so a test can prove the page talks only to its
 * own origin and runs cleanly.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const DIST_DIR = path.join(REPO_ROOT, 'dist');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test-artifacts');
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Declares a browser test suite. Without Chromium the suite fails with a clear message on CI (env CI
 * set), where a missing browser is a broken setup, and is skipped with a warning on a workstation.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (fs.existsSync(CHROMIUM_PATH)) {
    describe(name, body);
  } else if (process.env.CI) {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(
          `${CHROMIUM_PATH} is missing: browser tests cannot run. Install it (apt-get install chromium; .ci/run does).`,
        );
      });
    });
  } else {
    console.warn(`Skipping "${name}": ${CHROMIUM_PATH} is missing (apt-get install chromium).`);
    describe.skip(name, body);
  }
}

function newestMtime(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .reduce((newest, entry) => Math.max(newest, newestMtime(path.join(target, entry))), stat.mtimeMs);
}

/** The inputs of the build: when one is newer than dist/taskpane.html, dist/ is stale. */
const BUILD_INPUTS = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'scripts/manifest-url.js'];

/** Runs `npm run build` unless dist/ is already newer than every source. Returns whether it built. */
export function ensureBuild(): boolean {
  const built = newestMtime(path.join(DIST_DIR, 'taskpane.html'));
  const sources = Math.max(...BUILD_INPUTS.map((p) => newestMtime(path.join(REPO_ROOT, p))));
  if (built > sources) return false;
  const run = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(`npm run build failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return true;
}

/**
 * `baocao sample` into `dir` (units, years as the command takes them, seed): the report files it
 * wrote, sorted. The bloc data file lies beside them.
 */
export function sampleReports(dir: string, units: number, years: string, seed: number): string[] {
  const args = ['sample', '--units', String(units), '--years', years, '-o', dir, '--seed', String(seed)];
  const run = spawnSync(process.execPath, ['bin/baocao.js', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (run.status !== 0)
    throw new Error(`baocao sample failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  return fs
    .readdirSync(dir)
    .filter((f) => /^BC-.*\.xlsx$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** A static file server for `root` on 127.0.0.1 and a random port. */
async function serveStatic(root: string): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(root, pathname === '/' ? 'taskpane.html' : pathname);
    // Refuse anything outside root (.. in the path).
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

export interface BrowserHarness {
  /** http://127.0.0.1:<port>, serving dist/. */
  origin: string;
  /** Every URL the browser requested, in order. */
  requests: string[];
  /** Console errors, uncaught page errors and failed requests. */
  consoleErrors: string[];
  /**
   * Opens `pathname` under the origin in a new page of a task-pane-sized window. The page's clock is
   * Playwright's: time flows normally, and `page.clock.runFor(ms)` fires later timers at once, so a
   * test can see what a page does after a while without waiting for it.
   */
  openPage(pathname: string): Promise<Page>;
  /** Saves a full-page PNG as test-artifacts/<name>.png and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts the static server and Chromium. Playwright gives every launch a fresh temporary profile. */
export async function startHarness(root: string = DIST_DIR): Promise<BrowserHarness> {
  const { server, origin } = await serveStatic(root);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  } catch (err) {
    server.close();
    throw err;
  }
  // Excel's task pane is about 350 px wide.
  const context: BrowserContext = await browser.newContext({ viewport: { width: 360, height: 720 } });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('requestfailed', (request) =>
    consoleErrors.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`),
  );
  context.on('page', (page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => consoleErrors.push(`page error: ${err.message}`));
  });

  return {
    origin,
    requests,
    consoleErrors,
    async openPage(pathname) {
      const page = await context.newPage();
      await page.clock.install();
      await page.goto(new URL(pathname, origin).href);
      return page;
    },
    async screenshot(page, name) {
      fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const file = path.join(ARTIFACTS_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await browser?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
