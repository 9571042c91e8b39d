import type { SheetKey } from '../../schema/sheets';
import type { LangTexts, MessageArgs } from '../message-args';

const q = (text: string) => `«${text}»`;

const PATTERN_EXPECTED: Readonly<Record<string, string>> = {
  committeeId:
    'нужен ID комитета: от 2 до 16 заглавных латинских букв, цифр или дефисов, например KANT',
  caseCode: 'нужен код случая вида KANT-2026-0007 (ID комитета, год, номер)',
  eventId: 'нужен ID мероприятия вида EV-000123',
};

function choiceText(a: MessageArgs): string {
  const part = a.param('part');
  return part !== '…'
    ? `${q(part)} нет в списке. Укажите одно или несколько значений через запятую из списка: ${a.choices()}.`
    : `${q(a.value)} нет в списке. Выберите одно из значений: ${a.choices()}.`;
}

const PRIVATE = 'Здесь нельзя хранить личные данные';

/** Russian: the programme's working language. */
export const RU: LangTexts = {
  where: (sheet, row, column) =>
    column
      ? `Лист ${q(sheet)}, строка ${row}, столбец ${q(column)}:`
      : `Лист ${q(sheet)}, строка ${row}:`,
  quote: q,
  unknownRule: (id, value) =>
    `проблема по правилу ${q(id)}${value ? ` (значение ${q(value)})` : ''}.`,
  rules: {
    required: (a) => `ячейка пустая, а столбец ${q(a.column)} заполнять обязательно.`,
    type_int: (a) =>
      `${q(a.value)} — не целое число. Нужно целое число от 0 и больше, например 25.`,
    type_amount: (a) => `${q(a.value)} — не сумма. Нужна сумма в сомах больше 0, например 6500.`,
    type_date: (a) => `${q(a.value)} — не дата. Нужна дата вида 03.10.2026.`,
    ambiguous_date: (a) =>
      a.param('dayFirst') !== '…'
        ? `${q(a.value)} можно прочитать и как ${a.param('dayFirst')}, и как ${a.param('monthFirst')}: при косой черте день и месяц могут меняться местами. Введите дату в виде дд.мм.гггг (например 03.10.2026) или ячейкой с датой.`
        : `в ${q(a.value)} сначала месяц, потом день (так пишет даты англоязычный Excel в США), то есть ${a.param('monthFirst')}. Введите дату в виде дд.мм.гггг (например 03.10.2026) или ячейкой с датой.`,
    ambiguous_number: (a) =>
      `${a.param('thousands') !== '…' ? `${q(a.value)} можно прочитать и как ${a.param('thousands')}, и как ${a.param('decimal')}: ` : `${q(a.value)}: `}запятая или точка перед тремя цифрами может отделять и тысячи, и дробную часть. Введите число без разделителей тысяч, например ${a.param('thousands') !== '…' ? a.param('thousands') : '13000'}.`,
    type_month: (a) => `${q(a.value)} — не месяц. Нужен месяц вида 2026-10 (год-месяц).`,
    type_email: (a) =>
      `${q(a.value)} — не адрес электронной почты. Нужен адрес вида name@example.org.`,
    pattern: (a) =>
      `${q(a.value)} не подходит: ${PATTERN_EXPECTED[a.param('column')] ?? 'проверьте формат значения'}.`,
    choice: choiceText,
    too_large: (a) => `число ${a.value} слишком большое: допускается не больше ${a.param('max')}.`,
    missing_column: (a) =>
      `на листе нет обязательного столбца ${q(a.column)}. Добавьте его в строку заголовков (строка 1).`,
    cell_error: (a) =>
      `в ячейке ошибка формулы ${a.value}, а не значение. Исправьте формулу или введите значение.`,
    not_computed: (a) =>
      `в ячейке формула, которая ни разу не была вычислена (${q(a.value)}). Откройте и сохраните файл в Excel, LibreOffice или Google Таблицах, чтобы она была вычислена.`,
    duplicate_column: (a) =>
      `в заголовке столбец ${q(a.column)} назван ${a.param('count')} раза, здесь повторно. Читается только первый: переименуйте или удалите остальные.`,
    header_not_first_row: (a) =>
      `заголовок (${q(a.value)}) находится в строке ${a.param('headerRow')}, а не в строке 1. Удалите строки над ним, чтобы заголовок был в строке 1.`,
    no_header: (a) =>
      `на листе нет строки заголовка: ни одна из первых 10 строк не называет столбцы листа (лист начинается с ${q(a.value)}). Впишите названия столбцов в строку 1; до тех пор ни одна строка листа не учитывается.`,
    duplicate_sheet: (a) =>
      `второй лист для ${q(a.sheetLabel(a.param('sheet') as SheetKey))}: читается лист ${q(a.param('first'))}, а этот нет. Перенесите его строки в ${q(a.param('first'))} и удалите этот лист.`,
    duplicate_committee_id: (a) =>
      `ID комитета ${q(a.value)} уже есть в строке ${a.param('firstRow')}. У каждого комитета должен быть свой ID.`,
    duplicate_case_code: (a) =>
      `код случая ${q(a.value)} уже есть в строке ${a.param('firstRow')}. У каждого случая должен быть свой код.`,
    duplicate_event_id: (a) =>
      `ID мероприятия ${q(a.value)} уже есть в строке ${a.param('firstRow')}. У каждого мероприятия должен быть свой ID.`,
    future_date: (a) =>
      `дата ${a.param('date')} ещё не наступила (сегодня ${a.param('today')}). Нужна дата не позже сегодняшней.`,
    before_established: (a) =>
      `дата ${a.param('date')} раньше создания комитета ${a.param('committee')} (${a.param('established')}). Нужна дата не раньше ${a.param('established')}.`,
    left_before_joined: (a) =>
      `дата выхода ${a.param('date')} раньше даты вступления (${a.param('joined')}). Нужна дата не раньше ${a.param('joined')}.`,
    unknown_committee: (a) =>
      `комитета с ID ${q(a.param('committee'))} нет на листе ${q(a.sheetLabel('committees'))}. Укажите ID комитета с этого листа или добавьте туда комитет.`,
    committee_not_active: (a) =>
      `у комитета ${a.param('committee')} статус ${q(a.choice('committeeStatus', a.param('status')))}, а не ${q(a.choice('committeeStatus', 'active'))}. Проверьте, что комитет указан верно.`,
    unknown_case: (a) =>
      `случая с кодом ${q(a.param('caseCode'))} нет на листе ${q(a.sheetLabel('cases'))}. Укажите код существующего случая.`,
    before_case_identified: (a) =>
      `дата ${a.param('date')} раньше даты выявления случая ${a.param('caseCode')} (${a.param('identified')}). Нужна дата не раньше ${a.param('identified')}.`,
    women_men_exceed_participants: (a) =>
      `женщин (${a.param('women')}) и мужчин (${a.param('men')}) вместе ${a.param('sum')}, это больше числа участников (${a.param('participants')}). Женщин и мужчин вместе должно быть не больше, чем участников.`,
    participants_not_positive: (a) =>
      `для мероприятия типа ${q(a.choice('eventType', a.param('type')))} число участников должно быть больше 0.`,
    under18_exceeds_participants: (a) =>
      `участников до 18 лет (${a.param('under18')}) больше, чем всех участников (${a.param('participants')}). Их должно быть не больше, чем участников.`,
    cases_reviewed_not_session: (a) =>
      `случаи рассматриваются только на заседании комитета, а тип этого мероприятия — ${q(a.choice('eventType', a.param('type')))}. Оставьте ${q(a.column)} пустым или выберите тип ${q(a.choice('eventType', 'committee_session'))}.`,
    duplicate_event: (a) =>
      `похоже на повтор строки ${a.param('firstRow')}: тот же комитет, та же дата и тот же тип мероприятия. Если это одно и то же мероприятие, удалите лишнюю строку.`,
    amount_missing: (a) =>
      `для вида помощи ${q(a.choice('assistanceType', 'cash_aid'))} нужна сумма в сомах больше 0, например 6500.`,
    amount_not_allowed: (a) =>
      `сумма указывается только для вида помощи ${q(a.choice('assistanceType', 'cash_aid'))}, а здесь вид помощи — ${q(a.choice('assistanceType', a.param('type')))}. Оставьте ячейку пустой или исправьте вид помощи.`,
    closed_without_date: (a) =>
      `случай закрыт, но столбец ${q(a.column)} пуст. Укажите дату закрытия.`,
    closed_date_not_closed: (a) =>
      `указана дата закрытия, но статус случая — ${q(a.choice('caseStatus', a.param('status')))}. Если случай закрыт, выберите статус ${q(a.choice('caseStatus', 'closed'))}, иначе очистите дату.`,
    closed_before_identified: (a) =>
      `дата закрытия ${a.param('date')} раньше даты выявления (${a.param('identified')}). Нужна дата не раньше ${a.param('identified')}.`,
    referral_without_consent: (a) =>
      `у случая ${a.param('caseCode')} не отмечено согласие на передачу данных. Получите согласие и отметьте ${q(a.choice('yesNo', 'yes'))} в столбце ${q(a.columnLabel('consent', 'cases'))} на листе ${q(a.sheetLabel('cases'))}.`,
    order_ends_before_start: (a) =>
      `охранный ордер действует до ${a.param('date')}, а выдан ${a.param('issued')}: срок окончания раньше выдачи. Нужна дата не раньше ${a.param('issued')}.`,
    order_end_without_start: (a) =>
      `указан срок охранного ордера, но нет даты выдачи. Заполните столбец ${q(a.columnLabel('orderIssuedOn'))}.`,
    phone_number: (a) =>
      `похоже на номер телефона (${q(a.param('found'))}). ${PRIVATE}: удалите номер.`,
    email_address: (a) =>
      `похоже на адрес электронной почты (${q(a.param('found'))}). ${PRIVATE}: удалите адрес.`,
    person_name: (a) =>
      `похоже на фамилию и имя (${q(a.param('found'))}). ${PRIVATE}: если это имя человека, удалите его.`,
    duplicate_plan: (a) =>
      `план для этого комитета на этот месяц и этот тип мероприятия уже есть в строке ${a.param('firstRow')}. Оставьте одну строку.`,
    duplicate_recipient: (a) =>
      `адрес ${q(a.value.trim())} уже есть в строке ${a.param('firstRow')}. Удалите повторную строку, чтобы сводка не пришла дважды.`,
  },
};
