/**
 * The three committee forms, derived from the schema: which questions each asks, of which
 * kind, with which titles, choices, requiredness and section navigation. Pure data: the Apps
 * Script side builds Google Forms from it, the intake reads responses back through it.
 */
import type { Labels, Lang } from '../i18n/lang';
import { CHOICES, type Choice } from '../schema/choices';
import type { ColumnDef, SheetKey } from '../schema/sheets';
import { SHEETS } from '../schema/sheets';

export const FORM_KINDS = ['event', 'case', 'followup'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

/** The largest count a form accepts (participants, women, men, …). */
export const MAX_FORM_COUNT = 100_000;

export type QuestionType =
  | 'committee'
  | 'list'
  | 'multipleChoice'
  | 'checkbox'
  | 'date'
  | 'count'
  | 'amount'
  | 'caseCode'
  | 'text'
  | 'paragraph';

/** Where a choice leads: the next section ('continue'), a page of the form (its key), or submit. */
export type Navigation = 'continue' | 'submit' | { readonly page: string };

export interface QuestionSpec {
  readonly item: 'question';
  /** Stable key of the item within its form (kept with the item id in the document). */
  readonly key: string;
  readonly type: QuestionType;
  readonly title: Labels;
  readonly help?: Labels;
  readonly required: boolean;
  readonly choices?: readonly Choice[];
  /** Navigation by choice key; choices not listed continue. Only list and multiple choice. */
  readonly navigation?: Readonly<Record<string, Navigation>>;
  /** The canonical sheet and column the answer goes to. */
  readonly target?: { readonly sheet: SheetKey; readonly column: string };
}

export interface PageSpec {
  readonly item: 'page';
  readonly key: string;
  readonly title: Labels;
  readonly help?: Labels;
  /** Where to go after the section BEFORE this page break ends (Forms' setGoToPage). */
  readonly afterPrevious?: Navigation;
}

export type ItemSpec = QuestionSpec | PageSpec;

export interface FormSpec {
  readonly kind: FormKind;
  readonly title: Labels;
  readonly description: Labels;
  readonly items: readonly ItemSpec[];
}

const L = (ru: string, ky: string, en: string): Labels => ({ ru, ky, en });

export const NO_PERSONAL_DATA = L(
  'Не пишите имена, адреса и номера телефонов.',
  'Аты-жөнүн, даректерди жана телефон номерлерин жазбаңыз.',
  'Do not write names, addresses or phone numbers.',
);
const COUNT_HELP = L(
  'Целое число от 0 до 100 000.',
  '0дөн 100 000ге чейинки бүтүн сан.',
  'A whole number from 0 to 100,000.',
);
const COMMITTEE_HELP = L(
  'В списке только действующие комитеты.',
  'Тизмеде иштеген комитеттер гана.',
  'Only active committees are listed.',
);
const CASE_CODE_HELP = L(
  `Код случая с листа «Случаи», например KANT-2026-0007. ${NO_PERSONAL_DATA.ru}`,
  `«Учурлар» барагындагы учурдун коду, мисалы KANT-2026-0007. ${NO_PERSONAL_DATA.ky}`,
  `The case code from the Cases sheet, e.g. KANT-2026-0007. ${NO_PERSONAL_DATA.en}`,
);

/** The follow-up form's first question: which section to fill. */
export const FOLLOW_UP_CHOICES: readonly Choice[] = [
  { key: 'referral', labels: L('Перенаправление', 'Жөнөтүү', 'Referral') },
  { key: 'assistance', labels: L('Оказанная помощь', 'Көрсөтүлгөн жардам', 'Assistance') },
];

function column(sheet: SheetKey, key: string): ColumnDef {
  const found = (SHEETS[sheet].columns as readonly ColumnDef[]).find((c) => c.key === key);
  if (!found) throw new Error(`no column ${sheet}.${key}`);
  return found;
}

/** A question that fills one column of a sheet, typed, titled and required as the schema says. */
function q(
  sheet: SheetKey,
  key: string,
  over: Partial<Omit<QuestionSpec, 'item' | 'target'>> = {},
): QuestionSpec {
  const def = column(sheet, key);
  const type: QuestionType =
    def.type === 'choice'
      ? 'list'
      : def.type === 'multi'
        ? 'checkbox'
        : def.type === 'date' || def.type === 'datetime'
          ? 'date'
          : def.type === 'int'
            ? 'count'
            : def.type === 'amount'
              ? 'amount'
              : 'paragraph';
  const freeText = type === 'paragraph';
  return {
    item: 'question',
    key,
    type,
    title: def.labels,
    required: def.required,
    ...(def.choices ? { choices: CHOICES[def.choices] } : {}),
    ...(type === 'count' ? { help: COUNT_HELP } : freeText ? { help: NO_PERSONAL_DATA } : {}),
    target: { sheet, column: key },
    ...over,
  };
}

const committeeQuestion = (sheet: SheetKey): QuestionSpec => ({
  item: 'question',
  key: 'committeeId',
  type: 'committee',
  title: L('Комитет', 'Комитет', 'Committee'),
  help: COMMITTEE_HELP,
  required: true,
  target: { sheet, column: 'committeeId' },
});

const EVENT_FORM: FormSpec = {
  kind: 'event',
  title: L('Korgoo: отчёт о мероприятии', 'Korgoo: иш-чара боюнча отчёт', 'Korgoo: event report'),
  description: L(
    `Заполните после каждого заседания, встречи, обучения или консультации. ${NO_PERSONAL_DATA.ru}`,
    'Ар бир отуруумдан, жолугушуудан, окутуудан же консультациядан кийин толтуруңуз. ' +
      NO_PERSONAL_DATA.ky,
    `Fill in after each session, meeting, training or consultation. ${NO_PERSONAL_DATA.en}`,
  ),
  items: [
    committeeQuestion('events'),
    q('events', 'date'),
    q('events', 'type', {
      navigation: Object.fromEntries(
        CHOICES.eventType.map((choice) => [
          choice.key,
          choice.key === 'committee_session' ? 'continue' : { page: 'detailsPage' },
        ]),
      ),
    }),
    {
      item: 'page',
      key: 'sessionPage',
      title: L('Заседание комитета', 'Комитеттин отуруму', 'Committee session'),
    },
    q('events', 'casesReviewed'),
    {
      item: 'page',
      key: 'detailsPage',
      title: L('Участники и содержание', 'Катышуучулар жана мазмуну', 'Participants and content'),
    },
    q('events', 'audience'),
    q('events', 'participants'),
    q('events', 'women'),
    q('events', 'men'),
    q('events', 'under18'),
    q('events', 'partners'),
    q('events', 'topic'),
    q('events', 'decisions'),
  ],
};

const CASE_FORM: FormSpec = {
  kind: 'case',
  title: L('Korgoo: новый случай', 'Korgoo: жаңы учур', 'Korgoo: new case'),
  description: L(
    'Случай регистрируется без имён, адресов и телефонов: код случая присвоит Korgoo.',
    'Учур аты-жөнү, дареги жана телефону жок катталат: учурдун кодун Korgoo берет.',
    'A case is recorded with no names, addresses or phone numbers: Korgoo assigns the case code.',
  ),
  items: [
    committeeQuestion('cases'),
    q('cases', 'identifiedOn'),
    q('cases', 'source'),
    q('cases', 'violenceTypes'),
    q('cases', 'affectedPerson'),
    q('cases', 'riskLevel'),
    q('cases', 'reviewedJointlyWith'),
    q('cases', 'orderIssuedOn'),
    q('cases', 'orderUntil'),
    q('cases', 'consent'),
    q('cases', 'status'),
    q('cases', 'closedOn'),
  ],
};

const FOLLOW_UP_FORM: FormSpec = {
  kind: 'followup',
  title: L(
    'Korgoo: перенаправление или помощь по случаю',
    'Korgoo: учур боюнча жөнөтүү же жардам',
    'Korgoo: follow-up of a case',
  ),
  description: L(
    `Для случая, уже внесённого в книгу: укажите его код. ${NO_PERSONAL_DATA.ru}`,
    `Китепке мурун киргизилген учур үчүн: анын кодун жазыңыз. ${NO_PERSONAL_DATA.ky}`,
    `For a case already in the workbook: give its code. ${NO_PERSONAL_DATA.en}`,
  ),
  items: [
    {
      item: 'question',
      key: 'caseCode',
      type: 'caseCode',
      title: column('referrals', 'caseCode').labels,
      help: CASE_CODE_HELP,
      required: true,
    },
    {
      item: 'question',
      key: 'followUpKind',
      type: 'multipleChoice',
      title: L('Что вы сообщаете?', 'Эмнени билдиресиз?', 'What are you reporting?'),
      required: true,
      choices: FOLLOW_UP_CHOICES,
      navigation: { referral: { page: 'referralPage' }, assistance: { page: 'assistancePage' } },
    },
    {
      item: 'page',
      key: 'referralPage',
      title: L('Перенаправление', 'Жөнөтүү', 'Referral'),
    },
    q('referrals', 'date', {
      key: 'referralDate',
      title: L('Дата перенаправления', 'Жөнөтүлгөн күнү', 'Referral date'),
    }),
    q('referrals', 'referredTo'),
    q('referrals', 'outcome'),
    {
      item: 'page',
      key: 'assistancePage',
      title: L('Оказанная помощь', 'Көрсөтүлгөн жардам', 'Assistance'),
      afterPrevious: 'submit',
    },
    q('assistance', 'date', {
      key: 'assistanceDate',
      title: L('Дата оказания помощи', 'Жардам көрсөтүлгөн күнү', 'Assistance date'),
    }),
    q('assistance', 'type', { key: 'assistanceType' }),
    q('assistance', 'amountKgs', {
      help: L(
        'Только для денежной помощи: сумма в сомах.',
        'Акчалай жардам үчүн гана: сумма сом менен.',
        'Cash aid only: the amount in som.',
      ),
    }),
    q('assistance', 'provider', { type: 'text', help: NO_PERSONAL_DATA }),
  ],
};

export const FORM_SPECS: Readonly<Record<FormKind, FormSpec>> = {
  event: EVENT_FORM,
  case: CASE_FORM,
  followup: FOLLOW_UP_FORM,
};

/** How the forms are worded: the workbook's language, or Russian and Kyrgyz side by side. */
export interface FormWording {
  readonly lang: Lang;
  readonly bilingual: boolean;
}

/** A title or choice in the forms' wording: «Дата / Күнү» when bilingual. */
export function wordOf(labels: Labels, wording: FormWording): string {
  if (!wording.bilingual) return labels[wording.lang];
  return labels.ru === labels.ky ? labels.ru : `${labels.ru} / ${labels.ky}`;
}

/** A help text or description: Russian and Kyrgyz on two lines when bilingual. */
export function longTextOf(labels: Labels, wording: FormWording): string {
  if (!wording.bilingual) return labels[wording.lang];
  return labels.ru === labels.ky ? labels.ru : `${labels.ru}\n${labels.ky}`;
}

/** Every way a title or choice may have been worded (any language, bilingual). */
export function wordingsOf(labels: Labels): string[] {
  return [labels.ru, labels.ky, labels.en, `${labels.ru} / ${labels.ky}`];
}

export function questionsOf(kind: FormKind): QuestionSpec[] {
  return FORM_SPECS[kind].items.filter((item): item is QuestionSpec => item.item === 'question');
}

/** The committee choice: the ID first (what the intake reads back), then the name. */
export const COMMITTEE_CHOICE_SEPARATOR = ' — ';
export function committeeChoice(id: string, name: string): string {
  const cleanName = name.replace(/\s+/g, ' ').trim();
  return cleanName ? `${id}${COMMITTEE_CHOICE_SEPARATOR}${cleanName}` : id;
}
