/**
 * When the hourly clock has digest work: from the 1st at 08:00 in the spreadsheet's zone, run
 * after run, until every (month, recipient) of last month is sent. A month found complete is
 * remembered, so the other runs of the month cost two calls and read no sheet. A run that sends
 * nothing while mail is pending (a failing address, a spent quota) counts as idle; after a
 * dozen in a row the digest waits a day before trying again.
 */
import { digestMonthOf } from '../../core/digest';
import { clearSetting, getSetting, SETTINGS, setSetting } from '../../core/ports/settings';
import { DAY_MS, type WallTime } from '../../core/time/wall-time';
import { settings } from '../settings-store';
import type { DeliveryResult } from './delivery';

export const SEND_HOUR = 8;
export const MAX_IDLE_RUNS = 12;
export const IDLE_PAUSE_MS = DAY_MS;

/** Whether a digest run is due now (today: the spreadsheet's wall clock; now: the instant). */
export function digestDue(today: WallTime, nowMs: number): boolean {
  const wall = new Date(today);
  if (wall.getUTCDate() === 1 && wall.getUTCHours() < SEND_HOUR) return false;
  if (getSetting(settings, SETTINGS.digestDoneMonth) === digestMonthOf(today)) return false;
  return (getSetting(settings, SETTINGS.digestPausedUntil) ?? 0) <= nowMs;
}

/** Remembers what the run left: the month complete, or one more idle run. */
export function recordDelivery(result: DeliveryResult, nowMs: number): void {
  if (result.pending === 0) {
    setSetting(settings, SETTINGS.digestDoneMonth, result.month);
    clearSetting(settings, SETTINGS.digestIdleRuns);
    clearSetting(settings, SETTINGS.digestPausedUntil);
    return;
  }
  const idle = result.sent > 0 ? 0 : (getSetting(settings, SETTINGS.digestIdleRuns) ?? 0) + 1;
  if (idle >= MAX_IDLE_RUNS) {
    setSetting(settings, SETTINGS.digestPausedUntil, nowMs + IDLE_PAUSE_MS);
    setSetting(settings, SETTINGS.digestIdleRuns, 0);
  } else {
    setSetting(settings, SETTINGS.digestIdleRuns, idle);
  }
}
