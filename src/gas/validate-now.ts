import { type Analysis, analyse } from '../core/analyse';
import type { Lang } from '../core/i18n/lang';
import { DATA_SHEETS } from '../core/schema/sheets';
import { wallTimeOfInstant } from '../core/time/wall-time';
import type { Problem } from '../core/validate/problem';
import { computeMarks } from './marks';
import { problemRow, writeProblemRows } from './problems-sheet';
import { ensureSheet } from './sheet-access';
import { spreadsheetSource } from './spreadsheet-source';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Today's wall clock in the spreadsheet's zone. */
export function todayOf(spreadsheet: Spreadsheet) {
  return wallTimeOfInstant(new Date(), spreadsheet.getSpreadsheetTimeZone());
}

const MARKED_ROWS_KEY = 'korgoo.markedRows';

/** How many data rows each sheet had at the last Validate now (rows its marks may be on). */
function markedRows(): Record<string, number> {
  try {
    const saved: unknown = JSON.parse(
      PropertiesService.getDocumentProperties().getProperty(MARKED_ROWS_KEY) ?? '{}',
    );
    return typeof saved === 'object' && saved !== null ? (saved as Record<string, number>) : {};
  } catch {
    return {};
  }
}

function rememberMarkedRows(rows: Record<string, number>): void {
  PropertiesService.getDocumentProperties().setProperty(MARKED_ROWS_KEY, JSON.stringify(rows));
}

/**
 * Validate now: each sheet read with one getValues(), the Problems sheet rewritten with one
 * setValues(), and each data sheet's marks updated with one getNotes/getBackgrounds and one
 * setNotes/setBackgrounds. The number of Sheets calls does not grow with the rows.
 */
export function validateSpreadsheet(spreadsheet: Spreadsheet, lang: Lang): Analysis {
  const source = spreadsheetSource(spreadsheet);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const analysis = analyse(source, { timeZone, dates: 'instant' }, todayOf(spreadsheet));
  writeProblemRows(
    ensureSheet(spreadsheet, 'problems', lang),
    analysis.problems.map((problem) => problemRow(problem, lang)),
  );
  const bySheet = new Map<string, Problem[]>();
  for (const problem of analysis.problems) {
    if (problem.row < 2) continue;
    const list = bySheet.get(problem.sheet) ?? [];
    list.push(problem);
    bySheet.set(problem.sheet, list);
  }
  const covered = markedRows();
  for (const key of DATA_SHEETS) {
    const name = analysis.workbook.sheets[key].name;
    const sheet = name === null ? undefined : source.sheet(name);
    if (!name || !sheet) continue;
    const values = source.values(name);
    const dataRows = Math.max(0, values.length - 1);
    // Rows emptied at the end since the last run may still carry its marks: cover them too.
    const before = covered[key] ?? 0;
    const rows = before > dataRows ? Math.min(before, sheet.getMaxRows() - 1) : dataRows;
    const columns = values[0]?.length ?? 0;
    covered[key] = dataRows;
    if (rows < 1 || columns < 1) continue;
    const range = sheet.getRange(2, 1, rows, columns);
    const marks = computeMarks(
      range.getNotes(),
      range.getBackgrounds(),
      2,
      bySheet.get(key) ?? [],
      lang,
    );
    range.setNotes(marks.notes);
    range.setBackgrounds(marks.backgrounds);
  }
  rememberMarkedRows(covered);
  return analysis;
}
