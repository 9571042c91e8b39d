/** The response sheets of Korgoo's forms, and the status column Korgoo adds to each. */
import {
  ensureStatusColumn,
  formKindOfUrl,
  isTakenIn,
  korgooResponseSheets,
  responseSheetOf,
  statusIndex,
} from '../../../src/gas/forms/response-sheet';
import { setFormIds } from '../../../src/gas/forms/store';
import { putRows, rowsOf, useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals({ spreadsheet: { sheets: ['Events'] } });
const book = () => fakes().real.SpreadsheetApp.getActiveSpreadsheet();

/** A form of the kind linked to this spreadsheet; its id kept as Korgoo keeps it. */
function linked(title: string) {
  const s = fakes();
  const form = s.FormApp.create(title);
  form.setDestination('SPREADSHEET' as never, s.spreadsheet.id);
  return form;
}

test('the status column is found by its label in any language, any case or spacing', () => {
  expect(statusIndex(['Timestamp', 'Q', 'Korgoo status'])).toBe(2);
  expect(statusIndex(['Timestamp', '  korgoo: СТАТУС '])).toBe(1);
  expect(statusIndex(['Timestamp', 'Korgoo: абалы'])).toBe(1);
  expect(statusIndex(['Timestamp', 'Status', 7])).toBe(-1);
});

test('taken in: a status starting with ✓; pending or empty is not', () => {
  expect(isTakenIn(' ✓ EV-000001 → Events, row 2')).toBe(true);
  expect(isTakenIn('⚠ pending: busy')).toBe(false);
  expect(isTakenIn('')).toBe(false);
  expect(isTakenIn(true)).toBe(false);
});

test("a sheet's form known by the form's id in its address; other forms' sheets are not Korgoo's", () => {
  const event = linked('Event report');
  const other = linked('Someone else’s form');
  setFormIds({ event: event.id });
  expect(formKindOfUrl(event.getPublishedUrl())).toBe('event');
  expect(formKindOfUrl(other.getPublishedUrl())).toBeNull();
  expect(formKindOfUrl(null)).toBeNull();
  expect(responseSheetOf(book(), event.id)?.getName()).toBe(
    event.responseSheet?.getNameUncounted(),
  );
  expect(responseSheetOf(book(), 'no-such-form')).toBeNull();
  expect(korgooResponseSheets(book()).map(({ sheet, kind }) => [sheet.getName(), kind])).toEqual([
    [event.responseSheet?.getNameUncounted(), 'event'],
  ]);
});

test('a missing status column is added at the end, its label in the language given', () => {
  const s = fakes();
  const events = s.spreadsheet.sheet('Events');
  putRows(events, 1, [['Timestamp', 'Committee', 'Date']]);
  const sheet = book().getSheetByName('Events');
  if (!sheet) throw new Error('no Events');
  expect(ensureStatusColumn(sheet, 'ru')).toEqual({
    header: ['Timestamp', 'Committee', 'Date', 'Korgoo: статус'],
    statusColumn: 4,
  });
  expect(rowsOf(events)).toEqual([['Timestamp', 'Committee', 'Date', 'Korgoo: статус']]);
  // Found next time: nothing written.
  s.counter.reset();
  expect(ensureStatusColumn(sheet, 'en').statusColumn).toBe(4);
  expect(s.counter.cells.written).toBe(0);
});
