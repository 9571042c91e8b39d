import { type Analysis, analyse } from '../../core/analyse';
import { type WallTime, wallTimeOfInstant } from '../../core/time/wall-time';
import { spreadsheetSource } from '../spreadsheet-source';
import { nowMs } from './clock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SPREADSHEET_KEY = 'korgoo.digest.spreadsheet';

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

/** Kept when the digest is scheduled: an add-on's clock trigger runs with no active document. */
export function rememberSpreadsheet(spreadsheet: Spreadsheet): void {
  PropertiesService.getUserProperties().setProperty(SPREADSHEET_KEY, spreadsheet.getId());
}

/** The spreadsheet a trigger works on: the active one (a bound script), else the one remembered. */
export function digestSpreadsheet(): Spreadsheet | null {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return active;
  const id = PropertiesService.getUserProperties().getProperty(SPREADSHEET_KEY);
  return id ? SpreadsheetApp.openById(id) : null;
}
