import type { Lang } from './lang';

/** The month close's own words (refusals, statuses, the log). */
export const TEXTS = {
  open: { ru: 'Открыт', ky: 'Ачык', en: 'Open' },
  unknown_committee: {
    ru: '{committee}: такого комитета нет на листе «Комитеты».',
    ky: '{committee}: «Комитеттер» барагында мындай комитет жок.',
    en: '{committee}: no such committee on the Committees sheet.',
  },
  not_in_scope: {
    ru: '{committee}: {actor} не указан(а) на листе «Координаторы» для этого комитета.',
    ky: '{committee}: {actor} «Координаторлор» барагында бул комитет үчүн көрсөтүлгөн эмес.',
    en: '{committee}: {actor} is not listed on the Coordinators sheet for this committee.',
  },
  note_required: {
    ru: '{committee}: нужно примечание — что исправить или почему месяц открыт заново.',
    ky: '{committee}: эскертме керек — эмнени оңдоо керек же ай эмне үчүн кайра ачылды.',
    en: '{committee}: a note is needed: what to fix, or why the month is reopened.',
  },
  note_required_errors: {
    ru: '{committee}: в месяце есть ошибки ({errors}); чтобы утвердить, напишите примечание.',
    ky: '{committee}: айда каталар бар ({errors}); бекитүү үчүн эскертме жазыңыз.',
    en: '{committee}: the month has open errors ({errors}); write a note to approve it.',
  },
  already_approved: {
    ru: '{committee}: месяц уже утверждён.',
    ky: '{committee}: ай буга чейин бекитилген.',
    en: '{committee}: the month is approved already.',
  },
  not_approved: {
    ru: '{committee}: месяц не утверждён, открывать заново нечего.',
    ky: '{committee}: ай бекитилген эмес, кайра ачуунун кереги жок.',
    en: '{committee}: the month is not approved; there is nothing to reopen.',
  },
  reopen_first: {
    ru: '{committee}: месяц утверждён; сначала откройте его заново.',
    ky: '{committee}: ай бекитилген; адегенде аны кайра ачыңыз.',
    en: '{committee}: the month is approved; reopen it first.',
  },
  monthCloseDone: {
    ru: '{month}, {status}: {committees}',
    ky: '{month}, {status}: {committees}',
    en: '{month}, {status}: {committees}',
  },
  logWhat: {
    ru: 'Закрытие месяца {month}: {action}',
    ky: '{month} айын жабуу: {action}',
    en: 'Month close {month}: {action}',
  },
  approve: { ru: 'утвердить', ky: 'бекитүү', en: 'approve' },
  return: { ru: 'вернуть на доработку', ky: 'оңдоого кайтаруу', en: 'return' },
  reopen: { ru: 'открыть заново', ky: 'кайра ачуу', en: 'reopen' },
  nothingDone: { ru: 'Ничего не записано.', ky: 'Эч нерсе жазылган жок.', en: 'Nothing written.' },
  changedWarning: {
    ru: 'Месяц {month} комитета {committee} уже утверждён: изменение принято и будет показано как пересмотр.',
    ky: '{committee} комитетинин {month} айы бекитилген: өзгөртүү кабыл алынды, кайра каралган катары көрсөтүлөт.',
    en: 'Month {month} of {committee} is approved: the change is taken in and shown as a revision.',
  },
  changedLog: {
    ru: 'Изменение в утверждённом месяце {month} ({committee}): лист «{sheet}», строка {row}',
    ky: 'Бекитилген айдагы өзгөртүү {month} ({committee}): «{sheet}» барагы, {row}-сап',
    en: 'Change in approved month {month} ({committee}): sheet "{sheet}", row {row}',
  },
  changedValues: {
    ru: 'было «{old}», стало «{new}»',
    ky: 'мурун «{old}», азыр «{new}»',
    en: 'was "{old}", now "{new}"',
  },
  changedNew: { ru: 'новая строка', ky: 'жаңы сап', en: 'new row' },
  changedCells: {
    ru: 'изменено несколько ячеек',
    ky: 'бир нече уяча өзгөртүлдү',
    en: 'several cells changed',
  },
} as const satisfies Record<string, Record<Lang, string>>;
