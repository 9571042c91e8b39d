/** The forms as the sidebar's FormsPort (src/core/sidebar/ports.ts) sees them. */
import { FORM_KINDS, FORM_SPECS, wordOf } from '../../core/forms/spec';
import type { Lang } from '../../core/i18n/lang';
import { text } from '../../core/i18n/texts';
import type { FormState } from '../../core/sidebar/api';
import type { FormsPort } from '../../core/sidebar/ports';
import { SidebarError } from '../../core/sidebar/texts';
import { withDocumentLock } from '../lock';
import { appendLogs } from '../log';
import { buildForms } from './build';
import { bilingualForms, formIds } from './store';
import { INTAKE_HANDLER } from './triggers';

function formStates(lang: Lang): FormState[] {
  const ids = formIds();
  const states: FormState[] = [];
  for (const kind of FORM_KINDS) {
    const id = ids[kind];
    if (!id) continue;
    const title = wordOf(FORM_SPECS[kind].title, { lang, bilingual: false });
    try {
      const form = FormApp.openById(id);
      states.push({ key: kind, title, url: form.getPublishedUrl(), editUrl: form.getEditUrl() });
    } catch {
      states.push({ key: kind, title, url: '', editUrl: '' });
    }
  }
  return states;
}

export function formsPort(lang: () => Lang): FormsPort {
  return {
    triggerHandler: INTAKE_HANDLER,
    state: () => formStates(lang()),
    createOrUpdate: (asked: Lang) => {
      let message = '';
      const done = withDocumentLock(() => {
        const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
        const result = buildForms(spreadsheet, asked, bilingualForms());
        if (!result.ok) message = result.message;
        // A form found unpublished or closed was published again: the Log says which.
        const what = text('logForms', asked);
        appendLogs(
          spreadsheet,
          asked,
          (result.republished ?? []).map((r) => [what, r] as const),
        );
      });
      if (!done) throw new SidebarError(text('busy', asked));
      if (message) throw new SidebarError(message);
      return formStates(asked);
    },
  };
}
