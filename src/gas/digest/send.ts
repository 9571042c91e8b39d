import type { Analysis } from '../../core/analyse';
import { type DigestRecipient, type RenderedDigest, renderDigest } from '../../core/digest';
import type { MailMessage } from '../../core/ports/mailer';
import { workbookDigestContent } from '../../core/rollup/workbook-digest';

/** Sender name shown in the inbox; MailApp sends from the user running the add-on. */
export const SENDER_NAME = 'Korgoo';

/**
 * Renders each (month, language, region, threshold) once per run (a regional workbook's from its
 * Returns too, with its sources' reporting rate), however many recipients
 * share it; `pendingResponses` is what intake left waiting before the run (null: not asked).
 */
export function digestRenderer(
  analysis: Analysis,
  spreadsheetUrl: string,
  pendingResponses: number | null = null,
) {
  const cache = new Map<string, RenderedDigest>();
  return (month: string, recipient: DigestRecipient): RenderedDigest => {
    const key = [month, recipient.language, recipient.region, recipient.threshold].join('|');
    let rendered = cache.get(key);
    if (!rendered) {
      rendered = renderDigest(
        workbookDigestContent(analysis, { month, recipient, spreadsheetUrl, pendingResponses }),
      );
      cache.set(key, rendered);
    }
    return rendered;
  };
}

/** One digest as the mailer's message, from Korgoo. */
export function digestMessage(to: string, digest: RenderedDigest): MailMessage {
  return { to, subject: digest.subject, html: digest.html, text: digest.text, name: SENDER_NAME };
}
