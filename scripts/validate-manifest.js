#!/usr/bin/env node
// Validates add-in manifests offline against Microsoft's XSD schemas kept beside the repository in
// ../shared/manifest-schemas (never copied into the project, so there is one copy to update).
//   node scripts/validate-manifest.js manifest.xml dist/manifest.xml
// Without that folder it says so and falls back to the online validator of office-addin-manifest.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const SCHEMA_DIR = path.resolve(__dirname, '../../shared/manifest-schemas');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/** @type {Map<string, {schema: {fileName: string, contents: string}, preload: {fileName: string, contents: string}[]}>} */
const schemaCache = new Map();

function schemasAvailable(schemaDir = SCHEMA_DIR) {
  return fs.existsSync(path.join(schemaDir, MAIN_SCHEMA));
}

function loadSchemas(schemaDir) {
  let cached = schemaCache.get(schemaDir);
  if (!cached) {
    // The main schema imports the others by bare file name; xmllint-wasm does no I/O of its own, so
    // every other .xsd in the folder goes into its in-memory file system under that name.
    const read = (fileName) => ({
      fileName,
      contents: fs.readFileSync(path.join(schemaDir, fileName), 'utf8'),
    });
    const others = fs
      .readdirSync(schemaDir)
      .filter((f) => f.endsWith('.xsd') && f !== MAIN_SCHEMA)
      .sort();
    cached = { schema: read(MAIN_SCHEMA), preload: others.map(read) };
    schemaCache.set(schemaDir, cached);
  }
  return cached;
}

/**
 * Validates manifest XML text against the XML manifest schema 1.1.
 * @param {string} xml the manifest's text
 * @param {{fileName?: string, schemaDir?: string}} [options] fileName is used in the messages
 * @returns {Promise<{valid: boolean, errors: string[]}>}
 * @throws when the offline schemas are missing (a setup problem, not an invalid manifest)
 */
async function validateManifest(xml, options = {}) {
  const fileName = options.fileName || 'manifest.xml';
  const schemaDir = options.schemaDir || SCHEMA_DIR;
  if (!schemasAvailable(schemaDir)) {
    throw new Error(
      `The offline manifest schemas are missing: ${path.join(schemaDir, MAIN_SCHEMA)} not found.`,
    );
  }
  const { validateXML } = require('xmllint-wasm');
  const { schema, preload } = loadSchemas(schemaDir);
  // The in-memory file system has no folders, so the document gets a plain name and the messages
  // are given the caller's name back.
  const memName = 'manifest-under-test.xml';
  const result = await validateXML({
    xml: [{ fileName: memName, contents: xml }],
    schema: [schema],
    preload,
  });
  const errors = result.errors
    .map((e) => e.rawMessage.split(memName).join(fileName).trim())
    .filter((message) => message !== '');
  return { valid: result.valid, errors };
}

/**
 * The command-line script of office-addin-manifest, a devDependency (installed by `npm ci`, so the
 * validator that runs is the reviewed, locked version, never one `npx` downloads); null without it.
 */
function manifestCli() {
  try {
    const pkgFile = require.resolve('office-addin-manifest/package.json', {
      paths: [path.resolve(__dirname, '..')],
    });
    const { bin } = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
    const script = typeof bin === 'string' ? bin : bin && bin['office-addin-manifest'];
    return script ? path.join(path.dirname(pkgFile), script) : null;
  } catch {
    return null;
  }
}

/** Runs the online validator for one file; returns its exit code (1 when it cannot start). */
function validateOnline(file) {
  const cli = manifestCli();
  if (!cli) {
    console.error('office-addin-manifest is not installed: run `npm ci` first.');
    return 1;
  }
  const run = spawnSync(process.execPath, [cli, 'validate', file], { stdio: 'inherit' });
  if (run.error) {
    console.error(`Could not run the online validator (${run.error.message}).`);
    return 1;
  }
  return run.status === null ? 1 : run.status;
}

async function main(files) {
  if (files.length === 0) {
    console.error('Usage: node scripts/validate-manifest.js <manifest.xml> [more.xml ...]');
    return 2;
  }
  if (!schemasAvailable()) {
    console.error(
      `The offline manifest schemas are missing (expected ${path.join(SCHEMA_DIR, MAIN_SCHEMA)}, ` +
        'in the folder shared/ beside this repository). Falling back to the online validator: ' +
        "office-addin-manifest validate (a devDependency; it sends the manifest to Microsoft's " +
        'validation service, so it needs network access).',
    );
    let code = 0;
    for (const file of files) code = validateOnline(file) || code;
    return code;
  }
  let failed = 0;
  for (const file of files) {
    let xml;
    try {
      xml = fs.readFileSync(file, 'utf8');
    } catch (err) {
      console.error(`${file}: cannot be read (${err.message}).`);
      failed++;
      continue;
    }
    const { valid, errors } = await validateManifest(xml, { fileName: file });
    if (valid) {
      console.log(`${file}: valid (XML manifest schema 1.1, offline)`);
    } else {
      failed++;
      console.error(`${file}: INVALID`);
      for (const message of errors) console.error(`  ${message}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}

module.exports = { validateManifest, schemasAvailable, manifestCli, SCHEMA_DIR };
