import type { Lang } from '../../core/i18n/lang';

export type CommandName = 'init' | 'demo' | 'validate' | 'report';

const USAGE: Record<CommandName | 'main', string> = {
  main: 'korgoo <init|demo|validate|report> [options]   (korgoo <command> --help)',
  init: 'korgoo init FILE.xlsx [--lang ru|ky|en]',
  demo: 'korgoo demo [DIR] [--lang ru|ky|en]',
  validate: 'korgoo validate FILE.xlsx [--lang ru|ky|en] [--format text|json]',
  report:
    'korgoo report FILE.xlsx [--period 2026-10|2026-Q3|2026|all] [--committee ID] [--region NAME] [--lang ru|ky|en] [--format table|json|csv]',
};

const ABOUT: Record<CommandName | 'main', Record<Lang, string>> = {
  main: {
    ru: 'Korgoo: проверка записей и показатели местных комитетов по профилактике семейного и гендерного насилия.\n  init      создать пустую книгу\n  demo      записать демо-книгу и показать её показатели\n  validate  проверить книгу\n  report    показатели за период',
    ky: 'Korgoo: үй-бүлөлүк жана гендердик зомбулуктун алдын алуу боюнча жергиликтүү комитеттердин жазууларын текшерүү жана көрсөткүчтөрү.\n  init      бош китеп түзүү\n  demo      демо китепти жазуу жана анын көрсөткүчтөрүн көрсөтүү\n  validate  китепти текшерүү\n  report    мезгил боюнча көрсөткүчтөр',
    en: 'Korgoo: checks the entries and computes the indicators of local committees against family and gender-based violence.\n  init      create an empty workbook\n  demo      write the demo workbook and show its indicators\n  validate  check a workbook\n  report    indicators for a period',
  },
  init: {
    ru: 'Создаёт пустую книгу со всеми листами, заголовками, выпадающими списками и закреплённой строкой заголовка. Существующий файл не перезаписывается.',
    ky: 'Бардык барактары, баш саптары жана тизмелери бар бош китеп түзөт. Бар файлдын үстүнө жазбайт.',
    en: 'Creates an empty workbook with every sheet, its header, dropdowns and a frozen header row. An existing file is never overwritten.',
  },
  demo: {
    ru: 'Записывает DIR/demo.xlsx (демо-программа: 7 комитетов, сентябрь 2025 – октябрь 2026), проверяет её и печатает показатели за всё время.',
    ky: 'DIR/demo.xlsx жазат (демо программа: 7 комитет, 2025-ж. сентябрь – 2026-ж. октябрь), аны текшерип, бардык убакыттагы көрсөткүчтөрдү басып чыгарат.',
    en: 'Writes DIR/demo.xlsx (the demo programme: 7 committees, September 2025 – October 2026), checks it and prints its since-start indicators.',
  },
  validate: {
    ru: 'Проверяет книгу и перечисляет проблемы по листам: строка, столбец, правило, сообщение.\nКод выхода: 0 — ошибок нет, 1 — есть ошибки, 2 — файл нельзя прочитать.',
    ky: 'Китепти текшерип, көйгөйлөрдү барактар боюнча тизмелейт: сап, мамыча, эреже, билдирүү.\nЧыгуу коду: 0 — ката жок, 1 — каталар бар, 2 — файлды окууга болбойт.',
    en: 'Checks a workbook and lists the problems by sheet: row, column, rule, message.\nExit code: 0 no errors, 1 errors found, 2 the file cannot be used.',
  },
  report: {
    ru: 'Показатели за месяц, квартал, год или всё время (all), по умолчанию — прошлый месяц; по комитету или области. Строки с ошибками не учитываются.',
    ky: 'Ай, чейрек, жыл же бардык убакыт (all) боюнча көрсөткүчтөр, демейки боюнча — өткөн ай; комитет же облус боюнча. Катасы бар саптар эсепке алынбайт.',
    en: 'Indicators for a month, quarter, year or since start (all), by default last month; for one committee or region. Rows with errors are left out.',
  },
};

export function helpText(command: CommandName | 'main', lang: Lang): string {
  return `${USAGE[command]}\n\n${ABOUT[command][lang]}\n`;
}
