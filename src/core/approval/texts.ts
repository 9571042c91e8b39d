import type { Lang } from '../i18n/lang';
import { text } from '../i18n/texts';
import { CHOICES } from '../schema/choices';
import type { MonthStatus } from './model';
import type { Refusal } from './plan';

/** A status as a coordinator reads it: the choice's label, or "open". */
export function statusLabel(status: MonthStatus, lang: Lang): string {
  if (status === 'open') return text('open', lang);
  return CHOICES.approvalStatus.find((c) => c.key === status)?.labels[lang] ?? status;
}

/** Why a committee's month was left as it was, in a sentence. */
export function refusalText(
  refusal: Refusal & { readonly errors?: number },
  actor: string,
  lang: Lang,
): string {
  return text(refusal.reason, lang, {
    committee: refusal.committeeId,
    actor,
    errors: refusal.errors ?? 0,
  });
}
