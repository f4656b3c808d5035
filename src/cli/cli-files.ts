/**
 * Files and folders at the CLI's edge: which files a list of arguments means, how paths are
 * shown, and writing outputs without ever overwriting by accident (exclusive create; with
 * --force, a temporary file renamed over the old one, so a failed write never leaves half a file).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CliContext } from './cli-context';

/** Our own files in a sample folder: not reports, so a folder scan leaves them out. */
export const CONFIG_FILE = 'baocao.config.json';
export const MANIFEST_FILE = 'sample-manifest.json';

export function resolvePath(ctx: CliContext, p: string): string {
  return resolve(ctx.cwd, p);
}

/** A path as the user would type it: relative to the working folder when inside it. */
export function displayPath(ctx: CliContext, abs: string): string {
  const rel = relative(ctx.cwd, abs);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
}

export interface Inputs {
  /** Absolute paths, in the order given; a folder's files sorted by name. */
  files: string[];
  /** Arguments that do not exist. */
  missing: string[];
  /** Folders with nothing to read. */
  emptyDirs: string[];
  /** Files a folder scan left out, by folder. */
  skipped: { dir: string; names: string[] }[];
  /** Folders holding a settings file, when no --config was given. */
  configsSeen: string[];
}

/** Not reports: our JSON files, hidden files and Excel's lock files ("~$report.xlsx"). */
function skippedInFolder(name: string): boolean {
  return name === CONFIG_FILE || name === MANIFEST_FILE || name.startsWith('.') || name.startsWith('~$');
}

export async function expandInputs(ctx: CliContext, args: readonly string[]): Promise<Inputs> {
  const out: Inputs = { files: [], missing: [], emptyDirs: [], skipped: [], configsSeen: [] };
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      out.files.push(file);
    }
  };
  for (const arg of args) {
    const path = resolvePath(ctx, arg);
    let info;
    try {
      info = await stat(path);
    } catch {
      out.missing.push(arg);
      continue;
    }
    if (!info.isDirectory()) {
      add(path);
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true });
    const names = entries
      .filter((e) => e.isFile())
      .map((e) => e.name)
      // Plain code-point order: the same on every machine and locale.
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const skipped = names.filter(skippedInFolder);
    if (skipped.length > 0) out.skipped.push({ dir: path, names: skipped });
    if (names.includes(CONFIG_FILE)) out.configsSeen.push(path);
    const files = names.filter((n) => !skippedInFolder(n));
    if (files.length === 0) out.emptyDirs.push(arg);
    for (const n of files) add(join(path, n));
  }
  return out;
}

/** The real path of a file (symlinks resolved), or the resolved path when it does not exist. */
export async function realOrResolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a new file. Without `force` it fails with EEXIST when the file exists (checked by the
 * operating system at creation, so there is no window for a race).
 */
export async function writeOutput(path: string, data: Uint8Array | string, force: boolean): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  if (!force) {
    await writeFile(path, data, { flag: 'wx' });
    return;
  }
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/** Whether `child` lies inside `parent` (both absolute). */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.startsWith(sep);
}
