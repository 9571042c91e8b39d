/**
 * What the one clock does at each run (DESIGN §12): whatever is due, each part idempotent, so
 * a run that fires twice, late or after a missed day sends nothing twice and loses nothing.
 */
import { getSetting, SETTINGS } from '../../core/ports/settings';
import { nowMs } from '../clock';
import { digestRun } from '../digest/actions';
import { returnRun } from '../rollup/return-sheet';
import { rollupRun } from '../rollup/rollup-run';
import { workbookLang } from '../settings';
import { settings } from '../settings-store';
import { remindersRun } from '../worklist/reminders';
import { authorizationRequired } from './authorization';
import { ensureClock, scheduledSpreadsheet } from './clock-trigger';

/**
 * The hourly clock's run. The roll-up comes last and stops opening sources in time, so however
 * many sources a regional workbook has, the digest and the reminders are never kept waiting.
 */
export function scheduleRun(): void {
  const startedAt = nowMs();
  if (authorizationRequired()) return;
  const spreadsheet = scheduledSpreadsheet();
  if (!spreadsheet) return;
  digestRun(spreadsheet);
  remindersRun(spreadsheet);
  returnRun(spreadsheet, workbookLang());
  rollupRun(spreadsheet, workbookLang(), startedAt);
}

/**
 * A clock of an earlier version fired (the monthly run or its follow-up): it is replaced by
 * the one clock, then does the same work.
 */
export function legacyClockRun(): void {
  if (authorizationRequired()) return;
  let spreadsheet = scheduledSpreadsheet();
  if (!spreadsheet) {
    // Where earlier versions kept the spreadsheet id: per user, so only one workbook's.
    const id = getSetting(settings, SETTINGS.legacyDigestSpreadsheet);
    spreadsheet = id ? SpreadsheetApp.openById(id) : null;
  }
  if (!spreadsheet) return;
  ensureClock(spreadsheet);
  digestRun(spreadsheet);
}
