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

/**
 * A writable copy of a cell, field by field: a literal of one shape is several times faster
 * to make (and to read later) than `{ ...frozen }`, and a set-up makes a hundred thousand.
 */
function copyCell(c: Readonly<Cell>): Cell {
  return {
    value: c.value,
    formula: c.formula,
    note: c.note,
    background: c.background,
    numberFormat: c.numberFormat,
    validation: c.validation,
    fontWeight: c.fontWeight,
    fontColor: c.fontColor,
    wrap: c.wrap,
  };
}

/** Content is what getLastRow/getLastColumn look at: a value or a formula, not formatting. */
export function hasContent(c: Readonly<Cell>): boolean {
  return c.value !== '' || c.formula !== '';
}

/** Grows a list to hold `index` with explicit `undefined`s, so V8 keeps it a plain array. */
function reach<T>(list: (T | undefined)[], index: number): void {
  while (list.length <= index) list.push(undefined);
}

/** Formatting that leaves content alone: what a fill may set (see Grid.fill). */
export type CellFormat = Partial<Omit<Cell, 'value' | 'formula'>> &
  Partial<Record<'value' | 'formula', ''>>;

/** One fill of a column: rows from..to (inclusive) given the same attributes. */
type Fill = { from: number; to: number; patch: CellFormat };

/** A column's fills cut into runs of rows alike: starts ascending, each run's cell frozen. */
type Runs = { starts: number[]; cells: Readonly<Cell>[] };

/**
 * Cells by row, then by column (1-based arrays, `undefined` where none was written): an
 * array index per lookup, not two Map lookups, since a set-up writes formats down whole columns.
 *
 * A format written over many rows (a dropdown or a number format down a column) is kept as a
 * fill of the column instead of a thousand cell objects: a cell without its own object reads
 * as the empty cell with every fill over it applied in order, and gets its object (from that
 * look) when it is first written. A cell a fill covers exists as if written (forEachCell
 * visits it), as it did when every fill wrote each cell.
 */
export class Grid {
  private rows: ((Cell | undefined)[] | undefined)[] = [];
  private fills: (Fill[] | undefined)[] = [];
  private runs: (Runs | undefined)[] = [];

  constructor(
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  /** Read-only view of a cell; never create cells on read. */
  peek(row: number, col: number): Readonly<Cell> {
    return this.rows[row]?.[col] ?? this.filled(row, col);
  }

  /**
   * `pick` of every cell of a block, row by row, as peek would give them: a row's cells are
   * looked up in its line, and a cell without an object in its column's runs through a cursor
   * that moves down with the rows (instead of a search per cell).
   */
  readBlock<T>(
    row: number,
    col: number,
    numRows: number,
    numCols: number,
    pick: (c: Readonly<Cell>) => T,
  ): T[][] {
    const looks = this.looksDown(col, numCols);
    const out: T[][] = [];
    for (let r = 0; r < numRows; r++) {
      const sheetRow = row + r;
      const line = this.rows[sheetRow];
      const values: T[] = [];
      for (let c = 0; c < numCols; c++) values.push(pick(line?.[col + c] ?? looks(c, sheetRow)));
      out.push(values);
    }
    return out;
  }

  /**
   * Writes each value of `data` (rows from `row`, columns from `col`) into its writable cell,
   * as cell() would make it, row by row with the cursors of readBlock.
   */
  writeBlock<T>(
    row: number,
    col: number,
    data: readonly (readonly T[])[],
    write: (c: Cell, v: T) => void,
  ): void {
    const width = data.reduce((widest, line) => Math.max(widest, line.length), 0);
    const looks = this.looksDown(col, width);
    let lastRow = 0;
    let lastCol = 0;
    for (let r = 0; r < data.length; r++) {
      const values = data[r] as readonly T[];
      if (values.length === 0) continue;
      const sheetRow = row + r;
      let line = this.rows[sheetRow];
      if (!line) {
        reach(this.rows, sheetRow);
        line = [];
        this.rows[sheetRow] = line;
      }
      for (let c = 0; c < values.length; c++) {
        let cell = line[col + c];
        if (!cell) {
          reach(line, col + c);
          cell = copyCell(looks(c, sheetRow));
          line[col + c] = cell;
        }
        write(cell, values[c] as T);
      }
      lastRow = sheetRow;
      lastCol = Math.max(lastCol, col + values.length - 1);
    }
    if (lastRow > this.maxRows) this.maxRows = lastRow;
    if (lastCol > this.maxColumns) this.maxColumns = lastCol;
  }

  /**
   * How cells without an object look, column by column from `col`, for rows asked in
   * ascending order: each column's runs walked by a cursor.
   */
  private looksDown(col: number, numCols: number): (c: number, row: number) => Readonly<Cell> {
    const runs: (Runs | undefined)[] = [];
    const at: number[] = [];
    for (let c = 0; c < numCols; c++) {
      runs.push(this.runsOf(col + c));
      at.push(0);
    }
    return (c, row) => {
      const column = runs[c];
      if (!column) return EMPTY;
      const { starts, cells } = column;
      const first = starts[0];
      if (first === undefined || row < first) return EMPTY;
      let i = at[c] as number;
      while (i + 1 < starts.length && (starts[i + 1] as number) <= row) i++;
      at[c] = i;
      return cells[i] as Readonly<Cell>;
    };
  }

  /** The column's fills as runs (made when first needed after a fill), or none. */
  private runsOf(col: number): Runs | undefined {
    const fills = this.fills[col];
    if (!fills) return undefined;
    let runs = this.runs[col];
    if (!runs) {
      runs = runsOf(fills);
      this.runs[col] = runs;
    }
    return runs;
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
      c = copyCell(this.filled(row, col));
      line[col] = c;
    }
    if (row > this.maxRows) this.maxRows = row;
    if (col > this.maxColumns) this.maxColumns = col;
    return c;
  }

  /**
   * Gives every cell of the block the patch's attributes, as writing each cell would: cells
   * with an object are written, the others get the patch as a fill of their column.
   */
  fill(row: number, col: number, numRows: number, numCols: number, patch: CellFormat): void {
    const lastRow = row + numRows - 1;
    const lastCol = col + numCols - 1;
    // Only rows that have lines can hold cells with objects (a fresh sheet has a few).
    for (let r = row; r <= Math.min(lastRow, this.rows.length - 1); r++) {
      const line = this.rows[r];
      if (!line) continue;
      for (let c = col; c <= Math.min(lastCol, line.length - 1); c++) {
        const cell = line[c];
        if (cell) Object.assign(cell, patch);
      }
    }
    reach(this.fills, lastCol);
    for (let c = col; c <= lastCol; c++) {
      let fills = this.fills[c];
      if (!fills) {
        fills = [];
        this.fills[c] = fills;
      }
      fills.push({ from: row, to: lastRow, patch });
      this.runs[c] = undefined;
    }
    if (lastRow > this.maxRows) this.maxRows = lastRow;
    if (lastCol > this.maxColumns) this.maxColumns = lastCol;
  }

  /** How a cell without an object looks: the empty cell under its column's fills. */
  private filled(row: number, col: number): Readonly<Cell> {
    const runs = this.runsOf(col);
    if (!runs) return EMPTY;
    const { starts, cells } = runs;
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0 || row < (starts[0] as number)) return EMPTY;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= row) lo = mid;
      else hi = mid - 1;
    }
    return cells[lo] as Readonly<Cell>;
  }

  /** Gives every cell a fill covers its own object, and drops the fills. */
  private materialize(): void {
    for (let col = 1; col < this.fills.length; col++) {
      const fills = this.fills[col];
      if (!fills) continue;
      let top = Number.POSITIVE_INFINITY;
      let bottom = 0;
      for (const f of fills) {
        top = Math.min(top, f.from);
        bottom = Math.max(bottom, f.to);
      }
      // Only rows some fill covers: the gaps between fills hold no cell.
      for (let row = top; row <= bottom; row++) {
        if (fills.some((f) => f.from <= row && row <= f.to)) this.cell(row, col);
      }
    }
    this.fills = [];
    this.runs = [];
  }

  lastRow(): number {
    return this.lastRowIn(1, Number.POSITIVE_INFINITY);
  }

  /** The last row any cell is kept for (content, note or format): every row below is empty. */
  lastStoredRow(): number {
    let last = 0;
    for (const row of this.rows.keys()) if (row > last) last = row;
    return last;
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

  /** Every cell that exists, writable (a cell only a fill covers gets its object first). */
  forEachCell(fn: (c: Cell, row: number, col: number) => void): void {
    this.materialize();
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

  /** Every cell that exists, read-only: a cell only a fill covers is read, not created. */
  forEachCellRead(fn: (c: Readonly<Cell>, row: number, col: number) => void): void {
    let bottom = this.rows.length - 1;
    for (const fills of this.fills) for (const f of fills ?? []) bottom = Math.max(bottom, f.to);
    for (let row = 1; row <= bottom; row++) {
      const line = this.rows[row];
      const right = Math.max(line ? line.length : 0, this.fills.length) - 1;
      for (let col = 1; col <= right; col++) {
        const c = line?.[col] ?? this.filled(row, col);
        if (c !== EMPTY) fn(c, row, col);
      }
    }
  }

  clear(): void {
    this.rows = [];
    this.fills = [];
    this.runs = [];
  }

  insertColumnsAfter(after: number, howMany: number): void {
    const gap = new Array<undefined>(howMany).fill(undefined);
    this.rows = this.rows.map((line) =>
      line && line.length > after + 1
        ? [...line.slice(0, after + 1), ...gap, ...line.slice(after + 1)]
        : line,
    );
    if (this.fills.length > after + 1) {
      this.fills = [...this.fills.slice(0, after + 1), ...gap, ...this.fills.slice(after + 1)];
      this.runs = [];
    }
    this.maxColumns += howMany;
  }

  insertRowsAfter(after: number, howMany: number): void {
    if (this.rows.length > after + 1) {
      const gap = new Array<undefined>(howMany).fill(undefined);
      this.rows = this.rows.slice(0, after + 1).concat(gap, this.rows.slice(after + 1));
    }
    // The new rows hold no cell: a fill across them splits in two.
    this.moveFills((f) =>
      f.to <= after
        ? [f]
        : f.from > after
          ? [{ ...f, from: f.from + howMany, to: f.to + howMany }]
          : [
              { ...f, to: after },
              { ...f, from: after + 1 + howMany, to: f.to + howMany },
            ],
    );
    this.maxRows += howMany;
  }

  deleteRows(first: number, howMany: number): void {
    if (this.rows.length > first) this.rows.splice(first, howMany);
    const end = first + howMany;
    // The rows left of a fill: those before the deleted ones, and those after moved up.
    this.moveFills((f) => {
      const from = f.from >= first && f.from < end ? end : f.from;
      const to = f.to >= first && f.to < end ? first - 1 : f.to;
      if (from > to) return [];
      return [
        {
          ...f,
          from: from >= end ? from - howMany : from,
          to: to >= end ? to - howMany : to,
        },
      ];
    });
    this.maxRows = Math.max(1, this.maxRows - howMany);
  }

  private moveFills(move: (f: Fill) => Fill[]): void {
    this.fills = this.fills.map((fills) => fills?.flatMap(move));
    this.runs = [];
  }
}

/** A column's fills as runs: every row where a fill starts or ends after one begins a run. */
function runsOf(fills: readonly Fill[]): Runs {
  const edges = new Set<number>();
  for (const f of fills) {
    edges.add(f.from);
    edges.add(f.to + 1);
  }
  const starts = [...edges].sort((a, b) => a - b);
  const cells = starts.map((start) => {
    let cell: Readonly<Cell> = EMPTY;
    for (const f of fills) {
      if (f.from <= start && start <= f.to) cell = { ...cell, ...f.patch };
    }
    return cell === EMPTY ? EMPTY : Object.freeze(cell);
  });
  return { starts, cells };
}
