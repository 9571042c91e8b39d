/** SpreadsheetApp.openById / openByUrl: the spreadsheets this user may open, and Google's refusals. */
import { createFakeServices } from './index';

function twoBooks() {
  const s = createFakeServices({ spreadsheet: { id: 'book-a' } });
  const b = s.addSpreadsheet({ id: 'book-b' });
  return { s, b };
}

test('opens a spreadsheet the user may open, by its id or by its URL', () => {
  const { s, b } = twoBooks();
  expect(s.SpreadsheetApp.openById('book-b')).toBe(b);
  expect(s.SpreadsheetApp.openByUrl(b.getUrl())).toBe(b);
  expect(
    s.SpreadsheetApp.openByUrl('https://docs.google.com/spreadsheets/d/book-b/edit#gid=0'),
  ).toBe(b);
  expect(s.counter.count('SpreadsheetApp.openById')).toBe(1);
  expect(s.counter.count('SpreadsheetApp.openByUrl')).toBe(2);
});

test('a file not shared with the user is refused with Google’s message', () => {
  const { s } = twoBooks();
  s.context.noAccess.add('book-b');
  const refused = 'You do not have permission to access the requested document.';
  expect(() => s.SpreadsheetApp.openById('book-b')).toThrow(refused);
  expect(() =>
    s.SpreadsheetApp.openByUrl('https://docs.google.com/spreadsheets/d/book-b/edit'),
  ).toThrow(refused);
});

test('an id that names no file, or a text that is no spreadsheet URL, fails as on Google', () => {
  const { s } = twoBooks();
  expect(() => s.SpreadsheetApp.openById('no-such-file')).toThrow(
    'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
  );
  expect(() =>
    s.SpreadsheetApp.openByUrl('https://docs.google.com/spreadsheets/d/no-such-file/edit'),
  ).toThrow(
    'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
  );
  expect(() => s.SpreadsheetApp.openByUrl('book-b')).toThrow('Invalid argument: url');
});

test('a link that ends with the id, without "/edit" or a slash, is refused as a bad URL', () => {
  const { s, b } = twoBooks();
  expect(() => s.SpreadsheetApp.openByUrl('https://docs.google.com/spreadsheets/d/book-b')).toThrow(
    'Invalid argument: url',
  );
  expect(s.SpreadsheetApp.openByUrl('https://docs.google.com/spreadsheets/d/book-b/')).toBe(b);
});
