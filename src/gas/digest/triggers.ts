/** The monthly trigger's handler: one trigger with it, whatever the number of menu clicks. */
export const MONTHLY_HANDLER = 'sendMonthlyDigest';
/** The follow-up's handler: retries what is pending, removed when nothing is. */
export const FOLLOW_UP_HANDLER = 'sendPendingDigests';

function triggersOf(handler: string): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
}

function removeTriggers(handler: string): void {
  for (const trigger of triggersOf(handler)) ScriptApp.deleteTrigger(trigger);
}

/**
 * Installs THE monthly trigger: the 1st at 08:00 in the spreadsheet's zone. Earlier ones with
 * the same handler are replaced (the zone may have changed); other triggers are never touched.
 */
export function installMonthlyTrigger(timeZone: string): void {
  removeTriggers(MONTHLY_HANDLER);
  ScriptApp.newTrigger(MONTHLY_HANDLER)
    .timeBased()
    .onMonthDay(1)
    .atHour(8)
    .inTimezone(timeZone)
    .create();
}

/** One follow-up run after `delayMs` (an earlier follow-up is replaced, never doubled). */
export function scheduleFollowUp(delayMs: number): void {
  removeTriggers(FOLLOW_UP_HANDLER);
  ScriptApp.newTrigger(FOLLOW_UP_HANDLER).timeBased().after(delayMs).create();
}

/** Nothing is pending any more: the follow-up removes itself. */
export function removeFollowUp(): void {
  removeTriggers(FOLLOW_UP_HANDLER);
}
