/**
 * When the hourly clock has digest work: from the 1st at 08:00 in the spreadsheet's zone, run
 * after run, until every (month, recipient) of last month is sent. A month found complete is
 * remembered, so the other runs of the month cost two calls and read no sheet. A run that sends
 * nothing while mail is pending (a failing address, a spent quota) counts as idle; after a
 * dozen in a row the digest waits a day before trying again.
 */
import { digestMonthOf } from '../../core/digest';
import { DAY_MS, type WallTime } from '../../core/time/wall-time';
import type { DeliveryResult } from './delivery';

export const SEND_HOUR = 8;
export const MAX_IDLE_RUNS = 12;
export const IDLE_PAUSE_MS = DAY_MS;
const DONE_KEY = 'korgoo.digest.doneMonth';
const IDLE_KEY = 'korgoo.digest.idleRuns';
const PAUSED_UNTIL_KEY = 'korgoo.digest.pausedUntil';

/** Whether a digest run is due now (today: the spreadsheet's wall clock; now: the instant). */
export function digestDue(today: WallTime, nowMs: number): boolean {
  const wall = new Date(today);
  if (wall.getUTCDate() === 1 && wall.getUTCHours() < SEND_HOUR) return false;
  const properties = PropertiesService.getDocumentProperties();
  if (properties.getProperty(DONE_KEY) === digestMonthOf(today)) return false;
  return Number(properties.getProperty(PAUSED_UNTIL_KEY) ?? 0) <= nowMs;
}

/** Remembers what the run left: the month complete, or one more idle run. */
export function recordDelivery(result: DeliveryResult, nowMs: number): void {
  const properties = PropertiesService.getDocumentProperties();
  if (result.pending === 0) {
    properties.setProperty(DONE_KEY, result.month);
    properties.deleteProperty(IDLE_KEY);
    properties.deleteProperty(PAUSED_UNTIL_KEY);
    return;
  }
  const idle = result.sent > 0 ? 0 : Number(properties.getProperty(IDLE_KEY) ?? 0) + 1;
  if (idle >= MAX_IDLE_RUNS) {
    properties.setProperty(PAUSED_UNTIL_KEY, String(nowMs + IDLE_PAUSE_MS));
    properties.setProperty(IDLE_KEY, '0');
  } else {
    properties.setProperty(IDLE_KEY, String(idle));
  }
}
