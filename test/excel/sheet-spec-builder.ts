import type { SheetSpec, SpecCell } from '../../src/core/sheet/sheet-spec';
import { columnLetters } from '../../src/excel/a1-address';

/** A small, hand-made sheet spec (tests do not depend on the template module). */
export function aSpec(over: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: 'Báo cáo 2025',
    font: { name: 'Times New Roman', size: 12 },
    columns: [{ width: 6 }, { width: 40 }, { width: 14 }],
    cells: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    names: {},
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: 1 },
    ...over,
  };
}

/** `rows` x `cols` cells from `top`: numbers, with a text column first. */
export function gridCells(rows: number, cols: number, top = 1): SpecCell[] {
  const cells: SpecCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const address = `${columnLetters(c + 1)}${top + r}`;
      cells.push({ address, value: c === 0 ? { text: `Đơn vị ${r + 1}` } : { number: r * cols + c } });
    }
  }
  return cells;
}
