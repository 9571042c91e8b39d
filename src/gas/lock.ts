/**
 * The lock port on Apps Script: the one helper every action that writes goes through (Validate
 * now, Set-up, an edit's check, the digest's delivery, the reminders; form intake can switch to
 * it with one line). An action that cannot get the lock in time does nothing and says so.
 */
import { type Lock, type Locked, withLock } from '../core/ports/lock';

/** Milliseconds an action waits for another one (a form intake, a validation) to finish. */
const WAIT_MS = 20_000;

/** How long a clock run (the digest, the reminders) waits; one kept out leaves it to the next. */
const CLOCK_WAIT_MS = 10_000;

/**
 * Runs `work` holding the document's lock; outside a document (an add-on's clock run gets
 * none) the script's, so two runs for one workbook (two users' clocks) never go at once.
 * `work` is told which (`documentLocked`); its writes are flushed before the lock goes.
 */
export function underDocumentOrScriptLock<T>(
  work: (documentLocked: boolean) => T,
  waitMs: number = CLOCK_WAIT_MS,
): Locked<T> {
  const document = LockService.getDocumentLock();
  return flushedUnder(document ?? LockService.getScriptLock(), waitMs, () => work(!!document));
}

/** `work` under `lock`, its writes flushed before the lock goes. */
function flushedUnder<T>(lock: Lock, waitMs: number, work: () => T): Locked<T> {
  return withLock(lock, waitMs, () => {
    const value = work();
    SpreadsheetApp.flush();
    return value;
  });
}

/**
 * Runs `work` holding the document lock, its writes flushed before the lock goes, so two
 * actions never write the same sheets at once. `ran: false`: the lock could not be had in time.
 */
export function underDocumentLock<T>(work: () => T, waitMs: number = WAIT_MS): Locked<T> {
  return flushedUnder(LockService.getDocumentLock(), waitMs, work);
}

/** underDocumentLock for work with no result: false, doing nothing, when the lock was busy. */
export function withDocumentLock(work: () => void, waitMs: number = WAIT_MS): boolean {
  return underDocumentLock(work, waitMs).ran;
}
