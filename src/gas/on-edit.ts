import { approvedChangeProblems } from '../core/approval/changed';
import type { Lang } from '../core/i18n/lang';
import { sheetKeyOfName } from '../core/read/locate';
import { type ReadSheet, type ReadWorkbook, readSheetValues } from '../core/read/read-workbook';
import type { CellValue, ReadOptions } from '../core/read/workbook';
import { asCellText } from '../core/safe-text';
import { DATA_SHEETS, type DataSheetKey } from '../core/schema/sheets';
import { validateWorkbook } from '../core/validate';
import type { Problem } from '../core/validate/problem';
import { lookedUpFrom } from '../core/validate/rule-defs';
import { approvedPairsOf } from './approval/read';
import { recordMarks } from './mark-record';
import { computeMarks } from './marks';
import { problemRow, writeProblemRows } from './problems-sheet';
import { ensureSheet, findSheet } from './sheet-access';
import { todayOf } from './validate-now';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const isDataSheet = (key: string | undefined): key is DataSheetKey =>
  key !== undefined && (DATA_SHEETS as readonly string[]).includes(key);

/**
 * Re-validates the rows an edit touched and updates their marks and their lines on the
 * Problems sheet, in a constant number of calls, well within a simple trigger's 30 seconds.
 * The edited sheet is read whole (one call), so rules across its rows (a repeated event, a
 * reused ID) still judge the edited rows against the others; only the edited rows' marks and
 * lines change, and other rows an edit affects catch up at the next Validate now.
 * Returns what was found, or null when the edit was outside Korgoo's data rows.
 */
export function revalidateEditedRows(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  firstEditedRow: number,
  editedRows: number,
  lang: Lang,
): EditCheck | null {
  const key = sheetKeyOfName(sheet.getName());
  if (!isDataSheet(key)) return null;
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const first = Math.max(2, firstEditedRow);
  const last = Math.min(firstEditedRow + editedRows - 1, values.length);
  const columns = values[0]?.length ?? 0;
  if (last < first || columns < 1) return null;
  const options: ReadOptions = { timeZone: spreadsheet.getSpreadsheetTimeZone(), dates: 'instant' };
  const readProblems: Problem[] = [];
  const sheets = Object.fromEntries(
    DATA_SHEETS.map((k) => [k, readSheetValues(k, null, [], options, [])]),
  ) as Record<DataSheetKey, ReadSheet<DataSheetKey>>;
  // The other sheets its rules look up (the committee or case a row names), as they say.
  for (const context of lookedUpFrom(key)) {
    const contextSheet = findSheet(spreadsheet, context);
    if (!contextSheet) continue;
    const contextValues = contextSheet.getDataRange().getValues() as CellValue[][];
    sheets[context] = readSheetValues(
      context,
      contextSheet.getName(),
      contextValues,
      options,
      readProblems,
    );
  }
  sheets[key] = readSheetValues(key, sheet.getName(), values, options, readProblems);
  const block = sheet.getRange(first, 1, last - first + 1, columns);
  const workbook = { sheets, problems: readProblems, options } as unknown as ReadWorkbook;
  const problems = validateWorkbook(workbook, { today: todayOf(spreadsheet) }).filter(
    (p) => p.sheet === key && p.row >= first && p.row <= last,
  );

  // Taken in as always; a row landing in an approved month is marked so (DESIGN §9).
  const approved = approvedPairsOf(spreadsheet);
  const changed = approvedChangeProblems(workbook.sheets, key, first, last, approved);
  problems.push(...changed);
  const marks = computeMarks(block.getNotes(), block.getBackgrounds(), first, problems, lang);
  block.setNotes(marks.notes);
  block.setBackgrounds(marks.backgrounds);
  recordMarks(key, values[0] ?? [], last - 1, problems);
  const cleared = replaceProblemLines(
    ensureSheet(spreadsheet, 'problems', lang),
    sheet.getName(),
    first,
    last,
    problems,
    lang,
  );
  return { sheet: sheet.getName(), first, last, problems: problems.length, cleared, changed };
}

export interface EditCheck {
  readonly sheet: string;
  readonly first: number;
  readonly last: number;
  /** Problems the edited rows have now. */
  readonly problems: number;
  /** Problems of these rows that the edit fixed (lines removed from the Problems sheet). */
  readonly cleared: number;
  /** The rows that landed in an approved month (warning `approved_month_changed`). */
  readonly changed: readonly Problem[];
}

/** Swaps the edited rows' lines on the Problems sheet for their new ones; returns how many went. */
export function replaceProblemLines(
  problemsSheet: Sheet,
  sheetName: string,
  first: number,
  last: number,
  problems: readonly Problem[],
  lang: Lang,
): number {
  const values = problemsSheet.getDataRange().getValues() as (string | number)[][];
  const kept = values
    .slice(1)
    .filter((row) => {
      const rowNumber = Number(row[1]);
      return !(String(row[0]) === sheetName && rowNumber >= first && rowNumber <= last);
    })
    // Read back, a text like "=IMPORTXML(…)" has lost its apostrophe: write it as text again.
    .map((row) => row.map((cell) => (typeof cell === 'string' ? asCellText(cell) : cell)));
  writeProblemRows(problemsSheet, [
    ...kept,
    ...problems.map((problem) => problemRow(problem, lang)),
  ]);
  return Math.max(0, values.length - 1 - kept.length);
}
