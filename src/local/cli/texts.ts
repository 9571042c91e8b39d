import { type Lang, textLookup } from '../../core/i18n/lang';

/** The command line's own words, in each language (labels of sheets and indicators come from the core). */
export const TEXTS = {
  missingFile: {
    ru: 'Файл не найден: {path}',
    ky: 'Файл табылган жок: {path}',
    en: 'File not found: {path}',
  },
  notXlsx: {
    ru: 'Это не файл Excel (.xlsx) или он повреждён: {path}',
    ky: 'Бул Excel (.xlsx) файлы эмес же ал бузулган: {path}',
    en: 'Not an Excel (.xlsx) file, or it is damaged: {path}',
  },
  notKorgoo: {
    ru: 'В файле нет ни одного листа Korgoo (Комитеты, Мероприятия, Случаи…): {path}',
    ky: 'Файлда Korgoo барактарынын бири да жок (Комитеттер, Иш-чаралар, Учурлар…): {path}',
    en: 'The file has none of Korgoo’s sheets (Committees, Events, Cases…): {path}',
  },
  folder: {
    ru: 'Это папка, а не файл Excel: {path}',
    ky: 'Бул Excel файлы эмес, папка: {path}',
    en: 'This is a folder, not an Excel file: {path}',
  },
  encrypted: {
    ru: 'Файл защищён паролем: {path}. Откройте его в Excel, снимите пароль и сохраните как .xlsx',
    ky: 'Файл сырсөз менен корголгон: {path}. Аны Excelде ачып, сырсөздү алып салыңыз жана .xlsx катары сактаңыз',
    en: 'The file is protected by a password: {path}. Open it in Excel, remove the password and save it as .xlsx',
  },
  oldXls: {
    ru: 'Это файл старого формата Excel 97–2003 (.xls): {path}. Сохраните его как .xlsx',
    ky: 'Бул Excel 97–2003 эски форматындагы файл (.xls): {path}. Аны .xlsx катары сактаңыз',
    en: 'This is an old Excel 97–2003 file (.xls): {path}. Save it as .xlsx',
  },
  openDocument: {
    ru: 'Это таблица OpenDocument (.ods): {path}. Сохраните её как .xlsx (Файл → Сохранить как → Excel 2007–365)',
    ky: 'Бул OpenDocument таблицасы (.ods): {path}. Аны .xlsx катары сактаңыз (Файл → Башкача сактоо → Excel 2007–365)',
    en: 'This is an OpenDocument spreadsheet (.ods): {path}. Save it as .xlsx (File → Save As → Excel 2007–365)',
  },
  zipBomb: {
    ru: 'Файл распаковывается в слишком большой объём ({part}: {size} МБ); это не книга Korgoo, или он повреждён: {path}',
    ky: 'Файл өтө чоң көлөмгө ачылат ({part}: {size} МБ); бул Korgoo китеби эмес же ал бузулган: {path}',
    en: 'The file unpacks to far too much data ({part}: {size} MB); it is no Korgoo workbook, or it is damaged: {path}',
  },
  beyondExcelRows: {
    ru: 'Лист «{sheet}»: строка {number} за пределами Excel (в листе не больше 1 048 576 строк), файл повреждён: {path}',
    ky: '«{sheet}» барагы: {number}-сап Excelдин чегинен тышкары (баракта 1 048 576 саптан ашпайт), файл бузулган: {path}',
    en: 'Sheet "{sheet}": row {number} is beyond Excel’s limit of 1,048,576 rows, so the file is damaged: {path}',
  },
  beyondExcelColumns: {
    ru: 'Лист «{sheet}»: столбец {number} за пределами Excel (в листе не больше 16 384 столбцов), файл повреждён: {path}',
    ky: '«{sheet}» барагы: {number}-мамыча Excelдин чегинен тышкары (баракта 16 384 мамычадан ашпайт), файл бузулган: {path}',
    en: 'Sheet "{sheet}": column {number} is beyond Excel’s limit of 16,384 columns, so the file is damaged: {path}',
  },
  tooManyCells: {
    ru: 'В файле больше {max} заполненных ячеек: больше, чем Korgoo читает за раз: {path}. Разделите книгу, например по годам',
    ky: 'Файлда {max} ашык толтурулган уяча бар: Korgoo бир жолу окуй алгандан көп: {path}. Китепти бөлүңүз, мисалы жылдар боюнча',
    en: 'The file holds more than {max} filled cells, more than Korgoo reads at once: {path}. Split the workbook, by year for instance',
  },
  badPeriod: {
    ru: 'Непонятный период «{value}». Примеры: 2026-10, 2026-Q3, 2026, all',
    ky: 'Түшүнүксүз мезгил «{value}». Мисалдар: 2026-10, 2026-Q3, 2026, all',
    en: 'Unknown period "{value}". Examples: 2026-10, 2026-Q3, 2026, all',
  },
  badOption: {
    ru: 'Ошибка в параметрах: {message}. Справка: korgoo {command} --help',
    ky: 'Параметрлерде ката: {message}. Жардам: korgoo {command} --help',
    en: 'Bad options: {message}. Help: korgoo {command} --help',
  },
  unknownCommittee: {
    ru: 'Комитет «{value}» не найден в листе «Комитеты»',
    ky: '«{value}» комитети «Комитеттер» барагында табылган жок',
    en: 'Committee "{value}" is not in the Committees sheet',
  },
  unknownRegion: {
    ru: 'Неизвестная область «{value}»',
    ky: 'Белгисиз облус «{value}»',
    en: 'Unknown region "{value}"',
  },
  moreProblems: {
    ru: 'и ещё проблем: {count}',
    ky: 'жана дагы {count} көйгөй',
    en: 'and {count} more problems',
  },
  returnWritten: {
    ru: 'Отчёт записан: {path} (комитетов: {committees}, периодов: {periods}, строк: {lines})',
    ky: 'Отчет жазылды: {path} (комитеттер: {committees}, мезгилдер: {periods}, саптар: {lines})',
    en: 'Return written: {path} ({committees} committees, {periods} periods, {lines} lines)',
  },
  returnIsNoWorkbook: {
    ru: 'Отчёт строится по книге с листом «Комитеты», а {path} — уже отчёт',
    ky: 'Отчет «Комитеттер» барагы бар китептен түзүлөт, ал эми {path} мурунтан эле отчет',
    en: 'A return is made from a workbook with a Committees sheet; {path} is a return already',
  },
  reading: {
    ru: 'Чтение листа «{sheet}»: {rows} строк…',
    ky: '«{sheet}» барагы окулууда: {rows} сап…',
    en: 'Reading sheet "{sheet}": {rows} rows…',
  },
  noProblems: {
    ru: 'Проблем не найдено.',
    ky: 'Көйгөй табылган жок.',
    en: 'No problems found.',
  },
  summary: {
    ru: 'Ошибок: {errors}, предупреждений: {warnings}. Строк не учтено в показателях: {excluded}.',
    ky: 'Каталар: {errors}, эскертүүлөр: {warnings}. Көрсөткүчтөргө кирбеген саптар: {excluded}.',
    en: 'Errors: {errors}, warnings: {warnings}. Rows left out of the indicators: {excluded}.',
  },
  indicator: { ru: 'Показатель', ky: 'Көрсөткүч', en: 'Indicator' },
  total: { ru: 'Всего', ky: 'Баары', en: 'Total' },
  committee: { ru: 'Комитет', ky: 'Комитет', en: 'Committee' },
  approvalStatus: { ru: 'Статус месяца', ky: 'Айдын абалы', en: 'Month status' },
  approvedBy: { ru: 'Кто', ky: 'Ким', en: 'By' },
  approvedAt: { ru: 'Когда', ky: 'Качан', en: 'At' },
  approvedToCurrent: {
    ru: 'Утверждено → сейчас',
    ky: 'Бекитилген → азыр',
    en: 'Approved → current',
  },
  noRevisions: {
    ru: 'Пересмотров после утверждения нет.',
    ky: 'Бекитилгенден кийин кайра каралган көрсөткүч жок.',
    en: 'No revisions since approval.',
  },
  period: { ru: 'Период', ky: 'Мезгил', en: 'Period' },
  excluded: {
    ru: 'Строк с ошибками не учтено: {count}',
    ky: 'Катасы бар саптар эсептелген жок: {count}',
    en: 'Rows with errors left out: {count}',
  },
  demoWritten: {
    ru: 'Демо-книга записана: {path}',
    ky: 'Демо китеп жазылды: {path}',
    en: 'Demo workbook written: {path}',
  },
  initWritten: {
    ru: 'Пустая книга Korgoo создана: {path}',
    ky: 'Korgoo бош китеби түзүлдү: {path}',
    en: 'Empty Korgoo workbook created: {path}',
  },
  fileExists: {
    ru: 'Файл уже существует и не будет перезаписан: {path}. Чтобы перезаписать его, добавьте --force: {again}',
    ky: 'Файл бар, анын үстүнө жазылбайт: {path}. Үстүнө жазуу үчүн --force кошуңуз: {again}',
    en: 'The file already exists and will not be overwritten: {path}. To overwrite it, add --force: {again}',
  },
  optionElsewhere: {
    ru: 'Команда korgoo {command} не использует --{option}: этот параметр только для {commands}. Справка: korgoo {command} --help',
    ky: 'korgoo {command} буйругу --{option} параметрин колдонбойт: бул параметр {commands} үчүн гана. Жардам: korgoo {command} --help',
    en: 'korgoo {command} does not use --{option}: it is for {commands} only. Help: korgoo {command} --help',
  },
  badUrl: {
    ru: 'Ссылка --url «{value}» не попадёт в сводки: нужен адрес https://, например https://docs.google.com/spreadsheets/d/…/edit',
    ky: '--url «{value}» шилтемеси жыйынтыктарга кирбейт: https:// дареги керек, мисалы https://docs.google.com/spreadsheets/d/…/edit',
    en: '--url "{value}" would not be put into the digests: an https:// address is needed, like https://docs.google.com/spreadsheets/d/…/edit',
  },
  outsideProgrammeYears: {
    ru: '«{value}» — вне лет программы: месяцы и периоды принимаются с {first} по {last} год (комитеты работают по Закону «Об охране и защите от семейного насилия» 2017 года).',
    ky: '«{value}» программанын жылдарынан тышкары: айлар жана мезгилдер {first}-жылдан {last}-жылга чейин кабыл алынат (комитеттер 2017-жылкы «Үй-бүлөлүк зомбулуктан сактоо жана коргоо жөнүндө» Мыйзам боюнча иштейт).',
    en: '"{value}" is outside the programme’s years: months and periods from {first} to {last} are accepted (the committees work under the 2017 law on protection from family violence).',
  },
  badDate: {
    ru: 'Непонятная дата «{value}». Пример: 2026-11-01',
    ky: 'Түшүнүксүз күн «{value}». Мисал: 2026-11-01',
    en: 'Unknown date "{value}". Example: 2026-11-01',
  },
  badMonth: {
    ru: 'Непонятный месяц «{value}». Пример: 2026-10',
    ky: 'Түшүнүксүз ай «{value}». Мисал: 2026-10',
    en: 'Unknown month "{value}". Example: 2026-10',
  },
  digestWritten: {
    ru: 'Сводки за {month}: писем {count}, папка {dir} (ничего не отправлено).',
    ky: '{month} жыйынтыктары: каттар {count}, папка {dir} (эч нерсе жөнөтүлгөн жок).',
    en: 'Digests for {month}: {count} messages in {dir} (nothing was sent).',
  },
  digestNoRecipients: {
    ru: 'Сводки за {month} не записаны: на листе «Получатели» нет активных получателей.',
    ky: '{month} жыйынтыктары жазылган жок: «Алуучулар» барагында активдүү алуучулар жок.',
    en: 'No digests for {month}: the Recipients sheet has no active recipient.',
  },
  notReplaced: {
    ru: 'Файл {path} оставлен как был: {detail}',
    ky: '{path} файлы мурункудай калды: {detail}',
    en: 'The file {path} was left as it was: {detail}',
  },
  unexpected: {
    ru: 'Непредвиденная ошибка: {message}',
    ky: 'Күтүлбөгөн ката: {message}',
    en: 'Unexpected error: {message}',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type TextId = keyof typeof TEXTS;

export const text = textLookup(TEXTS);
