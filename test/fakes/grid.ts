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

/** Grows a list to hold `index` with explicit `undefined`s, so V8 keeps it a plain array. */
function reach<T>(list: (T | undefined)[], index: number): void {
  while (list.length <= index) list.push(undefined);
}

/**
 * Cells by row, then by column (1-based arrays, `undefined` where none was written): an
 * array index per lookup, not two Map lookups, since a set-up writes formats down whole columns.
 */
export class Grid {
  private rows: ((Cell | undefined)[] | undefined)[] = [];

  constructor(
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  /** Read-only view of a cell; never create cells on read. */
  peek(row: number, col: number): Readonly<Cell> {
    return this.rows[row]?.[col] ?? EMPTY;
  }

  /** The writable cell, created on demand; the sheet grows to contain it. */
  cell(row: number, col: number): Cell {
    let line = this.rows[row];
    if (!line) {
      reach(this.rows, row);
      line = [];
      this.rows[row] = line;
    }
    let c = line[col];
    if (!c) {
      reach(line, col);
      c = emptyCell();
      line[col] = c;
    }
    if (row > this.maxRows) this.maxRows = row;
    if (col > this.maxColumns) this.maxColumns = col;
    return c;
  }

  lastRow(): number {
    return this.lastRowIn(1, Number.POSITIVE_INFINITY);
  }

  lastColumn(): number {
    let last = 0;
    for (const line of this.rows) {
      if (!line) continue;
      for (let col = line.length - 1; col > last; col--) {
        const c = line[col];
        if (c && hasContent(c)) {
          last = col;
          break;
        }
      }
    }
    return last;
  }

  /** Last row with content within the given columns (Range.getLastRow of a bounded range). */
  lastRowIn(fromCol: number, toCol: number): number {
    for (let row = this.rows.length - 1; row > 0; row--) {
      const line = this.rows[row];
      if (!line) continue;
      const to = Math.min(toCol, line.length - 1);
      for (let col = Math.max(fromCol, 1); col <= to; col++) {
        const c = line[col];
        if (c && hasContent(c)) return row;
      }
    }
    return 0;
  }

  forEachCell(fn: (c: Cell, row: number, col: number) => void): void {
    const rows = this.rows;
    for (let row = 1; row < rows.length; row++) {
      const line = rows[row];
      if (!line) continue;
      for (let col = 1; col < line.length; col++) {
        const c = line[col];
        if (c) fn(c, row, col);
      }
    }
  }

  clear(): void {
    this.rows = [];
  }

  insertColumnsAfter(after: number, howMany: number): void {
    const gap = new Array<undefined>(howMany).fill(undefined);
    this.rows = this.rows.map((line) =>
      line && line.length > after + 1
        ? [...line.slice(0, after + 1), ...gap, ...line.slice(after + 1)]
        : line,
    );
    this.maxColumns += howMany;
  }

  insertRowsAfter(after: number, howMany: number): void {
    if (this.rows.length > after + 1) {
      const gap = new Array<undefined>(howMany).fill(undefined);
      this.rows = this.rows.slice(0, after + 1).concat(gap, this.rows.slice(after + 1));
    }
    this.maxRows += howMany;
  }

  deleteRows(first: number, howMany: number): void {
    if (this.rows.length > first) this.rows.splice(first, howMany);
    this.maxRows = Math.max(1, this.maxRows - howMany);
  }
}
