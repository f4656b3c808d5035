import path from 'node:path';

/**
 * `npm start` (scripts/start.js) when office-addin-dev-certs cannot make Office trust the localhost
 * certificate: it prints the steps to trust the CA by hand for the current user (no sudo), for the
 * platform it runs on, or (offline, no certificate made) how to get one later.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manualCertSteps } = require('../scripts/start.js') as {
  manualCertSteps: (platform: string, certDir: string, haveFiles: boolean) => string;
};

const DIR = path.join('/home/lan', '.office-addin-dev-certs');
const CA = path.join(DIR, 'ca.crt');

describe('npm start: manual certificate steps', () => {
  it.each([
    [
      'linux',
      'certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Developer CA for Microsoft Office Add-ins" -i',
    ],
    ['darwin', 'security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db'],
    ['win32', 'certutil -user -addstore Root'],
  ])('%s: trusts the CA for the user with "%s", no administrator', (platform, command) => {
    const text = manualCertSteps(platform, DIR, true);
    expect(text).toContain(`${command} "${CA}"`);
    expect(text).toMatch(/không cần quyền quản trị/);
    expect(text).toMatch(/no administrator needed/);
    // No step asks for sudo: the user may not have it.
    expect(text.split('\n').filter((l) => /^\s*sudo\b/.test(l))).toEqual([]);
    expect(text).toContain('npm run serve:http');
  });

  it('offline, with no certificate made, says how to make one later and how to work meanwhile', () => {
    const text = manualCertSteps('linux', DIR, false);
    expect(text).toContain('npx --yes office-addin-dev-certs install');
    expect(text).toContain('npm run serve:http');
    expect(text).not.toContain('certutil');
  });
});
