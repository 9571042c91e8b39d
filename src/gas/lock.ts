/** Milliseconds an action waits for another one (a form intake, a validation) to finish. */
const WAIT_MS = 20_000;

/**
 * Runs `work` holding the document lock, so two actions never write the same sheets at once.
 * Returns false, doing nothing, when the lock could not be had in time.
 */
export function withDocumentLock(work: () => void, waitMs: number = WAIT_MS): boolean {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) return false;
  try {
    work();
    SpreadsheetApp.flush();
  } finally {
    lock.releaseLock();
  }
  return true;
}
