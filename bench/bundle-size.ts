/**
 * Figure 4: the task pane's JavaScript as the browser downloads it: the entry scripts
 * dist/taskpane.html references (initial) and each lazy chunk, raw and gzipped (zlib level 9),
 * against "initial JavaScript at most 300 KB gzipped". office.js and Excel's host scripts are
 * Microsoft's (served from dist/office-js, copied from @microsoft/office-js): listed, not counted.
 * dist/ is measured when it holds a production build newer than its sources; otherwise
 * `npm run build` runs first, into a folder of the bench's own (dist/ may be in use by a dev
 * server or browser tests, and a development build there would measure nothing useful).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatBytes, formatMs, mark, renderTable, since } from './table';

export const INITIAL_GZIP_GOAL_BYTES = 300 * 1024;

export interface ScriptSize {
  file: string;
  kind: 'initial' | 'lazy' | 'microsoft-initial' | 'microsoft-host';
  bytes: number;
  gzipBytes: number;
  /** A library recognized in it (production chunk names are numbers). */
  holds?: string;
}

export interface BundleFigure {
  built: boolean;
  buildMs?: number;
  /** The folder measured. */
  dir: string;
  /** Why the build ran, or why dist was measured as it is. */
  buildNote: string;
  scripts: ScriptSize[];
  initialBytes: number;
  initialGzipBytes: number;
  lazyBytes: number;
  lazyGzipBytes: number;
}

/** Inputs of the build (a change to any makes dist stale). */
const BUILD_INPUTS = [
  'src',
  'assets',
  'webpack.config.js',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'manifest.xml',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(
    s.mtimeMs,
    ...readdirSync(path)
      .filter((n) => !n.endsWith('.test.ts') && !n.endsWith('.test.tsx'))
      .map((n) => newestMtime(join(path, n))),
  );
}

/** Script files taskpane.html loads, as written in its <script src>. */
function scriptsOf(dist: string): string[] {
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((m) => m[1] as string);
}

/** Why `dist` cannot be measured as it is, or null when it holds a production build newer than its sources. */
function staleReason(repo: string, dist: string): string | null {
  const html = join(dist, 'taskpane.html');
  if (!existsSync(html)) return `${relative(repo, dist) || dist}/taskpane.html is missing`;
  const built = statSync(html).mtimeMs;
  const newer = BUILD_INPUTS.filter((p) => newestMtime(join(repo, p)) > built);
  if (newer.length) return `${newer.join(', ')} changed after the last build`;
  // webpack's development output starts with its commented runtime; production output is minified.
  const entry = scriptsOf(dist).find((src) => !src.startsWith('office-js/'));
  if (entry && readFileSync(join(dist, entry), 'utf8').includes('/******/'))
    return 'dist holds a development build';
  return null;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Libraries worth naming, by a string their minified code keeps. */
const MARKERS: [string, string][] = [
  ['exceljs', 'exceljs'],
  ['JSZip', 'JSZip'],
];

function sizeOf(dist: string, path: string, kind: ScriptSize['kind']): ScriptSize {
  const data = readFileSync(path);
  const text = kind.startsWith('microsoft') ? '' : data.toString('utf8');
  const holds = MARKERS.filter(([marker]) => text.includes(marker)).map(([, name]) => name);
  return {
    file: relative(dist, path),
    kind,
    bytes: data.length,
    gzipBytes: gzipSync(data, { level: 9 }).length,
    ...(holds.length ? { holds: holds.join(', ') } : {}),
  };
}

export function bundleFigure(repo: string, log: (s: string) => void): BundleFigure {
  const own = join(os.tmpdir(), 'baocao-bench', 'dist');
  const stale = staleReason(repo, join(repo, 'dist'));
  let built = false;
  let buildMs: number | undefined;
  let buildNote = 'dist/ is a production build newer than its sources';
  let dist = join(repo, 'dist');
  if (stale && staleReason(repo, own) === null) {
    dist = own;
    buildNote = `${stale}: measured the bench's own production build, newer than the sources`;
  } else if (stale) {
    const out = own;
    log(`  figure 4: npm run build into ${out} (${stale})...`);
    const start = performance.now();
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['run', 'build', '--', '--output-path', out], {
      cwd: repo,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    buildMs = since(start);
    if (r.status !== 0) throw new Error(`npm run build failed:\n${(r.stderr || r.stdout).slice(-2000)}`);
    built = true;
    dist = out;
    buildNote = `${stale}: production build made in ${formatMs(buildMs)}`;
  }
  const referenced = scriptsOf(dist);
  const ours = referenced.filter((src) => !src.startsWith('office-js/'));
  const microsoftInitial = new Set(referenced.filter((src) => src.startsWith('office-js/')));
  const scripts: ScriptSize[] = [
    ...ours.map((src) => sizeOf(dist, join(dist, src), 'initial')),
    ...readdirSync(dist)
      .filter((n) => n.endsWith('.js') && !ours.includes(n))
      .sort()
      .map((n) => sizeOf(dist, join(dist, n), 'lazy')),
    ...filesUnder(join(dist, 'office-js'))
      .filter((p) => p.endsWith('.js'))
      .sort()
      .map((p) =>
        sizeOf(dist, p, microsoftInitial.has(relative(dist, p)) ? 'microsoft-initial' : 'microsoft-host'),
      ),
  ];
  const sum = (kind: ScriptSize['kind'], key: 'bytes' | 'gzipBytes'): number =>
    scripts.filter((s) => s.kind === kind).reduce((n, s) => n + s[key], 0);
  return {
    built,
    ...(buildMs !== undefined ? { buildMs } : {}),
    dir: dist,
    buildNote,
    scripts,
    initialBytes: sum('initial', 'bytes'),
    initialGzipBytes: sum('initial', 'gzipBytes'),
    lazyBytes: sum('lazy', 'bytes'),
    lazyGzipBytes: sum('lazy', 'gzipBytes'),
  };
}

const KIND_LABEL: Record<ScriptSize['kind'], string> = {
  initial: 'initial (ours)',
  lazy: 'lazy chunk (ours)',
  'microsoft-initial': "Microsoft's office.js (page loads it)",
  'microsoft-host': "Microsoft's (office.js loads one per host)",
};

export function bundleTable(f: BundleFigure): string {
  const ours = f.scripts.filter((s) => s.kind === 'initial' || s.kind === 'lazy');
  const microsoft = f.scripts.filter((s) => s.kind.startsWith('microsoft'));
  const row = (s: ScriptSize): string[] => [
    s.file,
    `${KIND_LABEL[s.kind]}${s.holds ? `: ${s.holds}` : ''}`,
    formatBytes(s.bytes),
    formatBytes(s.gzipBytes),
    '',
    '',
  ];
  return renderTable(
    `Figure 4. Task pane JavaScript (${f.buildNote})`,
    [
      { title: 'File' },
      { title: 'Kind' },
      { title: 'Raw', align: 'right' },
      { title: 'Gzip -9', align: 'right' },
      { title: 'Goal' },
      { title: '' },
    ],
    [
      ...ours.map(row),
      [
        'initial JavaScript, total',
        'ours',
        formatBytes(f.initialBytes),
        formatBytes(f.initialGzipBytes),
        '≤ 300 KB gzip',
        mark(f.initialGzipBytes <= INITIAL_GZIP_GOAL_BYTES),
      ],
      ['lazy chunks, total', 'ours', formatBytes(f.lazyBytes), formatBytes(f.lazyGzipBytes), '', ''],
      ...microsoft.map(row),
    ],
  );
}
