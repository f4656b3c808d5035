#!/usr/bin/env node
'use strict';
// The `baocao` command. The CLI is TypeScript (src/cli/main.ts), compiled ahead of time into
// build/ by `npm run build:cli` (tsc -p tsconfig.cli.json), which `npm ci` runs itself (the
// `prepare` script): starting from JavaScript saves compiling every module at every run.
// When build/ is missing or any of its sources is newer than what was built from it (a developer
// edited src/ since), the sources run instead, through tsx's CommonJS hook (a devDependency), so
// what runs is always what src/ says.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const BUILD = path.join(ROOT, 'build');

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** True when build/ holds the CLI and no source of a built file is newer than it. */
function buildIsCurrent() {
  let files;
  try {
    files = fs.readdirSync(BUILD, { recursive: true });
  } catch {
    return false;
  }
  const built = files.filter((f) => f.endsWith('.js'));
  if (!built.includes(path.join('cli', 'main.js'))) return false;
  return built.every((f) => {
    const base = path.join(ROOT, 'src', f.slice(0, -'.js'.length));
    const source = mtime(`${base}.ts`) ?? mtime(`${base}.tsx`);
    return source !== undefined && source <= mtime(path.join(BUILD, f));
  });
}

function cliDir() {
  if (buildIsCurrent()) return path.join(BUILD, 'cli');
  try {
    require('tsx/cjs/api').register();
  } catch {
    process.stderr.write(
      'baocao: chưa dựng bản JavaScript của lệnh và không có tsx. Hãy chạy “npm ci” (hoặc “npm run build:cli”).\n' +
        'baocao: the command is not built and tsx is not installed. Run “npm ci” (or “npm run build:cli”).\n',
    );
    process.exit(70);
  }
  return path.join(ROOT, 'src', 'cli');
}

const dir = cliDir();
const { main } = require(path.join(dir, 'main'));
const { printable } = require(path.join(dir, 'printable'));

main(process.argv.slice(2), { cwd: process.cwd(), env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Only bugs reach here: expected failures are reported by the commands with exit code 2.
    process.stderr.write(`baocao: ${printable(error && error.stack ? error.stack : String(error))}\n`);
    process.exitCode = 70;
  },
);
