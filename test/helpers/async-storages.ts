import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The AsyncLocalStorages that ran a callback since they were last disabled, for jest's workers.
 *
 * Why: jest-circus makes a new AsyncLocalStorage for each test file and never disables it. Node
 * 20 keeps every enabled one in a list and, for every promise created afterwards anywhere in
 * the process, copies each one's store onto the promise: the 96th file of a worker paid for 95
 * storages nobody reads again (about 6 s of CPU over `npm test`). test/environment.ts disables
 * them when its file is done; a later `run` enables one again, as Node documents.
 *
 * One set per process, however many times this module is loaded: `run` is wrapped once.
 */
const RAN = Symbol.for('korgoo.asyncStoragesRan');
type Tracked = typeof AsyncLocalStorage & { [RAN]?: Set<AsyncLocalStorage<unknown>> };

function ran(): Set<AsyncLocalStorage<unknown>> {
  const tracked = AsyncLocalStorage as Tracked;
  const existing = tracked[RAN];
  if (existing) return existing;
  const set = new Set<AsyncLocalStorage<unknown>>();
  tracked[RAN] = set;
  const run = AsyncLocalStorage.prototype.run;
  AsyncLocalStorage.prototype.run = function <R>(
    this: AsyncLocalStorage<unknown>,
    ...args: Parameters<typeof run<R, unknown[]>>
  ): R {
    set.add(this);
    return run.apply(this, args) as R;
  } as typeof run;
  return set;
}

/** Starts noting every AsyncLocalStorage that runs a callback. */
export function trackAsyncStorages(): void {
  ran();
}

/** Disables every AsyncLocalStorage that ran since the last call; says how many. */
export function disableAsyncStorages(): number {
  const set = ran();
  const count = set.size;
  for (const storage of set) storage.disable();
  set.clear();
  return count;
}
