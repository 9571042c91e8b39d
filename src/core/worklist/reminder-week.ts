/** The reminders' week (DESIGN §10): its key, and when a clock run may start or finish it. */
import { DAY_MS, type WallTime } from '../time/wall-time';

/** ISO week of a wall-clock day, `2026-W45`: the key of one week's reminders. */
export function reminderWeek(today: WallTime): string {
  const day = Math.floor(today / DAY_MS) * DAY_MS;
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = day + (3 - weekday) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The reminders go out from Monday at this hour, the workbook's wall clock. */
export const REMINDER_HOUR = 8;

/**
 * What a run at `now` (the workbook's wall clock) may do for the week's reminders: nothing on
 * Monday before 08:00; start the week from Monday 08:00; on the other days only finish it.
 */
export function reminderDay(now: WallTime): 'closed' | 'start' | 'finish' {
  const date = new Date(now);
  if (date.getUTCDay() !== 1) return 'finish';
  return date.getUTCHours() >= REMINDER_HOUR ? 'start' : 'closed';
}
