/**
 * What the check of newly taken-in rows reads besides the rows themselves: the columns of the
 * sheet's other rows that rules compare across rows (a reused ID, a repeated event), and the
 * sheets the rows refer to. Rules that judge a row alone need nothing more than the row.
 */
import type { CanonicalSheet } from '../forms/map-response';
import type { DataSheetKey } from '../schema/sheets';

export interface CheckScope {
  /** Columns of the other rows of the same sheet. */
  readonly own: readonly string[];
  /**
   * Columns read only on the rows that may repeat a new row by `day` (repeat-window.ts), the
   * day's column being one of `own`.
   */
  readonly sameDay?: { readonly day: string; readonly columns: readonly string[] };
  /** Sheets referred to: the columns read ('all': the whole sheet, a small one). */
  readonly context: Partial<Record<DataSheetKey, readonly string[] | 'all'>>;
}

export const CHECK_SCOPE: Readonly<Record<CanonicalSheet, CheckScope>> = {
  // duplicate_event_id; duplicate_event (committee, day, type); committee rules.
  events: {
    own: ['eventId', 'date'],
    sameDay: { day: 'date', columns: ['committeeId', 'type'] },
    context: { committees: 'all' },
  },
  // duplicate_case_code; committee rules.
  cases: { own: ['caseCode'], context: { committees: 'all' } },
  // unknown_case, before_case_identified, referral_without_consent.
  referrals: { own: [], context: { cases: ['caseCode', 'identifiedOn', 'consent'] } },
  assistance: { own: [], context: { cases: ['caseCode', 'identifiedOn', 'consent'] } },
};
