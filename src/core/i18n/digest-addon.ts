import type { Lang } from './lang';

/** The add-on's words about the digest: menu items, dialogs, Log rows. */
export const TEXTS = {
  menuSchedule: {
    ru: 'Запланировать ежемесячную сводку',
    ky: 'Айлык жыйынтыкты пландаштыруу',
    en: 'Schedule monthly digest',
  },
  menuPreview: {
    ru: 'Отправить пробную сводку себе',
    ky: 'Сынамык жыйынтыкты өзүмө жөнөтүү',
    en: 'Send digest preview to me',
  },
  scheduled: {
    ru: 'Сводка будет уходить 1-го числа каждого месяца в 08:00 ({zone}). Активных получателей сейчас: {count}.',
    ky: 'Жыйынтык ар айдын 1-күнү саат 08:00дө ({zone}) жөнөтүлөт. Азыркы активдүү алуучулар: {count}.',
    en: 'The digest will go out on the 1st of every month at 08:00 ({zone}). Active recipients now: {count}.',
  },
  previewSent: {
    ru: 'Сводка за {month} отправлена на {email}.',
    ky: '{month} жыйынтыгы {email} дарегине жөнөтүлдү.',
    en: 'The digest for {month} was sent to {email}.',
  },
  noEmail: {
    ru: 'Google не сообщает ваш адрес этому дополнению, поэтому пробную сводку отправить некуда.',
    ky: 'Google бул кошумчага дарегиңизди бербейт, ошондуктан сынамык жыйынтыкты жөнөтүүгө болбойт.',
    en: 'Google does not share your address with this add-on, so there is nowhere to send the preview.',
  },
  noQuota: {
    ru: 'Дневной лимит писем исчерпан. Попробуйте завтра.',
    ky: 'Күндүк кат жөнөтүү чеги бүттү. Эртең кайталаңыз.',
    en: 'The daily mail quota is spent. Try again tomorrow.',
  },
  logSchedule: {
    ru: 'Расписание сводки',
    ky: 'Жыйынтыктын графиги',
    en: 'Digest schedule',
  },
  logPreview: { ru: 'Пробная сводка', ky: 'Сынамык жыйынтык', en: 'Digest preview' },
  logDelivery: { ru: 'Рассылка сводки', ky: 'Жыйынтыкты жөнөтүү', en: 'Digest delivery' },
  logSendFailed: {
    ru: 'не отправлено {recipient} ({month}): {message}',
    ky: '{recipient} дарегине жөнөтүлгөн жок ({month}): {message}',
    en: 'not sent to {recipient} ({month}): {message}',
  },
  deliverySummary: {
    ru: 'отправлено {sent}, ошибок {failed}, ожидают {pending}{stopped}',
    ky: 'жөнөтүлдү {sent}, каталар {failed}, күтүүдө {pending}{stopped}',
    en: 'sent {sent}, failed {failed}, pending {pending}{stopped}',
  },
  stoppedQuota: {
    ru: '; дневной лимит писем исчерпан, продолжение позже',
    ky: '; күндүк чек бүттү, кийинчерээк улантылат',
    en: '; daily mail quota spent, to be continued later',
  },
  stoppedTime: {
    ru: '; время выполнения на исходе, продолжение в следующий час',
    ky: '; аткаруу убактысы бүтүп калды, кийинки саатта улантылат',
    en: '; running out of time, to be continued within the hour',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type DigestUiTextId = keyof typeof TEXTS;
