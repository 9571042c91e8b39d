/**
 * Some columns of a sheet, found by the schema's labels in its header: the header and those
 * columns of every row in one read of the block they span, the other cells left empty. For
 * code that needs a few columns of a long sheet (intake's ID column, its check's context).
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
  /** Rows 1..lastRow: the header in full, then only the asked columns ('' elsewhere). */
  readonly values: CellValue[][];
  /** A column's values on rows 2..lastRow ([] when the header lacks it). */
  column(key: string): CellValue[];
}

export function readColumns(
  sheet: Sheet,
  key: SheetKey,
  columns: readonly string[] | 'all',
): ColumnsRead {
  if (columns === 'all') {
    const values = sheet.getDataRange().getValues() as CellValue[][];
    const header = values[0] ?? [];
    const found = locateColumns(SHEETS[key].columns as readonly ColumnDef[], header);
    const keys = (SHEETS[key].columns as readonly ColumnDef[]).map((c) => c.key);
    return {
      header,
      lastRow: values.length,
      lastColumn: header.length,
      values,
      column: (column) => {
        const index = found[keys.indexOf(column)] ?? -1;
        return index === -1 ? [] : values.slice(1).map((row) => row[index] ?? '');
      },
    };
  }
  const lastColumn = sheet.getLastColumn();
  const header =
    lastColumn > 0 ? (sheet.getSheetValues(1, 1, 1, lastColumn)[0] as CellValue[]) : [];
  const lastRow = sheet.getLastRow();
  const defs = SHEETS[key].columns as readonly ColumnDef[];
  const found = locateColumns(defs, header);
  const wanted = new Map<string, number>();
  for (const column of columns) {
    const index = found[defs.findIndex((c) => c.key === column)] ?? -1;
    if (index !== -1) wanted.set(column, index);
  }
  const indexes = [...wanted.values()];
  const values: CellValue[][] = [header];
  if (lastRow >= 2 && indexes.length > 0) {
    const left = Math.min(...indexes);
    const span = Math.max(...indexes) - left + 1;
    const block = sheet.getSheetValues(2, left + 1, lastRow - 1, span) as CellValue[][];
    for (const line of block) {
      const row: CellValue[] = new Array(left + span).fill('');
      for (const index of indexes) row[index] = line[index - left] ?? '';
      values.push(row);
    }
  }
  return {
    header,
    lastRow: Math.max(1, lastRow),
    lastColumn,
    values,
    column: (column) => {
      const index = wanted.get(column);
      return index === undefined ? [] : values.slice(1).map((row) => row[index] ?? '');
    },
  };
}
