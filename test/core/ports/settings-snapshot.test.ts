/** A snapshot of the settings: one read of the store per scope, writes through, the contract kept. */
import { memorySettings, type SettingsStore } from '../../../src/core/ports/settings';
import { settingsSnapshot } from '../../../src/core/ports/settings-snapshot';
import { describeSettingsStore } from './settings-contract';

describeSettingsStore('snapshot over memory', () => settingsSnapshot(memorySettings()));

/** A memory store that counts what is asked of it. */
function counted(): { store: SettingsStore; calls: string[] } {
  const inner = memorySettings();
  const calls: string[] = [];
  const store: SettingsStore = {
    read: (scope, key) => {
      calls.push(`read ${key}`);
      return inner.read(scope, key);
    },
    readAll: (scope) => {
      calls.push(`readAll ${scope}`);
      return inner.readAll(scope);
    },
    write: (scope, key, value) => {
      calls.push(`write ${key}`);
      inner.write(scope, key, value);
    },
    writeAll: (scope, values) => {
      calls.push('writeAll');
      inner.writeAll(scope, values);
    },
    remove: (scope, key) => {
      calls.push(`remove ${key}`);
      inner.remove(scope, key);
    },
  };
  return { store, calls };
}

test('many reads of one scope are one read of the store', () => {
  const { store, calls } = counted();
  store.write('document', 'a', '1');
  store.write('document', 'b', '2');
  calls.length = 0;
  const snapshot = settingsSnapshot(store);
  expect(snapshot.read('document', 'a')).toBe('1');
  expect(snapshot.read('document', 'b')).toBe('2');
  expect(snapshot.read('document', 'c')).toBeNull();
  expect(snapshot.readAll('document')).toEqual({ a: '1', b: '2' });
  expect(calls).toEqual(['readAll document']);
});

test('writes reach the store and are read back from the copy', () => {
  const { store, calls } = counted();
  const snapshot = settingsSnapshot(store);
  expect(snapshot.read('document', 'a')).toBeNull();
  snapshot.write('document', 'a', '1');
  snapshot.writeAll('document', { b: '2', c: '3' });
  snapshot.remove('document', 'c');
  expect([snapshot.read('document', 'a'), snapshot.read('document', 'b')]).toEqual(['1', '2']);
  expect(snapshot.read('document', 'c')).toBeNull();
  expect(store.readAll('document')).toEqual({ a: '1', b: '2' });
  expect(calls.filter((c) => c.startsWith('read'))).toEqual([
    'readAll document',
    'readAll document',
  ]);
});

test('what another execution writes after the snapshot is not seen; a new snapshot sees it', () => {
  const store = memorySettings();
  const first = settingsSnapshot(store);
  expect(first.read('document', 'korgoo.seq.event')).toBeNull();
  store.write('document', 'korgoo.seq.event', '7');
  expect(first.read('document', 'korgoo.seq.event')).toBeNull();
  expect(settingsSnapshot(store).read('document', 'korgoo.seq.event')).toBe('7');
});

test('a write the store refuses leaves the copy as it was', () => {
  const snapshot = settingsSnapshot(memorySettings());
  snapshot.write('document', 'a', '1');
  expect(() => snapshot.write('document', 'a', 'x'.repeat(10 * 1024))).toThrow(/too large/);
  expect(snapshot.read('document', 'a')).toBe('1');
});
