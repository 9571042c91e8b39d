/**
 * The lock helper on LockService (the fake's virtual clock): waits at most its time, runs the
 * work only while the lock is held, flushes before letting go, and lets go when work throws.
 */
import { underDocumentLock, underDocumentOrScriptLock, withDocumentLock } from '../../src/gas/lock';
import { useFakeGlobals } from './fake-globals';

const fakes = useFakeGlobals();

/** Whether another lock of the scope could be had now (the one under test holds it). */
const free = (scope: 'document' | 'script') => {
  const { LockService } = fakes();
  const lock = scope === 'document' ? LockService.getDocumentLock() : LockService.getScriptLock();
  const got = lock.tryLock(0);
  if (got) lock.releaseLock();
  return got;
};

test('the work runs holding the document lock, its value returned, flushed, then released', () => {
  const s = fakes();
  let heldDuring: boolean | null = null;
  let flushesDuring = -1;
  const result = underDocumentLock(() => {
    heldDuring = !free('document');
    flushesDuring = s.counter.count('SpreadsheetApp.flush');
    return 42;
  });
  expect(result).toEqual({ ran: true, value: 42 });
  expect(heldDuring).toBe(true);
  expect(flushesDuring).toBe(0);
  expect(s.counter.count('SpreadsheetApp.flush')).toBe(1);
  expect(free('document')).toBe(true);
});

test('a busy workbook: waits 20 s at most, then does nothing', () => {
  const s = fakes();
  s.LockService.holdFromAnotherExecution('document');
  const work = jest.fn();
  expect(withDocumentLock(work)).toBe(false);
  expect(work).not.toHaveBeenCalled();
  expect(s.LockService.nowMs).toBe(20_000);
  expect(s.counter.count('SpreadsheetApp.flush')).toBe(0);
});

test('another run that lets go within the wait is waited for; one that does not, is not', () => {
  const s = fakes();
  s.LockService.holdFromAnotherExecution('document', { forMs: 19_000 });
  expect(withDocumentLock(() => {})).toBe(true);
  s.LockService.holdFromAnotherExecution('document', { forMs: 21_000 });
  expect(withDocumentLock(() => {})).toBe(false);
  // An edit's check waits less (5 s): the next Validate now catches up.
  s.LockService.releaseFromAnotherExecution('document');
  s.LockService.holdFromAnotherExecution('document', { forMs: 6_000 });
  expect(withDocumentLock(() => {}, 5_000)).toBe(false);
});

test('work that throws: the error goes up and the lock is released', () => {
  expect(() =>
    underDocumentLock(() => {
      throw new Error('boom');
    }),
  ).toThrow('boom');
  expect(free('document')).toBe(true);
});

test("in a document: the document's lock, and the work is told so", () => {
  let told: boolean | null = null;
  const result = underDocumentOrScriptLock((documentLocked) => {
    told = documentLocked;
    return !free('document') && free('script');
  });
  expect(told).toBe(true);
  expect(result).toEqual({ ran: true, value: true });
});

test("a clock run (no document lock): the script's lock, waited for 10 s at most", () => {
  const s = fakes();
  s.context.kind = 'clock';
  let told: boolean | null = null;
  const result = underDocumentOrScriptLock((documentLocked) => {
    told = documentLocked;
    return !free('script');
  });
  expect(told).toBe(false);
  expect(result).toEqual({ ran: true, value: true });
  expect(free('script')).toBe(true);
  s.LockService.holdFromAnotherExecution('script');
  expect(underDocumentOrScriptLock(() => 1)).toEqual({ ran: false });
  expect(s.LockService.nowMs).toBe(10_000);
});
