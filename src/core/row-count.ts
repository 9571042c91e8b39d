import type { Dataset } from './dataset';
import type { ReadWorkbook } from './read/read-workbook';
import type { DataSheetKey } from './schema/sheets';
import { DATA_SHEETS } from './schema/sheets';

/**
 * Where every row of a sheet went: `inFile` (the rows below the header, to the last one that
 * holds anything) = `kept` (counted by the indicators) + `withErrors` (left out, each with a
 * problem, or unread with a problem of the whole sheet) + `blank`.
 */
export interface SheetRowCount {
  readonly sheet: DataSheetKey;
  readonly inFile: number;
  readonly kept: number;
  readonly withErrors: number;
  readonly blank: number;
}

/** The row count of each sheet Korgoo reads, by its name in the workbook. */
export function countRows(
  workbook: ReadWorkbook,
  dataset: Dataset,
): Readonly<Record<string, SheetRowCount>> {
  const counts: Record<string, SheetRowCount> = {};
  for (const key of DATA_SHEETS) {
    const sheet = workbook.sheets[key];
    if (sheet.name === null) continue;
    const excluded = dataset.excludedBySheet[key] ?? 0;
    counts[sheet.name] = {
      sheet: key,
      inFile: sheet.rowsInFile,
      kept: sheet.rows.length - excluded,
      withErrors: excluded + sheet.unreadRows,
      blank: sheet.blankRows,
    };
  }
  for (const second of workbook.secondSheets ?? []) {
    counts[second.name] = {
      sheet: second.key,
      inFile: second.rowsInFile,
      kept: 0,
      withErrors: second.unreadRows,
      blank: second.blankRows,
    };
  }
  return counts;
}
