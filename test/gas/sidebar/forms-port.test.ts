/** The sidebar's forms port logs what the menu's action logs: the forms made, or the failure. */
import { formsPort } from '../../../src/gas/forms/port';
import { setWorkbookLang, workbookLang } from '../../../src/gas/settings';
import { loggedForms } from '../../../src/gas/sidebar/forms-port';
import { rowsOf, useFakeGlobals } from '../fake-globals';
import { formsBook } from '../forms/forms-book';

const fakes = useFakeGlobals();
const logRows = (name: string) => rowsOf(fakes().spreadsheet.sheet(name), 2);

test("made: the forms returned, and one Log line in the workbook's language", () => {
  const book = formsBook(fakes(), 'ky');
  setWorkbookLang('ky');
  const port = loggedForms(book.spreadsheet, formsPort(workbookLang));
  expect(port.triggerHandler).toBe('onFormSubmitted');
  expect(port.createOrUpdate('en')).toHaveLength(3);
  expect(logRows('Журнал').map((row) => [row[1], row[3]])).toEqual([
    [
      'Формаларды түзүү жана жаңылоо',
      'Формалар түзүлдү же жаңыланды: 3. Шилтемелер «Даярдоо» өтмөгүндө.',
    ],
  ]);
});

test('failed: the failure logged in the workbook language, the error handed on', () => {
  const book = formsBook(fakes(), 'en');
  fakes().FormApp.unavailable = true;
  const port = loggedForms(book.spreadsheet, formsPort(workbookLang));
  expect(() => port.createOrUpdate('ru')).toThrow('Service unavailable: Forms');
  expect(logRows('Log').map((row) => row[3])).toEqual(['failed: Service unavailable: Forms']);
});

test('reading the state writes nothing', () => {
  const book = formsBook(fakes(), 'en');
  const s = fakes();
  s.counter.reset();
  expect(loggedForms(book.spreadsheet, formsPort(workbookLang)).state()).toHaveLength(3);
  expect(s.counter.cells.written).toBe(0);
});
