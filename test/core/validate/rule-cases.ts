import { type CellValue, UnreadableCell } from '../../../src/core/read/workbook';
import type { DataSheetKey } from '../../../src/core/schema/sheets';
import type { RuleId } from '../../../src/core/validate/rules';
import type { LayoutOptions } from '../../helpers/workbook';
import type { MutableRows } from './fixture';

type Edit = (rows: MutableRows) => void;

/** For one rule: an edit that breaks it, one that keeps it, and where the problem must be. */
export interface RuleCase {
  readonly sheet: DataSheetKey;
  readonly row: number;
  readonly column: string | null;
  readonly value?: string;
  readonly bad: Edit;
  readonly good: Edit;
  readonly layout?: LayoutOptions;
  readonly goodLayout?: LayoutOptions;
}

const first = <T>(items: T[]): T => items[0] as T;
const same: Edit = () => {};
/** An edit that sets cells of one row (0-based among the sheet's data rows). */
const set =
  (sheet: keyof MutableRows, index: number, cells: Record<string, CellValue>): Edit =>
  (rows) => {
    Object.assign(rows[sheet][index] as object, cells);
  };

/** Every rule, with a row that breaks it and one that passes (a test checks none is missing). */
export const RULE_CASES: Record<RuleId, RuleCase> = {
  required: {
    sheet: 'events',
    row: 2,
    column: 'participants',
    bad: set('events', 0, { participants: '  ' }),
    good: set('events', 0, { participants: 20 }),
  },
  type_int: {
    sheet: 'events',
    row: 2,
    column: 'participants',
    value: 'двадцать',
    bad: set('events', 0, { participants: 'двадцать' }),
    good: set('events', 0, { participants: '20' }),
  },
  type_amount: {
    sheet: 'assistance',
    row: 2,
    column: 'amountKgs',
    value: '-6500',
    bad: set('assistance', 0, { amountKgs: -6500 }),
    good: set('assistance', 0, { amountKgs: '6 500' }),
  },
  type_date: {
    sheet: 'events',
    row: 2,
    column: 'date',
    value: '31.02.2026',
    bad: set('events', 0, { date: '31.02.2026' }),
    good: set('events', 0, { date: '28.02.2026' }),
  },
  ambiguous_date: {
    sheet: 'events',
    row: 2,
    column: 'date',
    value: '03/04/2026',
    bad: set('events', 0, { date: '03/04/2026' }),
    good: set('events', 0, { date: '03.04.2026' }),
  },
  ambiguous_number: {
    sheet: 'assistance',
    row: 2,
    column: 'amountKgs',
    value: '13,000',
    bad: set('assistance', 0, { amountKgs: '13,000' }),
    good: set('assistance', 0, { amountKgs: '13000' }),
  },
  type_month: {
    sheet: 'plan',
    row: 2,
    column: 'month',
    value: '10-2026',
    bad: set('plan', 0, { month: '10-2026' }),
    good: set('plan', 0, { month: '2026-10' }),
  },
  type_email: {
    sheet: 'recipients',
    row: 2,
    column: 'email',
    value: 'coordinator(at)example.org',
    bad: set('recipients', 0, { email: 'coordinator(at)example.org' }),
    good: set('recipients', 0, { email: 'Coordinator@Example.org' }),
  },
  pattern: {
    sheet: 'events',
    row: 2,
    column: 'eventId',
    value: 'E-1',
    bad: set('events', 0, { eventId: 'E-1' }),
    good: set('events', 0, { eventId: 'ev-000001' }),
  },
  choice: {
    sheet: 'events',
    row: 2,
    column: 'type',
    value: 'собрание',
    bad: set('events', 0, { type: 'собрание' }),
    good: set('events', 0, { type: ' обучение / СЕМИНАР ' }),
  },
  too_large: {
    sheet: 'events',
    row: 2,
    column: 'participants',
    bad: set('events', 0, { participants: 1_000_000 }),
    good: set('events', 0, { participants: 100_000 }),
  },
  missing_column: {
    sheet: 'events',
    row: 1,
    column: 'participants',
    bad: same,
    good: same,
    layout: {
      columns: { events: ['eventId', 'committeeId', 'date', 'type', 'women', 'men', 'topic'] },
    },
    goodLayout: {
      columns: { events: ['eventId', 'committeeId', 'date', 'type', 'participants', 'topic'] },
    },
  },
  cell_error: {
    sheet: 'events',
    row: 3,
    column: 'participants',
    value: '#DIV/0!',
    bad: set('events', 1, { participants: new UnreadableCell('error', '#DIV/0!') }),
    good: set('events', 1, { participants: 20 }),
  },
  not_computed: {
    sheet: 'events',
    row: 2,
    column: 'women',
    value: '=F2-H2',
    bad: set('events', 0, { women: new UnreadableCell('uncomputed', 'F2-H2') }),
    good: set('events', 0, { women: 12 }),
  },
  duplicate_column: {
    sheet: 'events',
    row: 1,
    column: 'date',
    value: 'Date',
    bad: same,
    good: same,
    layout: {
      columns: {
        events: ['eventId', 'committeeId', 'date', 'type', 'participants', 'women', 'men', 'date'],
      },
    },
    goodLayout: {
      columns: {
        events: ['eventId', 'committeeId', 'date', 'type', 'participants', 'women', 'men'],
      },
    },
  },
  header_not_first_row: {
    sheet: 'events',
    row: 2,
    column: null,
    value: 'Event ID | Committee ID | Date',
    bad: same,
    good: same,
    layout: { above: { events: [['Events of 2026']] } },
    goodLayout: { above: { events: [] } },
  },
  no_header: {
    sheet: 'plan',
    row: 1,
    column: null,
    value: 'KANT | 2026-10 | training',
    bad: same,
    good: same,
    layout: { withoutHeader: ['plan'] },
    goodLayout: {},
  },
  duplicate_sheet: {
    sheet: 'events',
    row: 1,
    column: null,
    value: 'Мероприятия',
    bad: same,
    good: same,
    layout: {
      extraSheets: {
        Мероприятия: [
          ['Дата', 'Тип'],
          ['03.10.2026', 'Тренинг'],
        ],
      },
    },
    goodLayout: {
      extraSheets: {
        Budget: [
          ['Дата', 'Тип'],
          ['03.10.2026', 'Тренинг'],
        ],
      },
    },
  },
  duplicate_committee_id: {
    sheet: 'committees',
    row: 5,
    column: 'committeeId',
    value: 'kant',
    bad: (r) => {
      r.committees.push({ ...first(r.committees), committeeId: 'kant' });
    },
    good: (r) => {
      r.committees.push({ ...first(r.committees), committeeId: 'KANT-2' });
    },
  },
  duplicate_case_code: {
    sheet: 'cases',
    row: 4,
    column: 'caseCode',
    bad: (r) => {
      r.cases.push({ ...first(r.cases) });
    },
    good: (r) => {
      r.cases.push({ ...first(r.cases), caseCode: 'KANT-2026-0003' });
    },
  },
  duplicate_event_id: {
    sheet: 'events',
    row: 4,
    column: 'eventId',
    value: 'EV-000001',
    bad: (r) => {
      r.events.push({ ...first(r.events), date: '2026-10-05' });
    },
    good: (r) => {
      r.events.push({ ...first(r.events), eventId: 'EV-000003', date: '2026-10-05' });
    },
  },
  future_date: {
    sheet: 'events',
    row: 2,
    column: 'date',
    bad: set('events', 0, { date: '27.11.2026' }),
    // Later today is not the future: dates compare by day.
    good: set('events', 0, { date: '26.11.2026 23:59' }),
  },
  before_established: {
    sheet: 'events',
    row: 2,
    column: 'date',
    bad: set('events', 0, { date: '2025-01-14' }),
    good: set('events', 0, { date: '2025-01-15' }),
  },
  left_before_joined: {
    sheet: 'members',
    row: 2,
    column: 'leftOn',
    bad: set('members', 0, { leftOn: '2025-01-31' }),
    good: set('members', 0, { leftOn: '2025-02-01' }),
  },
  unknown_committee: {
    sheet: 'events',
    row: 2,
    column: 'committeeId',
    value: 'NOPE',
    bad: set('events', 0, { committeeId: 'NOPE' }),
    good: set('events', 0, { committeeId: 'UCHKUN' }),
  },
  committee_not_active: {
    sheet: 'cases',
    row: 2,
    column: 'committeeId',
    value: 'OLD',
    bad: set('cases', 0, { committeeId: 'OLD' }),
    good: set('cases', 0, { committeeId: 'UCHKUN' }),
  },
  unknown_case: {
    sheet: 'assistance',
    row: 2,
    column: 'caseCode',
    value: 'KANT-2026-0099',
    bad: set('assistance', 0, { caseCode: 'KANT-2026-0099' }),
    good: set('assistance', 0, { caseCode: 'KANT-2026-0002' }),
  },
  before_case_identified: {
    sheet: 'referrals',
    row: 2,
    column: 'date',
    bad: set('referrals', 0, { date: '2026-08-31' }),
    good: set('referrals', 0, { date: '2026-09-01' }),
  },
  women_men_exceed_participants: {
    sheet: 'events',
    row: 2,
    column: 'participants',
    bad: set('events', 0, { women: 13 }),
    good: set('events', 0, { women: 12 }),
  },
  participants_not_positive: {
    sheet: 'events',
    row: 3,
    column: 'participants',
    bad: set('events', 1, { participants: 0 }),
    good: set('events', 1, { participants: 0, type: 'awareness', casesReviewed: '' }),
  },
  under18_exceeds_participants: {
    sheet: 'events',
    row: 2,
    column: 'under18',
    bad: set('events', 0, { under18: 21 }),
    good: set('events', 0, { under18: 20 }),
  },
  cases_reviewed_not_session: {
    sheet: 'events',
    row: 2,
    column: 'casesReviewed',
    bad: set('events', 0, { casesReviewed: 1 }),
    good: set('events', 0, { casesReviewed: 0 }),
  },
  duplicate_event: {
    sheet: 'events',
    row: 4,
    column: 'date',
    bad: (r) => {
      r.events.push({ ...first(r.events), eventId: 'EV-000003', date: '03.10.2026 15:00' });
    },
    good: (r) => {
      r.events.push({ ...first(r.events), eventId: 'EV-000003', date: '04.10.2026' });
    },
  },
  amount_missing: {
    sheet: 'assistance',
    row: 2,
    column: 'amountKgs',
    bad: set('assistance', 0, { amountKgs: '' }),
    good: set('assistance', 0, { amountKgs: 13000 }),
  },
  amount_not_allowed: {
    sheet: 'assistance',
    row: 3,
    column: 'amountKgs',
    value: '100',
    bad: set('assistance', 1, { amountKgs: 100 }),
    good: set('assistance', 1, { amountKgs: ' ' }),
  },
  closed_without_date: {
    sheet: 'cases',
    row: 3,
    column: 'closedOn',
    bad: set('cases', 1, { closedOn: '' }),
    good: set('cases', 1, { closedOn: '2026-10-20' }),
  },
  closed_date_not_closed: {
    sheet: 'cases',
    row: 2,
    column: 'closedOn',
    bad: set('cases', 0, { closedOn: '2026-10-01' }),
    good: set('cases', 0, { closedOn: '2026-10-01', status: 'Закрыт' }),
  },
  closed_before_identified: {
    sheet: 'cases',
    row: 3,
    column: 'closedOn',
    bad: set('cases', 1, { closedOn: '2026-08-31' }),
    good: set('cases', 1, { closedOn: '2026-09-01' }),
  },
  referral_without_consent: {
    sheet: 'referrals',
    row: 2,
    column: 'caseCode',
    bad: set('cases', 0, { consent: '' }),
    good: set('cases', 0, { consent: 'Ооба' }),
  },
  order_ends_before_start: {
    sheet: 'cases',
    row: 3,
    column: 'orderUntil',
    bad: set('cases', 1, { orderUntil: '2026-09-01' }),
    good: set('cases', 1, { orderUntil: '2026-09-02' }),
  },
  order_end_without_start: {
    sheet: 'cases',
    row: 3,
    column: 'orderUntil',
    bad: set('cases', 1, { orderIssuedOn: '' }),
    good: set('cases', 1, { orderIssuedOn: '', orderUntil: '' }),
  },
  phone_number: {
    sheet: 'events',
    row: 2,
    column: 'topic',
    // The value is shown with the number masked: the problem does not copy it again.
    value: 'Профилактика, звонить 0555 *** 456',
    bad: set('events', 0, { topic: 'Профилактика, звонить 0555 123 456' }),
    good: set('events', 0, { topic: 'Профилактика, 2026 год, 125 участников' }),
  },
  email_address: {
    sheet: 'events',
    row: 3,
    column: 'decisions',
    value: 'Писать на a***@***.kg',
    bad: set('events', 1, { decisions: 'Писать на aigul.asanova@mail.kg' }),
    good: set('events', 1, { decisions: 'Писать в общий чат @komitet' }),
  },
  person_name: {
    sheet: 'assistance',
    row: 2,
    column: 'provider',
    value: 'А*** А***',
    bad: set('assistance', 0, { provider: 'Асанова Айгүл' }),
    good: set('assistance', 0, { provider: 'Кризисный центр Ак-Журок' }),
  },
  duplicate_plan: {
    sheet: 'plan',
    row: 3,
    column: 'eventType',
    bad: (r) => {
      r.plan.push({ ...first(r.plan), eventType: 'Обучение / семинар', plannedCount: 2 });
    },
    good: (r) => {
      r.plan.push({ ...first(r.plan), month: '2026-11' });
    },
  },
  duplicate_recipient: {
    sheet: 'recipients',
    row: 3,
    column: 'email',
    bad: (r) => {
      r.recipients.push({ ...first(r.recipients), email: 'COORDINATOR@example.org ' });
    },
    good: (r) => {
      r.recipients.push({ ...first(r.recipients), email: 'digest@example.org' });
    },
  },
};
