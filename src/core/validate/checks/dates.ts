import type { ReadSheet } from '../../read/read-workbook';
import type { ColumnKey, DataSheetKey } from '../../schema/sheets';
import { DAY_MS } from '../../time/wall-time';
import { dateParam } from '../emit';
import { PAST_DATE_COLUMNS } from '../rule-defs';
import type { CheckContext } from './context';

// Module-local, not imported per call: these loops run over every row of large sheets.
const DAY = DAY_MS;
const dayStart = (time: number): number => time - (((time % DAY) + DAY) % DAY);

/** Dates of things that happened must not lie after today (compared by day). */
function checkFuture<S extends DataSheetKey>(
  context: CheckContext,
  sheet: ReadSheet<S>,
  columns: readonly ColumnKey<S>[],
): void {
  const today = dateParam(context.today);
  const tomorrow = context.today + DAY;
  for (const row of sheet.rows) {
    const rec = row.rec as Record<string, unknown>;
    for (const column of columns) {
      const time = rec[column];
      if (typeof time === 'number' && time >= tomorrow) {
        context.sink.add(sheet, row, 'future_date', column, { date: dateParam(time), today });
      }
    }
  }
}

/** The row's date must not be before its committee was established (compared by day). */
function checkEstablished<S extends 'members' | 'events' | 'cases'>(
  context: CheckContext,
  sheet: ReadSheet<S>,
  column: ColumnKey<S>,
): void {
  for (const row of sheet.rows) {
    const rec = row.rec as Record<string, unknown>;
    const time = rec[column];
    const committeeId = rec.committeeId;
    if (typeof time !== 'number' || typeof committeeId !== 'string') continue;
    const established = context.committees.get(committeeId)?.establishedOn ?? null;
    if (established !== null && time < dayStart(established)) {
      context.sink.add(sheet, row, 'before_established', column, {
        date: dateParam(time),
        committee: committeeId,
        established: dateParam(established),
      });
    }
  }
}

export function checkDates(context: CheckContext): void {
  const { sheets } = context;
  checkFuture(context, sheets.committees, PAST_DATE_COLUMNS.committees);
  checkFuture(context, sheets.members, PAST_DATE_COLUMNS.members);
  checkFuture(context, sheets.events, PAST_DATE_COLUMNS.events);
  checkFuture(context, sheets.cases, PAST_DATE_COLUMNS.cases);
  checkFuture(context, sheets.referrals, PAST_DATE_COLUMNS.referrals);
  checkFuture(context, sheets.assistance, PAST_DATE_COLUMNS.assistance);
  checkEstablished(context, sheets.members, 'joinedOn');
  checkEstablished(context, sheets.events, 'date');
  checkEstablished(context, sheets.cases, 'identifiedOn');
  for (const row of sheets.members.rows) {
    const { joinedOn, leftOn } = row.rec;
    if (joinedOn !== null && leftOn !== null && leftOn < dayStart(joinedOn)) {
      context.sink.add(sheets.members, row, 'left_before_joined', 'leftOn', {
        date: dateParam(leftOn),
        joined: dateParam(joinedOn),
      });
    }
  }
}
