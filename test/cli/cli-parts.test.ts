import { parseArgs } from '../../src/cli/parse-args';
import { createProgress } from '../../src/cli/progress';
import { CLI_MESSAGES } from '../../src/cli/cli-messages';

const SPECS = {
  year: { type: 'string' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  file: { type: 'string', multiple: true },
} as const;

describe('parseArgs', () => {
  it.each([
    [['--year', '2025'], { year: '2025' }, []],
    [['--year=2025', 'a.xlsx'], { year: '2025' }, ['a.xlsx']],
    [['-o', 'out.xlsx', '--force'], { output: 'out.xlsx', force: true }, []],
    [['a', '--file', 'x', '--file=y', 'b'], { file: ['x', 'y'] }, ['a', 'b']],
    [['--', '--year', '-'], {}, ['--year', '-']],
    [['-'], {}, ['-']],
  ])('%j', (argv, values, positionals) => {
    const r = parseArgs(argv, SPECS);
    expect(r.ok && r.value.positionals).toEqual(positionals);
    expect(r.ok && r.value.values).toEqual({ file: [], ...values });
  });

  it.each([
    [['--bogus'], { kind: 'unknown-option', option: '--bogus' }],
    [['-x'], { kind: 'unknown-option', option: '-x' }],
    [['--year'], { kind: 'missing-value', option: '--year' }],
    [['--year', '--force'], { kind: 'missing-value', option: '--year' }],
    [['--force=yes'], { kind: 'unexpected-value', option: '--force' }],
    [['--year', '1', '--year', '2'], { kind: 'repeated-option', option: '--year' }],
  ])('%j is an error', (argv, error) => {
    expect(parseArgs(argv, SPECS)).toEqual({ ok: false, error });
  });
});

describe('createProgress', () => {
  const stream = (isTTY: boolean) => {
    const chunks: string[] = [];
    return { chunks, isTTY, columns: 60, write: (c: string) => chunks.push(c) };
  };

  it('prints one plain line per file when not a terminal', () => {
    const s = stream(false);
    const p = createProgress(12, s, false);
    p.step('BC-2025-DV001.xlsx', 'Đã nhận');
    p.step('BC-2025-DV002.xlsx', 'Bị từ chối');
    p.done();
    expect(s.chunks).toEqual([
      '[ 1/12] BC-2025-DV001.xlsx: Đã nhận\n',
      '[ 2/12] BC-2025-DV002.xlsx: Bị từ chối\n',
    ]);
  });

  it('redraws one bar on a terminal, within its width, and clears it at the end', () => {
    const s = stream(true);
    const p = createProgress(2, s, false);
    p.step('a-very-long-file-name-that-does-not-fit-in-the-terminal.xlsx', 'x');
    p.step('b.xlsx', 'x');
    p.done();
    expect(s.chunks).toHaveLength(3);
    expect(s.chunks[1]).toContain('[2/2] b.xlsx');
    for (const c of s.chunks.slice(0, 2)) expect(c.replace('\r\x1b[2K', '').length).toBeLessThanOrEqual(59);
    expect(s.chunks[2]).toBe('\r\x1b[2K');
  });

  it('is silent with --quiet', () => {
    const s = stream(false);
    createProgress(3, s, true).step('a', 'b');
    expect(s.chunks).toEqual([]);
  });
});

describe('CLI messages', () => {
  it('have the same keys in Vietnamese and English, and no empty text', () => {
    const shape = (o: unknown): unknown =>
      typeof o === 'object' && o !== null && !Array.isArray(o)
        ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shape(v)]))
        : typeof o;
    expect(shape(CLI_MESSAGES.en)).toEqual(shape(CLI_MESSAGES.vi));
    const texts = (o: unknown): string[] =>
      typeof o === 'string'
        ? [o]
        : typeof o === 'object' && o !== null
          ? Object.values(o).flatMap(texts)
          : [];
    for (const t of [...texts(CLI_MESSAGES.vi), ...texts(CLI_MESSAGES.en)]) expect(t.trim()).not.toBe('');
  });
});
