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
  for (const key of DATA_SHEETS) {
    const name = analysis.workbook.sheets[key].name;
    const sheet = name === null ? undefined : source.sheet(name);
    if (!name || !sheet) continue;
    const values = source.values(name);
    const rows = values.length - 1;
    const columns = values[0]?.length ?? 0;
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
  return analysis;
}
