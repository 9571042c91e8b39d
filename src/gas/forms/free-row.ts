import { isEmptyRow } from '../../core/read/cells';
import type { CellValue } from '../../core/read/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The row new canonical rows start at: after the last row with an entry. getLastRow() also
 * counts rows holding nothing but unticked checkboxes (Insert > Checkbox fills a whole column
 * with false); those rows are free, so a response lands where the checkbox column can take
 * it. `key` is one column's values of rows 2..lastRow, already read (an ID column): only the
 * rows below its last value are read in full, and only when there are any.
 */
export function firstFreeRow(
  sheet: Sheet,
  lastRow: number,
  width: number,
  key: readonly CellValue[],
): number {
  let keyed = key.length;
  while (keyed > 0 && isEmptyRow([key[keyed - 1]])) keyed--;
  const below = lastRow - 1 - keyed;
  if (below <= 0) return lastRow + 1;
  const rows = sheet.getSheetValues(keyed + 2, 1, below, width) as CellValue[][];
  let filled = rows.length;
  while (filled > 0 && isEmptyRow(rows[filled - 1] ?? [])) filled--;
  return keyed + 2 + filled;
}
