/** The workbook's language: a document property, Russian until set, a bad value ignored. */
import { setWorkbookLang, workbookLang } from '../../src/gas/settings';
import { useFakeGlobals } from './fake-globals';

const fakes = useFakeGlobals();

test('Russian until set; then the language set, kept in the document (not the user)', () => {
  const s = fakes();
  expect(workbookLang()).toBe('ru');
  setWorkbookLang('ky');
  expect(workbookLang()).toBe('ky');
  expect(s.PropertiesService.document.store.get('korgoo.lang')).toBe('ky');
  expect(s.PropertiesService.user.store.size).toBe(0);
});

test('a language no one speaks here (typed by hand) reads as Russian', () => {
  fakes().PropertiesService.document.store.set('korgoo.lang', 'de');
  expect(workbookLang()).toBe('ru');
  fakes().PropertiesService.document.store.set('korgoo.lang', 'en');
  expect(workbookLang()).toBe('en');
});

test('read from the store given (a run reads its settings once)', () => {
  const store = {
    read: () => 'en',
    readAll: () => ({}),
    write: () => {},
    writeAll: () => {},
    remove: () => {},
  };
  expect(workbookLang(store)).toBe('en');
  expect(fakes().counter.count('Properties.getProperty')).toBe(0);
});
