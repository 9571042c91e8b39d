/**
 * A settings store read once: the first read of a scope fetches all of its keys (one round
 * trip on Google), later reads are answered from that copy, and writes go through to the
 * store and the copy. For one execution that asks several settings (a form response asks
 * about ten); made again after taking a lock, so what another execution wrote is seen.
 */
import type { SettingScope, SettingsStore } from './settings';

export function settingsSnapshot(store: SettingsStore): SettingsStore {
  const copies = new Map<SettingScope, Map<string, string>>();
  const copyOf = (scope: SettingScope): Map<string, string> => {
    let copy = copies.get(scope);
    if (!copy) {
      copy = new Map(Object.entries(store.readAll(scope)));
      copies.set(scope, copy);
    }
    return copy;
  };
  return {
    read: (scope, key) => copyOf(scope).get(key) ?? null,
    readAll: (scope) => Object.fromEntries(copyOf(scope)),
    write: (scope, key, value) => {
      store.write(scope, key, value);
      copies.get(scope)?.set(key, value);
    },
    writeAll: (scope, values) => {
      store.writeAll(scope, values);
      const copy = copies.get(scope);
      if (copy) for (const [key, value] of Object.entries(values)) copy.set(key, value);
    },
    remove: (scope, key) => {
      store.remove(scope, key);
      copies.get(scope)?.delete(key);
    },
  };
}
