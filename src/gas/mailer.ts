/**
 * The mailer port on Apps Script: MailApp (never GmailApp: its scope reads the whole mailbox),
 * with its daily recipient quota.
 */
import type { Mailer } from '../core/ports/mailer';

export const mailApp: Mailer = {
  remainingQuota: () => MailApp.getRemainingDailyQuota(),
  send: (message) => {
    MailApp.sendEmail({
      to: message.to,
      subject: message.subject,
      htmlBody: message.html,
      body: message.text,
      name: message.name,
    });
  },
};
