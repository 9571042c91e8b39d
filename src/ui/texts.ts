import { fillTemplate, type Lang } from '../core/i18n/lang';

/** The sidebar's own words. Texts from the sheets never pass through here. */
const TEXTS = {
  title: { ru: 'Korgoo', ky: 'Korgoo', en: 'Korgoo' },
  tabsLabel: { ru: 'Разделы панели', ky: 'Панелдин бөлүмдөрү', en: 'Sidebar sections' },
  tabOverview: { ru: 'Обзор', ky: 'Жалпы', en: 'Overview' },
  tabProblems: { ru: 'Проблемы', ky: 'Көйгөйлөр', en: 'Problems' },
  tabDigest: { ru: 'Сводка', ky: 'Жыйынтык', en: 'Digest' },
  tabSetup: { ru: 'Настройка', ky: 'Даярдоо', en: 'Set-up' },
  loading: { ru: 'Загрузка…', ky: 'Жүктөлүүдө…', en: 'Loading…' },
  working: { ru: 'Выполняется…', ky: 'Аткарылууда…', en: 'Working…' },
  failed: { ru: 'Не получилось: {message}', ky: 'Болбоду: {message}', en: 'Failed: {message}' },
  refresh: { ru: 'Обновить', ky: 'Жаңылоо', en: 'Refresh' },
  show: { ru: 'Показать', ky: 'Көрсөтүү', en: 'Show' },
  periodKind: { ru: 'Период', ky: 'Мезгил', en: 'Period' },
  kindMonth: { ru: 'Месяц', ky: 'Ай', en: 'Month' },
  kindQuarter: { ru: 'Квартал', ky: 'Чейрек', en: 'Quarter' },
  kindYear: { ru: 'Год', ky: 'Жыл', en: 'Year' },
  kindAll: { ru: 'За всё время', ky: 'Башынан бери', en: 'Since start' },
  periodValue: { ru: 'Какой', ky: 'Кайсы', en: 'Which' },
  committee: { ru: 'Комитет', ky: 'Комитет', en: 'Committee' },
  region: { ru: 'Область', ky: 'Облус', en: 'Region' },
  allCommittees: { ru: 'Все комитеты', ky: 'Бардык комитеттер', en: 'All committees' },
  allRegions: { ru: 'Все области', ky: 'Бардык облустар', en: 'All regions' },
  indicator: { ru: 'Показатель', ky: 'Көрсөткүч', en: 'Indicator' },
  value: { ru: 'Значение', ky: 'Мааниси', en: 'Value' },
  change: { ru: 'Изм.', ky: 'Өзг.', en: 'Change' },
  changeVs: {
    ru: 'Изменение к периоду «{period}»',
    ky: '«{period}» мезгилине салыштырмалуу өзгөрүү',
    en: 'Change against {period}',
  },
  noPrevious: {
    ru: 'За всё время: сравнивать не с чем.',
    ky: 'Башынан бери: салыштырууга эч нерсе жок.',
    en: 'Since start: nothing to compare with.',
  },
  membersBySector: {
    ru: 'Члены комитетов по секторам',
    ky: 'Мүчөлөр секторлор боюнча',
    en: 'Members by sector',
  },
  excluded: {
    ru: 'Строк с ошибками не учтено: {count}',
    ky: 'Катасы бар саптар эсептелген жок: {count}',
    en: 'Rows with errors left out: {count}',
  },
  problemsSummary: {
    ru: 'Ошибок: {errors}, предупреждений: {warnings}',
    ky: 'Каталар: {errors}, эскертүүлөр: {warnings}',
    en: 'Errors: {errors}, warnings: {warnings}',
  },
  noProblems: { ru: 'Проблем не найдено.', ky: 'Көйгөй табылган жок.', en: 'No problems found.' },
  groupCounts: {
    ru: 'ошибок {errors} · предупр. {warnings}',
    ky: 'ката {errors} · эскерт. {warnings}',
    en: '{errors} errors · {warnings} warnings',
  },
  row: { ru: 'Строка {row}', ky: '{row}-сап', en: 'Row {row}' },
  cellValue: { ru: 'Значение: {value}', ky: 'Мааниси: {value}', en: 'Value: {value}' },
  more: {
    ru: 'И ещё {count} — см. лист «Проблемы».',
    ky: 'Дагы {count} — «Көйгөйлөр» барагын караңыз.',
    en: '{count} more: see the Problems sheet.',
  },
  selected: {
    ru: 'Выделена ячейка {a1} на листе «{sheet}».',
    ky: '«{sheet}» барагында {a1} уячасы тандалды.',
    en: 'Selected {a1} on sheet "{sheet}".',
  },
  error: { ru: 'Ошибка', ky: 'Ката', en: 'Error' },
  warning: { ru: 'Предупреждение', ky: 'Эскертүү', en: 'Warning' },
  month: { ru: 'Месяц', ky: 'Ай', en: 'Month' },
  language: { ru: 'Язык', ky: 'Тил', en: 'Language' },
  subject: { ru: 'Тема: {subject}', ky: 'Темасы: {subject}', en: 'Subject: {subject}' },
  recipients: { ru: 'Получателей: {count}', ky: 'Алуучулар: {count}', en: 'Recipients: {count}' },
  scheduled: {
    ru: 'Рассылка включена, следующая: {next}',
    ky: 'Жөнөтүү күйгүзүлгөн, кийинкиси: {next}',
    en: 'Scheduled; next: {next}',
  },
  notScheduled: {
    ru: 'Ежемесячная рассылка не включена.',
    ky: 'Айлык жөнөтүү күйгүзүлгөн эмес.',
    en: 'The monthly digest is not scheduled.',
  },
  digestFrame: {
    ru: 'Сводка так, как она будет отправлена',
    ky: 'Жыйынтык жөнөтүлө турган түрүндө',
    en: 'The digest as it will be sent',
  },
  digestMissing: {
    ru: 'Сводка ещё не входит в эту сборку.',
    ky: 'Жыйынтык бул курамага азырынча кирбейт.',
    en: 'The digest is not part of this build yet.',
  },
  sendPreview: {
    ru: 'Отправить пробную мне',
    ky: 'Сынамыгын мага жөнөтүү',
    en: 'Send preview to me',
  },
  workbookLanguage: { ru: 'Язык книги', ky: 'Китептин тили', en: 'Workbook language' },
  saveLanguage: { ru: 'Сохранить язык', ky: 'Тилди сактоо', en: 'Save language' },
  setUp: {
    ru: 'Настроить или исправить листы',
    ky: 'Барактарды даярдоо же оңдоо',
    en: 'Set up or repair sheets',
  },
  sheets: { ru: 'Листы', ky: 'Барактар', en: 'Sheets' },
  present: { ru: 'есть', ky: 'бар', en: 'present' },
  missing: { ru: 'нет', ky: 'жок', en: 'missing' },
  forms: { ru: 'Формы', ky: 'Формалар', en: 'Forms' },
  formsMissing: {
    ru: 'Формы создаются в Google Таблицах (в этом просмотре их нет).',
    ky: 'Формалар Google Таблицаларында түзүлөт (бул алдын ала көрүүдө жок).',
    en: 'Forms are made in Google Sheets (not in this preview).',
  },
  noForms: { ru: 'Форм пока нет.', ky: 'Формалар азырынча жок.', en: 'No forms yet.' },
  createForms: {
    ru: 'Создать или обновить формы',
    ky: 'Формаларды түзүү же жаңылоо',
    en: 'Create or update forms',
  },
  openForm: { ru: 'открыть', ky: 'ачуу', en: 'open' },
  editForm: { ru: 'изменить', ky: 'өзгөртүү', en: 'edit' },
  triggers: { ru: 'Триггеры', ky: 'Триггерлер', en: 'Triggers' },
  noTriggers: { ru: 'Триггеров нет.', ky: 'Триггерлер жок.', en: 'No triggers.' },
  installed: { ru: 'установлен', ky: 'орнотулган', en: 'installed' },
  notInstalled: { ru: 'не установлен', ky: 'орнотулган эмес', en: 'not installed' },
} as const satisfies Record<string, Record<Lang, string>>;

export type TextId = keyof typeof TEXTS;

export function t(id: TextId, lang: Lang, params: Record<string, string | number> = {}): string {
  return fillTemplate(TEXTS[id][lang], params);
}
