import MailComposer from 'nodemailer/lib/mail-composer';
import type { RenderedDigest } from '../../core/digest';

/** The sender of local .eml files (a reserved example.org address: nothing is really sent). */
export const OUTBOX_FROM = { name: 'Korgoo', address: 'korgoo@example.org' };

/**
 * One digest as an .eml message: multipart/alternative with a UTF-8 plain-text part and a UTF-8
 * HTML part, composed by nodemailer's MailComposer, as a mail client would import it.
 */
export function digestEml(
  to: string,
  digest: RenderedDigest,
  date: Date = new Date(),
): Promise<Buffer> {
  const composer = new MailComposer({
    from: OUTBOX_FROM,
    to,
    subject: digest.subject,
    text: digest.text,
    html: digest.html,
    date,
    textEncoding: 'base64',
  });
  return new Promise((resolve, reject) => {
    composer.compile().build((error, message) => (error ? reject(error) : resolve(message)));
  });
}
