/**
 * LockService with real mutual exclusion between FakeLock instances of one scope. A test has
 * no concurrency, so "another execution" is simulated: holdFromAnotherExecution(scope) takes
 * the lock, optionally for a limited (virtual) time; waiting advances a virtual clock instead
 * of sleeping.
 */
import type { CallCounter } from './counter';
import type { Faked } from './types';

export type LockScope = 'document' | 'script' | 'user';

export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';

const OTHER = Symbol('another execution');

type ScopeState = {
  holder: FakeLock | typeof OTHER | null;
  /** Virtual time at which another execution lets go; null = holds until released by the test. */
  otherReleasesAt: number | null;
  /** Number of upcoming acquisitions that time out regardless. */
  forcedTimeouts: number;
};

export class FakeLock
  implements Faked<GoogleAppsScript.Lock.Lock, 'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock'>
{
  constructor(
    private readonly service: FakeLockService,
    private readonly scope: LockScope,
  ) {}

  hasLock(): boolean {
    this.service.counter.hit('Lock.hasLock');
    return this.service.state(this.scope).holder === this;
  }
  releaseLock(): void {
    this.service.counter.hit('Lock.releaseLock');
    const s = this.service.state(this.scope);
    if (s.holder === this) s.holder = null;
  }
  tryLock(timeoutInMillis: number): boolean {
    this.service.counter.hit('Lock.tryLock');
    return this.service.acquire(this, this.scope, timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    this.service.counter.hit('Lock.waitLock');
    if (!this.service.acquire(this, this.scope, timeoutInMillis))
      throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
}

export class FakeLockService
  implements
    Faked<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  /** Virtual milliseconds spent waiting for locks. */
  nowMs = 0;
  private readonly scopes = new Map<LockScope, ScopeState>();

  /**
   * `inDocument` tells whether the execution has a containing document. Google: "If this
   * method is called outside of the context of a containing document … null is returned"; a
   * time-driven run of an Editor add-on has no active document, so it gets none either.
   */
  constructor(
    readonly counter: CallCounter,
    private readonly inDocument: () => boolean = () => true,
  ) {}

  state(scope: LockScope): ScopeState {
    let s = this.scopes.get(scope);
    if (!s) {
      s = { holder: null, otherReleasesAt: null, forcedTimeouts: 0 };
      this.scopes.set(scope, s);
    }
    return s;
  }

  /** Waits (virtually) up to timeout for the scope; re-acquiring a held lock succeeds. */
  acquire(lock: FakeLock, scope: LockScope, timeoutMs: number): boolean {
    const s = this.state(scope);
    if (s.forcedTimeouts > 0) {
      s.forcedTimeouts--;
      this.nowMs += timeoutMs;
      return false;
    }
    if (s.holder === lock || s.holder === null) {
      s.holder = lock;
      return true;
    }
    if (
      s.holder === OTHER &&
      s.otherReleasesAt !== null &&
      s.otherReleasesAt - this.nowMs <= timeoutMs
    ) {
      this.nowMs = Math.max(this.nowMs, s.otherReleasesAt);
      s.holder = lock;
      s.otherReleasesAt = null;
      return true;
    }
    this.nowMs += timeoutMs;
    return false;
  }

  getDocumentLock(): FakeLock {
    this.counter.hit('LockService.getDocumentLock');
    // @types/google-apps-script declares no null here, but the service returns one.
    if (!this.inDocument()) return null as unknown as FakeLock;
    return new FakeLock(this, 'document');
  }
  getScriptLock(): FakeLock {
    this.counter.hit('LockService.getScriptLock');
    return new FakeLock(this, 'script');
  }
  getUserLock(): FakeLock {
    this.counter.hit('LockService.getUserLock');
    return new FakeLock(this, 'user');
  }

  /**
   * Test helper: another execution takes the lock (it must be free). With forMs, it lets go
   * after that many virtual milliseconds, so a tryLock/waitLock with a longer timeout succeeds.
   */
  holdFromAnotherExecution(scope: LockScope, opts: { forMs?: number } = {}): void {
    const s = this.state(scope);
    if (s.holder !== null && s.holder !== OTHER)
      throw new Error(`The ${scope} lock is held by this execution`);
    s.holder = OTHER;
    s.otherReleasesAt = opts.forMs === undefined ? null : this.nowMs + opts.forMs;
  }
  /** Test helper: the other execution lets go. */
  releaseFromAnotherExecution(scope: LockScope): void {
    const s = this.state(scope);
    if (s.holder === OTHER) {
      s.holder = null;
      s.otherReleasesAt = null;
    }
  }
  /** Test helper: the next `times` acquisitions in this scope time out, free or not. */
  simulateTimeout(scope: LockScope, times = 1): void {
    this.state(scope).forcedTimeouts += times;
  }
  /** Test helper: who holds the scope now. */
  holder(scope: LockScope): 'none' | 'this execution' | 'another execution' {
    const h = this.state(scope).holder;
    return h === null ? 'none' : h === OTHER ? 'another execution' : 'this execution';
  }
}
