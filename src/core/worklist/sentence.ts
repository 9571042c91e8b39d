import type { Lang } from '../i18n/lang';
import { text } from '../i18n/texts';
import { CHOICES } from '../schema/choices';
import { dottedDate } from '../time/wall-time';
import type { WorkItem } from './items';

/**
 * What to do about one item, in plain words: "Охранный ордер заканчивается 03.11.2026: решите,
 * нужно ли продление". It names dates and a referral's destination: the coordinator's own
 * view only (the sidebar, the command line), never a reminder.
 */
export function itemSentence(item: WorkItem, lang: Lang): string {
  const date = dottedDate(item.since);
  switch (item.kind) {
    case 'protection_order_ending':
      return text('doOrderEnding', lang, { date });
    case 'referral_no_outcome': {
      const to = CHOICES.referredTo.find((c) => c.key === item.referredTo)?.labels[lang];
      return to
        ? text('doReferral', lang, { date, to })
        : text('doReferralNoPlace', lang, { date });
    }
    case 'case_no_followup':
      return text('doFollowup', lang, { date });
    case 'high_risk_not_reviewed':
      return text('doHighRisk', lang, { date });
  }
}

/** "due 05.11.2026", "due today" or "due 20.10.2026, days overdue: 12". */
export function dueText(item: WorkItem, lang: Lang): string {
  const date = dottedDate(item.due);
  if (item.daysOverdue === 0) return text('dueToday', lang);
  if (item.daysOverdue < 0) return text('dueOn', lang, { date });
  return text('overdue', lang, { date, days: item.daysOverdue });
}
