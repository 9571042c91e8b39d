import type { Lang } from '../i18n/lang';

/**
 * The digest's own words in each language. Labels of indicators, breakdowns and choices come
 * from the schema and the indicator registry, so the digest names things as the sheets do.
 */
export const TEXTS = {
  title: { ru: 'Ежемесячная сводка', ky: 'Айлык жыйынтык', en: 'Monthly digest' },
  subject: {
    ru: 'Korgoo: сводка за {month}',
    ky: 'Korgoo: айлык жыйынтык, {month}',
    en: 'Korgoo: digest for {month}',
  },
  allRegions: { ru: 'Все области', ky: 'Бардык облустар', en: 'All regions' },
  headline: { ru: 'Основные показатели', ky: 'Негизги көрсөткүчтөр', en: 'Headline figures' },
  indicator: { ru: 'Показатель', ky: 'Көрсөткүч', en: 'Indicator' },
  month: { ru: 'За месяц', ky: 'Ай ичинде', en: 'This month' },
  change: { ru: 'К прошлому месяцу', ky: 'Өткөн айга салыштырмалуу', en: 'Change vs last month' },
  ytd: { ru: 'С начала года', ky: 'Жыл башынан бери', en: 'Year to date' },
  ytdNote: {
    ru: 'С начала года: {period}. Изменение — разница с предыдущим месяцем ({previous}).',
    ky: 'Жыл башынан бери: {period}. Өзгөрүү — мурунку ай менен айырмасы ({previous}).',
    en: 'Year to date: {period}. Change: the difference from the month before ({previous}).',
  },
  trends: { ru: 'Последние 12 месяцев', ky: 'Акыркы 12 ай', en: 'The last 12 months' },
  trendsNote: {
    ru: 'По месяцам: {from} — {to}. Столбика нет, где число скрыто или равно нулю.',
    ky: 'Айлар боюнча: {from} — {to}. Сан жашырылган же нөл болгон айда мамыча жок.',
    en: 'By month: {from} to {to}. No bar where the figure is hidden or zero.',
  },
  byCommittee: { ru: 'По комитетам', ky: 'Комитеттер боюнча', en: 'By committee' },
  committeesShort: {
    ru: 'Комитетов: {count}. Показаны области и {shown} из {attention} комитетов, не внёсших записей за месяц; все комитеты — в таблице.',
    ky: 'Комитеттер: {count}. Облустар жана ай боюнча жазуу киргизбеген {attention} комитеттин {shown} көрсөтүлдү; бардык комитеттер — таблицада.',
    en: '{count} committees. Shown: the regions and {shown} of the {attention} committees with no entry in the month; every committee is in the spreadsheet.',
  },
  moreInSheet: {
    ru: 'И ещё {count} — в таблице.',
    ky: 'Дагы {count} — таблицада.',
    en: 'And {count} more: see the spreadsheet.',
  },
  committee: { ru: 'Комитет', ky: 'Комитет', en: 'Committee' },
  events: { ru: 'Мероприятия', ky: 'Иш-чаралар', en: 'Events' },
  participants: { ru: 'Участники', ky: 'Катышуучулар', en: 'Participants' },
  casesIdentified: { ru: 'Выявлено семей', ky: 'Аныкталган үй-бүлөлөр', en: 'Families identified' },
  referrals: { ru: 'Перенаправления', ky: 'Жөнөтүүлөр', en: 'Referrals' },
  reported: { ru: 'Отчёт', ky: 'Отчет', en: 'Reported' },
  yes: { ru: 'да', ky: 'ооба', en: 'yes' },
  no: { ru: 'нет', ky: 'жок', en: 'no' },
  subtotal: { ru: 'Итого: {region}', ky: 'Жыйынтык: {region}', en: 'Subtotal: {region}' },
  total: { ru: 'Всего', ky: 'Баары', en: 'Total' },
  regionUnknown: {
    ru: 'Область не указана',
    ky: 'Облусу көрсөтүлгөн эмес',
    en: 'Region not given',
  },
  type: { ru: 'Вид', ky: 'Түрү', en: 'Type' },
  group: { ru: 'Группа', ky: 'Топ', en: 'Group' },
  members: { ru: 'Члены', ky: 'Мүчөлөр', en: 'Members' },
  destination: { ru: 'Куда', ky: 'Кайда', en: 'Destination' },
  outcome: { ru: 'Результат', ky: 'Натыйжасы', en: 'Outcome' },
  notRecorded: { ru: 'Не указан', ky: 'Көрсөтүлгөн эмес', en: 'Not recorded' },
  count: { ru: 'Количество', ky: 'Саны', en: 'Count' },
  amountKgs: { ru: 'Сумма, сом', ky: 'Суммасы, сом', en: 'Amount, KGS' },
  done: { ru: 'Проведено', ky: 'Өткөрүлдү', en: 'Done' },
  planned: { ru: 'По плану', ky: 'План боюнча', en: 'Planned' },
  nothing: { ru: 'В этом месяце нет.', ky: 'Бул айда жок.', en: 'None this month.' },
  reporting: { ru: 'Отчётность', ky: 'Отчеттуулук', en: 'Reporting' },
  reportingRate: {
    ru: 'Своевременность отчётов (мероприятия внесены до 5-го числа следующего месяца): {onTime} из {expected} ({rate}).',
    ky: 'Отчеттордун өз убагында берилиши (иш-чаралар кийинки айдын 5-күнүнө чейин киргизилген): {expected} комитеттин {onTime} ({rate}).',
    en: 'Reporting rate (events entered by the 5th of the next month): {onTime} of {expected} ({rate}).',
  },
  reportingNone: {
    ru: 'В этом месяце не было действующих комитетов.',
    ky: 'Бул айда иштеген комитеттер болгон жок.',
    en: 'No committee was active this month.',
  },
  nonReporting: {
    ru: 'Не отчитались за месяц (нет ни одной записи): {count}.',
    ky: 'Ай боюнча отчет бербегендер (бир да жазуу жок): {count}.',
    en: 'Committees that did not report (no entry in the month): {count}.',
  },
  allReported: {
    ru: 'Все комитеты внесли записи за месяц.',
    ky: 'Бардык комитеттер ай боюнча жазууларын киргизишти.',
    en: 'Every committee made entries for the month.',
  },
  quality: { ru: 'Качество данных', ky: 'Маалыматтардын сапаты', en: 'Data quality' },
  excludedRows: {
    ru: 'Строк с ошибками не учтено в показателях (во всей таблице): {count}.',
    ky: 'Катасы бар, көрсөткүчтөргө кирбеген саптар (бүт таблицада): {count}.',
    en: 'Rows with errors left out of the figures (whole spreadsheet): {count}.',
  },
  pendingResponses: {
    ru: 'Ответов форм ещё не перенесено в таблицу (в этих цифрах их нет): {count}. Их перенесёт «Обработать ожидающие ответы форм».',
    ky: 'Таблицага али которула элек форма жооптору (бул сандарга кирген жок): {count}. Аларды «Күтүүдөгү жоопторду иштетүү» которот.',
    en: 'Form responses not yet taken in (not in these figures): {count}. "Process pending responses" takes them in.',
  },
  openErrors: { ru: 'Открытые ошибки', ky: 'Ачык каталар', en: 'Open errors' },
  noOpenErrors: {
    ru: 'Открытых ошибок нет.',
    ky: 'Ачык каталар жок.',
    en: 'No open errors.',
  },
  noCommittee: { ru: 'Без комитета', ky: 'Комитетсиз', en: 'No committee' },
  openSpreadsheet: { ru: 'Открыть таблицу', ky: 'Таблицаны ачуу', en: 'Open the spreadsheet' },
  thresholdNote: {
    ru: '«<{n}» — меньше {n}: малые числа скрыты, чтобы по ним нельзя было узнать семью; «…» — скрыто, чтобы скрытое число нельзя было вычислить.',
    ky: '«<{n}» — сан {n} чейин жетпейт: үй-бүлөнү таанып алууга мүмкүн болбошу үчүн кичине сандар жашырылды; «…» — жашырылган санды эсептеп чыгарууга болбошу үчүн жашырылды.',
    en: '"<{n}" means fewer than {n}: small figures are hidden so that they cannot point at a family; "…" is hidden so that a hidden figure cannot be worked out.',
  },
  aggregatesNote: {
    ru: 'Только обобщённые цифры: в сводке нет имён, кодов случаев и записей из таблицы.',
    ky: 'Жалпыланган сандар гана: жыйынтыкта аттар, учурлардын коддору жана таблицадагы жазуулар жок.',
    en: 'Aggregates only: the digest holds no names, case codes or entries from the spreadsheet.',
  },
  sentBy: {
    ru: 'Сводку отправляет Korgoo из таблицы программы.',
    ky: 'Жыйынтыкты Korgoo программанын таблицасынан жөнөтөт.',
    en: "Korgoo sends this digest from the programme's spreadsheet.",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type DigestTextId = keyof typeof TEXTS;
