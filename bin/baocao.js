#!/usr/bin/env node
'use strict';
// The `baocao` command. The CLI is TypeScript (src/cli/main.ts) run through tsx's CommonJS
// hook, so `npx baocao ...` works straight after `npm ci` with no build step.
const path = require('node:path');
const { register } = require('tsx/cjs/api');

register();

const { main } = require(path.join(__dirname, '..', 'src', 'cli', 'main.ts'));
const { printable } = require(path.join(__dirname, '..', 'src', 'cli', 'printable.ts'));

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
