import type { WallTime } from '../time/wall-time';
import type { ChoiceKey, ChoiceListId } from './choices';
import type { ColumnDef, SheetKey } from './sheets';
import { SHEETS } from './sheets';

type ColumnsOf<S extends SheetKey> = (typeof SHEETS)[S]['columns'][number];

/** The value a column holds once read: keys for choices, wall-clock times for dates. */
type ValueOf<C extends ColumnDef> = C['type'] extends 'int' | 'amount'
  ? number
  : C['type'] extends 'date' | 'datetime'
    ? WallTime
    : C['type'] extends 'choice'
      ? C['choices'] extends ChoiceListId
        ? ChoiceKey<C['choices']>
        : string
      : C['type'] extends 'multi'
        ? C['choices'] extends ChoiceListId
          ? readonly ChoiceKey<C['choices']>[]
          : readonly string[]
        : string;

/** A row as read: any cell may be missing or unreadable (null). */
export type LooseRecord<S extends SheetKey> = {
  [C in ColumnsOf<S> as C['key']]: ValueOf<C> | null;
};

/** A row without errors: required cells hold a value. */
export type RecordOf<S extends SheetKey> = {
  [C in ColumnsOf<S> as C['key']]: C['required'] extends true ? ValueOf<C> : ValueOf<C> | null;
};

export type CommitteeRecord = RecordOf<'committees'>;
export type MemberRecord = RecordOf<'members'>;
export type EventRecord = RecordOf<'events'>;
export type CaseRecord = RecordOf<'cases'>;
export type ReferralRecord = RecordOf<'referrals'>;
export type AssistanceRecord = RecordOf<'assistance'>;
export type PlanRecord = RecordOf<'plan'>;
export type RecipientRecord = RecordOf<'recipients'>;

/** True when every required column of the sheet holds a value, so the row is a full record. */
export function isComplete<S extends SheetKey>(
  sheet: S,
  rec: LooseRecord<S>,
): rec is LooseRecord<S> & RecordOf<S> {
  const values = rec as Record<string, unknown>;
  for (const column of SHEETS[sheet].columns as readonly ColumnDef[]) {
    if (column.required && values[column.key] === null) return false;
  }
  return true;
}
