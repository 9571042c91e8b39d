/** The lock port's one helper: work runs only under the lock, which is always released. */
import { type Lock, withLock } from '../../../src/core/ports/lock';

/** A lock another execution may hold; it records what was asked of it. */
function lock(heldElsewhere: boolean) {
  const calls: string[] = [];
  const l: Lock = {
    tryLock: (ms) => {
      calls.push(`try ${ms}`);
      return !heldElsewhere;
    },
    releaseLock: () => {
      calls.push('release');
    },
  };
  return { l, calls };
}

test('free: the work runs, its value comes back, the lock is released', () => {
  const { l, calls } = lock(false);
  expect(withLock(l, 20_000, () => 42)).toEqual({ ran: true, value: 42 });
  expect(calls).toEqual(['try 20000', 'release']);
});

test('held by another execution: the work does not run and nothing is released', () => {
  const { l, calls } = lock(true);
  let ran = false;
  expect(
    withLock(l, 10_000, () => {
      ran = true;
    }),
  ).toEqual({ ran: false });
  expect([ran, calls]).toEqual([false, ['try 10000']]);
});

test('work that throws still releases the lock, and the error goes on', () => {
  const { l, calls } = lock(false);
  expect(() =>
    withLock(l, 5_000, () => {
      throw new Error('boom');
    }),
  ).toThrow('boom');
  expect(calls).toEqual(['try 5000', 'release']);
});
