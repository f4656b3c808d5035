#!/usr/bin/env node
// Runs a TypeScript file under tsx's CommonJS hook: `node bin/run-ts.js script.ts [args...]`.
// argv is shifted so the script sees itself as process.argv[1] and its own arguments after it.
const path = require('node:path');
if (!process.argv[2]) {
  console.error('usage: node bin/run-ts.js <file.ts> [args...]');
  process.exit(2);
}
require('tsx/cjs');
const script = path.resolve(process.argv[2]);
process.argv.splice(1, 2, script);
require(script);
