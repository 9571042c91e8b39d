/**
 * Where Validate now looks for each data sheet's marks: the columns that held Korgoo's marks
 * last time (the mark record) and those that hold them now, over the data rows and the rows
 * emptied at the end since; and the record this run leaves for the next.
 */
import type { Analysis } from '../core/analyse';
import type { WorkbookSource } from '../core/read/workbook';
import { DATA_SHEETS, type DataSheetKey } from '../core/schema/sheets';
import type { Problem } from '../core/validate/problem';
import {
  columnIds,
  legacyMarkedRows,
  type MarkRecords,
  positionsOf,
  readMarkRecords,
} from './mark-record';
import { markColumnOf } from './place-marks';

/** Where the marks of one data sheet go this run, and what the record keeps of them. */
export interface SheetMarks {
  readonly key: DataSheetKey;
  readonly name: string;
  readonly rows: number;
  /** The columns that held marks last time (all of them without a record). */
  readonly recorded: number[];
  /** And those that hold marks now. */
  readonly positions: number[];
  readonly problems: Problem[];
}

/**
 * The columns and rows each data sheet's marks are looked for in: the columns that hold
 * Korgoo's marks now or held them last time (the mark record), over the data rows and the
 * rows emptied at the end since; `maxRows(name)` bounds them by the sheet's grid.
 */
export function planMarks(
  analysis: Analysis,
  source: WorkbookSource,
  maxRows: (name: string) => number,
): { sheets: SheetMarks[]; records: MarkRecords } {
  const bySheet = new Map<string, Problem[]>();
  for (const problem of analysis.problems) {
    if (problem.row < 2) continue;
    const list = bySheet.get(problem.sheet) ?? [];
    list.push(problem);
    bySheet.set(problem.sheet, list);
  }
  const previous = readMarkRecords();
  const legacyRows = previous === null ? legacyMarkedRows() : {};
  const records: MarkRecords = {};
  const sheets: SheetMarks[] = [];
  for (const key of DATA_SHEETS) {
    const name = analysis.workbook.sheets[key].name;
    if (!name || !source.sheetNames().includes(name)) continue;
    const values = source.values(name);
    const header = values[0] ?? [];
    const dataRows = Math.max(0, values.length - 1);
    const problems = bySheet.get(key) ?? [];
    const ids = columnIds(key, header);
    const before = previous === null ? null : previous[key];
    // Without a record (an earlier version validated), marks may be in any column: all, once.
    const recorded =
      previous === null ? header.map((_, i) => i + 1) : before ? positionsOf(before, ids) : [];
    const positions = [...recorded, ...problems.map(markColumnOf)];
    // Rows emptied at the end since the last run may still carry its marks: cover them too.
    const covered = previous === null ? (legacyRows[key] ?? 0) : (before?.rows ?? 0);
    const rows = covered > dataRows ? Math.min(covered, maxRows(name) - 1) : dataRows;
    sheets.push({ key, name, rows, recorded, positions, problems });
    const marked = new Set(problems.map((p) => ids[markColumnOf(p) - 1] ?? `#${markColumnOf(p)}`));
    if (marked.size > 0 || dataRows > 0) records[key] = { rows: dataRows, columns: [...marked] };
  }
  return { sheets, records };
}
