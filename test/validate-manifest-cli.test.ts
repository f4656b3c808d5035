import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The online manifest validator is the devDependency office-addin-manifest, run from node_modules
 * (the locked, reviewed version), never downloaded by `npx --yes` at run time.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestCli } = require('../scripts/validate-manifest.js') as { manifestCli: () => string | null };

const ROOT = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};

describe('scripts/validate-manifest.js: the online validator', () => {
  it('is a devDependency, installed, and its command runs under this Node', () => {
    expect(pkg.devDependencies['office-addin-manifest']).toBeDefined();
    const cli = manifestCli();
    expect(cli).not.toBeNull();
    expect(path.relative(ROOT, cli!)).toMatch(/^node_modules[\\/]office-addin-manifest[\\/]/);
    // (Its --version prints the version of the package.json in the working folder, not its own.)
    const run = spawnSync(process.execPath, [cli!, '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\s+validate \[options\] <manifest-path>/m);
  });

  it.each(['scripts/validate-manifest.js', 'package.json'])('%s asks npx for nothing', (file) => {
    expect(fs.readFileSync(path.join(ROOT, file), 'utf8')).not.toMatch(/npx[^\n]*office-addin-manifest/);
  });
});
