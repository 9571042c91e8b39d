/**
 * A fill (a format written over a block, kept as one entry per column) leaves the grid exactly
 * as writing every cell of the block did: the same cells exist, with the same attributes,
 * through rows inserted and deleted and columns inserted. A block written or read at once
 * (writeBlock, readBlock) is the same as cell by cell.
 */
import { type Cell, type CellFormat, Grid } from './grid';

type Step =
  | { kind: 'fill'; row: number; col: number; rows: number; cols: number; patch: CellFormat }
  | { kind: 'value'; row: number; col: number; value: string }
  | { kind: 'values'; row: number; col: number; values: string[][] }
  | { kind: 'insertRows'; after: number; howMany: number }
  | { kind: 'deleteRows'; first: number; howMany: number }
  | { kind: 'insertColumns'; after: number; howMany: number };

/** The same step on two grids: fills as fills on one, cell by cell on the other. */
function apply(step: Step, filled: Grid, written: Grid): void {
  for (const grid of [filled, written]) {
    if (step.kind === 'fill') {
      if (grid === filled) grid.fill(step.row, step.col, step.rows, step.cols, step.patch);
      else {
        for (let r = step.row; r < step.row + step.rows; r++)
          for (let c = step.col; c < step.col + step.cols; c++)
            Object.assign(grid.cell(r, c), step.patch);
      }
    } else if (step.kind === 'value') grid.cell(step.row, step.col).value = step.value;
    else if (step.kind === 'values') {
      if (grid === filled)
        grid.writeBlock(step.row, step.col, step.values, (cell, value) => {
          cell.value = value;
        });
      else
        step.values.forEach((line, r) => {
          line.forEach((value, c) => {
            grid.cell(step.row + r, step.col + c).value = value;
          });
        });
    } else if (step.kind === 'insertRows') grid.insertRowsAfter(step.after, step.howMany);
    else if (step.kind === 'deleteRows') grid.deleteRows(step.first, step.howMany);
    else grid.insertColumnsAfter(step.after, step.howMany);
  }
}

/** Every cell that exists, by position, as a line: read-only, or writable. */
function cells(grid: Grid, how: 'read' | 'write'): string[] {
  const out: string[] = [];
  const line = (c: Readonly<Cell>, row: number, col: number) =>
    out.push(`${row},${col} ${JSON.stringify(c)}`);
  if (how === 'read') grid.forEachCellRead(line);
  else grid.forEachCell(line);
  return out.sort();
}

/** What reads see: every cell of the top-left block, the last row and column, the size. */
function looks(grid: Grid): string {
  const out: string[] = [];
  for (let r = 1; r <= 50; r++)
    for (let c = 1; c <= 10; c++) out.push(JSON.stringify(grid.peek(r, c)));
  out.push(`${grid.lastRow()} ${grid.lastColumn()} ${grid.maxRows} ${grid.maxColumns}`);
  return out.join('\n');
}

/** The top-left block read at once, and cell by cell. */
function blockLooks(grid: Grid): [string, string] {
  const block = grid.readBlock(1, 1, 50, 10, (c) => JSON.stringify(c));
  const one = Array.from({ length: 50 }, (_, r) =>
    Array.from({ length: 10 }, (_, c) => JSON.stringify(grid.peek(r + 1, c + 1))),
  );
  return [block.flat().join('\n'), one.flat().join('\n')];
}

/** A small deterministic generator, so a failure repeats. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
}

const PATCHES: CellFormat[] = [
  { numberFormat: '@' },
  { background: '#f4cccc' },
  { note: 'x', background: '#fff2cc' },
  { value: '', formula: '' },
  { fontWeight: 'bold', wrap: false },
];

test.each([1, 2, 3])(
  'a random mix of fills, values and row and column moves (seed %i): the same cells as writing each one',
  (seed) => {
    const next = random(seed);
    const filled = new Grid(40, 8);
    const written = new Grid(40, 8);
    for (let i = 0; i < 60; i++) {
      const pick = next(10);
      const step: Step =
        pick < 4
          ? {
              kind: 'fill',
              row: 1 + next(30),
              col: 1 + next(6),
              rows: 1 + next(20),
              cols: 1 + next(3),
              patch: PATCHES[next(PATCHES.length)] as CellFormat,
            }
          : pick < 6
            ? { kind: 'value', row: 1 + next(45), col: 1 + next(8), value: `v${i}` }
            : pick < 7
              ? {
                  kind: 'values',
                  row: 1 + next(45),
                  col: 1 + next(8),
                  values: Array.from({ length: 1 + next(3) }, (_, r) =>
                    Array.from({ length: next(4) }, (_, c) => `w${i}.${r}.${c}`),
                  ),
                }
              : pick < 8
                ? { kind: 'insertRows', after: next(40), howMany: 1 + next(5) }
                : pick < 9
                  ? { kind: 'deleteRows', first: 1 + next(40), howMany: 1 + next(6) }
                  : { kind: 'insertColumns', after: next(8), howMany: 1 + next(2) };
      apply(step, filled, written);
      // Reads between steps, as the code under test makes them, leave nothing behind.
      expect(looks(filled)).toEqual(looks(written));
      const [block, one] = blockLooks(filled);
      expect(block).toBe(one);
    }
    const expected = cells(written, 'write');
    expect(cells(filled, 'read')).toEqual(expected);
    expect(cells(filled, 'write')).toEqual(expected);
  },
);
