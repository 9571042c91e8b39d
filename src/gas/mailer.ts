/**
 * The mailer port on Apps Script: MailApp (never GmailApp: its scope reads the whole mailbox),
 * with its daily recipient quota. A message with no HTML goes as plain text.
 */
import type { Mailer } from '../core/ports/mailer';

export const mailApp: Mailer = {
  remainingQuota: () => MailApp.getRemainingDailyQuota(),
  send: (message) => {
    // No HTML part for a text-only message (an empty htmlBody would be an empty message).
    MailApp.sendEmail({
      to: message.to,
      subject: message.subject,
      ...(message.html === '' ? {} : { htmlBody: message.html }),
      body: message.text,
      name: message.name,
    });
  },
};
