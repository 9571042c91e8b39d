import type { Lang } from '../i18n/lang';

/** The roll-up's own words (sheet and column labels come from the schema). */
export const TEXTS = {
  duplicateCommittee: {
    ru: 'Комитет {id} есть и в «{first}», и в «{second}»: у каждого комитета должен быть один источник',
    ky: '{id} комитети «{first}» булагында да, «{second}» булагында да бар: ар бир комитеттин бир гана булагы болушу керек',
    en: 'Committee {id} is in both "{first}" and "{second}": each committee must come from one source only',
  },
  periodNotInReturn: {
    ru: 'В отчёте «{source}» нет периода {period}: отчёт содержит месяцы, кварталы и годы до {date} и «all»',
    ky: '«{source}» отчетунда {period} мезгили жок: отчетто {date} чейинки айлар, кварталдар, жылдар жана «all» бар',
    en: 'The return "{source}" has no period {period}: a return holds months, quarters and years up to {date}, and "all"',
  },
  returnBadCell: {
    ru: 'Лист «{sheet}», строка {row}, столбец «{column}»: {expected}, а не «{value}»',
    ky: '«{sheet}» барагы, {row}-сап, «{column}» мамычасы: «{value}» эмес, {expected} болушу керек',
    en: 'Sheet "{sheet}", row {row}, column "{column}": expected {expected}, not "{value}"',
  },
  missingColumn: {
    ru: 'Лист «{sheet}»: нет столбца «{column}»',
    ky: '«{sheet}» барагында «{column}» мамычасы жок',
    en: 'Sheet "{sheet}": the column "{column}" is missing',
  },
  expectCommitteeId: {
    ru: 'ID комитета (латинские буквы, цифры, дефис)',
    ky: 'комитеттин ID (латын тамгалары, сандар, дефис)',
    en: 'a Committee ID (Latin letters, digits, hyphen)',
  },
  expectPeriod: {
    ru: 'период (2026-10, 2026-Q3, 2026 или all)',
    ky: 'мезгил (2026-10, 2026-Q3, 2026 же all)',
    en: 'a period (2026-10, 2026-Q3, 2026 or all)',
  },
  expectIndicator: {
    ru: 'ID показателя (например, cases_identified)',
    ky: 'көрсөткүчтүн ID (мисалы, cases_identified)',
    en: 'an indicator ID (for example cases_identified)',
  },
  expectValue: {
    ru: 'число не меньше 0',
    ky: '0дөн кем эмес сан',
    en: 'a number of 0 or more',
  },
  expectApproval: {
    ru: 'статус утверждения (open, submitted, approved, returned, reopened)',
    ky: 'бекитүүнүн абалы (open, submitted, approved, returned, reopened)',
    en: 'an approval status (open, submitted, approved, returned, reopened)',
  },
  expectDate: {
    ru: 'дата',
    ky: 'күнү',
    en: 'a date',
  },
  expectRegion: {
    ru: 'область из списка',
    ky: 'тизмедеги облус',
    en: 'a region of the list',
  },
  approval_open: { ru: 'открыт', ky: 'ачык', en: 'open' },
  approval_submitted: { ru: 'сдан', ky: 'тапшырылды', en: 'submitted' },
  approval_approved: { ru: 'утверждён', ky: 'бекитилди', en: 'approved' },
  approval_returned: { ru: 'возвращён', ky: 'кайтарылды', en: 'returned' },
  approval_reopened: { ru: 'открыт заново', ky: 'кайра ачылды', en: 'reopened' },
  approval: { ru: 'Утверждение', ky: 'Бекитүү', en: 'Approval' },
  sources: { ru: 'Источники', ky: 'Булактар', en: 'Sources' },
  source: { ru: 'Источник', ky: 'Булак', en: 'Source' },
  asOf: { ru: 'Данные на', ky: 'Маалымат боюнча күнү', en: 'Figures as of' },
  computedNow: { ru: 'книга (сейчас)', ky: 'китеп (азыр)', en: 'workbook (now)' },
  committees: { ru: 'Комитеты', ky: 'Комитеттер', en: 'Committees' },
  sourcesNote: {
    ru: 'Цифры сложены из {count} источников: отчёты областей и районов, только сводные цифры. Сравнение с началом года здесь не показывается: отчёт хранит месяцы, кварталы и годы целиком.',
    ky: 'Сандар {count} булактан кошулду: облустардын жана райондордун отчеттору, жыйынтык сандар гана. Жыл башынан бергиси бул жерде көрсөтүлбөйт: отчет айларды, чейректерди жана жылдарды толугу менен сактайт.',
    en: 'The figures add up {count} sources: the returns of regions and districts, aggregates only. No year to date here: a return holds whole months, quarters and years.',
  },
  approvedShare: {
    ru: 'Месяц утверждён у {approved} из {total} комитетов.',
    ky: 'Ай {total} комитеттин {approved} комитетинде бекитилди.',
    en: 'The month is approved for {approved} of {total} committees.',
  },
} as const satisfies Record<string, Record<Lang, string>>;
