import type { Labels } from '../i18n/lang';

const L = (ru: string, ky: string, en: string): Labels => ({ ru, ky, en });

/** The words of the forms and of their intake: menus, titles, help texts, statuses, Log. */
export const FORM_TEXT = {
  menuForms: L(
    'Создать или обновить формы',
    'Формаларды түзүү же жаңылоо',
    'Create or update forms',
  ),
  menuSyncCommittees: L(
    'Обновить список комитетов в формах',
    'Формалардагы комитеттердин тизмесин жаңылоо',
    'Update committee lists in forms',
  ),
  menuPending: L(
    'Обработать ожидающие ответы форм',
    'Күтүүдөгү жоопторду иштетүү',
    'Process pending responses',
  ),
  askBilingualTitle: L('Язык форм', 'Формалардын тили', 'Language of the forms'),
  askBilingual: L(
    'Подписать вопросы форм на двух языках, русском и кыргызском («Дата / Күнү»)?\nДа: на двух языках. Нет: только на языке книги.',
    'Формалардын суроолору эки тилде, орусча жана кыргызча болсунбу («Дата / Күнү»)?\nОоба: эки тилде. Жок: китептин тилинде гана.',
    'Title the questions in both Russian and Kyrgyz («Дата / Күнү»)?\nYes: both languages. No: the workbook language only.',
  ),
  noActiveCommittee: L(
    'На листе «{sheet}» нет действующих комитетов. Добавьте хотя бы один комитет со статусом «Действует» и повторите.',
    '«{sheet}» барагында иштеген комитет жок. «Иштейт» абалындагы жок дегенде бир комитет кошуп, кайталаңыз.',
    'The "{sheet}" sheet has no active committee. Add at least one committee with the status Active and try again.',
  ),
  formsDone: L(
    'Формы готовы (создано {created}, обновлено {updated}). Ответы записываются в эту таблицу и переносятся на листы автоматически.\n\n{links}',
    'Формалар даяр (түзүлдү {created}, жаңыланды {updated}). Жооптор ушул таблицага жазылып, барактарга автоматтык түрдө которулат.\n\n{links}',
    'Forms ready ({created} created, {updated} updated). Responses go to this spreadsheet and are taken into the sheets automatically.\n\n{links}',
  ),
  republished: L(
    'Форма «{title}» не была опубликована и не принимала ответы: теперь она опубликована.',
    '«{title}» формасы жарыяланган эмес болчу жана жооп кабыл алчу эмес: эми ал жарыяланды.',
    'The form "{title}" was not published and took no responses: it is published now.',
  ),
  reopened: L(
    'Форма «{title}» не принимала ответы: приём ответов снова включён.',
    '«{title}» формасы жооп кабыл алчу эмес: жооп кабыл алуу кайра күйгүзүлдү.',
    'The form "{title}" was not accepting responses: it accepts them again.',
  ),
  committeesSynced: L(
    'Список комитетов обновлён в формах: {forms} (действующих комитетов: {committees}).',
    'Комитеттердин тизмеси формаларда жаңыланды: {forms} (иштеген комитеттер: {committees}).',
    'Committee lists updated in {forms} forms ({committees} active committees).',
  ),
  noForms: L(
    'Формы ещё не созданы. Выберите «Создать или обновить формы».',
    'Формалар али түзүлө элек. «Формаларды түзүү же жаңылоо» тандаңыз.',
    'No forms yet. Choose "Create or update forms".',
  ),
  pendingDone: L(
    'Ожидающие ответы: перенесено {taken}, осталось {left}.',
    'Күтүүдөгү жооптор: которулду {taken}, калды {left}.',
    'Pending responses: {taken} taken in, {left} still pending.',
  ),
  logForms: L(
    'Создание и обновление форм',
    'Формаларды түзүү жана жаңылоо',
    'Creating or updating forms',
  ),
  logSync: L(
    'Список комитетов в формах',
    'Формалардагы комитеттер тизмеси',
    'Committee lists in forms',
  ),
  logIntake: L('Ответ формы «{form}»', '«{form}» формасынын жообу', 'Response to "{form}"'),
  logPending: L('Ожидающие ответы форм', 'Күтүүдөгү жооптор', 'Pending form responses'),
  takenIn: L(
    'лист «{sheet}», строка {row}{id}; проблем: {problems}',
    '«{sheet}» барагы, {row}-сап{id}; көйгөйлөр: {problems}',
    'sheet "{sheet}", row {row}{id}; problems: {problems}',
  ),
  notValidated: L(
    'не проверено ({message}); проверит «Проверить сейчас»',
    'текшерилген жок ({message}); «Азыр текшерүү» текшерет',
    'not checked ({message}); "Validate now" will check it',
  ),
  leftPending: L(
    'ожидает: {reason}. Ответ остаётся на листе «{sheet}», строка {row}; его перенесёт следующий ответ формы или «Обработать ожидающие ответы форм».',
    'күтүүдө: {reason}. Жооп «{sheet}» барагында, {row}-сапта калат; аны форманын кийинки жообу же «Күтүүдөгү жоопторду иштетүү» которот.',
    'pending: {reason}. The response stays on "{sheet}", row {row}; the next form response or "Process pending responses" takes it in.',
  ),
  statusHeader: L('Korgoo: статус', 'Korgoo: абалы', 'Korgoo status'),
  statusTaken: L(
    '✓ {id}→ «{sheet}», строка {row}',
    '✓ {id}→ «{sheet}», {row}-сап',
    '✓ {id}→ "{sheet}", row {row}',
  ),
  statusPending: L('⚠ ожидает: {reason}', '⚠ күтүүдө: {reason}', '⚠ pending: {reason}'),
  waitingNote: L(
    'Korgoo: книга была занята ({when}); ответ ожидает переноса. Его перенесёт следующий ответ формы или «Обработать ожидающие ответы форм».',
    'Korgoo: китеп бош эмес болчу ({when}); жооп которулушун күтүүдө. Аны форманын кийинки жообу же «Күтүүдөгү жоопторду иштетүү» которот.',
    'Korgoo: the workbook was busy ({when}); the response waits to be taken in by the next form response or "Process pending responses".',
  ),
  reasonBusy: L(
    'книга занята другим действием',
    'китеп башка иш менен бош эмес',
    'the workbook was busy with another action',
  ),
  reasonNoQuestions: L(
    'в листе ответов нет вопросов формы Korgoo',
    'жооптор барагында Korgoo формасынын суроолору жок',
    'the response sheet holds none of the Korgoo form questions',
  ),
  reasonNoFollowUpKind: L(
    'не указано, перенаправление это или помощь',
    'жөнөтүүбү же жардамбы, көрсөтүлгөн эмес',
    'the response says neither referral nor assistance',
  ),
  reasonNoCommittee: L(
    'не указан комитет, код случая присвоить нельзя',
    'комитет көрсөтүлгөн эмес, учурдун кодун берүүгө болбойт',
    'no committee given, so no case code can be assigned',
  ),
  reasonError: L('ошибка: {message}', 'ката: {message}', 'error: {message}'),
  ledgerSheet: L('Korgoo: принятые ответы', 'Korgoo: кабыл алынган жооптор', 'Korgoo intake'),
  ledgerFingerprint: L('Отпечаток ответа', 'Жооптун изи', 'Response fingerprint'),
  ledgerStatus: L('Куда перенесён', 'Кайда которулду', 'Taken in as'),
  ledgerAt: L('Когда', 'Качан', 'When'),
} as const satisfies Record<string, Labels>;

export type FormTextId = keyof typeof FORM_TEXT;
