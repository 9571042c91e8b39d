/** The clock port: one instant, and the wall clock in the WORKBOOK's zone, whatever the script's. */
import { fixedClock, instantNow, wallNow } from '../../../src/core/ports/clock';
import { wallTime } from '../../../src/core/time/wall-time';

test('31 October 20:30 UTC is already 1 November 02:30 in Bishkek (UTC+6)', () => {
  const clock = fixedClock(Date.UTC(2026, 9, 31, 20, 30), 'Asia/Bishkek');
  expect(wallNow(clock)).toBe(wallTime(2026, 11, 1, 2, 30));
  expect(instantNow(clock).toISOString()).toBe('2026-10-31T20:30:00.000Z');
});

test('the same instant in another zone is another wall clock', () => {
  const ms = Date.UTC(2026, 0, 1, 3, 0);
  expect(wallNow(fixedClock(ms, 'UTC'))).toBe(wallTime(2026, 1, 1, 3, 0));
  expect(wallNow(fixedClock(ms, 'America/New_York'))).toBe(wallTime(2025, 12, 31, 22, 0));
});
