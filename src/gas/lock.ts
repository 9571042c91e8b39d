/**
 * The lock port on Apps Script: the one helper every action that writes goes through (Validate
 * now, Set-up, an edit's check, the digest's delivery; form intake can switch to it with one
 * line). An action that cannot get the lock in time does nothing and says so.
 */
import { type Locked, withLock } from '../core/ports/lock';

/** Milliseconds an action waits for another one (a form intake, a validation) to finish. */
const WAIT_MS = 20_000;

/**
 * The document's lock; outside a document (an add-on's clock run gets none) the script's, so
 * two runs for one workbook (two users' clocks) never go at once. `documentLocked` tells which.
 */
export function documentOrScriptLock(): {
  lock: GoogleAppsScript.Lock.Lock;
  documentLocked: boolean;
} {
  const document = LockService.getDocumentLock();
  return document
    ? { lock: document, documentLocked: true }
    : { lock: LockService.getScriptLock(), documentLocked: false };
}

/**
 * Runs `work` holding the document lock, its writes flushed before the lock goes, so two
 * actions never write the same sheets at once. `ran: false`: the lock could not be had in time.
 */
export function underDocumentLock<T>(work: () => T, waitMs: number = WAIT_MS): Locked<T> {
  return withLock(LockService.getDocumentLock(), waitMs, () => {
    const value = work();
    SpreadsheetApp.flush();
    return value;
  });
}

/** underDocumentLock for work with no result: false, doing nothing, when the lock was busy. */
export function withDocumentLock(work: () => void, waitMs: number = WAIT_MS): boolean {
  return underDocumentLock(work, waitMs).ran;
}
