import { main } from '../../src/cli/main';

/** Runs the command in-process with captured streams (fast: for help and usage errors). */
async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: process.cwd(),
    streams: {
      stdout: { write: (c: string) => (stdout += c) },
      stderr: { write: (c: string) => (stderr += c) },
    },
    now: () => new Date(2026, 0, 15, 9, 30),
  });
  return { code, stdout, stderr };
}

describe('baocao main', () => {
  it.each(['template', 'validate', 'consolidate', 'sample', 'demo', 'verify'])(
    '%s --help in Vietnamese and English',
    async (cmd) => {
      const vi = await run([cmd, '--help']);
      expect(vi.code).toBe(0);
      expect(vi.stdout).toContain(`baocao ${cmd}`);
      expect(vi.stdout).toContain('Cách dùng');
      const en = await run([cmd, '-h', '--lang', 'en']);
      expect(en.code).toBe(0);
      expect(en.stdout).toContain('Usage');
      expect(en.stdout).not.toContain('Cách dùng');
    },
  );

  it('prints the overview with --help, before or without a command', async () => {
    for (const argv of [['--help'], ['--lang', 'en', '--help'], ['help']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/consolidate/);
    }
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Các lệnh');
  });

  it('takes options before the command name', async () => {
    const r = await run(['--lang', 'en', 'validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs at least one report file');
  });

  it.each([
    [['tong-hop'], 'Không có lệnh “tong-hop”'],
    [['validate', '--lang', 'fr', 'a.xlsx'], 'Ngôn ngữ “fr” không được hỗ trợ'],
    [['consolidate', 'a', '--year'], 'cần một giá trị'],
    [['sample', '--unit', '5'], 'không có tùy chọn “--unit”'],
  ])('%j is a usage error (exit 2) that says what to do', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('prints its version', async () => {
    const r = await run(['--version']);
    expect(r.stdout).toMatch(/^baocao \d+\.\d+\.\d+/);
  });
});
