import type { Lang } from './lang';

/** The add-on's words for the Return sheet (DESIGN §11). */
export const TEXTS = {
  menuUpdateReturn: { ru: 'Обновить отчёт', ky: 'Отчетту жаңыртуу', en: 'Update return' },
  logUpdateReturn: {
    ru: 'Обновление отчёта',
    ky: 'Отчетту жаңыртуу',
    en: 'Return update',
  },
  returnUpdated: {
    ru: 'Лист «{sheet}» обновлён: комитетов {committees}, периодов {periods}, строк {lines}. В нём только сводные цифры.',
    ky: '«{sheet}» барагы жаңыртылды: комитеттер {committees}, мезгилдер {periods}, саптар {lines}. Анда жыйынтык сандар гана.',
    en: 'The {sheet} sheet is up to date: {committees} committees, {periods} periods, {lines} lines. It holds aggregates only.',
  },
} as const satisfies Record<string, Record<Lang, string>>;
