/**
 * Candidates taken in: the counters saved before the rows are written, the rows in one write
 * per sheet, the ledger told before anything else can fail, every status written.
 */
import { IntakeLedger } from '../../../src/gas/forms/intake-ledger';
import { catchUpDue, counters } from '../../../src/gas/forms/store';
import { takeIn } from '../../../src/gas/forms/take-in';
import type { Answer } from '../../fakes';
import { rowsOf, useFakeGlobals } from '../fake-globals';
import { eventAnswers, formsBook, intakeRunOf, responseSheetOf } from './forms-book';

const fakes = useFakeGlobals();

function candidates(answers: Record<string, Answer>[], lang: 'en' | 'ru' = 'en') {
  const book = formsBook(fakes(), 'en', ['events']);
  for (const a of answers) book.submit('event', a);
  const ledger = IntakeLedger.open(book.spreadsheet, lang);
  const run = intakeRunOf(book, lang, ledger);
  const sheet = responseSheetOf(book, 'event');
  const rows = run.responseRows(run.openResponses(sheet, 'event'));
  fakes().counter.reset();
  return { book, run, ledger, list: rows.map((row) => row.candidate) };
}

test('two responses: one write to Events, IDs from the counter, the ledger and statuses told', () => {
  const { book, run, ledger, list } = candidates([eventAnswers(1), eventAnswers(2)]);
  const outcomes = takeIn(run, list);
  expect(outcomes.map((o) => [o.takenIn, o.status.slice(0, 11)])).toEqual([
    [true, '✓ EV-000001'],
    [true, '✓ EV-000002'],
  ]);
  expect(rowsOf(book.sheet('events'), 2).map((row) => row[0])).toEqual(['EV-000001', 'EV-000002']);
  expect(counters().event).toBe(2);
  for (const c of list) expect(ledger.statusOf(c.fingerprint)).toMatch(/^✓ EV-00000[12]/);
  // One write each: the Events rows, the ledger's, the statuses (their notes cleared in one).
  expect(fakes().counter.count('Range.setValues')).toBe(3);
  expect(fakes().counter.count('Range.setNotes')).toBe(1);
  expect(fakes().counter.count('Properties.setProperties')).toBe(1);
});

test('a failed write: the responses stay pending with the reason; the counter never goes back', () => {
  const { book, run, ledger, list } = candidates([eventAnswers(1)]);
  run.writer.appendRows = () => {
    throw new Error('Service Spreadsheets failed');
  };
  const [outcome] = takeIn(run, list);
  expect(outcome?.takenIn).toBe(false);
  expect(outcome?.status).toBe('⚠ pending: error: Service Spreadsheets failed');
  expect(counters().event).toBe(1);
  expect(ledger.statusOf(list[0]?.fingerprint ?? '')).toBeUndefined();
  expect(rowsOf(book.sheet('events'))).toHaveLength(1);
  expect(catchUpDue()).toBe(true);
});

test('rows in, their check failed: taken in all the same, "Validate now" will check them', () => {
  const { run, ledger, list } = candidates([eventAnswers(1)]);
  const writer = run.writer;
  const range = writer.range.bind(writer);
  writer.range = (...args) => {
    const block = range(...args);
    block.getValues = () => {
      throw new Error('read failed');
    };
    return block;
  };
  const [outcome] = takeIn(run, list);
  expect(outcome?.takenIn).toBe(true);
  expect(outcome?.log).toMatch(/not checked \(.*read failed.*\); "Validate now" will check it/);
  expect(ledger.statusOf(list[0]?.fingerprint ?? '')).toMatch(/^✓ EV-000001/);
});

test('a run in Russian: the sheet it makes and the status in Russian', () => {
  const { book, run, list } = candidates([eventAnswers(1)], 'ru');
  fakes().spreadsheet.deleteSheet(book.sheet('events'));
  const [outcome] = takeIn(run, list);
  expect(outcome?.status).toMatch(/^✓ EV-000001.*«Мероприятия», строка 2/);
});
