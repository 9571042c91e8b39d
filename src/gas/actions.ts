import { errorText } from '../core/error-text';
import { isLang, type Lang } from '../core/i18n/lang';
import { text } from '../core/i18n/texts';
import { sheetKeyOfName } from '../core/read/locate';
import { SHEETS } from '../core/schema/sheets';
import { logApprovedChanges } from './approval/log-changes';
import { syncCommitteesQuietly } from './forms/committees';
import { withDocumentLock } from './lock';
import { appendLog } from './log';
import { buildMenu } from './menu';
import { type EditCheck, revalidateEditedRows } from './on-edit';
import { setWorkbookLang, workbookLang } from './settings';
import { setUpWorkbook } from './setup';
import { validateSpreadsheet } from './validate-now';

/** Menu and trigger actions; index.ts only exposes them as entry points. */

export function openMenu(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  // Under AuthMode.NONE even PropertiesService is off limits: String() reads the enum without ScriptApp.
  const authorized = e === undefined || String(e.authMode) !== 'NONE';
  buildMenu(SpreadsheetApp.getUi(), authorized, authorized ? workbookLang() : 'ru');
}

/** Runs a menu action that writes: under the lock, logged, its failure shown and logged too. */
export function runLogged(what: (lang: Lang) => string, work: () => string): void {
  const ui = SpreadsheetApp.getUi();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let message = '';
  try {
    const done = withDocumentLock(() => {
      message = work();
    });
    if (!done) {
      ui.alert(text('busy', workbookLang()));
      return;
    }
  } catch (error) {
    const lang = workbookLang();
    const message = errorText(error);
    appendLog(spreadsheet, lang, what(lang), text('logFailed', lang, { message }));
    throw error;
  }
  // Read again: set-up may just have changed the language.
  const lang = workbookLang();
  appendLog(spreadsheet, lang, what(lang), message);
  ui.alert(message);
}

/** Asks the workbook's language (current one by default); null when the user cancels. */
function askLanguage(ui: GoogleAppsScript.Base.Ui, current: Lang): Lang | null {
  let prompt = text('askLanguage', current);
  for (;;) {
    const response = ui.prompt(
      text('askLanguageTitle', current),
      `${prompt}\n[${current}]`,
      ui.ButtonSet.OK_CANCEL,
    );
    if (response.getSelectedButton() !== ui.Button.OK) return null;
    const answer = response.getResponseText().trim().toLowerCase() || current;
    if (isLang(answer)) return answer;
    prompt = `${text('badLanguage', current, { value: answer })}\n${text('askLanguage', current)}`;
  }
}

export function setUpAction(): void {
  const lang = askLanguage(SpreadsheetApp.getUi(), workbookLang());
  if (lang === null) return;
  runLogged(
    (l) => text('logSetUp', l),
    () => {
      setWorkbookLang(lang);
      const result = setUpWorkbook(SpreadsheetApp.getActiveSpreadsheet(), lang);
      openMenu();
      return text('setUpDone', lang, {
        created: result.sheetsCreated,
        columns: result.columnsAdded,
      });
    },
  );
}

export function validateAction(): void {
  runLogged(
    (l) => text('logValidate', l),
    () => {
      const lang = workbookLang();
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const analysis = validateSpreadsheet(spreadsheet, lang);
      // The forms offer the committees the validation just read (no Sheets call when no form).
      syncCommitteesQuietly(spreadsheet, analysis.workbook.sheets.committees);
      const errors = analysis.problems.filter((p) => p.severity === 'error').length;
      return text('validateDone', lang, {
        errors,
        warnings: analysis.problems.length - errors,
        sheet: SHEETS.problems.labels[lang],
      });
    },
  );
}

export function editAction(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const spreadsheet = e.source;
  const lang = workbookLang();
  let checked: EditCheck | null = null;
  // A busy document (an intake, a validation) is left alone: the next Validate now catches up.
  withDocumentLock(() => {
    checked = revalidateEditedRows(
      spreadsheet,
      range.getSheet(),
      range.getRow(),
      range.getNumRows(),
      lang,
    );
  }, 5_000);
  const result = checked as EditCheck | null;
  logApprovedChanges(spreadsheet, lang, result, { oldValue: e.oldValue, value: e.value });
  // An edit of the Committees sheet changes what the forms offer.
  if (result && sheetKeyOfName(result.sheet) === 'committees') syncCommitteesQuietly(spreadsheet);
  if (result && (result.problems > 0 || result.cleared > 0)) {
    appendLog(
      spreadsheet,
      lang,
      text('logEditCheck', lang),
      text('editChecked', lang, {
        sheet: result.sheet,
        first: result.first,
        last: result.last,
        problems: result.problems,
        cleared: result.cleared,
      }),
    );
  }
}

export function helpAction(): void {
  SpreadsheetApp.getUi().alert(text('help', workbookLang()));
}
