import { errorText } from '../../core/error-text';
import { text } from '../../core/i18n/texts';
import { previewRecipient } from '../../core/sidebar/digest-render';
import type { DigestPort } from '../../core/sidebar/ports';
import { SidebarError } from '../../core/sidebar/texts';
import { scheduleDigest } from '../digest/actions';
import { digestMessage, digestRenderer } from '../digest/send';
import { withDocumentLock } from '../lock';
import { appendLog } from '../log';
import { mailApp } from '../mailer';
import { CLOCK_HANDLER } from '../schedule/clock-trigger';
import { workbookLang } from '../settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The digest as the add-on sends it: rendered by the delivery's own renderer, and a preview
 * mailed by its own sender to the current user only (logged; the Digest log is not touched,
 * a preview being no delivery).
 */
export function spreadsheetDigestPort(spreadsheet: Spreadsheet): DigestPort {
  return {
    triggerHandler: CLOCK_HANDLER,
    schedule: (lang) => {
      let message = '';
      const done = withDocumentLock(() => {
        message = scheduleDigest(spreadsheet, lang);
      });
      if (!done) throw new SidebarError(text('busy', lang));
      return message;
    },
    render: (analysis, month, lang) =>
      digestRenderer(analysis, spreadsheet.getUrl())(month, previewRecipient(lang)),
    sendPreviewToMe: (analysis, month, lang) => {
      const uiLang = workbookLang();
      const email = Session.getActiveUser().getEmail().trim();
      if (!email) throw new SidebarError(text('noEmail', uiLang));
      if (mailApp.remainingQuota() < 1) throw new SidebarError(text('noQuota', uiLang));
      const digest = digestRenderer(analysis, spreadsheet.getUrl())(month, previewRecipient(lang));
      try {
        mailApp.send(digestMessage(email, digest));
      } catch (error) {
        const message = errorText(error);
        appendLog(
          spreadsheet,
          uiLang,
          text('logPreview', uiLang),
          text('logFailed', uiLang, { message }),
        );
        throw error;
      }
      appendLog(spreadsheet, uiLang, text('logPreview', uiLang), `${month} · ${lang} → ${email}`);
      return email;
    },
  };
}
