/** The one installable onFormSubmit trigger of the spreadsheet, installed idempotently. */

/** The entry point (src/gas/index.ts) the trigger calls. */
export const INTAKE_HANDLER = 'onFormSubmitted';

/**
 * Installs the trigger unless one with the same handler and event type exists for this
 * spreadsheet (getUserTriggers: an add-on's project triggers include other workbooks').
 * Other triggers (the digest's clock, anything a coordinator made) are never touched.
 */
export function installIntakeTrigger(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): boolean {
  // One form-submit trigger per user and document: this document's, checked before creating.
  const exists = ScriptApp.getUserTriggers(spreadsheet).some(
    (trigger) =>
      trigger.getHandlerFunction() === INTAKE_HANDLER &&
      trigger.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT,
  );
  if (exists) return false;
  ScriptApp.newTrigger(INTAKE_HANDLER).forSpreadsheet(spreadsheet).onFormSubmit().create();
  return true;
}
