import { DAY_MS, type WallTime, wallTime } from '../time/wall-time';
import type { Rng } from './prng';

/** The demo's activity: 14 months, September 2025 to October 2026 (Asia/Bishkek wall clock). */
export const ACTIVITY_START = wallTime(2025, 9, 1);
/** Nothing in the demo is dated after this moment. */
export const LAST_MOMENT = wallTime(2026, 10, 31, 23, 59);

export interface Month {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** `YYYY-MM`. */
  readonly iso: string;
}

export const DEMO_MONTHS: readonly Month[] = Array.from({ length: 14 }, (_, i) => {
  const year = 2025 + Math.floor((8 + i) / 12);
  const month = ((8 + i) % 12) + 1;
  return { year, month, iso: `${year}-${String(month).padStart(2, '0')}` };
});

export const addDays = (time: WallTime, days: number): WallTime => time + days * DAY_MS;
export const weekday = (time: WallTime): number => new Date(time).getUTCDay();
export const isWeekend = (time: WallTime): boolean => weekday(time) === 0 || weekday(time) === 6;
export const day = (year: number, month: number, date: number): WallTime =>
  wallTime(year, month, date);

/** The `nth` (1-based) given weekday (0 = Sunday) of a month. */
export function nthWeekday(year: number, month: number, nth: number, dayOfWeek: number): WallTime {
  const first = wallTime(year, month, 1);
  const offset = (dayOfWeek - weekday(first) + 7) % 7;
  return addDays(first, offset + (nth - 1) * 7);
}

/** A working day in [from, to] (both wall-clock days). */
export function workdayBetween(rng: Rng, from: WallTime, to: WallTime): WallTime {
  const span = Math.round((to - from) / DAY_MS);
  for (let attempt = 0; attempt < 50; attempt++) {
    const time = addDays(from, rng.int(0, span));
    if (!isWeekend(time)) return time;
  }
  throw new Error('no working day in range');
}

/** When a secretary typed it in: the same evening or a few days later, never after the end. */
export function enteredAfter(rng: Rng, date: WallTime, maxDays = 3): WallTime {
  const time = addDays(date, rng.int(0, maxDays)) + rng.int(17 * 60, 21 * 60 + 50) * 60_000;
  return Math.min(time, LAST_MOMENT - rng.int(30, 90) * 60_000);
}
