/** The rows that may repeat a new event by day: only there are committee and type read. */
import { sameDayRuns, sameDayWindow } from '../../../src/core/intake/repeat-window';

const day = (d: number) => new Date(Date.UTC(2025, 0, d));

test('the rows from the first to the last date near a new row’s date', () => {
  const dates = [day(1), day(2), day(10), day(11), day(10), day(20)];
  expect(sameDayWindow(dates, [day(10)])).toEqual({ first: 4, last: 6 });
  expect(sameDayWindow(dates, [day(30)])).toBeNull();
});

test('a cell that is not a date may still be one: it is in the window', () => {
  expect(sameDayWindow([day(1), '10.01.2025', day(1)], [day(20)])).toEqual({ first: 3, last: 3 });
  expect(sameDayWindow([day(1), '', day(1)], [day(20)])).toBeNull();
});

test('a new row without a date reads every row; none at all, none', () => {
  expect(sameDayWindow([day(1), day(2)], ['soon'])).toEqual({ first: 2, last: 3 });
  expect(sameDayWindow([day(1), day(2)], [''])).toBeNull();
});

test('as runs of rows: only the rows near the day, not the span between the first and the last', () => {
  const dates = [day(10), day(1), day(2), '', day(11), day(9), day(20), '10.01.2025'];
  expect(sameDayRuns(dates, [day(10)])).toEqual([
    [2, 2],
    [6, 7],
    [9, 9],
  ]);
  expect(sameDayWindow(dates, [day(10)])).toEqual({ first: 2, last: 9 });
  // A text that may be a date is near any day.
  expect(sameDayRuns(dates, [day(30)])).toEqual([[9, 9]]);
  expect(sameDayRuns([day(1), day(2)], ['soon'])).toEqual([[2, 3]]);
  expect(sameDayRuns([day(1), day(2)], [''])).toEqual([]);
});
