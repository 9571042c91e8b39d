import { errorText } from '../../core/error-text';
import { formText } from '../../core/forms/texts';
import { uiText } from '../../core/i18n/ui';
import type { FormsPort } from '../../core/sidebar/ports';
import { sidebarText } from '../../core/sidebar/texts';
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
      const what = formText('logForms', workbookLang());
      try {
        const states = forms.createOrUpdate(lang);
        appendLog(
          spreadsheet,
          workbookLang(),
          what,
          sidebarText('formsDone', workbookLang(), { count: states.length }),
        );
        return states;
      } catch (error) {
        const text = errorText(error);
        appendLog(
          spreadsheet,
          workbookLang(),
          what,
          uiText('logFailed', workbookLang(), { message: text }),
        );
        throw error;
      }
    },
  };
}
