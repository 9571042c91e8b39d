/**
 * The lock port: one helper for every action that must not run beside another (a validation,
 * a form intake, a digest delivery). `work` runs only while the lock is held, and the lock is
 * released whatever `work` does.
 */

export interface Lock {
  /** Waits up to `waitMs` for the lock; false when another execution kept it. */
  tryLock(waitMs: number): boolean;
  releaseLock(): void;
}

export type Locked<T> = { readonly ran: true; readonly value: T } | { readonly ran: false };

export function withLock<T>(lock: Lock, waitMs: number, work: () => T): Locked<T> {
  if (!lock.tryLock(waitMs)) return { ran: false };
  try {
    return { ran: true, value: work() };
  } finally {
    lock.releaseLock();
  }
}
