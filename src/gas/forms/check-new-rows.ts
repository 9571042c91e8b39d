/**
 * The check of rows intake just wrote: validated against the columns of the other rows that
 * rules compare across rows and the sheets they refer to (core/intake/check-scope.ts), never
 * the whole sheet; their marks set; their lines added to the Problems sheet. Other rows' marks
 * and lines are left as they are (the next Validate now catches up with them).
 */
import { approvedChangeProblems } from '../../core/approval/changed';
import type { CanonicalSheet } from '../../core/forms/map-response';
import type { Lang } from '../../core/i18n/lang';
import { CHECK_SCOPE } from '../../core/intake/check-scope';
import { type ReadSheet, type ReadWorkbook, readSheetValues } from '../../core/read/read-workbook';
import type { CellValue, ReadOptions } from '../../core/read/workbook';
import { DATA_SHEETS, type DataSheetKey } from '../../core/schema/sheets';
import type { WallTime } from '../../core/time/wall-time';
import { validateWorkbook } from '../../core/validate';
import type { Problem } from '../../core/validate/problem';
import { approvedPairsOfSheet } from '../approval/read';
import { setValuesAsText } from '../cell-text';
import { recordMarks } from '../mark-record';
import { computeMarks } from '../marks';
import { replaceProblemLines } from '../on-edit';
import { problemRow } from '../problems-sheet';
import { readColumns } from '../read-columns';
import type { SheetsOnce } from './sheets-once';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface NewRows {
  readonly key: CanonicalSheet;
  readonly sheet: Sheet;
  readonly sheetName: string;
  /** Row 1 as written (schema columns the header lacked added at its end). */
  readonly header: readonly CellValue[];
  /** Rows 1..firstRow-1 with the scope's own columns (core/intake/check-scope.ts). */
  readonly above: readonly (readonly CellValue[])[];
  readonly firstRow: number;
  readonly count: number;
  readonly width: number;
  /** The block of the new rows (firstRow, column 1, count × width): the one they were written to. */
  readonly block: Range;
}

const same = (a: readonly (readonly string[])[], b: readonly (readonly string[])[]): boolean =>
  a.every((row, r) => row.every((cell, c) => cell === b[r]?.[c]));

/** What the check found: how many problems, and the rows that landed in an approved month. */
export interface NewRowsCheck {
  readonly problems: number;
  /** Warnings `approved_month_changed` (DESIGN §9): taken in as always, marked and logged. */
  readonly changed: readonly Problem[];
}

/** What the rules see besides the new rows: the sheets referred to, the approved months. */
export interface NewRowsContext {
  /** The context sheets' names and rows (core/intake/check-scope.ts says which). */
  readonly sheets: Partial<Record<DataSheetKey, { name: string; values: CellValue[][] }>>;
  readonly approved: ReadonlySet<string>;
}

/** The new rows judged, and their marks given the notes and colours they had. */
export function judgeNewRows(
  rows: Omit<NewRows, 'sheet' | 'block'>,
  written: readonly (readonly CellValue[])[],
  context: NewRowsContext,
  before: { notes: string[][]; backgrounds: string[][] },
  lang: Lang,
  timeZone: string,
  today: WallTime,
): NewRowsCheck & { list: Problem[]; notes: string[][]; backgrounds: string[][] } {
  const { key, firstRow, count } = rows;
  const options: ReadOptions = { timeZone, dates: 'instant' };
  const readProblems: Problem[] = [];
  const read = Object.fromEntries(
    DATA_SHEETS.map((k) => [k, readSheetValues(k, null, [], options, [])]),
  ) as Record<DataSheetKey, ReadSheet<DataSheetKey>>;
  for (const [k, sheet] of Object.entries(context.sheets)) {
    const contextKey = k as DataSheetKey;
    if (sheet)
      read[contextKey] = readSheetValues(
        contextKey,
        sheet.name,
        sheet.values,
        options,
        readProblems,
      );
  }
  const values = [rows.header, ...rows.above.slice(1), ...written] as CellValue[][];
  const last = firstRow + count - 1;
  // Only the new rows' cell problems are kept: those of the other rows (an empty required cell
  // in each of thousands of rows read two columns wide) are dropped here, not sorted first.
  const sheetProblems: Problem[] = [];
  read[key as DataSheetKey] = readSheetValues(
    key as DataSheetKey,
    rows.sheetName,
    values,
    options,
    sheetProblems,
  );
  for (const p of sheetProblems) if (p.row >= firstRow && p.row <= last) readProblems.push(p);
  const workbook = { sheets: read, problems: readProblems, options } as unknown as ReadWorkbook;
  const list = validateWorkbook(workbook, { today }).filter(
    (p) => p.sheet === key && p.row >= firstRow && p.row <= last,
  );
  const changed = approvedChangeProblems(
    workbook.sheets,
    key as DataSheetKey,
    firstRow,
    last,
    context.approved,
  );
  list.push(...changed);
  const marks = computeMarks(before.notes, before.backgrounds, firstRow, list, lang);
  return { problems: list.length, changed, list, ...marks };
}

/** Validates and marks the new rows. */
export function checkNewRows(
  sheets: SheetsOnce,
  rows: NewRows,
  lang: Lang,
  timeZone: string,
  today: WallTime,
): NewRowsCheck {
  const { key, firstRow, count, block } = rows;
  // Read back: the values as Sheets keeps them (numbers parsed, text markers gone).
  const written = block.getValues() as CellValue[][];
  const context: NewRowsContext['sheets'] = {};
  for (const [k, columns] of Object.entries(CHECK_SCOPE[key].context)) {
    const contextKey = k as DataSheetKey;
    const contextSheet = sheets.find(contextKey);
    if (!contextSheet || !columns) continue;
    context[contextKey] = {
      name: sheets.nameOf(contextSheet),
      values: readColumns(contextSheet, contextKey, columns).values,
    };
  }
  // Only the Approvals sheet is read for this, and only when the workbook closes months.
  const approvals = sheets.findByLabel('approvals');
  const approved = approvals
    ? approvedPairsOfSheet(approvals, timeZone, sheets.nameOf(approvals))
    : new Set<string>();
  const notes = block.getNotes();
  const backgrounds = block.getBackgrounds();
  const judged = judgeNewRows(
    rows,
    written,
    { sheets: context, approved },
    { notes, backgrounds },
    lang,
    timeZone,
    today,
  );
  if (!same(judged.notes, notes)) block.setNotes(judged.notes);
  if (!same(judged.backgrounds, backgrounds)) block.setBackgrounds(judged.backgrounds);
  const last = firstRow + count - 1;
  const problems = judged.list;
  // Recorded, so Validate now clears them once the row is fixed (only recorded columns are looked at).
  if (problems.length > 0) recordMarks(key as DataSheetKey, rows.header, last - 1, problems);
  writeProblemLines(sheets, rows.sheetName, firstRow, last, problems, lang);
  return { problems: problems.length, changed: judged.changed };
}

/**
 * The new rows' lines go at the end of the Problems sheet; only when it still holds lines of
 * these rows (left from rows deleted since) is it rewritten, to drop them.
 */
export function writeProblemLines(
  sheets: SheetsOnce,
  sheetName: string,
  first: number,
  last: number,
  problems: readonly Problem[],
  lang: Lang,
): void {
  const problemsSheet = sheets.find('problems');
  if (!problemsSheet) {
    if (problems.length === 0) return;
    const made = sheets.ensure('problems', lang);
    setValuesAsText(
      made.getRange(2, 1, problems.length, 7),
      problems.map((problem) => problemRow(problem, lang)),
    );
    return;
  }
  const lastRow = problemsSheet.getLastRow();
  const stale = lastRow >= 2 && holdsLinesOf(problemsSheet, lastRow, sheetName, first, last);
  if (stale) {
    replaceProblemLines(problemsSheet, sheetName, first, last, problems, lang);
    return;
  }
  if (problems.length === 0) return;
  const rows = problems.map((problem) => problemRow(problem, lang));
  setValuesAsText(
    problemsSheet.getRange(Math.max(2, lastRow + 1), 1, rows.length, rows[0]?.length ?? 7),
    rows,
  );
}

/** Up to this many new rows, the Problems sheet is searched for their numbers, not read. */
const SEARCHED_ROWS = 20;

/** Whether the Problems sheet has lines of these rows: found by Google's search when few. */
function holdsLinesOf(
  problemsSheet: Sheet,
  lastRow: number,
  sheetName: string,
  first: number,
  last: number,
): boolean {
  const ofRows = (name: CellValue, row: CellValue): boolean => {
    const n = Number(row);
    return String(name) === sheetName && n >= first && n <= last;
  };
  if (last - first + 1 > SEARCHED_ROWS) {
    const lines = problemsSheet.getSheetValues(2, 1, lastRow - 1, 2) as CellValue[][];
    return lines.some(([name, row]) => ofRows(name, row));
  }
  const numbers = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  // One row (a form response): its number as plain text, one call fewer than a pattern. Over
  // the whole sheet (no range to ask for): a cell of another column that reads as the number
  // is dropped by the check below, as a line of another sheet is.
  const finder = problemsSheet.createTextFinder(
    numbers.length === 1 ? String(first) : numbers.join('|'),
  );
  if (numbers.length > 1) finder.useRegularExpression(true);
  const found = finder.matchEntireCell(true).findAll();
  // Lines of the same row numbers on other sheets are common: each is checked by its sheet.
  return found.some((cell) => {
    const row = cell.getRow();
    const [name, number] = problemsSheet.getSheetValues(row, 1, 1, 2)[0] ?? [];
    return ofRows(name as CellValue, number as CellValue);
  });
}
