// Builds the task pane into dist/: the page, its script (with the file reader and writer and other
// heavy code split into lazy chunks), the icons, office.js for Excel served from the add-in's own
// origin, and manifest.xml rewritten for the production address in BAOCAO_PUBLIC_URL (see
// scripts/manifest-url.js).
//   npm run build                        production build
//   npm start                            https dev server on https://localhost:3000 (Office needs https)
//   npm run serve:http                   plain http on port 3000 (browser tests, file mode)
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { publicUrlFromEnv, withPublicUrl } = require('./scripts/manifest-url');

const OFFICE_JS = path.dirname(require.resolve('@microsoft/office-js/package.json'));
const OFFICE_DIST = path.join(OFFICE_JS, 'dist');
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');

/**
 * The office.js files an Excel task pane needs: the loader, Excel's host scripts (office.js picks one
 * per platform at run time), the old-host mapping table and the strings for the two interface
 * languages. Debug builds and other hosts' files stay out.
 */
function officeJsPatterns() {
  const files = fs
    .readdirSync(OFFICE_DIST)
    .filter(
      (f) =>
        f === 'office.js' ||
        f === 'o15apptofilemappingtable.js' ||
        (/^excel-.*\.js$/.test(f) && !f.endsWith('.debug.js')),
    );
  const locales = ['en-us', 'vi-vn'].filter((dir) => fs.existsSync(path.join(OFFICE_DIST, dir)));
  const entries = [
    ...files.map((f) => ({ from: path.join(OFFICE_DIST, f), to: `office-js/${f}` })),
    ...locales.map((dir) => ({
      from: path.join(OFFICE_DIST, dir),
      to: `office-js/${dir}/`,
      globOptions: { ignore: ['**/*.debug.js', '**/outlook_strings.js'] },
    })),
  ];
  return entries.map((entry) => ({
    ...entry,
    // Already minified by Microsoft: terser would only spend time on them.
    info: { minimized: true },
    transform: { transformer: withoutTelemetryFrame, cache: true },
  }));
}

/**
 * o15apptofilemappingtable.js (which office.js loads outside Office and in older hosts) and
 * excel-win32-16.00.js open a hidden frame to Microsoft's telemetry proxy three seconds after
 * loading. The page's Content-Security-Policy blocks it anyway, but the blocked frame is reported as
 * a console error in file mode; pointing the frame at about:blank keeps the console clean and makes
 * the "nothing is sent anywhere" promise independent of the CSP.
 */
const TELEMETRY_FRAME =
  'https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html';
function withoutTelemetryFrame(content, absoluteFrom) {
  if (!absoluteFrom.endsWith('.js')) return content;
  const text = content.toString('utf8');
  return text.includes(TELEMETRY_FRAME) ? text.split(TELEMETRY_FRAME).join('about:blank') : content;
}

/** https options for the dev server: the certificates of office-addin-dev-certs, which Office trusts. */
function devHttps() {
  const file = (name) => path.join(CERT_DIR, name);
  if (fs.existsSync(file('localhost.crt')) && fs.existsSync(file('localhost.key'))) {
    return {
      type: 'https',
      options: {
        cert: fs.readFileSync(file('localhost.crt')),
        key: fs.readFileSync(file('localhost.key')),
        ...(fs.existsSync(file('ca.crt')) ? { ca: fs.readFileSync(file('ca.crt')) } : {}),
      },
    };
  }
  console.warn(
    `\nNo development certificate in ${CERT_DIR}.\n` +
      'Serving https with a self-signed certificate that Excel will NOT trust. Run `npm start` (it runs\n' +
      '`npx office-addin-dev-certs install`) to create and trust one, or `npm run serve:http` for a\n' +
      'plain browser.\n',
  );
  return 'https';
}

/**
 * The page's Content-Security-Policy, read from the <meta> of taskpane.html so the dev server's header
 * and the page say the same thing: everything from the add-in's own origin (office.js included: it is
 * served from office-js/, so Office's CDN, appsforoffice.microsoft.com, is not needed and not allowed).
 */
function pageCsp() {
  const html = fs.readFileSync(path.join(__dirname, 'src', 'taskpane', 'taskpane.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!meta) throw new Error('src/taskpane/taskpane.html has no Content-Security-Policy <meta>');
  return meta[1];
}

/**
 * The development server: reachable from this machine only (Excel and the browser run here; nothing
 * else on the network may fetch the add-in's code), no CORS header (nothing is fetched cross-origin),
 * and the page's CSP as a header too (a header also covers the scripts and files it serves).
 */
function devServer(env) {
  return {
    host: 'localhost',
    port: 3000,
    hot: false,
    static: false,
    server: env.http ? 'http' : devHttps(),
    headers: { 'Content-Security-Policy': pageCsp(), 'X-Content-Type-Options': 'nosniff' },
    client: { overlay: { warnings: false } },
  };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const publicUrl = publicUrlFromEnv();

  return {
    mode,
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash].js',
      // Lazy chunks (the file reader and writer load by dynamic import when a file is first read or written).
      chunkFilename: '[name].[contenthash].chunk.js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // tsc checks types in `npm run check`; the build only strips them.
          options: { transpileOnly: true, compilerOptions: { module: 'esnext' } },
        },
      ],
    },
    // Never an eval-based devtool: the page's Content-Security-Policy forbids eval.
    devtool: 'source-map',
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // The dev server keeps the localhost URLs; a build carries the production address.
            transform: {
              transformer: (content) =>
                serving ? content : withPublicUrl(content.toString('utf8'), publicUrl),
            },
          },
          ...officeJsPatterns(),
        ],
      }),
    ],
    devServer: serving ? devServer(env) : undefined,
  };
};
