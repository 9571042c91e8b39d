import type { Lang } from './lang';

/** The add-on's own words (menus, dialogs, the Log), in each language. */
export const UI = {
  menuOpenSidebar: { ru: 'Открыть панель', ky: 'Панелди ачуу', en: 'Open sidebar' },
  menuSetUp: { ru: 'Настроить книгу', ky: 'Китепти даярдоо', en: 'Set up workbook' },
  menuValidate: { ru: 'Проверить сейчас', ky: 'Азыр текшерүү', en: 'Validate now' },
  menuHelp: { ru: 'Справка', ky: 'Жардам', en: 'Help' },
  /** Before authorization the add-on cannot know the workbook's language: both local ones. */
  menuStart: {
    ru: 'Начать работу · Иштөөнү баштоо',
    ky: 'Начать работу · Иштөөнү баштоо',
    en: 'Start',
  },
  askLanguageTitle: { ru: 'Язык книги', ky: 'Китептин тили', en: 'Workbook language' },
  askLanguage: {
    ru: 'На каком языке подписать листы и столбцы? Введите ru (русский), ky (кыргызча) или en (English).',
    ky: 'Барактар жана мамычалар кайсы тилде болсун? ru (орусча), ky (кыргызча) же en (англисче) деп жазыңыз.',
    en: 'Which language for the sheets and columns? Type ru (Russian), ky (Kyrgyz) or en (English).',
  },
  badLanguage: {
    ru: 'Язык «{value}» не поддерживается. Введите ru, ky или en.',
    ky: '«{value}» тили колдоого алынбайт. ru, ky же en деп жазыңыз.',
    en: 'Language "{value}" is not supported. Type ru, ky or en.',
  },
  setUpDone: {
    ru: 'Книга настроена: листов создано {created}, столбцов добавлено {columns}. Данные не изменены.',
    ky: 'Китеп даярдалды: түзүлгөн барактар {created}, кошулган мамычалар {columns}. Маалыматтар өзгөргөн жок.',
    en: 'Workbook set up: {created} sheets created, {columns} columns added. No data was changed.',
  },
  validateDone: {
    ru: 'Проверка завершена: ошибок {errors}, предупреждений {warnings}. Подробности на листе «{sheet}».',
    ky: 'Текшерүү бүттү: каталар {errors}, эскертүүлөр {warnings}. Толугу менен «{sheet}» барагында.',
    en: 'Validation finished: {errors} errors, {warnings} warnings. Details on the "{sheet}" sheet.',
  },
  notKorgoo: {
    ru: 'В этой книге нет листов Korgoo. Сначала выберите «Настроить книгу».',
    ky: 'Бул китепте Korgoo барактары жок. Адегенде «Китепти даярдоо» тандаңыз.',
    en: 'This workbook has no Korgoo sheets. Choose "Set up workbook" first.',
  },
  busy: {
    ru: 'Korgoo уже выполняет другое действие в этой книге. Попробуйте через минуту.',
    ky: 'Korgoo бул китепте башка иш аткарып жатат. Бир мүнөттөн кийин кайталаңыз.',
    en: 'Korgoo is busy with another action in this workbook. Try again in a minute.',
  },
  help: {
    ru: 'Korgoo проверяет записи комитетов и считает показатели программы.\n1. «Настроить книгу» создаёт листы и выпадающие списки.\n2. Вносите данные в листы или через формы.\n3. «Проверить сейчас» отмечает ячейки с ошибками (красным) и предупреждениями (жёлтым) и перечисляет их на листе «Проблемы». Строки с ошибками не входят в показатели.',
    ky: 'Korgoo комитеттердин жазууларын текшерип, программанын көрсөткүчтөрүн эсептейт.\n1. «Китепти даярдоо» барактарды жана тизмелерди түзөт.\n2. Маалыматты барактарга же формалар аркылуу киргизиңиз.\n3. «Азыр текшерүү» катасы бар (кызыл) жана эскертүүсү бар (сары) уячаларды белгилеп, «Көйгөйлөр» барагында тизмелейт. Катасы бар саптар көрсөткүчтөргө кирбейт.',
    en: 'Korgoo checks the committees\' entries and computes the programme\'s indicators.\n1. "Set up workbook" creates the sheets and dropdowns.\n2. Enter data in the sheets or through the forms.\n3. "Validate now" marks cells with errors (red) and warnings (yellow) and lists them on the "Problems" sheet. Rows with errors are left out of the indicators.',
  },
  logSetUp: { ru: 'Настройка книги', ky: 'Китепти даярдоо', en: 'Workbook set-up' },
  logValidate: { ru: 'Проверка', ky: 'Текшерүү', en: 'Validation' },
  editChecked: {
    ru: 'Лист «{sheet}», строки {first}–{last}: проблем {problems}, исправлено {cleared}.',
    ky: '«{sheet}» барагы, {first}–{last} саптар: көйгөйлөр {problems}, оңдолгону {cleared}.',
    en: 'Sheet "{sheet}", rows {first}–{last}: {problems} problems, {cleared} fixed.',
  },
  logEditCheck: {
    ru: 'Проверка изменённых строк',
    ky: 'Өзгөргөн саптарды текшерүү',
    en: 'Check of edited rows',
  },
  logOk: { ru: 'успешно', ky: 'ийгиликтүү', en: 'done' },
  logFailed: { ru: 'ошибка: {message}', ky: 'ката: {message}', en: 'failed: {message}' },
} as const satisfies Record<string, Record<Lang, string>>;

export type UiTextId = keyof typeof UI;
