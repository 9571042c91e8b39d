import type { Lang } from '../i18n/lang';

/** The worklist's words: what each kind asks, in plain words, and the labels of its counts. */
export const TEXTS = {
  protection_order_ending: {
    ru: 'Охранные ордера заканчиваются',
    ky: 'Коргоо ордерлеринин мөөнөтү бүтүп жатат',
    en: 'Protection orders ending',
  },
  referral_no_outcome: {
    ru: 'Перенаправления без результата',
    ky: 'Натыйжасы жок жөнөтүүлөр',
    en: 'Referrals without outcome',
  },
  case_no_followup: {
    ru: 'Семьи без сопровождения',
    ky: 'Көзөмөлсүз калган үй-бүлөлөр',
    en: 'Families without follow-up',
  },
  high_risk_not_reviewed: {
    ru: 'Высокий риск без совместного рассмотрения',
    ky: 'Бирге каралбаган жогорку тобокелдик',
    en: 'High risk, not reviewed jointly',
  },
  doOrderEnding: {
    ru: 'Охранный ордер заканчивается {date}: решите, нужно ли продление',
    ky: 'Коргоо ордеринин мөөнөтү {date} бүтөт: узартуу керекпи, чечиңиз',
    en: 'Protection order ends {date}: decide whether it needs extending',
  },
  doReferral: {
    ru: 'Перенаправление от {date} ({to}) без результата: узнайте, получена ли помощь, и запишите результат',
    ky: '{date} күнкү жөнөтүүнүн ({to}) натыйжасы жок: жардам алындыбы, билип, натыйжасын жазыңыз',
    en: 'Referral of {date} ({to}) has no outcome: find out whether help was received and record it',
  },
  doReferralNoPlace: {
    ru: 'Перенаправление от {date} без результата: узнайте, получена ли помощь, и запишите результат',
    ky: '{date} күнкү жөнөтүүнүн натыйжасы жок: жардам алындыбы, билип, натыйжасын жазыңыз',
    en: 'Referral of {date} has no outcome: find out whether help was received and record it',
  },
  doFollowup: {
    ru: 'Ни перенаправлений, ни помощи с {date}: узнайте, как дела у семьи',
    ky: '{date} күнүнөн бери жөнөтүү да, жардам да жок: үй-бүлөнүн абалын билиңиз',
    en: 'No referral or assistance since {date}: check on the family',
  },
  doHighRisk: {
    ru: 'Высокий риск, выявлен {date}, не рассмотрен с ОВД или судом аксакалов: организуйте совместное рассмотрение',
    ky: 'Тобокелдик жогору, {date} аныкталган, ИИО же аксакалдар соту менен каралган эмес: бирге кароону уюштуруңуз',
    en: 'High risk, identified {date}, not reviewed with the police or an aksakal court: arrange a joint review',
  },
  dueOn: { ru: 'срок {date}', ky: 'мөөнөтү {date}', en: 'due {date}' },
  overdue: {
    ru: 'срок {date}, просрочено дней: {days}',
    ky: 'мөөнөтү {date}, өтүп кеткен күндөр: {days}',
    en: 'due {date}, days overdue: {days}',
  },
  where: {
    ru: '{caseCode}, лист «{sheet}», строка {row}',
    ky: '{caseCode}, «{sheet}» барагы, {row}-сап',
    en: '{caseCode}, sheet "{sheet}", row {row}',
  },
  dueToday: { ru: 'срок сегодня', ky: 'мөөнөтү бүгүн', en: 'due today' },
  nothingDue: {
    ru: 'На {date} ничего не требует действий.',
    ky: '{date} карата аракет талап кылган эч нерсе жок.',
    en: 'Nothing needs action on {date}.',
  },
  itemsDue: {
    ru: 'Требует действий на {date}: {count}',
    ky: '{date} карата аракет талап кылат: {count}',
    en: 'Needs action on {date}: {count}',
  },
  reminderSubject: {
    ru: 'Korgoo: требует действий на {date} — {count}',
    ky: 'Korgoo: {date} карата аракет талап кылат — {count}',
    en: 'Korgoo: needs action on {date} — {count}',
  },
  reminderSubjectRegion: {
    ru: 'Korgoo: требует действий на {date} — {count} ({region})',
    ky: 'Korgoo: {date} карата аракет талап кылат — {count} ({region})',
    en: 'Korgoo: needs action on {date} — {count} ({region})',
  },
  reminderByCommittee: { ru: 'По комитетам', ky: 'Комитеттер боюнча', en: 'By committee' },
  reminderHow: {
    ru: 'Что именно сделать, видно в таблице: меню «Расширения» → Korgoo → панель, вкладка «Дела».',
    ky: 'Эмне кылуу керектиги таблицада көрүнөт: «Кеңейтүүлөр» менюсу → Korgoo → панель, «Иштер» өтмөгү.',
    en: 'What to do is in the spreadsheet: Extensions → Korgoo → sidebar, the To do tab.',
  },
  reminderOpen: { ru: 'Открыть таблицу', ky: 'Таблицаны ачуу', en: 'Open the spreadsheet' },
  reminderWhy: {
    ru: 'Еженедельное напоминание Korgoo, только числа: ни кодов случаев, ни данных семей. Вы получаете его, потому что в листе «Получатели» для вас указано «Напоминания».',
    ky: 'Korgoo жумалык эскертмеси, сандар гана: учурлардын коддору да, үй-бүлөлөрдүн маалыматы да жок. Сиз аны «Алуучулар» барагында сиз үчүн «Эскертмелер» белгиленгендиктен аласыз.',
    en: 'Korgoo’s weekly reminder, counts only: no case code, no family’s data. You get it because the Recipients sheet says Reminders for you.',
  },
} as const satisfies Record<string, Record<Lang, string>>;
