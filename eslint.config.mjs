// ESLint flat config. The core must stay pure: the override on src/core forbids every import
// that would tie it to a host (React, Fluent, Office, exceljs, Node) or to another layer; the
// overrides below keep the adapters and the front doors in their lanes.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const corePatterns = [
  {
    group: ['react', 'react-*', 'react/*', 'react-dom', 'react-dom/*'],
    message: 'src/core is pure: no React.',
  },
  { group: ['@fluentui/*'], message: 'src/core is pure: no Fluent UI.' },
  {
    group: ['exceljs', 'fflate', '@microsoft/*', 'office-*'],
    message: 'src/core is pure: no file or Office libraries.',
  },
  {
    group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'zlib', 'stream', 'util'],
    message: 'src/core is pure: no Node APIs.',
  },
  {
    group: [
      '**/excel/**',
      '**/xlsx/**',
      '**/taskpane/**',
      '**/cli/**',
      '../excel',
      '../xlsx',
      '../taskpane',
      '../cli',
    ],
    message: 'src/core must not import another layer.',
  },
];

// The other layers, each told what it may not reach (ARCHITECTURE.md): adapters move workbooks
// and decide nothing, so they import no front door and none of the core's readers of sheets
// (the intake, the template parser); the two front doors never import each other.
const layer = (name) => [`**/${name}/**`, `../${name}`, `../../${name}`];
// exceljs is a development dependency: the reference the reader and writer parity tests compare
// with (test/xlsx). The add-in and the CLI read and write files themselves (src/xlsx).
const noExceljs = {
  group: ['exceljs', 'exceljs/*'],
  message: 'exceljs only serves the tests (test/xlsx): src/xlsx reads and writes files itself.',
};
const adapterPatterns = [
  noExceljs,
  { group: [...layer('taskpane'), ...layer('cli')], message: 'Adapters must not import a front door.' },
  {
    group: [
      '**/core/intake/**',
      '**/core/check/**',
      '**/core/template/parse-report',
      '**/core/template/bloc-template',
    ],
    message: 'Adapters decide nothing: what a workbook holds is for the core intake to say.',
  },
];
const taskpanePatterns = [
  noExceljs,
  { group: layer('cli'), message: 'The task pane must not import the CLI.' },
];
const cliPatterns = [
  noExceljs,
  { group: layer('taskpane'), message: 'The CLI must not import the task pane.' },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'build',
      'out',
      'coverage',
      'test-artifacts',
      'test/fixtures',
      'test/stubs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/plans/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: corePatterns }] },
  },
  {
    files: ['src/excel/**/*.ts', 'src/xlsx/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: adapterPatterns }] },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: taskpanePatterns }] },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: cliPatterns }] },
  },
  {
    // Components render; hooks act. Only adapters and hooks may touch Office.
    files: ['src/taskpane/components/**/*.tsx'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'Components render; call Office through a hook.' },
        { name: 'Excel', message: 'Components render; call Excel through a hook.' },
      ],
    },
  },
);
