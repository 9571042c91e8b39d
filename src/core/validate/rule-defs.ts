import type { ColumnDef, ColumnType, DataSheetKey } from '../schema/sheets';
import { DATA_SHEETS, SHEETS } from '../schema/sheets';
import type { Severity } from './problem';

/** The columns of one sheet that a rule reads. */
export interface RuleScope {
  readonly sheet: DataSheetKey;
  readonly columns: readonly string[];
  /**
   * Looked up to judge the rows of the rule's other sheets (the committee or the case a row
   * names), never judged itself: a check of those rows alone (an edit's) reads this sheet too.
   */
  readonly lookup?: true;
}

export interface RuleDef {
  readonly severity: Severity;
  readonly reads: readonly RuleScope[];
}

/** Every column of the data sheets that matches, grouped by sheet (derived from the schema). */
function columnsWhere(test: (column: ColumnDef) => boolean): RuleScope[] {
  const scopes: RuleScope[] = [];
  for (const sheet of DATA_SHEETS) {
    const columns = (SHEETS[sheet].columns as readonly ColumnDef[]).filter(test).map((c) => c.key);
    if (columns.length > 0) scopes.push({ sheet, columns });
  }
  return scopes;
}
const ofType = (...types: ColumnType[]) => columnsWhere((c) => types.includes(c.type));
const scope = (sheet: DataSheetKey, ...columns: string[]): RuleScope => ({ sheet, columns });
const lookup = (sheet: DataSheetKey, ...columns: string[]): RuleScope => ({
  sheet,
  columns,
  lookup: true,
});
const error = (...reads: RuleScope[]): RuleDef => ({ severity: 'error', reads });
const warning = (...reads: RuleScope[]): RuleDef => ({ severity: 'warning', reads });

/** Free text and every cell of the case sheets: where personal data must not be. */
const PERSONAL_DATA_SCOPE: RuleScope[] = columnsWhere((c) => c.freeText === true).concat(
  (['cases', 'referrals', 'assistance'] as const).map((sheet) => ({
    sheet,
    columns: SHEETS[sheet].columns.map((c) => c.key),
  })),
);

/** Dates that record something that has happened, so they cannot lie in the future. */
export const PAST_DATE_COLUMNS = {
  committees: ['establishedOn'],
  members: ['joinedOn'],
  events: ['date'],
  cases: ['identifiedOn', 'orderIssuedOn', 'closedOn'],
  referrals: ['date'],
  assistance: ['date'],
} as const satisfies Partial<Record<DataSheetKey, readonly string[]>>;

/**
 * Every rule: its id (the key), its severity, and the sheets and columns it reads, each judged
 * on its own unless marked `lookup` (then read to judge the others): a check of one sheet's
 * rows reads the sheets its rules look up (lookedUpFrom), and nothing else says which.
 */
export const RULE_DEFS = {
  // Cell rules, reported by the reader (src/core/read/cells.ts).
  required: error(...columnsWhere((c) => c.required)),
  type_int: error(...ofType('int')),
  type_amount: error(...ofType('amount')),
  type_date: error(...ofType('date', 'datetime')),
  ambiguous_date: error(...ofType('date', 'datetime')),
  ambiguous_number: error(...ofType('int', 'amount')),
  type_month: error(...ofType('month')),
  type_email: error(...ofType('email')),
  pattern: error(...columnsWhere((c) => c.pattern !== undefined)),
  choice: error(...ofType('choice', 'multi')),
  too_large: error(...ofType('int', 'amount')),
  missing_column: error(...columnsWhere((c) => c.required)),
  // What the file holds, reported by the reader (src/core/read/read-workbook.ts).
  cell_error: error(...columnsWhere(() => true)),
  not_computed: error(...columnsWhere(() => true)),
  duplicate_column: error(...columnsWhere(() => true)),
  header_not_first_row: error(...columnsWhere(() => true)),
  no_header: error(...columnsWhere(() => true)),
  duplicate_sheet: error(...columnsWhere(() => true)),
  // Uniqueness.
  duplicate_committee_id: error(scope('committees', 'committeeId')),
  duplicate_case_code: error(scope('cases', 'caseCode')),
  duplicate_event_id: error(scope('events', 'eventId')),
  // Dates.
  future_date: error(
    ...Object.entries(PAST_DATE_COLUMNS).map(([sheet, columns]) =>
      scope(sheet as DataSheetKey, ...columns),
    ),
  ),
  before_established: error(
    lookup('committees', 'committeeId', 'establishedOn'),
    scope('members', 'committeeId', 'joinedOn'),
    scope('events', 'committeeId', 'date'),
    scope('cases', 'committeeId', 'identifiedOn'),
  ),
  left_before_joined: error(scope('members', 'joinedOn', 'leftOn')),
  // References between sheets.
  unknown_committee: error(
    lookup('committees', 'committeeId'),
    scope('members', 'committeeId'),
    scope('events', 'committeeId'),
    scope('cases', 'committeeId'),
    scope('plan', 'committeeId'),
  ),
  committee_not_active: warning(
    lookup('committees', 'committeeId', 'status'),
    scope('events', 'committeeId'),
    scope('cases', 'committeeId'),
  ),
  unknown_case: error(
    lookup('cases', 'caseCode'),
    scope('referrals', 'caseCode'),
    scope('assistance', 'caseCode'),
  ),
  before_case_identified: error(
    lookup('cases', 'caseCode', 'identifiedOn'),
    scope('referrals', 'caseCode', 'date'),
    scope('assistance', 'caseCode', 'date'),
  ),
  // Events.
  women_men_exceed_participants: error(scope('events', 'participants', 'women', 'men')),
  participants_not_positive: error(scope('events', 'type', 'participants')),
  under18_exceeds_participants: error(scope('events', 'participants', 'under18')),
  cases_reviewed_not_session: error(scope('events', 'type', 'casesReviewed')),
  duplicate_event: warning(scope('events', 'committeeId', 'date', 'type')),
  // Cases, referrals, assistance.
  amount_missing: error(scope('assistance', 'type', 'amountKgs')),
  amount_not_allowed: error(scope('assistance', 'type', 'amountKgs')),
  closed_without_date: error(scope('cases', 'status', 'closedOn')),
  closed_date_not_closed: warning(scope('cases', 'status', 'closedOn')),
  closed_before_identified: error(scope('cases', 'identifiedOn', 'closedOn')),
  referral_without_consent: warning(
    scope('referrals', 'caseCode'),
    lookup('cases', 'caseCode', 'consent'),
  ),
  order_ends_before_start: error(scope('cases', 'orderIssuedOn', 'orderUntil')),
  order_end_without_start: warning(scope('cases', 'orderIssuedOn', 'orderUntil')),
  // Personal data where none may be.
  phone_number: error(...PERSONAL_DATA_SCOPE),
  email_address: error(...PERSONAL_DATA_SCOPE),
  person_name: warning(...PERSONAL_DATA_SCOPE),
  // Plan and recipients.
  duplicate_plan: warning(scope('plan', 'committeeId', 'month', 'eventType')),
  duplicate_recipient: warning(scope('recipients', 'email')),
} as const satisfies Record<string, RuleDef>;

export type RuleId = keyof typeof RULE_DEFS;
export const RULE_IDS = Object.keys(RULE_DEFS) as RuleId[];

/** The other sheets the rules judging `sheet`'s rows look up, in the schema's order. */
export function lookedUpFrom(sheet: DataSheetKey): DataSheetKey[] {
  const found = new Set<DataSheetKey>();
  for (const id of RULE_IDS) {
    const reads: readonly RuleScope[] = RULE_DEFS[id].reads;
    if (!reads.some((s) => s.sheet === sheet && !s.lookup)) continue;
    for (const s of reads) if (s.lookup && s.sheet !== sheet) found.add(s.sheet);
  }
  return DATA_SHEETS.filter((key) => found.has(key));
}

export function isRuleId(id: string): id is RuleId {
  // Not Object.hasOwn: Apps Script's V8 may predate it.
  return Object.hasOwn(RULE_DEFS, id);
}
