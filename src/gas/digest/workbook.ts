import { type Analysis, analyse } from '../../core/analyse';
import { type WallTime, wallTimeOfInstant } from '../../core/time/wall-time';
import { nowMs } from '../clock';
import { spreadsheetSource } from '../spreadsheet-source';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Today's wall clock in the SPREADSHEET's zone (not the script's): the digest's month follows it. */
export function todayInSpreadsheet(spreadsheet: Spreadsheet): WallTime {
  return wallTimeOfInstant(new Date(nowMs()), spreadsheet.getSpreadsheetTimeZone());
}

/** The whole workbook read once (one getValues() per sheet) and checked: the digest's figures. */
export function analyseSpreadsheet(spreadsheet: Spreadsheet): Analysis {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return analyse(
    spreadsheetSource(spreadsheet),
    { timeZone, dates: 'instant' },
    todayInSpreadsheet(spreadsheet),
  );
}
