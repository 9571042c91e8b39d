/** The forms as the sidebar sees them: their links, and made or updated under the lock. */
import { FORM_SPECS, wordOf } from '../../../src/core/forms/spec';
import { text } from '../../../src/core/i18n/texts';
import { SidebarError } from '../../../src/core/sidebar/texts';
import { formsPort } from '../../../src/gas/forms/port';
import { formIds } from '../../../src/gas/forms/store';
import { setWorkbookLang } from '../../../src/gas/settings';
import { putRows, rowsOf, schemaSheets, useFakeGlobals } from '../fake-globals';
import { formsBook } from './forms-book';

const fakes = useFakeGlobals();

test("each kept form's title in the language asked, its links; a form gone has none", () => {
  formsBook(fakes());
  const s = fakes();
  const port = formsPort(() => 'ru');
  expect(port.triggerHandler).toBe('onFormSubmitted');
  const states = port.state();
  expect(states.map((f) => f.key)).toEqual(['event', 'case', 'followup']);
  const event = s.FormApp.forms.get(formIds().event ?? '');
  expect(states[0]).toEqual({
    key: 'event',
    title: expect.stringMatching(/[а-я]/),
    url: event?.getPublishedUrl(),
    editUrl: event?.getEditUrl(),
  });
  s.FormApp.trash(formIds().case ?? '');
  expect(port.state()[1]).toMatchObject({ key: 'case', url: '', editUrl: '' });
});

test('made under the lock, in the language asked; the forms returned', () => {
  const s = fakes();
  setWorkbookLang('en');
  schemaSheets(s, 'en', ['committees']);
  putRows(s.spreadsheet.sheet('Committees'), 2, [
    ['KANT', 'Kant', 'Chui', '', '', '', '', '', 'Active'],
  ]);
  const states = formsPort(() => 'en').createOrUpdate('ky');
  expect(states).toHaveLength(3);
  expect(states[0]?.title).toBe(wordOf(FORM_SPECS.event.title, { lang: 'ky', bilingual: false }));
  expect(states[0]?.url).not.toBe('');
  expect(s.LockService.getDocumentLock().tryLock(0)).toBe(true);
});

test('a form unpublished by hand is published again, and the Log says which', () => {
  formsBook(fakes());
  const s = fakes();
  const event = s.FormApp.forms.get(formIds().event ?? '');
  if (!event) throw new Error('no event form');
  event.published = false;
  formsPort(() => 'en').createOrUpdate('en');
  expect(event.published).toBe(true);
  const log = rowsOf(s.spreadsheet.sheet('Log'), 2);
  expect(log.map((row) => row[1])).toEqual(['Creating or updating forms']);
});

test('busy: a SidebarError in the language asked, nothing made', () => {
  const s = fakes();
  s.LockService.holdFromAnotherExecution('document');
  const create = () => formsPort(() => 'en').createOrUpdate('ky');
  expect(create).toThrow(SidebarError);
  expect(create).toThrow(text('busy', 'ky'));
  expect(s.FormApp.forms.size).toBe(0);
});

test('no active committee: the reason as a SidebarError, no form made', () => {
  const s = fakes();
  schemaSheets(s, 'en', ['committees']);
  expect(() => formsPort(() => 'en').createOrUpdate('en')).toThrow(
    text('noActiveCommittee', 'en', { sheet: 'Committees' }),
  );
  expect(s.FormApp.forms.size).toBe(0);
});
