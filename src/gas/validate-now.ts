import { type Analysis, analyse } from '../core/analyse';
import type { Lang } from '../core/i18n/lang';
import type { Clock } from '../core/ports/clock';
import { wallNow } from '../core/ports/clock';
import { locateSheets } from '../core/read/locate';
import type { WorkbookSource } from '../core/read/workbook';
import { DATA_SHEETS, type DataSheetKey } from '../core/schema/sheets';
import type { Problem } from '../core/validate/problem';
import { nowMs, spreadsheetClock } from './clock';
import {
  columnIds,
  legacyMarkedRows,
  type MarkRecords,
  positionsOf,
  readMarkRecords,
  writeMarkRecords,
} from './mark-record';
import { markColumnOf, placeMarks } from './place-marks';
import { type MarkTarget, placeMarksThroughApi } from './place-marks-api';
import { problemRow, writeProblemRows } from './problems-sheet';
import { ensureSheet } from './sheet-access';
import { hasSheetsApi } from './sheets-api';
import { laidOutSource, spreadsheetSource } from './spreadsheet-source';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Today's wall clock in the spreadsheet's zone. */
export function todayOf(spreadsheet: Spreadsheet) {
  return wallNow(spreadsheetClock(spreadsheet));
}

/** Where the marks of one data sheet go this run, and what the record keeps of them. */
interface SheetMarks {
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
function planMarks(
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

function writeProblems(
  spreadsheet: Spreadsheet,
  source: WorkbookSource & { sheet(name: string): Sheet | undefined },
  analysis: Analysis,
  lang: Lang,
): void {
  const problemsName = locateSheets(source.sheetNames()).problems;
  const problemsSheet =
    (problemsName === undefined ? undefined : source.sheet(problemsName)) ??
    ensureSheet(spreadsheet, 'problems', lang);
  writeProblemRows(
    problemsSheet,
    analysis.problems.map((problem) => problemRow(problem, lang)),
  );
}

/**
 * Validate now: the sheets listed once, each read with one call, the Problems sheet rewritten
 * with one setValues(). Marks move only in the columns that hold Korgoo's marks now or held
 * them last time (kept in the mark record), never every note and colour. With the Sheets API
 * (the manifest enables it) the layout is one read and the marks of every sheet at most two
 * reads and one write (docs/sheets-api.md); without it, SpreadsheetApp as before.
 */
export function validateSpreadsheet(spreadsheet: Spreadsheet, lang: Lang): Analysis {
  return hasSheetsApi()
    ? validateThroughApi(spreadsheet, lang)
    : validateThroughSpreadsheetApp(spreadsheet, lang);
}

function validateThroughApi(spreadsheet: Spreadsheet, lang: Lang): Analysis {
  const source = laidOutSource(spreadsheet);
  const clock: Clock = { nowMs, timeZone: () => source.timeZone };
  const analysis = analyse(source, { timeZone: source.timeZone, dates: 'instant' }, wallNow(clock));
  writeProblems(spreadsheet, source, analysis, lang);
  const { sheets, records } = planMarks(
    analysis,
    source,
    (name) => source.layoutOf(name)?.rowCount ?? 0,
  );
  // The recorded columns are looked at whole; a column marked only now, on its marked cells.
  const targets: MarkTarget[] = sheets.flatMap(({ name, rows, recorded, problems }) => {
    const layout = source.layoutOf(name);
    return layout
      ? [{ sheetId: layout.sheetId, firstRow: 2, rows, positions: recorded, problems }]
      : [];
  });
  placeMarksThroughApi(source.spreadsheetId, targets, lang);
  writeMarkRecords(records);
  return analysis;
}

function validateThroughSpreadsheetApp(spreadsheet: Spreadsheet, lang: Lang): Analysis {
  const source = spreadsheetSource(spreadsheet);
  const clock = spreadsheetClock(spreadsheet);
  const analysis = analyse(
    source,
    { timeZone: clock.timeZone(), dates: 'instant' },
    wallNow(clock),
  );
  writeProblems(spreadsheet, source, analysis, lang);
  const { sheets, records } = planMarks(
    analysis,
    source,
    (name) => source.sheet(name)?.getMaxRows() ?? 0,
  );
  for (const { name, rows, positions, problems } of sheets) {
    const sheet = source.sheet(name);
    if (sheet) placeMarks(sheet, 2, rows, positions, problems, lang);
  }
  writeMarkRecords(records);
  return analysis;
}
