import type { Analysis } from '../analyse';
import { type DigestRecipient, type RenderedDigest, renderDigest } from '../digest';
import type { Lang } from '../i18n/lang';
import { workbookDigestContent } from '../rollup/workbook-digest';

/** The coordinator's preview: the whole programme (no region), no small-number threshold. */
export function previewRecipient(lang: Lang): DigestRecipient {
  return { language: lang, region: null, threshold: null };
}

/** The digest of a month in a language, rendered by the same code that renders what is sent. */
export function renderPreviewDigest(
  analysis: Analysis,
  month: string,
  lang: Lang,
  spreadsheetUrl: string | null,
): RenderedDigest {
  return renderDigest(
    workbookDigestContent(analysis, { month, recipient: previewRecipient(lang), spreadsheetUrl }),
  );
}
