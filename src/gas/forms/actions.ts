/** The forms' menu actions and the intake trigger; src/gas/index.ts exposes them. */
import { text } from '../../core/i18n/texts';
import { pendingLogLines } from '../../core/intake/log-lines';
import { runLogged } from '../actions';
import { appendLogs } from '../log';
import { authorizationRequired } from '../schedule/authorization';
import { workbookLang } from '../settings';
import { buildForms } from './build';
import { syncCommitteeLists } from './committees';
import { intakeFormSubmit } from './intake';
import { takeInPending } from './pending';
import { formIds, setBilingualForms } from './store';

/** Pending responses one "Process pending responses" takes in (one execution has 6 minutes). */
const MENU_LIMIT = 2_000;

export function createOrUpdateFormsAction(): void {
  const ui = SpreadsheetApp.getUi();
  const lang = workbookLang();
  const answer = ui.alert(
    text('askBilingualTitle', lang),
    text('askBilingual', lang),
    ui.ButtonSet.YES_NO_CANCEL,
  );
  if (answer !== ui.Button.YES && answer !== ui.Button.NO) return;
  const bilingual = answer === ui.Button.YES;
  runLogged(
    (l) => text('logForms', l),
    () => {
      setBilingualForms(bilingual);
      return buildForms(SpreadsheetApp.getActiveSpreadsheet(), lang, bilingual).message;
    },
  );
}

export function syncCommitteesAction(): void {
  const lang = workbookLang();
  if (Object.keys(formIds()).length === 0) {
    SpreadsheetApp.getUi().alert(text('noForms', lang));
    return;
  }
  runLogged(
    (l) => text('logSync', l),
    () => {
      const result = syncCommitteeLists(SpreadsheetApp.getActiveSpreadsheet());
      return text('committeesSynced', lang, { ...result });
    },
  );
}

export function processPendingAction(): void {
  const lang = workbookLang();
  runLogged(
    (l) => text('logPending', l),
    () => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const result = takeInPending(spreadsheet, lang, MENU_LIMIT);
      // The summary is this action's own message, logged by runLogged.
      appendLogs(
        spreadsheet,
        lang,
        pendingLogLines(result, lang, { byForm: false, summary: false }),
      );
      return text('pendingDone', lang, { taken: result.taken, left: result.left });
    },
  );
}

/** The response waits in its sheet while the user must authorize again (they are told once). */
export function formSubmitAction(e: GoogleAppsScript.Events.SheetsOnFormSubmit | undefined): void {
  if (authorizationRequired()) return;
  intakeFormSubmit(e);
}
