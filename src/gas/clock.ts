/**
 * The clock port on Apps Script. Date.now() rather than `new Date()`, so a test can move the
 * clock of the bundle's context without replacing the Date class the cells are made of; the
 * zone is the SPREADSHEET's (not the script's), asked once per clock.
 */
import type { Clock } from '../core/ports/clock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function nowMs(): number {
  return Date.now();
}

/** The instant now, for a cell or a Log row. */
export function instantNow(): Date {
  return new Date(nowMs());
}

/** The clock of a workbook: now, in the spreadsheet's zone (one getSpreadsheetTimeZone). */
export function spreadsheetClock(spreadsheet: Spreadsheet): Clock {
  let zone: string | null = null;
  return {
    nowMs,
    timeZone: () => {
      zone ??= spreadsheet.getSpreadsheetTimeZone();
      return zone;
    },
  };
}
