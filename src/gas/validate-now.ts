import { type Analysis, analyse } from '../core/analyse';
import type { Lang } from '../core/i18n/lang';
import { wallNow } from '../core/ports/clock';
import { locateSheets } from '../core/read/locate';
import { DATA_SHEETS } from '../core/schema/sheets';
import type { Problem } from '../core/validate/problem';
import { spreadsheetClock } from './clock';
import {
  columnIds,
  legacyMarkedRows,
  type MarkRecords,
  positionsOf,
  readMarkRecords,
  writeMarkRecords,
} from './mark-record';
import { markColumnOf, placeMarks } from './place-marks';
import { problemRow, writeProblemRows } from './problems-sheet';
import { ensureSheet } from './sheet-access';
import { spreadsheetSource } from './spreadsheet-source';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Today's wall clock in the spreadsheet's zone. */
export function todayOf(spreadsheet: Spreadsheet) {
  return wallNow(spreadsheetClock(spreadsheet));
}

/**
 * Validate now: the sheets listed once, each read with one getValues(), the Problems sheet
 * rewritten with one setValues(). Marks move only in the columns that hold Korgoo's marks
 * now or held them last time (kept in the mark record), never every note and colour: those
 * columns' notes and colours read once, only what changes written.
 */
export function validateSpreadsheet(spreadsheet: Spreadsheet, lang: Lang): Analysis {
  const source = spreadsheetSource(spreadsheet);
  const clock = spreadsheetClock(spreadsheet);
  const analysis = analyse(
    source,
    { timeZone: clock.timeZone(), dates: 'instant' },
    wallNow(clock),
  );
  const problemsName = locateSheets(source.sheetNames()).problems;
  const problemsSheet =
    (problemsName === undefined ? undefined : source.sheet(problemsName)) ??
    ensureSheet(spreadsheet, 'problems', lang);
  writeProblemRows(
    problemsSheet,
    analysis.problems.map((problem) => problemRow(problem, lang)),
  );
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
  for (const key of DATA_SHEETS) {
    const name = analysis.workbook.sheets[key].name;
    const sheet = name === null ? undefined : source.sheet(name);
    if (!name || !sheet) continue;
    const values = source.values(name);
    const header = values[0] ?? [];
    const dataRows = Math.max(0, values.length - 1);
    const problems = bySheet.get(key) ?? [];
    const ids = columnIds(key, header);
    const before = previous === null ? null : previous[key];
    // Without a record (an earlier version validated), marks may be in any column: all, once.
    const positions =
      previous === null
        ? header.map((_, i) => i + 1)
        : [...(before ? positionsOf(before, ids) : []), ...problems.map(markColumnOf)];
    // Rows emptied at the end since the last run may still carry its marks: cover them too.
    const covered = previous === null ? (legacyRows[key] ?? 0) : (before?.rows ?? 0);
    const rows = covered > dataRows ? Math.min(covered, sheet.getMaxRows() - 1) : dataRows;
    placeMarks(sheet, 2, rows, positions, problems, lang);
    const marked = new Set(problems.map((p) => ids[markColumnOf(p) - 1] ?? `#${markColumnOf(p)}`));
    if (marked.size > 0 || dataRows > 0) records[key] = { rows: dataRows, columns: [...marked] };
  }
  writeMarkRecords(records);
  return analysis;
}
