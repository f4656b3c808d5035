import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';

/**
 * Issue 16 §8: the development server listens on this machine only, sends no
 * `Access-Control-Allow-Origin: *`, and sends the page's Content-Security-Policy as a header. The
 * server is started with the devServer options of webpack.config.js (on a free port, compiling a
 * one-line entry instead of the task pane, to stay quick) and asked over http.
 */

const ROOT = path.resolve(__dirname, '..');
const pageCsp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  fs.readFileSync(path.join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8'),
)?.[1];

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../webpack.config.js') as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => { devServer?: WebpackDevServer.Configuration };

function devServerOptions(): WebpackDevServer.Configuration {
  const before = process.env.WEBPACK_SERVE;
  process.env.WEBPACK_SERVE = 'true';
  try {
    const options = makeConfig({ http: true }, { mode: 'development' }).devServer;
    if (!options) throw new Error('webpack.config.js gives no devServer when serving');
    return options;
  } finally {
    if (before === undefined) delete process.env.WEBPACK_SERVE;
    else process.env.WEBPACK_SERVE = before;
  }
}

/** A port free on this machine now (the server's own 'auto' needs ESM imports jest cannot run). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, 'localhost', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe('the development server (npm start, npm run serve:http)', () => {
  const options = devServerOptions();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-devserver-'));
  let server: WebpackDevServer;
  let port = 0;

  beforeAll(async () => {
    fs.writeFileSync(path.join(dir, 'entry.js'), 'document.title = "x";\n');
    const compiler = webpack({
      mode: 'development',
      devtool: false,
      entry: path.join(dir, 'entry.js'),
      output: { path: path.join(dir, 'dist'), filename: 'main.js' },
      infrastructureLogging: { level: 'none' },
    });
    port = await freePort();
    server = new WebpackDevServer({ ...options, port, open: false }, compiler);
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is configured for https://localhost:3000 (the manifest address)', () => {
    expect(options).toMatchObject({ host: 'localhost', port: 3000 });
  });

  it('listens on the loopback interface only', () => {
    const { address } = server.server?.address() as AddressInfo;
    expect(['127.0.0.1', '::1']).toContain(address);
  });

  it.each([
    ['the bundle (the page CSP)', '/main.js', pageCsp],
    ["a missing file (the 404 page's own, stricter CSP)", '/nothing-here.js', "default-src 'none'"],
  ])('answers %s, with no Access-Control-Allow-Origin even to another origin', async (_what, url, csp) => {
    expect(pageCsp).toMatch(/^default-src 'self'; script-src 'self';/);
    const res = await fetch(`http://localhost:${port}${url}`, {
      headers: { Origin: 'https://evil.example' },
    });
    expect(res.headers.get('content-security-policy')).toBe(csp);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
