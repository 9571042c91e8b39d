/** The mailer port: one message to one address, and how many more may go out today. */

export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  /** The sender's display name. */
  readonly name: string;
}

export interface Mailer {
  /** Recipients that may still be mailed today (Apps Script's daily quota; Infinity locally). */
  remainingQuota(): number;
  /** Sends one message; throws when it could not be sent. */
  send(message: MailMessage): void;
}
