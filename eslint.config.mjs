// ESLint flat config. The core must stay pure: the override on src/core forbids every import
// that would tie it to a host (React, Fluent, Office, exceljs, Node) or to another layer.
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

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'out', 'coverage', 'test-artifacts', 'test/fixtures', 'test/stubs'] },
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
