/** MailApp: records messages, spends a daily recipient quota, can fail for chosen recipients. */
import type { CallCounter } from './counter';
import type { Faked } from './types';

export type SentMail = {
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string;
  subject: string;
  body: string;
  htmlBody: string;
  name: string;
  noReply: boolean;
  attachments: number;
};

type Options = GoogleAppsScript.Mail.MailAdvancedParameters;

const split = (list: string | undefined): string[] =>
  (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

const EMAIL = /^[^\s@<>,]+@[^\s@<>,]+\.[^\s@<>,]+$/;

export class FakeMailApp
  implements Faked<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'>
{
  /** Recipients left today; each recipient (to, cc, bcc) of a sent message costs one. */
  quota: number;
  readonly sent: SentMail[] = [];
  private readonly failures = new Map<string, string>();

  constructor(
    private readonly counter: CallCounter,
    quota = 100,
  ) {
    this.quota = quota;
  }

  /** Test helper: sending to this address throws (as a bounce-at-send would), nothing is sent. */
  failFor(recipient: string, message = `Failed to send email: ${recipient}`): void {
    this.failures.set(recipient.toLowerCase(), message);
  }

  getRemainingDailyQuota(): number {
    this.counter.hit('MailApp.getRemainingDailyQuota');
    return this.quota;
  }

  /** sendEmail(message), (to, subject, body[, options]), (to, replyTo, subject, body). */
  sendEmail(a: string | Options, b?: string, c?: string, d?: string | Options): void {
    this.counter.hit('MailApp.sendEmail');
    let msg: Options;
    if (typeof a !== 'string') msg = a;
    else if (typeof d === 'string') msg = { to: a, replyTo: b, subject: c ?? '', body: d };
    else msg = { ...(d ?? {}), to: a, subject: b ?? '', body: c ?? '' };

    const mail: SentMail = {
      to: split(msg.to),
      cc: split(msg.cc),
      bcc: split(msg.bcc),
      replyTo: msg.replyTo ?? '',
      subject: msg.subject ?? '',
      body: msg.body ?? '',
      htmlBody: msg.htmlBody ?? '',
      name: msg.name ?? '',
      noReply: msg.noReply ?? false,
      attachments: msg.attachments?.length ?? 0,
    };
    const all = [...mail.to, ...mail.cc, ...mail.bcc];
    if (all.length === 0) throw new Error('Failed to send email: no recipient');
    for (const r of all) if (!EMAIL.test(r)) throw new Error(`Invalid email: ${r}`);
    if (all.length > this.quota)
      throw new Error('Service invoked too many times for one day: email.');
    for (const r of all) {
      const failure = this.failures.get(r.toLowerCase());
      if (failure !== undefined) throw new Error(failure);
    }
    this.quota -= all.length;
    this.sent.push(mail);
  }
}
