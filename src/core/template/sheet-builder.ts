import type {
  CellStyle,
  ConditionalFormatSpec,
  DataValidationSpec,
  SheetSpec,
  SpecCell,
  SpecValue,
} from '../sheet/sheet-spec';
import { a1 } from './template-keys';

/**
 * Lays out a SheetSpec cell by cell (1-based rows and columns), for the report and bloc
 * templates. Styles of a merged range go on every cell of it, so that both adapters draw its
 * borders and fills whole.
 */
export class SheetBuilder {
  private readonly cells = new Map<string, SpecCell>();
  private readonly merges: string[] = [];
  private readonly heights = new Map<number, number>();
  private readonly hidden = new Set<number>();
  readonly validations: DataValidationSpec[] = [];
  readonly conditionalFormats: ConditionalFormatSpec[] = [];

  put(row: number, col: number, value: SpecValue, style?: CellStyle): string {
    const address = a1(row, col);
    this.cells.set(address, { address, value, ...(style ? { style } : {}) });
    return address;
  }

  /** A merged range with its value in the top-left cell and its style on every cell. */
  merge(row: number, col: number, row2: number, col2: number, value: SpecValue, style?: CellStyle): string {
    for (let r = row; r <= row2; r++)
      for (let c = col; c <= col2; c++) this.put(r, c, r === row && c === col ? value : null, style);
    if (row2 > row || col2 > col) this.merges.push(`${a1(row, col)}:${a1(row2, col2)}`);
    return a1(row, col);
  }

  /** Puts a value into a single cell or a merged range, whichever `col2` asks for. */
  span(row: number, col: number, col2: number, value: SpecValue, style?: CellStyle): string {
    return col2 > col ? this.merge(row, col, row, col2, value, style) : this.put(row, col, value, style);
  }

  get(address: string): SpecCell | undefined {
    return this.cells.get(address);
  }

  /** Sets the cached result of a formula cell. */
  setResult(address: string, result: string | number | boolean | null): void {
    const cell = this.cells.get(address);
    if (cell?.value && 'formula' in cell.value) cell.value = { formula: cell.value.formula, result };
  }

  /** Raises a row's height to at least `points`. */
  height(row: number, points: number): void {
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, points));
  }

  hide(row: number): void {
    this.hidden.add(row);
  }

  allCells(): SpecCell[] {
    return [...this.cells.values()];
  }

  build(
    base: Omit<SheetSpec, 'cells' | 'merges' | 'validations' | 'conditionalFormats' | 'rows'>,
  ): SheetSpec {
    const rows = [...new Set([...this.heights.keys(), ...this.hidden])]
      .sort((x, y) => x - y)
      .map((row) => ({
        row,
        ...(this.heights.has(row) ? { height: this.heights.get(row) } : {}),
        ...(this.hidden.has(row) ? { hidden: true } : {}),
      }));
    return {
      ...base,
      rows,
      cells: this.allCells(),
      merges: [...this.merges],
      validations: [...this.validations],
      conditionalFormats: [...this.conditionalFormats],
    };
  }
}

/**
 * Lines a text takes when wrapped in a column `width` characters wide (Excel's width unit, the
 * digit width of the default font, Calibri 11: 7 pixels). Times New Roman 12 averages about 6.7
 * pixels a letter, so a unit holds about 1.05 letters. Excel does not grow rows by itself when a
 * file is opened, so an estimate on the safe side keeps wrapped text visible. (LibreOffice
 * without Calibri's metrics draws columns wider, so rows there look roomier.)
 */
export function estimateLines(text: string, width: number, fit = 1.05): number {
  const capacity = Math.max(1, Math.floor(width * fit));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(' ')) {
      if (used === 0) used = word.length;
      else if (used + 1 + word.length <= capacity) used += 1 + word.length;
      else {
        count++;
        used = word.length;
      }
      while (used > capacity) {
        count++;
        used -= capacity;
      }
    }
    lines += count;
  }
  return lines;
}

/** Row height in points for `lines` lines of a `size`-point font. */
export const lineHeight = (lines: number, size: number): number => Math.ceil(lines * size * 1.3 + 4);

/** A text as an Excel formula string literal. */
export const xlText = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** "từ 98% trở lên" -> "Từ 98% trở lên". */
export const capitalize = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
