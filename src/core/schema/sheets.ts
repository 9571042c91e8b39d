import type { Labels } from '../i18n/lang';
import type { ChoiceListId } from './choices';

/**
 * How a cell is read.
 * - text: free text; id: text matching `pattern`; int: whole number ≥ 0; amount: number > 0 (KGS);
 * - date / datetime: a date cell, ISO text or dd.mm.yyyy text; month: `YYYY-MM`;
 * - choice: one key or label of `choices`; multi: several, comma-separated; email.
 */
export type ColumnType =
  | 'text'
  | 'id'
  | 'int'
  | 'amount'
  | 'date'
  | 'datetime'
  | 'month'
  | 'choice'
  | 'multi'
  | 'email';

export interface ColumnDef {
  readonly key: string;
  readonly labels: Labels;
  readonly type: ColumnType;
  readonly required: boolean;
  readonly choices?: ChoiceListId;
  readonly pattern?: RegExp;
  /** Free text typed by people: checked for personal data, never shown in a digest. */
  readonly freeText?: boolean;
}

export interface SheetDef {
  readonly key: string;
  readonly labels: Labels;
  readonly columns: readonly ColumnDef[];
  /** Sheets the add-on writes itself (protected in Sheets). */
  readonly owned?: boolean;
}

export const COMMITTEE_ID_PATTERN = /^[A-Z0-9-]{2,16}$/;
export const CASE_CODE_PATTERN = /^[A-Z0-9-]{2,16}-\d{4}-\d{4}$/;
export const EVENT_ID_PATTERN = /^EV-\d{6,}$/;

const L = (ru: string, ky: string, en: string): Labels => ({ ru, ky, en });
type ColumnExtra = Partial<Pick<ColumnDef, 'choices' | 'pattern' | 'freeText'>>;
/** Builds a column, keeping its key, type, requiredness and choice list as literal types. */
function col<
  const K extends string,
  const T extends ColumnType,
  const R extends boolean,
  const E extends ColumnExtra = Record<never, never>,
>(key: K, labels: Labels, type: T, required: R, extra?: E) {
  return { key, labels, type, required, ...(extra ?? ({} as E)) };
}

const committeeId = col(
  'committeeId',
  L('ID комитета', 'Комитеттин ID', 'Committee ID'),
  'id',
  true,
  {
    pattern: COMMITTEE_ID_PATTERN,
  },
);
const caseCode = col('caseCode', L('Код случая', 'Учурдун коду', 'Case code'), 'id', true, {
  pattern: CASE_CODE_PATTERN,
});
const date = col('date', L('Дата', 'Күнү', 'Date'), 'date', true);

/** The Return sheet's columns (DESIGN §11), which Returns repeats before Source and Read at. */
function returnColumns() {
  return [
    committeeId,
    col(
      'committeeName',
      L('Название комитета', 'Комитеттин аталышы', 'Committee name'),
      'text',
      false,
    ),
    col('region', L('Область', 'Облус', 'Region'), 'choice', false, { choices: 'region' }),
    col('district', L('Район', 'Район', 'District'), 'text', false),
    col('period', L('Период', 'Мезгил', 'Period'), 'text', true),
    col('from', L('С', 'Башталышы', 'From'), 'date', true),
    col('to', L('По', 'Аягы', 'To'), 'date', true),
    col('indicator', L('Показатель', 'Көрсөткүч', 'Indicator'), 'text', true),
    col('value', L('Значение', 'Мааниси', 'Value'), 'text', true),
    col('approval', L('Утверждение', 'Бекитүү', 'Approval'), 'text', false),
    col('updatedAt', L('Обновлено', 'Жаңыртылган убакыт', 'Updated at'), 'datetime', true),
  ] as const;
}

/** THE schema: every sheet, column, label, type and choice list. Everything else derives from it. */
export const SHEETS = {
  committees: {
    key: 'committees',
    labels: L('Комитеты', 'Комитеттер', 'Committees'),
    columns: [
      committeeId,
      col('name', L('Название', 'Аталышы', 'Name'), 'text', true),
      col('region', L('Область', 'Облус', 'Region'), 'choice', true, { choices: 'region' }),
      col('district', L('Район', 'Район', 'District'), 'text', false),
      col('settlement', L('Населённый пункт', 'Калктуу конуш', 'Settlement'), 'text', true),
      col(
        'establishedOn',
        L('Дата создания (приказ ОМСУ)', 'Түзүлгөн күнү (ЖӨБО буйругу)', 'Established on'),
        'date',
        true,
      ),
      col(
        'governmentOrder',
        L(
          'Приказ ОМСУ (номер и дата)',
          'ЖӨБО буйругу (номери жана күнү)',
          'Local government order',
        ),
        'text',
        false,
      ),
      col(
        'planApprovedOn',
        L('План утверждён', 'План бекитилген күнү', 'Plan approved on'),
        'date',
        false,
      ),
      col('status', L('Статус', 'Абалы', 'Status'), 'choice', true, { choices: 'committeeStatus' }),
      col(
        'contactEmail',
        L('Email для связи', 'Байланыш үчүн email', 'Contact email'),
        'email',
        false,
      ),
    ],
  },
  members: {
    key: 'members',
    labels: L('Члены комитетов', 'Комитеттердин мүчөлөрү', 'Members'),
    columns: [
      committeeId,
      col('fullName', L('ФИО', 'Аты-жөнү', 'Full name'), 'text', true),
      col('sex', L('Пол', 'Жынысы', 'Sex'), 'choice', true, { choices: 'sex' }),
      col('sector', L('Сектор', 'Сектор', 'Sector'), 'choice', true, { choices: 'sector' }),
      col('role', L('Роль', 'Ролу', 'Role'), 'choice', true, { choices: 'role' }),
      col('joinedOn', L('Дата вступления', 'Кирген күнү', 'Joined on'), 'date', true),
      col('leftOn', L('Дата выхода', 'Чыккан күнү', 'Left on'), 'date', false),
    ],
  },
  events: {
    key: 'events',
    labels: L('Мероприятия', 'Иш-чаралар', 'Events'),
    columns: [
      col('eventId', L('ID мероприятия', 'Иш-чаранын ID', 'Event ID'), 'id', false, {
        pattern: EVENT_ID_PATTERN,
      }),
      committeeId,
      date,
      col('type', L('Тип', 'Түрү', 'Type'), 'choice', true, { choices: 'eventType' }),
      col('audience', L('Аудитория', 'Аудитория', 'Audience'), 'choice', false, {
        choices: 'audience',
      }),
      col('participants', L('Участники', 'Катышуучулар', 'Participants'), 'int', true),
      col('women', L('Женщины', 'Аялдар', 'Women'), 'int', false),
      col('men', L('Мужчины', 'Эркектер', 'Men'), 'int', false),
      col('under18', L('До 18 лет', '18 жашка чейинкилер', 'Under 18'), 'int', false),
      col(
        'casesReviewed',
        L('Рассмотрено случаев', 'Каралган учурлар', 'Cases reviewed'),
        'int',
        false,
      ),
      col('partners', L('Партнёры', 'Өнөктөштөр', 'Partners'), 'multi', false, {
        choices: 'partner',
      }),
      col('topic', L('Тема', 'Темасы', 'Topic'), 'text', false, { freeText: true }),
      col('decisions', L('Решения', 'Чечимдер', 'Decisions'), 'text', false, { freeText: true }),
      col('source', L('Источник', 'Булагы', 'Source'), 'choice', false, { choices: 'eventSource' }),
      col('enteredBy', L('Кто внёс', 'Ким киргизди', 'Entered by'), 'text', false),
      col('enteredAt', L('Когда внесено', 'Качан киргизилди', 'Entered at'), 'datetime', false),
    ],
  },
  cases: {
    key: 'cases',
    labels: L('Случаи', 'Учурлар', 'Cases'),
    columns: [
      caseCode,
      committeeId,
      col('identifiedOn', L('Дата выявления', 'Аныкталган күнү', 'Identified on'), 'date', true),
      col('source', L('Источник', 'Булагы', 'Source'), 'choice', true, { choices: 'caseSource' }),
      col('violenceTypes', L('Вид насилия', 'Зомбулуктун түрү', 'Violence type'), 'multi', false, {
        choices: 'violenceType',
      }),
      col(
        'affectedPerson',
        L('Пострадавший', 'Жабыр тарткан адам', 'Affected person'),
        'choice',
        true,
        { choices: 'affectedPerson' },
      ),
      col('riskLevel', L('Уровень риска', 'Тобокелдик деңгээли', 'Risk level'), 'choice', false, {
        choices: 'riskLevel',
      }),
      col(
        'reviewedJointlyWith',
        L('Рассмотрено совместно с', 'Бирге караган', 'Reviewed jointly with'),
        'multi',
        false,
        { choices: 'jointReview' },
      ),
      col(
        'orderIssuedOn',
        L('Охранный ордер выдан', 'Коргоо ордери берилген күнү', 'Protection order issued on'),
        'date',
        false,
      ),
      col(
        'orderUntil',
        L('Охранный ордер до', 'Коргоо ордеринин мөөнөтү', 'Protection order until'),
        'date',
        false,
      ),
      col(
        'consent',
        L('Согласие на передачу данных', 'Маалымат берүүгө макулдук', 'Consent to share recorded'),
        'choice',
        false,
        { choices: 'yesNo' },
      ),
      col('status', L('Статус', 'Абалы', 'Status'), 'choice', true, { choices: 'caseStatus' }),
      col('closedOn', L('Дата закрытия', 'Жабылган күнү', 'Closed on'), 'date', false),
    ],
  },
  referrals: {
    key: 'referrals',
    labels: L('Перенаправления', 'Жөнөтүүлөр', 'Referrals'),
    columns: [
      caseCode,
      date,
      col(
        'referredTo',
        L('Куда перенаправлен(а)', 'Кайда жөнөтүлдү', 'Referred to'),
        'choice',
        true,
        { choices: 'referredTo' },
      ),
      col('outcome', L('Результат', 'Натыйжасы', 'Outcome'), 'choice', false, {
        choices: 'outcome',
      }),
    ],
  },
  assistance: {
    key: 'assistance',
    labels: L('Помощь', 'Жардам', 'Assistance'),
    columns: [
      caseCode,
      date,
      col('type', L('Вид помощи', 'Жардамдын түрү', 'Type'), 'choice', true, {
        choices: 'assistanceType',
      }),
      col('amountKgs', L('Сумма, сом', 'Суммасы, сом', 'Amount KGS'), 'amount', false),
      col('provider', L('Кто оказал', 'Ким көрсөттү', 'Provider'), 'text', false, {
        freeText: true,
      }),
    ],
  },
  plan: {
    key: 'plan',
    labels: L('План', 'Иш планы', 'Plan'),
    columns: [
      committeeId,
      col('month', L('Месяц (ГГГГ-ММ)', 'Ай (ЖЖЖЖ-АА)', 'Month'), 'month', true),
      col('eventType', L('Тип мероприятия', 'Иш-чаранын түрү', 'Event type'), 'choice', true, {
        choices: 'eventType',
      }),
      col('plannedCount', L('Запланировано', 'Пландалган саны', 'Planned count'), 'int', true),
    ],
  },
  recipients: {
    key: 'recipients',
    labels: L('Получатели', 'Алуучулар', 'Recipients'),
    columns: [
      col('email', L('Email', 'Email', 'Email'), 'email', true),
      col('name', L('Имя', 'Аты', 'Name'), 'text', false),
      col('language', L('Язык', 'Тили', 'Language'), 'choice', true, { choices: 'language' }),
      col('region', L('Область (пусто = все)', 'Облус (бош = баары)', 'Region'), 'choice', false, {
        choices: 'region',
      }),
      col(
        'threshold',
        L('Порог малых чисел', 'Кичине сандардын чеги', 'Small-number threshold'),
        'int',
        false,
      ),
      col('active', L('Активен', 'Активдүү', 'Active'), 'choice', true, { choices: 'yesNo' }),
      // What the recipient gets (empty = the digest only): the weekly reminders too, or instead.
      col('receives', L('Получает', 'Алат', 'Receives'), 'multi', false, { choices: 'receives' }),
    ],
  },
  problems: {
    key: 'problems',
    owned: true,
    labels: L('Проблемы', 'Көйгөйлөр', 'Problems'),
    columns: [
      col('sheet', L('Лист', 'Барак', 'Sheet'), 'text', true),
      col('row', L('Строка', 'Сап', 'Row'), 'int', true),
      col('column', L('Столбец', 'Мамыча', 'Column'), 'text', false),
      col('severity', L('Уровень', 'Деңгээли', 'Severity'), 'choice', true, {
        choices: 'severity',
      }),
      col('rule', L('Правило', 'Эреже', 'Rule'), 'text', true),
      col('message', L('Сообщение', 'Билдирүү', 'Message'), 'text', true),
      col('value', L('Значение', 'Мааниси', 'Value'), 'text', false),
    ],
  },
  log: {
    key: 'log',
    owned: true,
    labels: L('Журнал', 'Журнал', 'Log'),
    columns: [
      col('who', L('Кто', 'Ким', 'Who'), 'text', true),
      col('what', L('Что', 'Эмне', 'What'), 'text', true),
      col('when', L('Когда', 'Качан', 'When'), 'datetime', true),
      col('outcome', L('Результат', 'Натыйжасы', 'Outcome'), 'text', true),
    ],
  },
  digestLog: {
    key: 'digestLog',
    owned: true,
    labels: L('Журнал рассылки', 'Жөнөтүүлөр журналы', 'Digest log'),
    columns: [
      col('month', L('Месяц', 'Ай', 'Month'), 'month', true),
      col('recipient', L('Получатель', 'Алуучу', 'Recipient'), 'email', true),
      col('status', L('Статус', 'Абалы', 'Status'), 'choice', true, { choices: 'digestStatus' }),
      col('sentAt', L('Отправлено', 'Жөнөтүлгөн убакыт', 'Sent at'), 'datetime', false),
      col('error', L('Ошибка', 'Ката', 'Error'), 'text', false),
    ],
  },
  approvals: {
    key: 'approvals',
    owned: true,
    labels: L('Утверждения', 'Бекитүүлөр', 'Approvals'),
    columns: [
      col('month', L('Месяц', 'Ай', 'Month'), 'month', true),
      committeeId,
      col('status', L('Статус', 'Абалы', 'Status'), 'choice', true, { choices: 'approvalStatus' }),
      col('by', L('Кто', 'Ким', 'By'), 'text', false),
      col('at', L('Когда', 'Качан', 'At'), 'datetime', true),
      col('note', L('Примечание', 'Эскертме', 'Note'), 'text', false),
    ],
  },
  approvedFigures: {
    key: 'approvedFigures',
    owned: true,
    labels: L('Утверждённые показатели', 'Бекитилген көрсөткүчтөр', 'Approved figures'),
    columns: [
      col('month', L('Месяц', 'Ай', 'Month'), 'month', true),
      committeeId,
      col('indicator', L('Показатель', 'Көрсөткүч', 'Indicator'), 'text', true),
      col('value', L('Значение', 'Мааниси', 'Value'), 'amount', true),
      col('approvedAt', L('Утверждено', 'Бекитилген убакыт', 'Approved at'), 'datetime', true),
    ],
  },
  coordinators: {
    key: 'coordinators',
    labels: L('Координаторы', 'Координаторлор', 'Coordinators'),
    columns: [
      col('email', L('Email', 'Email', 'Email'), 'email', true),
      col('role', L('Уровень', 'Деңгээли', 'Role'), 'choice', true, { choices: 'coordinatorRole' }),
      col('region', L('Область', 'Облус', 'Region'), 'choice', false, { choices: 'region' }),
      col(
        'committees',
        L('Комитеты (пусто = все в области)', 'Комитеттер (бош = облустагы баары)', 'Committees'),
        'multi',
        false,
      ),
      col('active', L('Активен', 'Активдүү', 'Active'), 'choice', true, { choices: 'yesNo' }),
    ],
  },
  reminderLog: {
    key: 'reminderLog',
    owned: true,
    labels: L('Журнал напоминаний', 'Эскертмелер журналы', 'Reminder log'),
    columns: [
      col('week', L('Неделя', 'Апта', 'Week'), 'text', true),
      col('recipient', L('Получатель', 'Алуучу', 'Recipient'), 'email', true),
      col('status', L('Статус', 'Абалы', 'Status'), 'choice', true, { choices: 'digestStatus' }),
      col('sentAt', L('Отправлено', 'Жөнөтүлгөн убакыт', 'Sent at'), 'datetime', false),
      col('error', L('Ошибка', 'Ката', 'Error'), 'text', false),
    ],
  },
  return: {
    key: 'return',
    owned: true,
    labels: L('Отчёт', 'Отчет', 'Return'),
    columns: returnColumns(),
  },
  sources: {
    key: 'sources',
    labels: L('Источники', 'Булактар', 'Sources'),
    columns: [
      col(
        'spreadsheet',
        L('Таблица (ссылка или ID)', 'Таблица (шилтеме же ID)', 'Spreadsheet'),
        'text',
        true,
      ),
      col('name', L('Название', 'Аталышы', 'Name'), 'text', false),
      col('region', L('Область', 'Облус', 'Region'), 'choice', false, { choices: 'region' }),
      col('active', L('Активен', 'Активдүү', 'Active'), 'choice', true, { choices: 'yesNo' }),
      col('state', L('Состояние', 'Абалы', 'State'), 'text', false),
      col('readAt', L('Прочитано', 'Окулган убакыт', 'Read at'), 'datetime', false),
      // The last attempt, read or not: later than Read at means the last read failed.
      col('checkedAt', L('Проверено', 'Текшерилген убакыт', 'Checked at'), 'datetime', false),
    ],
  },
  returns: {
    key: 'returns',
    owned: true,
    labels: L('Отчёты источников', 'Булактардын отчеттору', 'Returns'),
    columns: [
      ...returnColumns(),
      col('source', L('Источник', 'Булак', 'Source'), 'text', true),
      col('readAt', L('Прочитано', 'Окулган убакыт', 'Read at'), 'datetime', true),
    ],
  },
} as const satisfies Record<string, SheetDef>;

export type SheetKey = keyof typeof SHEETS;
export type ColumnKey<S extends SheetKey> = (typeof SHEETS)[S]['columns'][number]['key'];

/** The sheets people fill in (their rows are read, validated and counted). */
export const DATA_SHEETS = [
  'committees',
  'members',
  'events',
  'cases',
  'referrals',
  'assistance',
  'plan',
  'recipients',
] as const satisfies readonly SheetKey[];
export type DataSheetKey = (typeof DATA_SHEETS)[number];
export const ALL_SHEETS = Object.keys(SHEETS) as SheetKey[];
/** The sheets of the month close (DESIGN §9): read for approval, never counted as data. */
export const APPROVAL_SHEETS = [
  'approvals',
  'approvedFigures',
  'coordinators',
] as const satisfies readonly SheetKey[];
export type ApprovalSheetKey = (typeof APPROVAL_SHEETS)[number];
