import type { Lang } from '../../core/i18n/lang';

export type CommandName =
  | 'init'
  | 'demo'
  | 'validate'
  | 'report'
  | 'digest'
  | 'approve'
  | 'due'
  | 'return';

const USAGE: Record<CommandName | 'main', string> = {
  main: 'korgoo <init|demo|validate|report|digest|approve|due|return> [options]   (korgoo <command> --help)',
  init: 'korgoo init FILE.xlsx [--force] [--lang ru|ky|en]',
  demo: 'korgoo demo [DIR] [--force] [--lang ru|ky|en]',
  validate: 'korgoo validate FILE.xlsx [--lang ru|ky|en] [--format text|json]',
  report:
    'korgoo report FILE.xlsx [FILE…] [--period 2026-10|2026-Q3|2026|all] [--committee ID] [--region NAME] [--lang ru|ky|en] [--format table|json|csv]',
  return:
    'korgoo return FILE.xlsx [--out RETURN.xlsx] [--format xlsx|csv] [--force] [--lang ru|ky|en]',
  digest:
    'korgoo digest FILE.xlsx [FILE…] [--month 2026-10] [--outbox DIR] [--url URL] [--lang ru|ky|en]',
  approve:
    'korgoo approve FILE.xlsx --month 2026-10 [--committee ID]… [--return | --reopen] [--note TEXT] [--by NAME] [--lang ru|ky|en]',
  due: 'korgoo due FILE.xlsx [--date 2026-11-01] [--committee ID] [--region NAME] [--lang ru|ky|en] [--format text|json]',
};

export const ABOUT: Record<CommandName | 'main', Record<Lang, string>> = {
  main: {
    ru: 'Korgoo: проверка записей и показатели местных комитетов по профилактике семейного и гендерного насилия.\n  init      создать пустую книгу\n  demo      записать демо-книгу и показать её показатели\n  validate  проверить книгу\n  report    показатели за период\n  digest    ежемесячная сводка получателям в виде файлов .eml\n  approve   утвердить месяц комитетов\n  due       что требует действий координатора\n  return    отчёт книги: только сводные цифры, для области и страны',
    ky: 'Korgoo: үй-бүлөлүк жана гендердик зомбулуктун алдын алуу боюнча жергиликтүү комитеттердин жазууларын текшерүү жана көрсөткүчтөрү.\n  init      бош китеп түзүү\n  demo      демо китепти жазуу жана анын көрсөткүчтөрүн көрсөтүү\n  validate  китепти текшерүү\n  report    мезгил боюнча көрсөткүчтөр\n  digest    алуучуларга айлык жыйынтык .eml файлдары түрүндө\n  approve   комитеттердин айын бекитүү\n  due       координатордун аракетин талап кылган иштер\n  return    китептин отчету: жыйынтык сандар гана, облус жана өлкө үчүн',
    en: 'Korgoo: checks the entries and computes the indicators of local committees against family and gender-based violence.\n  init      create an empty workbook\n  demo      write the demo workbook and show its indicators\n  validate  check a workbook\n  report    indicators for a period\n  digest    the monthly digest for the recipients, as .eml files\n  approve   approve committees’ months\n  due       what needs a coordinator’s action\n  return    the workbook’s return: aggregate figures only, for a region or the country',
  },
  init: {
    ru: 'Создаёт пустую книгу со всеми листами, заголовками, выпадающими списками и закреплённой строкой заголовка. Существующий файл не перезаписывается (только с --force).',
    ky: 'Бардык барактары, баш саптары жана тизмелери бар бош китеп түзөт. Бар файлдын үстүнө жазбайт (--force менен гана жазат).',
    en: 'Creates an empty workbook with every sheet, its header, dropdowns and a frozen header row. An existing file is never overwritten (unless --force).',
  },
  demo: {
    ru: 'Записывает DIR/demo.xlsx (демо-программа: 7 комитетов, сентябрь 2025 – октябрь 2026), проверяет её, печатает показатели за всё время и записывает сводки за октябрь 2026 в DIR/outbox. Существующий DIR/demo.xlsx не перезаписывается (только с --force).',
    ky: 'DIR/demo.xlsx жазат (демо программа: 7 комитет, 2025-ж. сентябрь – 2026-ж. октябрь), аны текшерип, бардык убакыттагы көрсөткүчтөрдү басып чыгарат жана 2026-ж. октябрь жыйынтыктарын DIR/outbox папкасына жазат. Бар DIR/demo.xlsx файлынын үстүнө жазбайт (--force менен гана жазат).',
    en: 'Writes DIR/demo.xlsx (the demo programme: 7 committees, September 2025 – October 2026), checks it, prints its since-start indicators and writes its October 2026 digests into DIR/outbox. An existing DIR/demo.xlsx is never overwritten (unless --force).',
  },
  validate: {
    ru: 'Проверяет книгу и перечисляет проблемы по листам: строка, столбец, правило, сообщение.\nКод выхода: 0 — ошибок нет, 1 — есть ошибки, 2 — файл нельзя прочитать.',
    ky: 'Китепти текшерип, көйгөйлөрдү барактар боюнча тизмелейт: сап, мамыча, эреже, билдирүү.\nЧыгуу коду: 0 — ката жок, 1 — каталар бар, 2 — файлды окууга болбойт.',
    en: 'Checks a workbook and lists the problems by sheet: row, column, rule, message.\nExit code: 0 no errors, 1 errors found, 2 the file cannot be used.',
  },
  report: {
    ru: 'Показатели за месяц, квартал, год или всё время (all), по умолчанию — прошлый месяц; по комитету или области. Строки с ошибками не учитываются. Несколько файлов — книги и отчёты вперемешку — дают общие цифры; комитет, который есть в двух файлах, — код выхода 2.',
    ky: 'Ай, чейрек, жыл же бардык убакыт (all) боюнча көрсөткүчтөр, демейки боюнча — өткөн ай; комитет же облус боюнча. Катасы бар саптар эсепке алынбайт. Бир нече файл — китептер жана отчеттор аралаш — жалпы сандарды берет; эки файлда бар комитет — чыгуу коду 2.',
    en: 'Indicators for a month, quarter, year or since start (all), by default last month; for one committee or region. Rows with errors are left out. Several files, workbooks and returns mixed, give the figures of all of them together; a committee found in two files is exit code 2.',
  },
  return: {
    ru: 'Записывает отчёт книги: для каждого комитета, каждого месяца, квартала и года с первой даты и всего времени (all) — показатели и статус утверждения месяца. Без кодов случаев, имён и свободного текста. По умолчанию FILE-return.xlsx рядом с книгой; --format csv — длинный CSV для BigQuery или импорта в DHIS2. Существующий файл не перезаписывается (только с --force).',
    ky: 'Китептин отчетун жазат: ар бир комитет, биринчи күндөн бери ар бир ай, чейрек, жыл жана бардык убакыт (all) үчүн — көрсөткүчтөр жана айдын бекитүү абалы. Учурлардын коддору, аттар жана эркин текст жок. Демейки боюнча китептин жанында FILE-return.xlsx; --format csv — BigQuery же DHIS2 импорту үчүн узун CSV. Бар файлдын үстүнө жазбайт (--force менен гана жазат).',
    en: 'Writes the workbook’s return: for every committee, every month, quarter and year since its first date and since start (all), the indicators and the month’s approval status. No case code, name or free text. By default FILE-return.xlsx next to the workbook; --format csv writes the long CSV for BigQuery or a DHIS2 import. An existing file is never overwritten (unless --force).',
  },
  digest: {
    ru: 'Записывает ежемесячную сводку (по умолчанию — за прошлый месяц) каждому активному получателю с листа «Получатели» в виде файла .eml (HTML и текст), на его языке, по его области и с его порогом малых чисел, и оглавление index.html / index.txt. Папка по умолчанию — outbox рядом с файлом. Письма этого месяца от прошлого запуска заменяются, другие файлы папки не трогаются. Ничего не отправляется. --url добавляет ссылку на таблицу (только https://). --lang — язык сообщений команды. Несколько книг дают сводку по всем их строкам; если среди файлов есть отчёты — сводку по отчётам: показатели, утверждение по комитетам, источники.',
    ky: 'Ар бир активдүү алуучуга («Алуучулар» барагынан) айлык жыйынтыкты (демейки боюнча — өткөн ай) .eml файлы (HTML жана текст) түрүндө, анын тилинде, облусу боюнча жана кичине сандардын чеги менен жазат, ошондой эле index.html / index.txt мазмунун. Демейки папка — файлдын жанындагы outbox. Ушул айдын мурунку иштетүүдөгү каттары алмаштырылат, папканын башка файлдарына тийбейт. Эч нерсе жөнөтүлбөйт. --url таблицага шилтеме кошот (https:// гана). --lang — буйруктун билдирүүлөрүнүн тили. Бир нече китеп алардын бардык саптары боюнча жыйынтык берет; файлдардын арасында отчеттор болсо — отчеттор боюнча жыйынтык: көрсөткүчтөр, комитеттер боюнча бекитүү, булактар.',
    en: "Writes the monthly digest (by default for last month) for every active recipient of the Recipients sheet as an .eml file (HTML and text), in their language, for their region, with their small-number threshold, and an index.html / index.txt. The folder defaults to outbox next to the file. The month’s messages of an earlier run are replaced; no other file of the folder is touched. Nothing is sent. --url adds a link to the spreadsheet (https:// only). --lang sets the language of the command's messages. Several workbooks give the digest of all their rows; with returns among the files, the roll-up's digest: the indicators, each committee's approval, the sources.",
  },
  approve: {
    ru: 'Утверждает месяц комитетов (по умолчанию — всех действующих): добавляет строки на листы «Утверждения» и «Утверждённые показатели». --return возвращает месяц на доработку, --reopen открывает утверждённый месяц заново (для обоих нужно --note). Файл не теряется: новая книга записывается рядом, читается обратно и сверяется ячейка за ячейкой, прежняя остаётся как FILE.xlsx.bak. Код выхода: 0 — сделано, 1 — некоторые комитеты отказаны (сказано почему), 2 — файл оставлен как был.',
    ky: 'Комитеттердин айын бекитет (демейки боюнча — бардык иштеген комитеттердин): «Бекитүүлөр» жана «Бекитилген көрсөткүчтөр» барактарына саптарды кошот. --return айды оңдоого кайтарат, --reopen бекитилген айды кайра ачат (экөөнө тең --note керек). Файл жоголбойт: жаңы китеп жанына жазылып, кайра окулуп, уячама-уяча салыштырылат, мурункусу FILE.xlsx.bak болуп калат. Чыгуу коду: 0 — аткарылды, 1 — айрым комитеттерге баш тартылды (себеби айтылат), 2 — файл мурункудай калды.',
    en: 'Approves the month of committees (by default every active one): appends rows to the Approvals and Approved figures sheets. --return returns the month to be fixed, --reopen reopens an approved month (both need --note). The file is never lost: the new workbook is written beside it, read back and compared cell by cell, and the previous one is kept as FILE.xlsx.bak. Exit code: 0 done, 1 some committees refused (each says why), 2 the file was left as it was.',
  },
  due: {
    ru: 'Что требует действий координатора на дату (по умолчанию — сегодня по времени книги): охранные ордера, которые заканчиваются в ближайшие 2 дня; перенаправления без результата 14 дней и больше; открытые случаи без перенаправлений и помощи 30 дней; случаи высокого риска, не рассмотренные совместно с ОВД или судом аксакалов, 7 дней после выявления. По комитетам, с листом и строкой. Код выхода 0 — есть такие дела или нет.',
    ky: 'Координатордун аракетин талап кылган иштер (демейки боюнча — бүгүн, китептин убактысы боюнча): 2 күндүн ичинде мөөнөтү бүтө турган коргоо ордерлери; 14 күн жана андан көп натыйжасыз жөнөтүүлөр; 30 күн жөнөтүүсүз жана жардамсыз ачык учурлар; аныкталгандан 7 күн өткөн, ИИО же аксакалдар соту менен бирге каралбаган жогорку тобокелдиктеги учурлар. Комитеттер боюнча, барагы жана сабы менен. Чыгуу коду 0 — мындай иштер болсо да, болбосо да.',
    en: 'What needs a coordinator’s action on a day (by default today in the workbook’s zone): protection orders ending within 2 days; referrals without outcome for 14 days or more; open cases with no referral or assistance for 30 days; high-risk cases not reviewed jointly with the police or an aksakal court 7 days after they were identified. By committee, with sheet and row. Exit code 0 whether or not anything is due.',
  },
};

export function helpText(command: CommandName | 'main', lang: Lang): string {
  return `${USAGE[command]}\n\n${ABOUT[command][lang]}\n`;
}
