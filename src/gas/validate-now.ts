import { type Analysis, analyse } from '../core/analyse';
import type { Lang } from '../core/i18n/lang';
import type { Clock } from '../core/ports/clock';
import { wallNow } from '../core/ports/clock';
import { locateSheets } from '../core/read/locate';
import type { WorkbookSource } from '../core/read/workbook';
import { nowMs, spreadsheetClock } from './clock';
import { planMarks } from './mark-plan';
import { writeMarkRecords } from './mark-record';
import { placeMarks } from './place-marks';
import { type MarkTarget, placeMarksThroughApi } from './place-marks-api';
import { problemRow, writeProblemRows } from './problems-sheet';
import { ensureSheet } from './sheet-access';
import { hasSheetsApi } from './sheets-api';
import { type LaidOutSource, laidOutSource, spreadsheetSource } from './spreadsheet-source';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Today's wall clock in the spreadsheet's zone. */
export function todayOf(spreadsheet: Spreadsheet) {
  return wallNow(spreadsheetClock(spreadsheet));
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
  if (!hasSheetsApi()) return validateThroughSpreadsheetApp(spreadsheet, lang);
  let source: LaidOutSource;
  try {
    source = laidOutSource(spreadsheet);
  } catch (error) {
    // The manifest has the service but the Cloud project has not enabled the API (or Google
    // refused the first read): nothing is written yet, so SpreadsheetApp alone does the work.
    console.warn(`Validate now without the Sheets API: ${String(error)}`);
    return validateThroughSpreadsheetApp(spreadsheet, lang);
  }
  return validateThroughApi(spreadsheet, source, lang);
}

function validateThroughApi(spreadsheet: Spreadsheet, source: LaidOutSource, lang: Lang): Analysis {
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
