import type { Analysis } from '../analyse';
import { activeRecipients } from '../digest';
import type { Lang } from '../i18n/lang';
import { text } from '../i18n/texts';
import { CHOICES } from '../schema/choices';
import type { RecipientItem, RecipientsResult } from './api';
import { LANGUAGE_OPTIONS } from './languages';

/**
 * Who the monthly digest goes to, as the Recipients sheet says: address, language, region and
 * small-number threshold of every active recipient, in the sheet's order (duplicates once).
 */
export function sidebarRecipients(analysis: Analysis, lang: Lang): RecipientsResult {
  const recipients: RecipientItem[] = activeRecipients(analysis.dataset).map((r) => ({
    email: r.email,
    language: LANGUAGE_OPTIONS.find((o) => o.value === r.language)?.label ?? r.language,
    region:
      r.region === null
        ? text('allRegions', lang)
        : (CHOICES.region.find((c) => c.key === r.region)?.labels[lang] ?? r.region),
    threshold:
      r.threshold !== null && r.threshold > 1
        ? String(Math.floor(r.threshold))
        : text('noThreshold', lang),
  }));
  return { recipients };
}
