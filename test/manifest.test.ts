import fs from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_PUBLIC_URL,
  DEV_URL,
  normalizePublicUrl,
  publicUrlFromEnv,
  withPublicUrl,
} from '../scripts/manifest-url';
import { validateManifest } from '../scripts/validate-manifest';

const manifest = fs.readFileSync(path.join(__dirname, '..', 'manifest.xml'), 'utf8');

/** Moves the first <Description>…</Description> element (with its overrides) before <DisplayName>. */
function withDescriptionFirst(xml: string): string {
  const description = /\n\s*<Description [\s\S]*?<\/Description>/.exec(xml)?.[0];
  if (!description) throw new Error('manifest.xml has no <Description> element');
  const without = xml.replace(description, '');
  return without.replace(/\n\s*<DisplayName /, (displayName) => description + displayName);
}

describe('manifest.xml', () => {
  it('is valid against the XML manifest schema 1.1', async () => {
    await expect(validateManifest(manifest)).resolves.toEqual({ valid: true, errors: [] });
  });

  it('is reported invalid, with the element and line, when elements are out of order', async () => {
    const swapped = withDescriptionFirst(manifest);
    expect(swapped.indexOf('<Description ')).toBeLessThan(swapped.indexOf('<DisplayName '));

    const result = await validateManifest(swapped, { fileName: 'swapped.xml' });

    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(
      /^swapped\.xml:\d+: .*Element '.*Description': This element is not expected/m,
    );
  });

  it('requires ExcelApi 1.8 and opens the task pane from the dev server', () => {
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.8"/>');
    expect(manifest).toContain(`<SourceLocation DefaultValue="${DEV_URL}taskpane.html"/>`);
  });

  it('points every icon at a PNG in assets/ of the size it declares', () => {
    const icons = [...manifest.matchAll(/"https:\/\/localhost:3000\/(assets\/icon-(\d+)\.png)"/g)];
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const [, file, size] of icons) {
      const png = fs.readFileSync(path.join(__dirname, '..', file ?? ''));
      // IHDR width and height, big-endian, right after the 8-byte signature and the chunk header.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });
});

describe('production URL of the built manifest', () => {
  it('replaces every development URL and keeps the paths', () => {
    const built = withPublicUrl(manifest, 'https://addins.example.org/baocao');

    expect(built).not.toContain(DEV_URL.slice(0, -1));
    expect(built).toContain(
      '<SourceLocation DefaultValue="https://addins.example.org/baocao/taskpane.html"/>',
    );
    expect(built).toContain('DefaultValue="https://addins.example.org/baocao/assets/icon-80.png"');
    // AppDomain holds an origin, never a path.
    expect(built).toContain('<AppDomain>https://addins.example.org</AppDomain>');
  });

  it('is still a valid manifest after the replacement', async () => {
    const built = withPublicUrl(manifest, DEFAULT_PUBLIC_URL);
    await expect(validateManifest(built)).resolves.toEqual({ valid: true, errors: [] });
  });

  it.each([
    [{}, DEFAULT_PUBLIC_URL],
    [{ BAOCAO_PUBLIC_URL: 'https://addins.example.org' }, 'https://addins.example.org/'],
    [{ BAOCAO_PUBLIC_URL: 'https://addins.example.org/a/b/' }, 'https://addins.example.org/a/b/'],
  ])('takes the public URL from BAOCAO_PUBLIC_URL (%j)', (env, expected) => {
    expect(publicUrlFromEnv(env)).toBe(expected);
  });

  it.each([
    ['http://addins.example.org/', /must use https/],
    ['addins.example.org', /not an absolute URL/],
    ['https://addins.example.org/?v=1', /query or fragment/],
  ])('rejects %s', (url, message) => {
    expect(() => normalizePublicUrl(url)).toThrow(message);
  });
});
