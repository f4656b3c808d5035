import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The core's folders form layers: no two folders import each other, directly or round a loop
 * (types included: a type import is how a runtime import starts). This reads the import lines of
 * every non-test file under src/core and sorts the folders; a loop fails with its folders named.
 */
const core = path.resolve(__dirname, '../src/core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const folderOf = (file: string): string => path.relative(core, file).split(path.sep)[0] ?? '';

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(core)) {
    const from = folderOf(file);
    if (!from.includes('.')) graph.set(from, graph.get(from) ?? new Set());
    for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.[^']*)'/g)) {
      const target = path.resolve(path.dirname(file), m[1] ?? '');
      const to = folderOf(target);
      // Files at the top of src/core (types.ts) are below every folder.
      if (!target.startsWith(core) || path.dirname(target) === core || to === from || from.includes('.'))
        continue;
      graph.get(from)?.add(to);
    }
  }
  return graph;
}

/** A loop of folders, if any (depth-first search), as ['a', 'b', 'a']. */
function findLoop(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const loop = visit(next);
      if (loop) return loop;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const loop = visit(node);
    if (loop) return loop;
  }
  return undefined;
}

describe('src/core folders are layers', () => {
  it('finds the folders and their imports (the check reads something)', () => {
    const graph = folderGraph();
    expect([...graph.keys()]).toEqual(
      expect.arrayContaining(['intake', 'check', 'messages', 'plan', 'template']),
    );
    expect(graph.get('intake')?.has('template')).toBe(true);
  });

  it('has no loop between folders', () => {
    expect(findLoop(folderGraph())).toBeUndefined();
  });

  it('would name a loop', () => {
    const looped = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(findLoop(looped)).toEqual(['a', 'b', 'c', 'a']);
  });
});

/**
 * The core's tests may use builders from test/, and only builders made for them: files that
 * themselves import nothing but the core, the plans and each other (no adapter, no Node, no
 * harness), so a core test still runs on the core alone.
 */
const CORE_BUILDERS = [
  'builders.ts',
  'plans/test-plan.ts',
  'consolidation/batch-fixture.ts',
  'consolidation/eval-formula.ts',
];
const testDir = path.resolve(__dirname);
const src = path.resolve(__dirname, '../src');

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/from '([^']*)'/g)].map((m) => m[1] ?? '');

describe("the core's tests and their builders", () => {
  const coreTests = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? coreTests(p) : /\.test\.tsx?$/.test(e.name) ? [p] : [];
    });

  it('import from test/ only the builders made for them', () => {
    const outside = coreTests(core).flatMap((file) =>
      importsOf(file)
        .filter((s) => s.startsWith('.'))
        .map((s) => path.resolve(path.dirname(file), s))
        .filter((t) => t.startsWith(testDir))
        .map((t) => path.relative(testDir, t).replace(/\\/g, '/') + '.ts')
        .filter((t) => !CORE_BUILDERS.includes(t))
        .map((t) => `${path.relative(core, file)} -> test/${t}`),
    );
    expect(outside).toEqual([]);
  });

  it.each(CORE_BUILDERS)('test/%s imports only the core, the plans and other builders', (builder) => {
    const file = path.join(testDir, builder);
    const bad = importsOf(file).filter((s) => {
      if (!s.startsWith('.')) return true; // a package: Node, a harness, an adapter library
      const t = path.resolve(path.dirname(file), s);
      const inCore = t.startsWith(path.join(src, 'core')) || t.startsWith(path.join(src, 'plans'));
      return !inCore && !CORE_BUILDERS.includes(path.relative(testDir, t).replace(/\\/g, '/') + '.ts');
    });
    expect(bad).toEqual([]);
  });
});
