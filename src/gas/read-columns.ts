/**
 * Some columns of a sheet, found by the schema's labels in its header, read into a grid of the
 * sheet's rows with every other cell left empty: for code that needs a few columns of a long
 * sheet (intake's ID column, the check of its new rows). Each run of adjacent columns is one
 * read; a window of rows is one read of the block it spans.
 */
import { locateColumns } from '../core/read/locate';
import type { CellValue } from '../core/read/workbook';
import type { ColumnDef, SheetKey } from '../core/schema/sheets';
import { SHEETS } from '../core/schema/sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ColumnsRead {
  /** Row 1 as it stands, and the sheet's last row and column with content. */
  readonly header: CellValue[];
  readonly lastRow: number;
  readonly lastColumn: number;
  /** Rows 1..lastRow: the header in full, then the columns read so far ('' elsewhere). */
  readonly values: CellValue[][];
  /** The 0-based index of a schema column in the header, or -1. */
  indexOf(column: string): number;
  /** A column's values on rows 2..lastRow ([] when the header lacks it). */
  column(column: string): CellValue[];
}

function columnsRead(
  key: SheetKey,
  header: CellValue[],
  lastRow: number,
  lastColumn: number,
  values: CellValue[][],
): ColumnsRead {
  const defs = SHEETS[key].columns as readonly ColumnDef[];
  const found = locateColumns(defs, header);
  const indexOf = (column: string): number => found[defs.findIndex((c) => c.key === column)] ?? -1;
  return {
    header,
    lastRow,
    lastColumn,
    values,
    indexOf,
    column: (column) => {
      const index = indexOf(column);
      return index === -1 ? [] : values.slice(1).map((row) => row[index] ?? '');
    },
  };
}

/** The whole sheet (one call): for the small sheets others refer to (Committees). */
export function readWholeSheet(sheet: Sheet, key: SheetKey): ColumnsRead {
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const header = values[0] ?? [];
  return columnsRead(key, header, values.length, header.length, values);
}

/** The header and the size; no column read yet. */
export function readHead(sheet: Sheet, key: SheetKey): ColumnsRead {
  const lastColumn = sheet.getLastColumn();
  const header =
    lastColumn > 0 ? (sheet.getSheetValues(1, 1, 1, lastColumn)[0] as CellValue[]) : [];
  const lastRow = Math.max(1, sheet.getLastRow());
  const values: CellValue[][] = [header];
  for (let r = 2; r <= lastRow; r++) values.push([]);
  return columnsRead(key, header, lastRow, lastColumn, values);
}

/**
 * Reads `columns` into `read.values`: of every row (one read per run of adjacent columns), or
 * of the rows `window` spans (one read of the block from its first to its last column).
 */
export function readColumnsInto(
  sheet: Sheet,
  read: ColumnsRead,
  columns: readonly string[],
  window?: { readonly first: number; readonly last: number },
): void {
  const indexes = [...new Set(columns.map(read.indexOf).filter((i) => i !== -1))].sort(
    (a, b) => a - b,
  );
  const first = window?.first ?? 2;
  const last = Math.min(window?.last ?? read.lastRow, read.lastRow);
  if (indexes.length === 0 || last < first) return;
  const runs: number[][] = [];
  for (const index of indexes) {
    const run = runs[runs.length - 1];
    if (run && (window || run[run.length - 1] === index - 1)) run.push(index);
    else runs.push([index]);
  }
  for (const run of runs) {
    const left = run[0] as number;
    const span = (run[run.length - 1] as number) - left + 1;
    const block = sheet.getSheetValues(first, left + 1, last - first + 1, span) as CellValue[][];
    block.forEach((line, r) => {
      const row = read.values[first - 1 + r] as CellValue[];
      for (const index of run) row[index] = line[index - left] ?? '';
    });
  }
}

/** Some columns of every row: the header, then one read per run of adjacent columns. */
export function readColumns(
  sheet: Sheet,
  key: SheetKey,
  columns: readonly string[] | 'all',
): ColumnsRead {
  if (columns === 'all') return readWholeSheet(sheet, key);
  const read = readHead(sheet, key);
  readColumnsInto(sheet, read, columns);
  return read;
}
