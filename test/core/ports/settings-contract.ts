/**
 * The settings store's contract (as unjs/unstorage tests every driver with one suite): every
 * adapter of SettingsStore passes the same cases, so the command line, the tests and the
 * add-on keep settings alike.
 */
import {
  clearSetting,
  getSetting,
  MAX_SETTING_CHARS,
  memberOf,
  SETTINGS,
  type SettingsStore,
  setSetting,
} from '../../../src/core/ports/settings';

export function describeSettingsStore(name: string, make: () => SettingsStore): void {
  describe(`settings store contract: ${name}`, () => {
    let store: SettingsStore;
    beforeEach(() => {
      store = make();
    });

    test('an unset key reads null', () => {
      expect(store.read('document', 'korgoo.none')).toBeNull();
      expect(store.readAll('document')).toEqual({});
    });

    test('a written key reads back, a second write replaces it, a removal unsets it', () => {
      store.write('document', 'korgoo.x', 'one');
      expect(store.read('document', 'korgoo.x')).toBe('one');
      store.write('document', 'korgoo.x', 'two');
      expect(store.read('document', 'korgoo.x')).toBe('two');
      store.remove('document', 'korgoo.x');
      expect(store.read('document', 'korgoo.x')).toBeNull();
      // Removing what is not there is no error.
      store.remove('document', 'korgoo.x');
    });

    test('the three scopes are apart', () => {
      store.write('document', 'k', 'd');
      store.write('user', 'k', 'u');
      expect([
        store.read('document', 'k'),
        store.read('user', 'k'),
        store.read('script', 'k'),
      ]).toEqual(['d', 'u', null]);
    });

    test('writeAll writes several keys, readAll gives every key of the scope', () => {
      store.write('document', 'a', '1');
      store.writeAll('document', { b: '2', c: '3' });
      expect(store.readAll('document')).toEqual({ a: '1', b: '2', c: '3' });
      expect(store.readAll('user')).toEqual({});
    });

    test("a value over Google's 9 KB is refused, and the old value stays", () => {
      store.write('document', 'big', 'old');
      expect(() => store.write('document', 'big', 'x'.repeat(MAX_SETTING_CHARS + 1))).toThrow(
        'Argument too large',
      );
      expect(store.read('document', 'big')).toBe('old');
    });

    test("a store over Google's 500 KB is refused", () => {
      const chunk = 'x'.repeat(8 * 1024);
      expect(() => {
        for (let i = 0; i < 70; i++) store.write('document', `k${i}`, chunk);
      }).toThrow('property storage quota');
    });

    test('typed settings go through the registry: each type reads back what was set', () => {
      setSetting(store, SETTINGS.lang, 'ky');
      setSetting(store, SETTINGS.digestIdleRuns, 7);
      setSetting(store, SETTINGS.bilingualForms, true);
      setSetting(store, SETTINGS.formIds, { event: 'F1' });
      setSetting(store, memberOf(SETTINGS.caseCounter, 'KANT-2026'), 12);
      expect(getSetting(store, SETTINGS.lang)).toBe('ky');
      expect(getSetting(store, SETTINGS.digestIdleRuns)).toBe(7);
      expect(getSetting(store, SETTINGS.bilingualForms)).toBe(true);
      expect(getSetting(store, SETTINGS.formIds)).toEqual({ event: 'F1' });
      expect(store.read('document', 'korgoo.seq.case.KANT-2026')).toBe('12');
      expect(getSetting(store, SETTINGS.authorizationEmail)).toBeNull();
      setSetting(store, SETTINGS.authorizationEmail, 'me@example.org');
      expect(store.read('user', 'korgoo.authorization.email')).toBe('me@example.org');
      clearSetting(store, SETTINGS.lang);
      expect(getSetting(store, SETTINGS.lang)).toBeNull();
    });

    test('a stored text that is not of the type reads as unset, never throws', () => {
      store.write('document', SETTINGS.lang.key, 'fr');
      store.write('document', SETTINGS.digestIdleRuns.key, 'many');
      store.write('document', SETTINGS.formIds.key, '{broken');
      store.write('document', SETTINGS.bilingualForms.key, 'yes');
      expect(getSetting(store, SETTINGS.lang)).toBeNull();
      expect(getSetting(store, SETTINGS.digestIdleRuns)).toBeNull();
      expect(getSetting(store, SETTINGS.formIds)).toBeNull();
      expect(getSetting(store, SETTINGS.bilingualForms)).toBeNull();
    });
  });
}
