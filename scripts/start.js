#!/usr/bin/env node
// `npm start`: makes sure a trusted localhost certificate exists (Office loads add-ins only over https
// it trusts), prints how to sideload the add-in, then runs the webpack dev server on
// https://localhost:3000. Extra arguments go to webpack, e.g. `npm start -- --env http` for plain http.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { X509Certificate } = require('node:crypto');

const REPO = path.resolve(__dirname, '..');
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');
const isWindows = process.platform === 'win32';

/** True when a localhost certificate and key exist and the certificate is still valid for a day. */
function haveValidCert() {
  const crt = path.join(CERT_DIR, 'localhost.crt');
  if (!fs.existsSync(crt) || !fs.existsSync(path.join(CERT_DIR, 'localhost.key'))) return false;
  try {
    const validTo = Date.parse(new X509Certificate(fs.readFileSync(crt)).validTo);
    return validTo - Date.now() > 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

/**
 * What to do by hand when `office-addin-dev-certs install` could not make Office trust the certificate:
 * offline (the tool could not be downloaded, no certificate files), or the files were made but the CA
 * could not be trusted (on Linux that takes sudo; on Windows and macOS the tool asks the user). The
 * steps trust the CA for the current user only, which needs no administrator.
 */
function manualCertSteps(platform, certDir, haveFiles) {
  const ca = path.join(certDir, 'ca.crt');
  if (!haveFiles)
    return `
Không tạo được chứng chỉ HTTPS cho localhost (cần mạng để tải office-addin-dev-certs).
  Khi có mạng, chạy:  npx --yes office-addin-dev-certs install
  Trong lúc chờ, có thể mở giao diện trong trình duyệt qua http:  npm run serve:http  (http://localhost:3000/taskpane.html)
Could not create an HTTPS certificate for localhost (office-addin-dev-certs must be downloaded).
  When online, run:   npx --yes office-addin-dev-certs install
  Meanwhile the task pane opens in a browser over http:  npm run serve:http  (http://localhost:3000/taskpane.html)
`;
  const byPlatform = {
    win32: [`certutil -user -addstore Root "${ca}"`],
    darwin: [`security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db "${ca}"`],
    linux: [
      `certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Developer CA for Microsoft Office Add-ins" -i "${ca}"`,
      '   (Chromium, Chrome, Edge; certutil: gói libnss3-tools / package libnss3-tools)',
      `Firefox: Cài đặt > Quyền riêng tư và bảo mật > Xem chứng chỉ > Nhà cung cấp > Nhập "${ca}"`,
      `         Settings > Privacy & Security > View Certificates > Authorities > Import "${ca}"`,
    ],
  };
  const steps = (byPlatform[platform] ?? byPlatform.linux).map((line) => `    ${line}`).join('\n');
  return `
Đã tạo chứng chỉ trong ${certDir} nhưng chưa tin cậy được CA (cần quyền quản trị, ví dụ sudo).
Hãy tự tin cậy CA cho tài khoản của mình (không cần quyền quản trị), rồi khởi động lại trình duyệt hoặc Excel và chạy lại npm start:
The certificate was made in ${certDir}, but its CA could not be trusted (that needs an administrator, e.g. sudo).
Trust the CA for your own account (no administrator needed), then restart the browser or Excel and run npm start again:
${steps}
Hoặc mở giao diện trong trình duyệt qua http / Or open the task pane in a browser over http:  npm run serve:http
`;
}

function ensureCertificate() {
  if (haveValidCert()) return;
  console.log('Tạo và tin cậy chứng chỉ localhost / Creating and trusting a localhost certificate…');
  const run = spawnSync('npx', ['--yes', 'office-addin-dev-certs', 'install'], {
    cwd: REPO,
    stdio: 'inherit',
    shell: isWindows,
    timeout: 180_000, // offline, npx may wait for the registry
  });
  if (run.error || run.status !== 0 || !haveValidCert())
    console.warn(manualCertSteps(process.platform, CERT_DIR, haveValidCert()));
}

const SIDELOAD_HELP = `
──────────────────────────────────────────────────────────────────────────────
Nạp phần bổ trợ vào Excel (máy chủ phát triển: https://localhost:3000/taskpane.html)
• Excel trên Windows:
    - Cách nhanh, trong một cửa sổ lệnh khác:  npx office-addin-debugging start manifest.xml
    - Hoặc dùng thư mục chia sẻ: chia sẻ thư mục chứa manifest.xml; trong Excel chọn
      Tệp > Tùy chọn > Trung tâm Tin cậy > Thiết đặt Trung tâm Tin cậy > Danh mục Phần bổ trợ Tin cậy,
      thêm đường dẫn mạng (\\\\máy\\thư-mục), đánh dấu "Hiện trong Menu", khởi động lại Excel, rồi
      Trang đầu > Phần bổ trợ > Phần bổ trợ khác > THƯ MỤC DÙNG CHUNG > Báo cáo Đề án 04.
• Excel trên web: Chèn > Phần bổ trợ > Tải lên Phần bổ trợ của tôi > chọn manifest.xml.

Sideload the add-in into Excel (dev server: https://localhost:3000/taskpane.html)
• Excel on Windows:
    - Quickest, in another terminal:  npx office-addin-debugging start manifest.xml
    - Or a shared-folder catalog: share the folder holding manifest.xml; in Excel open
      File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs, add the
      network path (\\\\machine\\folder), tick "Show in Menu", restart Excel, then
      Home > Add-ins > More Add-ins > SHARED FOLDER > Báo cáo Đề án 04.
• Excel on the web: Insert > Add-ins > Upload My Add-in > choose manifest.xml.
Ctrl+C dừng máy chủ / stops the server.
──────────────────────────────────────────────────────────────────────────────
`;

function main() {
  const extra = process.argv.slice(2);
  const wantsHttp = extra.some((arg, i) => arg === '--env' && extra[i + 1] === 'http');
  if (!wantsHttp) ensureCertificate();
  console.log(SIDELOAD_HELP);
  const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [REPO] });
  const server = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development', ...extra], {
    cwd: REPO,
    stdio: 'inherit',
  });
  server.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
  // Pass a stop request on and stay alive until the server has stopped.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
}

if (require.main === module) main();

module.exports = { manualCertSteps };
