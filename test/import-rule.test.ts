import { execFileSync } from 'node:child_process';
import path from 'node:path';

// The core stays pure because lint says so: this proves the rule in eslint.config.mjs bites.
const repo = path.resolve(__dirname, '..');

interface Sample {
  source: string;
  filePath: string;
}

/**
 * Lints every sample with ESLint's Node API (`new ESLint({ cwd })`, `lintText`) and returns, per
 * sample, the no-restricted-imports messages. ESLint loads eslint.config.mjs with a dynamic import,
 * which jest's module sandbox refuses, so the linting runs in a plain node child process.
 */
function lintSamples(samples: Sample[]): string[][] {
  const child = `
    const { ESLint } = require('eslint');
    const path = require('node:path');
    (async () => {
      const samples = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const { code, filePath } of samples) {
        const [result] = await eslint.lintText(code, { filePath: path.join(process.cwd(), filePath) });
        const fatal = result.messages.find((m) => m.fatal);
        if (fatal) throw new Error(filePath + ': ESLint could not parse the sample: ' + fatal.message);
        out.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((err) => { console.error(err); process.exit(1); });
  `;
  const input = samples.map(({ source, filePath }) => ({ code: sampleCode(source), filePath }));
  const stdout = execFileSync(process.execPath, ['-e', child], { cwd: repo, input: JSON.stringify(input) });
  return JSON.parse(stdout.toString('utf8')) as string[][];
}

const sampleCode = (source: string) => `import * as mod from '${source}';\nexport const used = mod;\n`;

const FORBIDDEN: [string, RegExp][] = [
  ['react', /no React/],
  ['exceljs', /no file or Office libraries/],
  ['node:fs', /no Node APIs/],
  ['../../excel/x', /must not import another layer/],
];

/** What the core may not import and an adapter may: exceljs aside, which only tests may import. */
const ADAPTER_MAY = FORBIDDEN.map(([source]) => source).filter((source) => source !== 'exceljs');

/** [file, import, why it is refused]: adapters import no front door and judge nothing; front doors stay apart. */
const LANES: [string, string, RegExp][] = [
  ['src/xlsx/x.ts', 'exceljs', /exceljs only serves the tests/],
  ['src/cli/x.ts', 'exceljs', /exceljs only serves the tests/],
  ['src/taskpane/hooks/x.ts', 'exceljs', /exceljs only serves the tests/],
  ['src/xlsx/x.ts', '../taskpane/hooks/use-pane', /Adapters must not import a front door/],
  ['src/excel/x.ts', '../cli/main', /Adapters must not import a front door/],
  ['src/xlsx/x.ts', '../core/intake/intake', /Adapters decide nothing/],
  ['src/excel/x.ts', '../core/template/parse-report', /Adapters decide nothing/],
  ['src/excel/x.ts', '../core/check/check-report', /Adapters decide nothing/],
  ['src/taskpane/hooks/x.ts', '../../cli/consolidate', /task pane must not import the CLI/],
  ['src/cli/x.ts', '../taskpane/services/read-workbook-files', /CLI must not import the task pane/],
];

/** Imports on the way the flow goes (front door -> core intake; adapter -> core types and specs). */
const LANES_ALLOWED: [string, string][] = [
  ['src/cli/x.ts', '../core/intake/intake'],
  ['src/taskpane/hooks/x.ts', '../../core/check/check-report'],
  ['src/xlsx/x.ts', '../core/sheet/sheet-spec'],
  ['src/excel/x.ts', '../core/report/report-types'],
];

const samples: Sample[] = [
  ...FORBIDDEN.map(([source]) => ({ source, filePath: 'src/core/x.ts' })),
  ...ADAPTER_MAY.map((source) => ({ source, filePath: 'src/xlsx/x.ts' })),
  { source: '../types', filePath: 'src/core/plan/x.ts' },
];

describe('import rule: src/core is pure', () => {
  let messages: Map<string, string[]>;
  const key = (source: string, filePath: string) => `${filePath} <- ${source}`;

  beforeAll(() => {
    const results = lintSamples(samples);
    messages = new Map(samples.map((s, i) => [key(s.source, s.filePath), results[i] ?? []]));
  }, 60_000);

  it.each(FORBIDDEN)('a src/core file importing %s is an error', (source, reason) => {
    const found = messages.get(key(source, 'src/core/x.ts'));
    expect(found).toHaveLength(1);
    expect(found?.[0]).toMatch(reason);
  });

  it.each(ADAPTER_MAY)('the same import of %s under src/xlsx is allowed', (source) => {
    expect(messages.get(key(source, 'src/xlsx/x.ts'))).toEqual([]);
  });

  it('lets src/core import its own modules', () => {
    expect(messages.get(key('../types', 'src/core/plan/x.ts'))).toEqual([]);
  });
});

describe('import rule: adapters and front doors keep to their lanes', () => {
  let messages: string[][];
  beforeAll(() => {
    messages = lintSamples([...LANES, ...LANES_ALLOWED].map(([filePath, source]) => ({ source, filePath })));
  }, 60_000);

  it.each(LANES.map((l, i) => [l[0], l[1], l[2], i] as const))(
    '%s importing %s is an error',
    (_f, _s, why, i) => {
      expect(messages[i]).toHaveLength(1);
      expect(messages[i]?.[0]).toMatch(why);
    },
  );

  it.each(LANES_ALLOWED.map((l, i) => [l[0], l[1], LANES.length + i] as const))(
    '%s may import %s',
    (_f, _s, i) => {
      expect(messages[i]).toEqual([]);
    },
  );
});
