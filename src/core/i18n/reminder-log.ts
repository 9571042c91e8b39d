import type { Lang } from './lang';

/** What the weekly reminder's run writes to the Log, in the workbook's language. */
export const TEXTS = {
  logReminders: {
    ru: 'Еженедельные напоминания',
    ky: 'Жумалык эскертмелер',
    en: 'Weekly reminders',
  },
  reminderLogSummary: {
    ru: '{week}: отправлено {sent}, ошибок {failed}, осталось {left}',
    ky: '{week}: жөнөтүлдү {sent}, каталар {failed}, калды {left}',
    en: '{week}: sent {sent}, failed {failed}, left {left}',
  },
} as const satisfies Record<string, Record<Lang, string>>;
