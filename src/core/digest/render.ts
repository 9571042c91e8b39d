import { renderHtml } from './html';
import type { DigestContent } from './model';
import { renderText } from './text';

export interface RenderedDigest {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

/** The digest as an e-mail: subject, HTML part, plain-text part. */
export function renderDigest(content: DigestContent): RenderedDigest {
  return { subject: content.subject, html: renderHtml(content), text: renderText(content) };
}
