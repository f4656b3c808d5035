import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allVocabularyWords } from '../src/core/messages/vocabulary';

// Issue 12 §5 "One vocabulary": the verdict and status words are spelled once, in
// src/core/messages/vocabulary.ts; every sheet, the task pane, the CLI and the JSON labels take
// them from there. This scans src/ for a string literal that is exactly one of those words.
const repo = path.resolve(__dirname, '..');
const src = path.join(repo, 'src');
const HOME = path.join('src', 'core', 'messages', 'vocabulary.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** The string literals of a source text: '…', "…" and `…` without substitutions. */
function literals(text: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`([^`$\\]*)`/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

/** The text without comments (a comment may quote a word: it is not a spelling the user sees). */
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

/** "file: word" for every literal in `text` that spells a vocabulary word. */
function spellings(file: string, text: string, words: ReadonlySet<string>): string[] {
  return literals(code(text.normalize('NFC')))
    .filter((l) => words.has(l))
    .map((l) => `${file}: ${l}`);
}

const words = new Set(allVocabularyWords());
const files = sourceFiles(src).map((f) => ({
  rel: path.relative(repo, f),
  text: readFileSync(f, 'utf8'),
}));

describe('one vocabulary (issue 12 §5)', () => {
  it.each([
    ['a quoted word', `const w = 'Chưa đạt';`, ['x.ts: Chưa đạt']],
    ['a double-quoted English word', `const w = "Overdue";`, ['x.ts: Overdue']],
    ['a template literal without values', 'const w = `Trùng lặp`;', ['x.ts: Trùng lặp']],
    ['the word inside a sentence', `const w = 'Đạt yêu cầu';`, []],
    ['a template with a value', 'const w = `Quá hạn ${n} ngày`;', []],
    ['a comment', `// the cell says 'Đạt'\n/* or "Chưa nhập" */`, []],
  ])('the scanner finds %s only when the literal is the word', (_name, text, expected) => {
    expect(spellings('x.ts', text, words)).toEqual(expected);
  });

  it('no file in src/ other than vocabulary.ts and the tests spells a verdict or status word', () => {
    const found = files
      .filter((f) => f.rel !== HOME && !/\.test\.tsx?$/.test(f.rel))
      .flatMap((f) => spellings(f.rel, f.text, words));
    expect(found).toEqual([]);
  });

  it('DOMAIN.md glossary: no file in src/ writes "không đạt" (Party reports write "chưa đạt")', () => {
    const banned = ['Không', 'đạt'].join(' ').toLowerCase();
    const found = files
      .filter((f) => f.text.normalize('NFC').toLowerCase().includes(banned))
      .map((f) => f.rel);
    expect(found).toEqual([]);
  });
});
