import { AsyncLocalStorage } from 'node:async_hooks';
import { disableAsyncStorages, trackAsyncStorages } from './async-storages';

/** The store a continuation sees after `gate` opens, having been started inside `run(7)`. */
function storeAfterAwait(storage: AsyncLocalStorage<number>) {
  let open = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const seen = storage.run(7, async () => {
    await gate;
    return storage.getStore();
  });
  return { open, seen };
}

test('a storage that ran is disabled: its continuations see no store; a new run enables it again', async () => {
  trackAsyncStorages();
  const kept = new AsyncLocalStorage<number>();
  const control = storeAfterAwait(kept);
  control.open();
  expect(await control.seen).toBe(7);

  const storage = new AsyncLocalStorage<number>();
  const pending = storeAfterAwait(storage);
  // This storage, the control and jest's own for this file (it ran this test).
  expect(disableAsyncStorages()).toBeGreaterThanOrEqual(2);
  pending.open();
  expect(await pending.seen).toBeUndefined();
  const again = storeAfterAwait(storage);
  again.open();
  expect(await again.seen).toBe(7);
  // Tracked once, however many times the module is loaded: one more storage, counted once.
  trackAsyncStorages();
  expect(disableAsyncStorages()).toBe(1);
});
