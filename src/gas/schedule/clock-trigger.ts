/**
 * The one clock (DESIGN §12). An Editor add-on may keep one time-driven trigger per user and
 * document, running at most once an hour; getProjectTriggers() would list the user's triggers
 * of EVERY document, so this document's are found with getUserTriggers(spreadsheet).
 */
import { getSetting, SETTINGS, setSetting } from '../../core/ports/settings';
import { settings } from '../settings-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Trigger = GoogleAppsScript.Script.Trigger;

/** The entry point (src/gas/index.ts) the clock calls every hour. */
export const CLOCK_HANDLER = 'runSchedule';
/** Handlers of the clocks earlier versions installed: the monthly run and its follow-up. */
export const LEGACY_CLOCK_HANDLERS: readonly string[] = ['sendMonthlyDigest', 'sendPendingDigests'];

function clocksOf(spreadsheet: Spreadsheet): Trigger[] {
  return ScriptApp.getUserTriggers(spreadsheet).filter(
    (trigger) => trigger.getEventType() === ScriptApp.EventType.CLOCK,
  );
}

/** Whether this user's clock runs for this spreadsheet (other workbooks' clocks do not count). */
export function isScheduled(spreadsheet: Spreadsheet): boolean {
  return clocksOf(spreadsheet).some((trigger) => trigger.getHandlerFunction() === CLOCK_HANDLER);
}

/**
 * Makes sure this document has exactly the one clock, hourly: any other time-driven trigger of
 * the add-on here (an old monthly run or follow-up) is replaced; the clock is created only when
 * missing. Returns whether it had to be created.
 */
export function ensureClock(spreadsheet: Spreadsheet): boolean {
  rememberSpreadsheet(spreadsheet);
  let present = false;
  for (const trigger of clocksOf(spreadsheet)) {
    if (trigger.getHandlerFunction() === CLOCK_HANDLER && !present) present = true;
    else ScriptApp.deleteTrigger(trigger);
  }
  if (present) return false;
  ScriptApp.newTrigger(CLOCK_HANDLER).timeBased().everyHours(1).create();
  return true;
}

/** Kept per document: the clock's run has no active spreadsheet and opens this one by id. */
export function rememberSpreadsheet(spreadsheet: Spreadsheet): void {
  setSetting(settings, SETTINGS.scheduleSpreadsheet, spreadsheet.getId());
}

/** The spreadsheet a run works on: the open one, else the one this document's clock keeps. */
export function scheduledSpreadsheet(): Spreadsheet | null {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return active;
  const id = getSetting(settings, SETTINGS.scheduleSpreadsheet);
  return id ? SpreadsheetApp.openById(id) : null;
}
