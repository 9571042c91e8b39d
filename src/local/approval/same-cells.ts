import type { OutCell } from '../../core/approval/rows';
import { type CellValue, UnreadableCell, type WorkbookSource } from '../../core/read/workbook';
import type { Appended } from './append-xlsx';

/** A cell as compared: what a reader sees in it, Dates by their time, empties alike. */
function key(cell: CellValue | OutCell): string {
  if (cell === null || cell === undefined || cell === '') return '';
  if (cell instanceof Date) return `d${cell.getTime()}`;
  if (cell instanceof UnreadableCell) return `u${cell.kind}${cell.text}`;
  if (typeof cell === 'object') return `d${cell.wall}`;
  return `${typeof cell}${String(cell)}`;
}

/** The rows of a sheet by row number, each as its cells' keys, trailing empties dropped. */
function rowsOf(source: WorkbookSource, name: string): Map<number, string[]> {
  const values = source.values(name);
  const numbers = source.rowNumbers?.(name);
  const rows = new Map<number, string[]>();
  values.forEach((row, i) => {
    const cells = Array.from(row ?? [], (cell) => key(cell));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length > 0) rows.set(numbers?.[i] ?? i + 1, cells);
  });
  return rows;
}

/**
 * The first difference between a workbook and its rewrite, or null when the rewrite holds
 * every sheet and cell of the original unchanged, plus exactly the appended rows after the
 * last row of their sheets.
 */
export function firstDifference(
  before: WorkbookSource,
  after: WorkbookSource,
  appended: readonly Appended[],
): string | null {
  const afterNames = new Set(after.sheetNames());
  for (const name of before.sheetNames()) {
    if (!afterNames.has(name)) return `sheet ${name} is missing`;
    const old = rowsOf(before, name);
    const now = rowsOf(after, name);
    const added = appended.find((a) => a.sheet === name);
    const last = Math.max(0, ...old.keys());
    for (const [row, cells] of old) {
      if ((now.get(row) ?? []).join('\u0000') !== cells.join('\u0000')) {
        return `sheet ${name}, row ${row} changed`;
      }
    }
    const expected = new Map<number, string>();
    added?.rows.forEach((cells, i) => {
      const keys = cells.map(key);
      while (keys.length > 0 && keys[keys.length - 1] === '') keys.pop();
      expected.set(last + 1 + i, keys.join('\u0000'));
    });
    for (const [row, cells] of now) {
      if (old.has(row)) continue;
      if (expected.get(row) !== cells.join('\u0000')) return `sheet ${name}, row ${row} added`;
      expected.delete(row);
    }
    if (expected.size > 0) return `sheet ${name}: rows missing`;
  }
  // A sheet the rewrite added must be one that was appended to, holding only its header and rows.
  for (const name of afterNames) {
    if (before.sheetNames().includes(name)) continue;
    const added = appended.find((a) => a.sheet === name);
    if (!added || rowsOf(after, name).size !== added.rows.length + 1) return `sheet ${name} added`;
  }
  return null;
}
