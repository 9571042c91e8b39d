import { errorText } from '../../core/error-text';
import { text } from '../../core/i18n/texts';
import type { FormsPort } from '../../core/sidebar/ports';
import { appendLog } from '../log';
import { workbookLang } from '../settings';

/** The forms port with its writes on the Log sheet, as the menu's action logs them. */
export function loggedForms(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  forms: FormsPort,
): FormsPort {
  return {
    triggerHandler: forms.triggerHandler,
    state: () => forms.state(),
    createOrUpdate: (lang) => {
      const what = text('logForms', workbookLang());
      try {
        const states = forms.createOrUpdate(lang);
        appendLog(
          spreadsheet,
          workbookLang(),
          what,
          text('formsReady', workbookLang(), { count: states.length }),
        );
        return states;
      } catch (error) {
        const message = errorText(error);
        appendLog(
          spreadsheet,
          workbookLang(),
          what,
          text('logFailed', workbookLang(), { message }),
        );
        throw error;
      }
    },
  };
}
