import type { SheetKey } from '../../schema/sheets';
import type { LangTexts, MessageArgs } from '../message-args';

const q = (text: string) => `"${text}"`;

const PATTERN_EXPECTED: Readonly<Record<string, string>> = {
  committeeId: 'a Committee ID needs 2 to 16 capital Latin letters, digits or hyphens, like KANT',
  caseCode: 'a case code looks like KANT-2026-0007 (Committee ID, year, number)',
  eventId: 'an Event ID looks like EV-000123',
};

function choiceText(a: MessageArgs): string {
  const part = a.param('part');
  return part !== '…'
    ? `${q(part)} is not in the list. Enter one or more of these, separated by commas: ${a.choices()}.`
    : `${q(a.value)} is not in the list. Choose one of: ${a.choices()}.`;
}

const PRIVATE = 'Personal data must not be kept here';

/** English: the canonical labels. */
export const EN: LangTexts = {
  where: (sheet, row, column) =>
    column
      ? `Sheet ${q(sheet)}, row ${row}, column ${q(column)}:`
      : `Sheet ${q(sheet)}, row ${row}:`,
  quote: q,
  unknownRule: (id, value) => `problem of rule ${q(id)}${value ? ` (value ${q(value)})` : ''}.`,
  rules: {
    required: (a) => `the cell is empty, but ${q(a.column)} must be filled in.`,
    type_int: (a) =>
      `${q(a.value)} is not a whole number. Expected a whole number of 0 or more, like 25.`,
    type_amount: (a) =>
      `${q(a.value)} is not an amount. Expected an amount in som greater than 0, like 6500.`,
    type_date: (a) => `${q(a.value)} is not a date. Expected a date like 03.10.2026.`,
    ambiguous_date: (a) =>
      a.param('dayFirst') !== '…'
        ? `${q(a.value)} can be read as ${a.param('dayFirst')} or as ${a.param('monthFirst')}: with slashes the day and the month can swap places. Enter the date as dd.mm.yyyy (like 03.10.2026) or as a date cell.`
        : `${q(a.value)} puts the month first (as US-English Excel writes dates), which would be ${a.param('monthFirst')}. Enter the date as dd.mm.yyyy (like 03.10.2026) or as a date cell.`,
    ambiguous_number: (a) =>
      `${a.param('thousands') !== '…' ? `${q(a.value)} can be read as ${a.param('thousands')} or as ${a.param('decimal')}: ` : `${q(a.value)}: `}a comma or a dot before three digits can separate thousands or decimals. Enter the number without thousands separators, like ${a.param('thousands') !== '…' ? a.param('thousands') : '13000'}.`,
    type_month: (a) => `${q(a.value)} is not a month. Expected a month like 2026-10 (year-month).`,
    type_email: (a) =>
      `${q(a.value)} is not an e-mail address. Expected an address like name@example.org.`,
    pattern: (a) =>
      `${q(a.value)} does not fit: ${PATTERN_EXPECTED[a.param('column')] ?? 'check the format of the value'}.`,
    choice: choiceText,
    too_large: (a) => `the number ${a.value} is too large: at most ${a.param('max')} is accepted.`,
    missing_column: (a) =>
      `the sheet has no ${q(a.column)} column, which is required. Add it to the header row (row 1).`,
    cell_error: (a) =>
      `the cell holds the error ${a.value} that a formula gave, not a value. Correct the formula or type the value.`,
    not_computed: (a) =>
      `the cell holds a formula that was never computed (${q(a.value)}). Open and save the file in Excel, LibreOffice or Google Sheets so that it is computed.`,
    duplicate_column: (a) =>
      `the header names the column ${q(a.column)} ${a.param('count')} times, here again. Only the first is read: rename or delete the others.`,
    header_not_first_row: (a) =>
      `the header (${q(a.value)}) is on row ${a.param('headerRow')}, not on row 1. Delete the rows above it, so that the header is row 1.`,
    no_header: (a) =>
      `the sheet has no header row: none of its first 10 rows names a column of the sheet (it starts with ${q(a.value)}). Put the column names in row 1; until then no row of this sheet is counted.`,
    duplicate_sheet: (a) =>
      `a second sheet for ${q(a.sheetLabel(a.param('sheet') as SheetKey))}: the sheet ${q(a.param('first'))} is read, this one is not. Move its rows into ${q(a.param('first'))} and delete this sheet.`,
    duplicate_committee_id: (a) =>
      `Committee ID ${q(a.value)} is already used in row ${a.param('firstRow')}. Each committee needs its own ID.`,
    duplicate_case_code: (a) =>
      `case code ${q(a.value)} is already used in row ${a.param('firstRow')}. Each case needs its own code.`,
    duplicate_event_id: (a) =>
      `Event ID ${q(a.value)} is already used in row ${a.param('firstRow')}. Each event needs its own ID.`,
    future_date: (a) =>
      `the date ${a.param('date')} is in the future (today is ${a.param('today')}). Expected a date no later than today.`,
    before_established: (a) =>
      `the date ${a.param('date')} is before committee ${a.param('committee')} was established (${a.param('established')}). Expected ${a.param('established')} or later.`,
    left_before_joined: (a) =>
      `the date of leaving ${a.param('date')} is before the date of joining (${a.param('joined')}). Expected ${a.param('joined')} or later.`,
    unknown_committee: (a) =>
      `there is no committee with ID ${q(a.param('committee'))} in the ${q(a.sheetLabel('committees'))} sheet. Use a Committee ID from that sheet or add the committee there.`,
    committee_not_active: (a) =>
      `committee ${a.param('committee')} has status ${q(a.choice('committeeStatus', a.param('status')))}, not ${q(a.choice('committeeStatus', 'active'))}. Check that the right committee is named.`,
    unknown_case: (a) =>
      `there is no case with code ${q(a.param('caseCode'))} in the ${q(a.sheetLabel('cases'))} sheet. Expected the code of an existing case.`,
    before_case_identified: (a) =>
      `the date ${a.param('date')} is before case ${a.param('caseCode')} was identified (${a.param('identified')}). Expected ${a.param('identified')} or later.`,
    women_men_exceed_participants: (a) =>
      `women (${a.param('women')}) and men (${a.param('men')}) add up to ${a.param('sum')}, more than the participants (${a.param('participants')}). Women and men together must not exceed the participants.`,
    participants_not_positive: (a) =>
      `an event of type ${q(a.choice('eventType', a.param('type')))} needs more than 0 participants.`,
    under18_exceeds_participants: (a) =>
      `participants under 18 (${a.param('under18')}) are more than all participants (${a.param('participants')}). Expected no more than the participants.`,
    cases_reviewed_not_session: (a) =>
      `cases are reviewed only at committee sessions, but this event's type is ${q(a.choice('eventType', a.param('type')))}. Leave ${q(a.column)} empty or choose the type ${q(a.choice('eventType', 'committee_session'))}.`,
    duplicate_event: (a) =>
      `this looks like a repeat of row ${a.param('firstRow')}: the same committee, date and event type. If it is the same event, delete the extra row.`,
    amount_missing: (a) =>
      `${q(a.choice('assistanceType', 'cash_aid'))} needs an amount in som greater than 0, like 6500.`,
    amount_not_allowed: (a) =>
      `an amount is entered only for ${q(a.choice('assistanceType', 'cash_aid'))}, but this assistance is ${q(a.choice('assistanceType', a.param('type')))}. Leave the cell empty or correct the type.`,
    closed_without_date: (a) =>
      `the case is closed, but ${q(a.column)} is empty. Enter the date it was closed.`,
    closed_date_not_closed: (a) =>
      `a closing date is entered, but the case status is ${q(a.choice('caseStatus', a.param('status')))}. If the case is closed, choose ${q(a.choice('caseStatus', 'closed'))}; otherwise clear the date.`,
    closed_before_identified: (a) =>
      `the closing date ${a.param('date')} is before the case was identified (${a.param('identified')}). Expected ${a.param('identified')} or later.`,
    referral_without_consent: (a) =>
      `case ${a.param('caseCode')} has no recorded consent to share data. Obtain consent and mark ${q(a.choice('yesNo', 'yes'))} in ${q(a.columnLabel('consent', 'cases'))} in the ${q(a.sheetLabel('cases'))} sheet.`,
    order_ends_before_start: (a) =>
      `the protection order runs until ${a.param('date')} but was issued on ${a.param('issued')}: it ends before it starts. Expected ${a.param('issued')} or later.`,
    order_end_without_start: (a) =>
      `the protection order has an end date but no issue date. Fill in ${q(a.columnLabel('orderIssuedOn'))}.`,
    phone_number: (a) =>
      `this looks like a phone number (${q(a.param('found'))}). ${PRIVATE}: delete it.`,
    email_address: (a) =>
      `this looks like an e-mail address (${q(a.param('found'))}). ${PRIVATE}: delete it.`,
    person_name: (a) =>
      `this looks like a person's name (${q(a.param('found'))}). ${PRIVATE}: if it is a name, delete it.`,
    duplicate_plan: (a) =>
      `the plan for this committee, month and event type is already in row ${a.param('firstRow')}. Keep one row.`,
    duplicate_recipient: (a) =>
      `the address ${q(a.value.trim())} is already in row ${a.param('firstRow')}. Delete the repeated row so the digest is not sent twice.`,
  },
};
