/**
 * The clock port: the instant now plus the workbook's time zone, so every part of Korgoo reads
 * the same time and the same wall clock (the digest's month, a case code's year, a Log row's
 * time). One place asks the time, so a test moves it for all.
 */
import { type WallTime, wallTimeOfInstant } from '../time/wall-time';

export interface Clock {
  /** Milliseconds since the epoch, now. */
  nowMs(): number;
  /** The workbook's IANA zone (the spreadsheet's, never the script's). */
  timeZone(): string;
}

/** The instant now, as a Date (what a cell or a Log row holds). */
export function instantNow(clock: Clock): Date {
  return new Date(clock.nowMs());
}

/** The wall clock now in the workbook's zone. */
export function wallNow(clock: Clock): WallTime {
  return wallTimeOfInstant(new Date(clock.nowMs()), clock.timeZone());
}

/** A clock that stands still at `ms` in `zone` (the command line's run, a test). */
export function fixedClock(ms: number, zone: string): Clock {
  return { nowMs: () => ms, timeZone: () => zone };
}
