/** The forms' menu actions and the intake trigger, on a small workbook with its forms. */
import { text } from '../../../src/core/i18n/texts';
import {
  createOrUpdateFormsAction,
  formSubmitAction,
  processPendingAction,
  syncCommitteesAction,
} from '../../../src/gas/forms/actions';
import { bilingualForms, formIds } from '../../../src/gas/forms/store';
import { setWorkbookLang } from '../../../src/gas/settings';
import { headerLabels, putRows, rowsOf, useFakeGlobals } from '../fake-globals';
import { eventAnswers, formsBook } from './forms-book';

const fakes = useFakeGlobals();
const alerts = () =>
  fakes()
    .ui.dialogs.filter((d) => d.kind === 'alert')
    .map((d) => d.prompt);

/** A workbook in English with one active committee, no form yet. */
function setUp() {
  setWorkbookLang('en');
  putRows(fakes().spreadsheet.insertSheet('Committees'), 1, [
    headerLabels('committees', 'en'),
    ['KANT', 'Kant', 'Chui', '', '', '', '', '', 'Active'],
  ]);
}
/** The Events rows below the header ([] while the sheet is not made). */
const events = () => {
  const sheet = fakes().spreadsheet.getSheetByName('Events');
  return sheet ? rowsOf(sheet, 2) : [];
};

test('create forms: asked about wording first; cancel makes none', () => {
  setUp();
  const s = fakes();
  s.ui.answerAlerts('CANCEL');
  createOrUpdateFormsAction();
  expect(s.ui.dialogs[0]?.prompt).toBe(text('askBilingual', 'en'));
  expect(formIds()).toEqual({});
  expect(s.FormApp.forms.size).toBe(0);
});

test('create forms, both languages: made, the choice kept, logged', () => {
  setUp();
  const s = fakes();
  s.ui.answerAlerts('YES');
  createOrUpdateFormsAction();
  expect(Object.keys(formIds()).sort()).toEqual(['case', 'event', 'followup']);
  expect(bilingualForms()).toBe(true);
  const log = rowsOf(s.spreadsheet.sheet('Log'), 2);
  expect(log.map((row) => row[1])).toContain('Creating or updating forms');
});

test('sync committees: no forms yet says so and does nothing; with forms, reports', () => {
  setWorkbookLang('en');
  syncCommitteesAction();
  expect(alerts()).toEqual([text('noForms', 'en')]);
  expect(fakes().spreadsheet.getSheetByName('Log')).toBeNull();
  const book = formsBook(fakes());
  putRows(book.sheet('committees'), 6, [['BISH', 'Bishkek', 'Chui', '', '', '', '', '', 'Active']]);
  syncCommitteesAction();
  expect(alerts()[1]).toMatch(/^Committee lists updated in [1-9] forms \(4 active committees\)\.$/);
});

test('process pending: takes them in and says how many', () => {
  const book = formsBook(fakes());
  book.submit('event', eventAnswers(1));
  book.submit('event', eventAnswers(2));
  processPendingAction();
  expect(alerts()).toEqual(['Pending responses: 2 taken in, 0 still pending.']);
  expect(events()).toHaveLength(2);
});

test('a form response waits while the user must authorize again; else it is taken in', () => {
  const book = formsBook(fakes());
  const s = fakes();
  const event = book.submit('event', eventAnswers(1));
  s.ScriptApp.authorizationRequired = true;
  formSubmitAction(event as unknown as GoogleAppsScript.Events.SheetsOnFormSubmit);
  expect(events()).toHaveLength(0);
  s.ScriptApp.authorizationRequired = false;
  formSubmitAction(event as unknown as GoogleAppsScript.Events.SheetsOnFormSubmit);
  expect(events().map((row) => row[0])).toEqual(['EV-000001']);
});
