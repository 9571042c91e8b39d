import type { Lang } from './lang';

/** The digest's words about the month close: the "Revised since approval" section. */
export const TEXTS = {
  monthStatus: { ru: 'Месяц', ky: 'Ай', en: 'Month' },
  revised: {
    ru: 'Пересмотрено после утверждения',
    ky: 'Бекитилгенден кийин кайра каралды',
    en: 'Revised since approval',
  },
  revisedNote: {
    ru: 'Показатели утверждённых месяцев (за 12 месяцев), которые изменились после утверждения: поздние или исправленные записи.',
    ky: 'Бекитилген айлардын (12 ай ичинде) бекитилгенден кийин өзгөргөн көрсөткүчтөрү: кеч же оңдолгон жазуулар.',
    en: 'Figures of approved months (the last 12) that changed after approval: late or corrected entries.',
  },
  noRevisions: {
    ru: 'После утверждения ни один показатель не изменился.',
    ky: 'Бекитилгенден кийин бир да көрсөткүч өзгөргөн жок.',
    en: 'No figure changed after approval.',
  },
  approved: { ru: 'Утверждено', ky: 'Бекитилген', en: 'Approved' },
  current: { ru: 'Сейчас', ky: 'Азыр', en: 'Now' },
} as const satisfies Record<string, Record<Lang, string>>;
