/** Sparse per-sheet cell storage: only cells that were ever written exist. */
import type { FakeDataValidation } from './validation';
import type { CellValue } from './values';

export const DEFAULT_BACKGROUND = '#ffffff';
export const DEFAULT_NUMBER_FORMAT = 'General';
export const DEFAULT_FONT_COLOR = '#000000';

export type Cell = {
  value: CellValue;
  formula: string;
  note: string;
  background: string;
  numberFormat: string;
  validation: FakeDataValidation | null;
  fontWeight: 'normal' | 'bold';
  fontColor: string;
  wrap: boolean;
};

export function emptyCell(): Cell {
  return {
    value: '',
    formula: '',
    note: '',
    background: DEFAULT_BACKGROUND,
    numberFormat: DEFAULT_NUMBER_FORMAT,
    validation: null,
    fontWeight: 'normal',
    fontColor: DEFAULT_FONT_COLOR,
    wrap: true,
  };
}

const EMPTY: Readonly<Cell> = Object.freeze(emptyCell());

/** Content is what getLastRow/getLastColumn look at: a value or a formula, not formatting. */
export function hasContent(c: Readonly<Cell>): boolean {
  return c.value !== '' || c.formula !== '';
}

export class Grid {
  private rows = new Map<number, Map<number, Cell>>();

  constructor(
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  /** Read-only view of a cell; never create cells on read. */
  peek(row: number, col: number): Readonly<Cell> {
    return this.rows.get(row)?.get(col) ?? EMPTY;
  }

  /** The writable cell, created on demand; the sheet grows to contain it. */
  cell(row: number, col: number): Cell {
    let r = this.rows.get(row);
    if (!r) {
      r = new Map();
      this.rows.set(row, r);
    }
    let c = r.get(col);
    if (!c) {
      c = emptyCell();
      r.set(col, c);
    }
    this.maxRows = Math.max(this.maxRows, row);
    this.maxColumns = Math.max(this.maxColumns, col);
    return c;
  }

  lastRow(): number {
    let last = 0;
    for (const [row, cells] of this.rows) {
      if (row <= last) continue;
      for (const c of cells.values()) {
        if (hasContent(c)) {
          last = row;
          break;
        }
      }
    }
    return last;
  }

  /** The last row any cell is kept for (content, note or format): every row below is empty. */
  lastStoredRow(): number {
    let last = 0;
    for (const row of this.rows.keys()) if (row > last) last = row;
    return last;
  }

  lastColumn(): number {
    let last = 0;
    for (const cells of this.rows.values()) {
      for (const [col, c] of cells) if (col > last && hasContent(c)) last = col;
    }
    return last;
  }

  /** Last row with content within the given columns (Range.getLastRow of a bounded range). */
  lastRowIn(fromCol: number, toCol: number): number {
    let last = 0;
    for (const [row, cells] of this.rows) {
      if (row <= last) continue;
      for (const [col, c] of cells) {
        if (col >= fromCol && col <= toCol && hasContent(c)) {
          last = row;
          break;
        }
      }
    }
    return last;
  }

  forEachCell(fn: (c: Cell, row: number, col: number) => void): void {
    for (const [row, cells] of this.rows) for (const [col, c] of cells) fn(c, row, col);
  }

  clear(): void {
    this.rows.clear();
  }

  insertColumnsAfter(after: number, howMany: number): void {
    for (const [row, cells] of this.rows) {
      const moved = new Map<number, Cell>();
      for (const [col, c] of cells) moved.set(col > after ? col + howMany : col, c);
      this.rows.set(row, moved);
    }
    this.maxColumns += howMany;
  }

  insertRowsAfter(after: number, howMany: number): void {
    const moved = new Map<number, Map<number, Cell>>();
    for (const [row, cells] of this.rows) moved.set(row > after ? row + howMany : row, cells);
    this.rows = moved;
    this.maxRows += howMany;
  }

  deleteRows(first: number, howMany: number): void {
    const moved = new Map<number, Map<number, Cell>>();
    for (const [row, cells] of this.rows) {
      if (row < first) moved.set(row, cells);
      else if (row >= first + howMany) moved.set(row - howMany, cells);
    }
    this.rows = moved;
    this.maxRows = Math.max(1, this.maxRows - howMany);
  }
}
