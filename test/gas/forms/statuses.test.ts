/**
 * The response sheets' status column: consecutive rows in one call, their notes cleared in
 * one; a response left waiting gets a note, a Log line and the catch-up mark, never a status.
 */
import { IntakeLedger } from '../../../src/gas/forms/intake-ledger';
import { leaveWaiting, writeStatuses } from '../../../src/gas/forms/statuses';
import { catchUpDue } from '../../../src/gas/forms/store';
import { rowsOf, useFakeGlobals } from '../fake-globals';
import { eventAnswers, formsBook, intakeRunOf, responseSheetOf } from './forms-book';

const fakes = useFakeGlobals();
afterEach(() => jest.restoreAllMocks());

function scanned(n: number) {
  const book = formsBook(fakes());
  for (let i = 0; i < n; i++) book.submit('event', eventAnswers(i));
  const run = intakeRunOf(book, 'en', IntakeLedger.open(book.spreadsheet, 'en'));
  const sheet = responseSheetOf(book, 'event');
  const rows = run.responseRows(run.openResponses(sheet, 'event'));
  fakes().counter.reset();
  return { book, run, sheet, candidates: rows.map((row) => row.candidate) };
}
const statusColumn = (book: ReturnType<typeof formsBook>) =>
  (rowsOf(book.responseSheet('event'))[0] ?? []).indexOf('Korgoo status') + 1;

test('consecutive rows: one write of statuses, one of notes; a gap starts another', () => {
  const { book, run, candidates } = scanned(4);
  const [a, b, , d] = candidates;
  if (!a || !b || !d) throw new Error('four responses');
  const outcome = (candidate: typeof a, status: string) => ({
    candidate,
    takenIn: true,
    status,
    log: '',
  });
  const sheet = book.responseSheet('event');
  const column = statusColumn(book);
  sheet.grid.cell(2, column).note = 'Korgoo: the workbook was busy';
  writeStatuses(run, [outcome(d, '✓ d'), outcome(b, '✓ b'), outcome(a, '=a')]);
  const s = fakes();
  expect(s.counter.count('Range.setValues')).toBe(2);
  expect(s.counter.count('Range.setNotes')).toBe(2);
  expect([2, 3, 4, 5].map((row) => sheet.grid.peek(row, column).value)).toEqual([
    '=a',
    '✓ b',
    '',
    '✓ d',
  ]);
  expect(sheet.grid.peek(2, column).formula).toBe('');
  expect(sheet.grid.peek(2, column).note).toBe('');
});

test('left waiting: a note dated on the spreadsheet clock, a Log line, the mark; no status', () => {
  const { book, sheet } = scanned(1);
  // 21:30 UTC is 03:30 the next day in Bishkek.
  jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 2, 8, 21, 30));
  leaveWaiting(book.spreadsheet, sheet, 2, 'event', 'en');
  const responses = book.responseSheet('event');
  const column = statusColumn(book);
  expect(responses.grid.peek(2, column).value).toBe('');
  expect(responses.grid.peek(2, column).note).toBe(
    'Korgoo: the workbook was busy (09.03.2026 03:30); the response waits to be taken in by the next form response or "Process pending responses".',
  );
  expect(catchUpDue()).toBe(true);
  const log = rowsOf(book.sheet('log'), 2);
  expect(log.map((row) => row[3])).toEqual([
    `pending: the workbook was busy with another action. The response stays on "${responses.getNameUncounted()}", row 2; the next form response or "Process pending responses" takes it in.`,
  ]);
});

test('left waiting in Kyrgyz, on a sheet whose status column is gone: still logged', () => {
  const { book, sheet } = scanned(1);
  const responses = book.responseSheet('event');
  responses.grid.cell(1, statusColumn(book)).value = 'Renamed';
  leaveWaiting(book.spreadsheet, sheet, 2, 'event', 'ky');
  expect(fakes().counter.count('Range.setNote')).toBe(0);
  expect(String(rowsOf(fakes().spreadsheet.sheet('Журнал'), 2)[0]?.[3])).toMatch(/^күтүүдө: /);
});
