/**
 * What the one clock does at each run (DESIGN §12): whatever is due, each part idempotent, so
 * a run that fires twice, late or after a missed day sends nothing twice and loses nothing.
 */
import { digestRun } from '../digest/actions';
import { returnRun } from '../rollup/return-sheet';
import { workbookLang } from '../settings';
import { authorizationRequired } from './authorization';
import { ensureClock, scheduledSpreadsheet } from './clock-trigger';

/** Where earlier versions kept the spreadsheet id: per user, so only one workbook's. */
const LEGACY_SPREADSHEET_KEY = 'korgoo.digest.spreadsheet';

/** The hourly clock's run. */
export function scheduleRun(): void {
  if (authorizationRequired()) return;
  const spreadsheet = scheduledSpreadsheet();
  if (!spreadsheet) return;
  digestRun(spreadsheet);
  returnRun(spreadsheet, workbookLang());
}

/**
 * A clock of an earlier version fired (the monthly run or its follow-up): it is replaced by
 * the one clock, then does the same work.
 */
export function legacyClockRun(): void {
  if (authorizationRequired()) return;
  let spreadsheet = scheduledSpreadsheet();
  if (!spreadsheet) {
    const id = PropertiesService.getUserProperties().getProperty(LEGACY_SPREADSHEET_KEY);
    spreadsheet = id ? SpreadsheetApp.openById(id) : null;
  }
  if (!spreadsheet) return;
  ensureClock(spreadsheet);
  digestRun(spreadsheet);
}
