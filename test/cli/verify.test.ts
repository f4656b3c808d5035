/**
 * `baocao verify` against the demo's own output (70 units, 2021-2025): the folder as written is
 * unchanged; one byte changed, one file removed, one file added are each named. The fingerprint
 * is also recomputed here from the JSON with Node's crypto, by the definition in
 * docs/consolidation-json.md, not by the program's code.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsolidationJson } from '../../src/core/summary/consolidation-json';
import { runCli, tempDir } from './run-cli';

const tmp = tempDir('verify');
const XLSX = 'out/tong-hop-2025.xlsx';
let json: ConsolidationJson;
let reports: string[];

beforeAll(async () => {
  const demo = await runCli(['demo', '-o', 'out', '-q'], tmp.path);
  if (demo.code !== 0) throw new Error(`demo failed (${demo.code}): ${demo.stderr}`);
  json = JSON.parse(readFileSync(join(tmp.path, 'out/tong-hop-2025.json'), 'utf8')) as ConsolidationJson;
  reports = readdirSync(join(tmp.path, 'out/sample')).filter((n) => n.startsWith('BC-2025-'));
}, 600_000);
afterAll(() => tmp.remove());

const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

/** A copy of the demo's folder, changed by `change`. */
function folder(name: string, change: (dir: string) => void = () => undefined): string {
  const dir = join(tmp.path, name);
  cpSync(join(tmp.path, 'out/sample'), dir, { recursive: true });
  change(dir);
  return name;
}

describe('baocao verify', () => {
  it('says "Không thay đổi" for the demo folder as the consolidation read it (exit 0)', async () => {
    const r = await runCli(['verify', XLSX, 'out/sample'], tmp.path);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Không thay đổi: ${json.verification.files.length} tệp`);
    expect(r.stdout).toContain(json.verification.fingerprint);
  });

  it.each<[string, (dir: string) => void, () => string]>([
    [
      'one byte changed',
      (dir) => {
        const path = join(dir, reports[3]!);
        const bytes = readFileSync(path);
        bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 1;
        writeFileSync(path, bytes);
      },
      () => `Đã sửa: “${reports[3]}”`,
    ],
    ['one file removed', (dir) => rmSync(join(dir, reports[5]!)), () => `Thiếu: “${reports[5]}”`],
    [
      'one file added',
      (dir) => cpSync(join(dir, reports[0]!), join(dir, 'BC-2025-them.xlsx')),
      () => 'Thêm mới: “BC-2025-them.xlsx”',
    ],
  ])('names the file when %s (exit 1)', async (label, change, line) => {
    const dir = folder(label.replace(/ /g, '-'), change);
    const r = await runCli(['verify', XLSX, dir], tmp.path);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Đã thay đổi so với bộ số liệu đã chốt');
    expect(r.stdout).toContain(line());
    // Exactly one file is named.
    expect(r.stdout.split('\n').filter((l) => /^ {2}(Đã sửa|Thiếu|Thêm mới):/.test(l))).toHaveLength(1);
  });

  it('speaks English with --lang en', async () => {
    const dir = folder('en', (d) => appendFileSync(join(d, reports[1]!), 'x'));
    const r = await runCli(['verify', XLSX, dir, '--lang', 'en'], tmp.path);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Changed: "${reports[1]}"`);
  });

  it('refuses a workbook that holds no fingerprint (exit 2), saying what to choose', async () => {
    const r = await runCli(['verify', `out/sample/${reports[0]}`, 'out/sample'], tmp.path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không phải bản tổng hợp do phần mềm lập');
  });

  it('records every file read with the SHA-256 of its bytes, and a fingerprint anyone can recompute', () => {
    const v = json.verification;
    const dir = join(tmp.path, 'out/sample');
    for (const f of v.files) expect(f.sha256).toBe(sha256(readFileSync(join(dir, f.name))));
    for (const s of json.sources)
      expect(s.sha256).toBe(sha256(readFileSync(join(dir, s.file.replace(/^.*\//, '')))));
    expect(sha256(canonical(v.settings))).toBe(v.settingsSha256);
    const lines = [
      `baocao-fingerprint ${v.version}`,
      `plan ${v.planId} ${v.planSha256}`,
      `year ${v.year}`,
      `settings ${v.settingsSha256}`,
      ...v.files.map((f) => `${f.sha256}  ${f.name}`).sort(),
    ];
    expect(sha256(lines.map((l) => `${l}\n`).join(''))).toBe(v.fingerprint);
  });
});

/** Canonical JSON as the docs define it: keys sorted, no whitespace. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}
