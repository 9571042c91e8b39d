import type { Lang } from '../i18n/lang';

/** What the sidebar's server functions say back (errors, action results), in each language. */
export const TEXTS = {
  badPeriod: {
    ru: '«{value}» — не период. Выберите месяц, квартал, год или «за всё время».',
    ky: '«{value}» — мезгил эмес. Ай, чейрек, жыл же «башынан бери» тандаңыз.',
    en: '"{value}" is not a period. Choose a month, quarter, year or "since start".',
  },
  badMonth: {
    ru: '«{value}» — не месяц (нужен вид 2026-10).',
    ky: '«{value}» — ай эмес (2026-10 түрүндө болушу керек).',
    en: '"{value}" is not a month (expected 2026-10).',
  },
  unknownCommittee: {
    ru: 'Комитета «{value}» нет на листе комитетов.',
    ky: '«{value}» комитети комитеттер барагында жок.',
    en: 'There is no committee "{value}" on the Committees sheet.',
  },
  unknownRegion: {
    ru: 'Области «{value}» нет в списке.',
    ky: '«{value}» облусу тизмеде жок.',
    en: 'There is no region "{value}" in the list.',
  },
  unknownSheet: {
    ru: 'Листа «{value}» нет в книге.',
    ky: 'Китепте «{value}» барагы жок.',
    en: 'There is no sheet "{value}" in the workbook.',
  },
  badCell: {
    ru: '«{value}» — не адрес ячейки.',
    ky: '«{value}» — уячанын дареги эмес.',
    en: '"{value}" is not a cell address.',
  },
  unsupportedLanguage: {
    ru: 'Язык «{value}» не поддерживается.',
    ky: '«{value}» тили колдоого алынбайт.',
    en: 'Language "{value}" is not supported.',
  },
  languageSet: {
    ru: 'Язык книги: русский. «Настроить или исправить листы» переведёт на него выпадающие списки, новые листы и столбцы; имена существующих листов и столбцов останутся прежними (они читаются на любом языке).',
    ky: 'Китептин тили: кыргызча. «Барактарды даярдоо же оңдоо» ачылма тизмелерди, жаңы барактарды жана мамычаларды ушул тилге которот; бар барактардын жана мамычалардын аттары ошол бойдон калат (алар каалаган тилде окулат).',
    en: 'Workbook language: English. "Set up or repair sheets" switches the dropdowns, and any new sheet or column, to it; existing sheet and column names stay as they are (they are read in any language).',
  },
  notAvailable: {
    ru: 'Это действие доступно только в Google Таблицах.',
    ky: 'Бул аракет Google Таблицаларында гана жеткиликтүү.',
    en: 'This action is available in Google Sheets only.',
  },
  digestNotAvailable: {
    ru: 'Сводка ещё не входит в эту сборку.',
    ky: 'Жыйынтык бул курамага азырынча кирбейт.',
    en: 'The digest is not part of this build yet.',
  },
  formsReady: {
    ru: 'Формы созданы или обновлены: {count}. Ссылки — на вкладке «Настройка».',
    ky: 'Формалар түзүлдү же жаңыланды: {count}. Шилтемелер «Даярдоо» өтмөгүндө.',
    en: 'Forms created or updated: {count}. The links are on the Set-up tab.',
  },
  nextDigest: {
    ru: '{date}, 08:00',
    ky: '{date}, 08:00',
    en: '{date}, 08:00',
  },
  triggerIntake: {
    ru: 'Приём ответов форм',
    ky: 'Формалардын жоопторун кабыл алуу',
    en: 'Form responses intake',
  },
  triggerDigest: {
    ru: 'Ежемесячная сводка (1-го числа, 08:00)',
    ky: 'Айлык жыйынтык (1-күнү, 08:00)',
    en: 'Monthly digest (on the 1st, 08:00)',
  },
  noThreshold: { ru: 'нет', ky: 'жок', en: 'none' },
} as const satisfies Record<string, Record<Lang, string>>;

export type SidebarTextId = keyof typeof TEXTS;

/** An error whose message is for the coordinator: the sidebar shows it as it is. */
export class SidebarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SidebarError';
  }
}
