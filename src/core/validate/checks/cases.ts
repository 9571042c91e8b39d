import { isBlank } from '../../read/cells';
import { startOfDay } from '../../time/wall-time';
import { dateParam } from '../emit';
import type { CheckContext } from './context';

/** Closing and protection-order dates of each case. */
export function checkCases({ sheets, sink }: CheckContext): void {
  const sheet = sheets.cases;
  for (const row of sheet.rows) {
    const { status, closedOn, identifiedOn, orderIssuedOn, orderUntil } = row.rec;
    // An unreadable date is already an error of its own cell; a missing optional column is not.
    const closedIndex = sink.rawIndex(sheet, 'closedOn');
    if (status === 'closed' && closedIndex >= 0 && isBlank(row.raw[closedIndex])) {
      sink.add(sheet, row, 'closed_without_date', 'closedOn');
    }
    if (closedOn !== null && status !== null && status !== 'closed') {
      sink.add(sheet, row, 'closed_date_not_closed', 'closedOn', { status });
    }
    if (
      closedOn !== null &&
      identifiedOn !== null &&
      startOfDay(closedOn) < startOfDay(identifiedOn)
    ) {
      sink.add(sheet, row, 'closed_before_identified', 'closedOn', {
        date: dateParam(closedOn),
        identified: dateParam(identifiedOn),
      });
    }
    if (orderUntil !== null) {
      if (orderIssuedOn === null) {
        if (isBlank(row.raw[sink.rawIndex(sheet, 'orderIssuedOn')])) {
          sink.add(sheet, row, 'order_end_without_start', 'orderUntil');
        }
      } else if (startOfDay(orderUntil) < startOfDay(orderIssuedOn)) {
        sink.add(sheet, row, 'order_ends_before_start', 'orderUntil', {
          date: dateParam(orderUntil),
          issued: dateParam(orderIssuedOn),
        });
      }
    }
  }
}
