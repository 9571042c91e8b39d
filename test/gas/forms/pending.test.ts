/**
 * Responses left pending: counted without writing anything, and taken in by a scan of every
 * Korgoo response sheet, at most a limit, none twice.
 */
import { countPending, takeInPending } from '../../../src/gas/forms/pending';
import { catchUpDue, markPending } from '../../../src/gas/forms/store';
import { rowsOf, useFakeGlobals } from '../fake-globals';
import { eventAnswers, formsBook } from './forms-book';

const fakes = useFakeGlobals();
afterEach(() => jest.restoreAllMocks());

/** A workbook whose event form got `n` responses that no trigger took in. */
function waiting(n: number) {
  const book = formsBook(fakes());
  for (let i = 0; i < n; i++) book.submit('event', eventAnswers(i));
  fakes().counter.reset();
  return book;
}
const statuses = (book: ReturnType<typeof waiting>) => {
  const sheet = book.responseSheet('event');
  const [header = [], ...rows] = rowsOf(sheet);
  const at = header.indexOf('Korgoo status');
  return rows.map((row) => String(row[at] ?? ''));
};

test('counted read only: no cell written, no lock taken', () => {
  const book = waiting(3);
  const s = fakes();
  expect(countPending(book.spreadsheet, 'en')).toBe(3);
  expect(s.counter.cells.written).toBe(0);
  expect(s.counter.count('LockService.getDocumentLock')).toBe(0);
});

test('taken in: rows appended to Events, each status ✓, the count then 0', () => {
  const book = waiting(2);
  const result = takeInPending(book.spreadsheet, 'en', 10);
  expect([result.taken, result.left]).toEqual([2, 0]);
  expect(rowsOf(book.sheet('events'), 2).map((row) => row[0])).toEqual(['EV-000001', 'EV-000002']);
  expect(statuses(book).map((s) => s.slice(0, 11))).toEqual(['✓ EV-000001', '✓ EV-000002']);
  expect(countPending(book.spreadsheet, 'en')).toBe(0);
  // A second scan takes none in twice.
  expect(takeInPending(book.spreadsheet, 'en', 10).taken).toBe(0);
  expect(rowsOf(book.sheet('events'), 2)).toHaveLength(2);
});

test('at most the limit; the rest left for the next run, the catch-up still due', () => {
  const book = waiting(3);
  const now = jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 2, 8, 9));
  markPending();
  now.mockReturnValue(Date.UTC(2026, 2, 8, 10));
  const result = takeInPending(book.spreadsheet, 'en', 2);
  expect([result.taken, result.left]).toEqual([2, 1]);
  expect(catchUpDue()).toBe(true);
  expect(takeInPending(book.spreadsheet, 'en', 2).taken).toBe(1);
  expect(catchUpDue()).toBe(false);
});

test('a status cleared by hand is put back from the ledger, the response not taken twice', () => {
  const book = waiting(1);
  takeInPending(book.spreadsheet, 'en', 10);
  const sheet = book.responseSheet('event');
  const [header = []] = rowsOf(sheet);
  sheet.grid.cell(2, header.indexOf('Korgoo status') + 1).value = '';
  expect(countPending(book.spreadsheet, 'en')).toBe(0);
  const again = takeInPending(book.spreadsheet, 'en', 10);
  expect(again.taken).toBe(0);
  expect(statuses(book)[0]).toMatch(/^✓ EV-000001/);
  expect(rowsOf(book.sheet('events'), 2)).toHaveLength(1);
});

test('the status speaks the language of the run', () => {
  const book = waiting(1);
  takeInPending(book.spreadsheet, 'ru', 10);
  expect(statuses(book)[0]).toMatch(/^✓ EV-000001.*строка 2/);
});
