import { errorText } from '../../core/error-text';
import { uiText } from '../../core/i18n/ui';
import { previewRecipient } from '../../core/sidebar/digest-render';
import type { DigestPort } from '../../core/sidebar/ports';
import { SidebarError, sidebarText } from '../../core/sidebar/texts';
import { scheduleDigest } from '../digest/actions';
import { digestMessage, digestRenderer } from '../digest/send';
import { digestUiText } from '../digest/texts';
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
      if (!done) throw new SidebarError(sidebarText('busy', lang));
      return message;
    },
    render: (analysis, month, lang) =>
      digestRenderer(analysis, spreadsheet.getUrl())(month, previewRecipient(lang)),
    sendPreviewToMe: (analysis, month, lang) => {
      const uiLang = workbookLang();
      const email = Session.getActiveUser().getEmail().trim();
      if (!email) throw new SidebarError(digestUiText('noEmail', uiLang));
      if (mailApp.remainingQuota() < 1) throw new SidebarError(digestUiText('noQuota', uiLang));
      const digest = digestRenderer(analysis, spreadsheet.getUrl())(month, previewRecipient(lang));
      try {
        mailApp.send(digestMessage(email, digest));
      } catch (error) {
        const text = errorText(error);
        appendLog(
          spreadsheet,
          uiLang,
          digestUiText('logPreview', uiLang),
          uiText('logFailed', uiLang, { message: text }),
        );
        throw error;
      }
      appendLog(
        spreadsheet,
        uiLang,
        digestUiText('logPreview', uiLang),
        `${month} · ${lang} → ${email}`,
      );
      return email;
    },
  };
}
