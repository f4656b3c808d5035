import { textCellsOf } from '../../../test/builders';
import { batchInput } from '../../../test/consolidation/batch-fixture';
import { consolidate } from '../consolidate/consolidate';
import type { RawSheet, RawWorkbook } from '../report/report-types';
import type { SheetSpec } from '../sheet/sheet-spec';
import { consolidationSheets } from '../summary/consolidation-sheets';
import { compareBatch, type PresentFile } from './compare-batch';
import {
  canonicalJson,
  fingerprintText,
  recordIsIntact,
  sheetSha256,
  verificationRecord,
  type InputFile,
} from './fingerprint';
import { readRecord, recordLines } from './record-cells';
import { sha256Hex, sha256OfText, utf8 } from './sha256';
import { comparisonText } from './verify-messages';

const h = (c: string): string => c.repeat(64);

describe('sha256Hex', () => {
  // FIPS 180-4 examples and the padding boundaries (55, 56, 64 bytes), checked with Python's hashlib.
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    ['a'.repeat(55), '9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318'],
    ['a'.repeat(56), 'b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a'],
    ['a'.repeat(64), 'ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb'],
    ['Tổng hợp', '354b34727fec667794b39279431c822ba66b9cc5901ae90112662c2c87ae41b5'],
    // Four-byte UTF-8 (outside the BMP).
    ['𝔸', '89a86a0042c44692c005b90b4549f374525e7b291c64e199e38b8e5944b548c0'],
  ])('hashes %j', (text, hex) => {
    expect(sha256OfText(text)).toBe(hex);
  });

  it('hashes a million bytes (many blocks)', () => {
    expect(sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order, drops undefined and whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined }, é: 'Đạt' })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1,"é":"Đạt"}',
    );
  });
});

describe('verificationRecord', () => {
  const input = batchInput();
  const files: InputFile[] = [
    { name: 'b.xlsx', kind: 'file', sha256: h('b') },
    { name: 'a.xlsx', kind: 'file', sha256: h('a') },
    { name: 'Báo cáo', kind: 'sheet', sha256: h('c') },
  ];
  const record = verificationRecord({ plan: input.plan, settings: input.settings, year: 2025, files });

  it('is the SHA-256 of the documented text: header, plan, year, settings, then sha256sum lines in code-point order', () => {
    const text = [
      'baocao-fingerprint 1',
      `plan de-an-04 ${sha256OfText(canonicalJson(input.plan))}`,
      'year 2025',
      `settings ${sha256OfText(canonicalJson(input.settings))}`,
      `${h('a')}  a.xlsx`,
      `${h('b')}  b.xlsx`,
      `${h('c')}  sheet:Báo cáo`,
      '',
    ].join('\n');
    expect(fingerprintText(record)).toBe(text);
    expect(record.fingerprint).toBe(sha256OfText(text));
    expect(recordIsIntact(record)).toBe(true);
  });

  it.each([
    ['a file changed', { files: [{ ...files[0]!, sha256: h('d') }, files[1]!, files[2]!] }],
    ['a file removed', { files: files.slice(1) }],
    ['another year', { year: 2024 }],
    ['another as-of date', { settings: { ...input.settings, asOf: '2026-02-01' } }],
  ])('changes when %s', (_, change) => {
    const other = verificationRecord({
      plan: input.plan,
      settings: input.settings,
      year: 2025,
      files,
      ...change,
    });
    expect(other.fingerprint).not.toBe(record.fingerprint);
  });

  it('does not depend on the order the files were read in', () => {
    const reversed = verificationRecord({
      plan: input.plan,
      settings: input.settings,
      year: 2025,
      files: [...files].reverse(),
    });
    expect(reversed.fingerprint).toBe(record.fingerprint);
  });
});

describe('sheetSha256', () => {
  const sheet = (rows: RawSheet['rows']): RawSheet => ({ name: 'S', rows, names: {} });
  it('hashes values only: formats and trailing empty cells do not count, a changed value does', () => {
    const base = sheetSha256(sheet([[{ v: 'a' }, { v: 1 }]]));
    expect(sheetSha256(sheet([[{ v: 'a', fmt: '@' }, { v: 1 }, undefined], []]))).toBe(base);
    expect(sheetSha256(sheet([[{ v: 'a' }, { v: 2 }]]))).not.toBe(base);
  });
});

describe('the record in the consolidated workbook', () => {
  const input = batchInput();
  const files: InputFile[] = input.sources.map((s, i) => ({
    name: `${i}-${s.file}`,
    kind: 'file',
    sha256: sha256OfText(s.file + String(i)),
  }));
  const sources = input.sources.map((s, i) => ({ ...s, sha256: files[i]!.sha256 as string }));
  const c = consolidate({ ...input, sources, files });
  const workbook = (specs: SheetSpec[]): RawWorkbook => ({
    source: 'th.xlsx',
    sheets: specs.map(textCellsOf),
  });

  it('is written into the hidden stamp column of "Nguồn" and read back whole', () => {
    const specs = consolidationSheets(c, input.plan, input.settings, 'vi');
    const read = readRecord(workbook(specs));
    expect(read).toEqual({ kind: 'found', record: c.verification, sheet: 'Nguồn' });
    const sources = specs[3]!;
    const stampCol = sources.columns.length;
    expect(sources.columns[stampCol - 1]?.hidden).toBe(true);
    expect(recordLines(c.verification)).toHaveLength(files.length + 1);
  });

  it('shows the fingerprint in the head of "Nguồn" and each source file\'s SHA-256', () => {
    const text = consolidationSheets(c, input.plan, input.settings, 'vi')[3]!.cells.flatMap((x) =>
      x.value && 'text' in x.value ? [x.value.text] : [],
    );
    expect(text.some((t) => t.startsWith('Dấu vân tay') && t.includes(c.verification.fingerprint))).toBe(
      true,
    );
  });

  it('locks every output sheet without a password', () => {
    for (const s of consolidationSheets(c, input.plan, input.settings, 'vi'))
      expect(s.protection).toEqual({});
  });

  it.each([['a workbook of reports', [] as SheetSpec[], { kind: 'none', consolidation: false }]])(
    'finds no record in %s',
    (_, specs, expected) => {
      expect(readRecord(workbook(specs))).toEqual(expected);
    },
  );

  it('says a record is damaged when a line of it was edited into nonsense', () => {
    const specs = consolidationSheets(c, input.plan, input.settings, 'vi');
    const raw = workbook(specs);
    const nguon = raw.sheets[3]!;
    for (const row of nguon.rows)
      for (const [i, cell] of row.entries())
        if (typeof cell?.v === 'string' && cell.v.startsWith('baocao-file;'))
          row[i] = { v: 'baocao-file;kind=file;sha256=xyz;name=a' };
    expect(readRecord(raw)).toEqual({ kind: 'damaged', sheet: 'Nguồn' });
  });
});

describe('compareBatch', () => {
  const input = batchInput();
  const files: InputFile[] = [
    { name: 'a.xlsx', kind: 'file', sha256: h('a') },
    { name: 'b.xlsx', kind: 'file', sha256: h('b') },
    { name: 'c.xlsx', kind: 'file', sha256: h('c') },
  ];
  const record = verificationRecord({ plan: input.plan, settings: input.settings, year: 2025, files });
  const present = (xs: [string, string][]): PresentFile[] => xs.map(([name, c]) => ({ name, sha256: h(c) }));

  it.each<[string, [string, string][], Partial<ReturnType<typeof compareBatch>>]>([
    [
      'the same files',
      [
        ['a.xlsx', 'a'],
        ['b.xlsx', 'b'],
        ['c.xlsx', 'c'],
      ],
      { unchanged: true, same: ['a.xlsx', 'b.xlsx', 'c.xlsx'] },
    ],
    [
      'one file changed',
      [
        ['a.xlsx', 'a'],
        ['b.xlsx', 'd'],
        ['c.xlsx', 'c'],
      ],
      { unchanged: false, changed: ['b.xlsx'] },
    ],
    [
      'one file removed',
      [
        ['a.xlsx', 'a'],
        ['c.xlsx', 'c'],
      ],
      { unchanged: false, missing: ['b.xlsx'] },
    ],
    [
      'one file added',
      [
        ['a.xlsx', 'a'],
        ['b.xlsx', 'b'],
        ['c.xlsx', 'c'],
        ['d.xlsx', 'd'],
      ],
      { unchanged: false, added: ['d.xlsx'] },
    ],
    [
      'a file renamed',
      [
        ['a.xlsx', 'a'],
        ['b2.xlsx', 'b'],
        ['c.xlsx', 'c'],
      ],
      { missing: ['b.xlsx'], added: ['b2.xlsx'] },
    ],
  ])('%s', (_, found, expected) => {
    expect(compareBatch(record, present(found))).toMatchObject({ intact: true, ...expected });
  });

  it('matches two files of one name (from two folders) by their bytes', () => {
    const twice = verificationRecord({
      plan: input.plan,
      settings: input.settings,
      year: 2025,
      files: [files[0]!, { ...files[0]!, sha256: h('e') }],
    });
    expect(
      compareBatch(
        twice,
        present([
          ['a.xlsx', 'e'],
          ['a.xlsx', 'a'],
        ]),
      ),
    ).toMatchObject({ unchanged: true });
    expect(
      compareBatch(
        twice,
        present([
          ['a.xlsx', 'e'],
          ['a.xlsx', 'f'],
        ]),
      ),
    ).toMatchObject({
      changed: ['a.xlsx'],
    });
  });

  it('lists the sheets of an open workbook as not checked, never as missing', () => {
    const withSheet = verificationRecord({
      plan: input.plan,
      settings: input.settings,
      year: 2025,
      files: [files[0]!, { name: 'Báo cáo 2025', kind: 'sheet', sha256: h('f') }],
    });
    expect(compareBatch(withSheet, present([['a.xlsx', 'a']]))).toMatchObject({
      unchanged: true,
      unchecked: ['Báo cáo 2025'],
    });
  });

  it('does not trust a record edited after it was written', () => {
    const edited = { ...record, files: record.files.slice(1) };
    const cmp = compareBatch(
      edited,
      present([
        ['b.xlsx', 'b'],
        ['c.xlsx', 'c'],
      ]),
    );
    expect(cmp).toMatchObject({ intact: false, unchanged: false });
    expect(comparisonText(cmp).headline.vi).toContain('đã bị sửa');
  });

  it('says "Không thay đổi" / "Unchanged", or names each file, Vietnamese first', () => {
    const same = comparisonText(
      compareBatch(
        record,
        present([
          ['a.xlsx', 'a'],
          ['b.xlsx', 'b'],
          ['c.xlsx', 'c'],
        ]),
      ),
    );
    expect(same.headline.vi).toMatch(/^Không thay đổi: 3 tệp/);
    expect(same.headline.en).toMatch(/^Unchanged: 3 files/);
    const diff = comparisonText(
      compareBatch(
        record,
        present([
          ['a.xlsx', 'x'],
          ['c.xlsx', 'c'],
          ['d.xlsx', 'd'],
        ]),
      ),
    );
    expect(diff.lines.map((l) => l.vi)).toEqual([
      'Đã sửa: “a.xlsx”',
      'Thiếu: “b.xlsx”',
      'Thêm mới: “d.xlsx”',
    ]);
  });
});

describe('utf8', () => {
  // Node's Buffer is the reference: it also writes a lone surrogate as U+FFFD (EF BF BD).
  it.each([
    ['empty', ''],
    ['ASCII', 'BC-2025-DV005.xlsx'],
    ['Vietnamese', 'Đảng bộ Sở Xây dựng — “Báo cáo”'],
    ['a surrogate pair', 'a😀b'],
    ['a lone high surrogate', 'a\ud83db'],
    ['a lone low surrogate', 'a\ude00b'],
    ['a high surrogate at the end', 'ab\ud83d'],
  ])('%s: the same bytes as UTF-8 by Node', (_case, text) => {
    expect(Array.from(utf8(text))).toEqual(Array.from(Buffer.from(text, 'utf8')));
  });
});
