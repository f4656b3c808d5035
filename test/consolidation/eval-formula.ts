/**
 * A tiny evaluator of the formulas the summary sheets write (COUNTIF, IF, + - * /, comparisons,
 * cell references and string literals), over a sheet spec's cells. Tests use it to prove that the
 * live formulas compute what their cached results say, without a spreadsheet program.
 */
import type { SheetSpec, SpecValue } from '../../src/core/sheet/sheet-spec';

type Value = number | string | boolean | null;

const colNumber = (letters: string): number =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

function parseRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`Bad reference ${ref}`);
  return { col: colNumber(m[1] as string), row: Number(m[2]) };
}

function valueOf(v: SpecValue | undefined, evalCell: (f: string) => Value): Value {
  if (!v) return null;
  if ('text' in v) return v.text;
  if ('number' in v) return v.number;
  if ('bool' in v) return v.bool;
  if ('date' in v) return v.date;
  return evalCell(v.formula);
}

export function evaluate(formula: string, spec: SheetSpec): Value {
  const cells = new Map(spec.cells.map((c) => [c.address, c.value]));
  const cell = (ref: string): Value => valueOf(cells.get(ref.replace(/\$/g, '')), (f) => evaluate(f, spec));
  const range = (from: string, to: string): Value[] => {
    const a = parseRef(from);
    const b = parseRef(to);
    const out: Value[] = [];
    for (let r = a.row; r <= b.row; r++)
      for (let c = a.col; c <= b.col; c++) {
        let letters = '';
        for (let n = c; n > 0; n = Math.floor((n - 1) / 26))
          letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
        out.push(cell(`${letters}${r}`));
      }
    return out;
  };

  let i = 0;
  const s = formula;
  const peek = (): string => s[i] ?? '';
  const expect = (ch: string): void => {
    if (s[i] !== ch) throw new Error(`Expected ${ch} at ${i} in ${s}`);
    i++;
  };
  const num = (v: Value): number => (typeof v === 'number' ? v : v === null || v === '' ? 0 : Number(v));

  function primary(): Value | Value[] {
    if (peek() === '"') {
      i++;
      let out = '';
      while (i < s.length) {
        if (s[i] === '"' && s[i + 1] === '"') {
          out += '"';
          i += 2;
        } else if (s[i] === '"') break;
        else out += s[i++];
      }
      expect('"');
      return out;
    }
    if (peek() === '(') {
      i++;
      const v = comparison();
      expect(')');
      return v;
    }
    const m = /^[0-9.]+/.exec(s.slice(i));
    if (m) {
      i += m[0].length;
      return Number(m[0]);
    }
    const name = /^\$?[A-Z]+\$?[0-9]*/.exec(s.slice(i))?.[0] ?? '';
    if (!name) throw new Error(`Unexpected ${peek()} at ${i} in ${s}`);
    i += name.length;
    if (peek() === '(') {
      i++;
      const args: (Value | Value[])[] = [];
      while (peek() !== ')') {
        args.push(comparison());
        if (peek() === ',') i++;
      }
      expect(')');
      if (name === 'COUNTIF') {
        const [values, criterion] = args;
        return (values as Value[]).filter((v) => v === criterion).length;
      }
      if (name === 'IF') return (args[0] ? args[1] : args[2]) as Value;
      throw new Error(`Unknown function ${name}`);
    }
    if (peek() === ':') {
      i++;
      const to = /^\$?[A-Z]+\$?[0-9]+/.exec(s.slice(i))?.[0] ?? '';
      i += to.length;
      return range(name, to);
    }
    return cell(name);
  }
  function term(): Value | Value[] {
    let v = primary();
    while (peek() === '*' || peek() === '/') {
      const op = s[i++];
      const r = primary();
      v = op === '*' ? num(v as Value) * num(r as Value) : num(v as Value) / num(r as Value);
    }
    return v;
  }
  function sum(): Value | Value[] {
    let v = term();
    while (peek() === '+' || peek() === '-') {
      const op = s[i++];
      const r = term();
      v = op === '+' ? num(v as Value) + num(r as Value) : num(v as Value) - num(r as Value);
    }
    return v;
  }
  function comparison(): Value | Value[] {
    const v = sum();
    const op = /^(>=|<=|<>|=|>|<)/.exec(s.slice(i))?.[0];
    if (!op) return v;
    i += op.length;
    const r = sum() as Value;
    const l = v as Value;
    switch (op) {
      case '=':
        return l === r || (l === null && r === '') || (l === null && r === 0);
      case '<>':
        return l !== r;
      case '>=':
        return num(l) >= num(r);
      case '<=':
        return num(l) <= num(r);
      case '>':
        return num(l) > num(r);
      default:
        return num(l) < num(r);
    }
  }
  const out = comparison();
  if (i !== s.length) throw new Error(`Trailing text at ${i} in ${s}`);
  return out as Value;
}
