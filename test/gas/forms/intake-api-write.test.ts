/**
 * Steps 3 and 4 of a form response through the Sheets API, on the fakes: the row planned,
 * the counters saved BEFORE the row is written (a failure may skip a number, never hand one
 * out twice), the row written in one call on the first free row; then read back and checked.
 */
import { text } from '../../../src/core/i18n/texts';
import { getSetting, SETTINGS } from '../../../src/core/ports/settings';
import { judgeWritten, writeRows } from '../../../src/gas/forms/intake-api-write';
import { MARK } from '../../../src/gas/marks';
import { columnOf } from '../workbook-data';
import { prepare, uninstall } from './api-submission';

afterEach(uninstall);

describe('writeRows', () => {
  test('the next Event ID on the first free row, in one write; the counter saved', () => {
    const { s, submission, reading, to, keys, below } = prepare();
    const state = { written: false };
    const written = writeRows(submission, reading, to, keys, below, state);
    if ('pending' in written) throw new Error(written.pending.status);
    expect(written.plan.firstRow).toBe(4);
    expect(written.last).toBe(4);
    expect(state.written).toBe(true);
    const events = s.spreadsheet.sheet('Events');
    expect(events.grid.peek(4, columnOf('events', 'eventId')).value).toBe('EV-000003');
    expect(events.grid.peek(4, columnOf('events', 'committeeId')).value).toBe('KANT');
    expect(getSetting(submission.store, SETTINGS.eventCounter)).toBe(3);
    expect(s.counter.count('Range.setValues')).toBe(1);
    expect(s.counter.count('Spreadsheet.getRange')).toBe(1);
    expect(s.counter.total()).toBe(2);
  });

  test('Events deleted since the reads: the response waits, and its number is never reused', () => {
    const { s, submission, reading, to, keys, below } = prepare();
    s.spreadsheet.deleteSheet(s.spreadsheet.sheet('Events'));
    const state = { written: false };
    const written = writeRows(submission, reading, to, keys, below, state);
    if (!('pending' in written)) throw new Error('written to a deleted sheet');
    expect(written.pending.takenIn).toBe(false);
    expect(state.written).toBe(false);
    expect(getSetting(submission.store, SETTINGS.intakePendingAt)).not.toBeNull();
    // Saved before the write: the next response gets EV-000004, never a second EV-000003.
    expect(getSetting(submission.store, SETTINGS.eventCounter)).toBe(3);
  });
});

describe('judgeWritten', () => {
  test('the row read back is checked: more women and men than participants is marked', () => {
    const { s, submission, reading, to, keys, below } = prepare({ Participants: '5' });
    const written = writeRows(submission, reading, to, keys, below, { written: false });
    if ('pending' in written) throw new Error(written.pending.status);
    s.counter.reset();
    const judged = judgeWritten(reading, to, keys, below, written, 'en');
    expect(s.counter.count('Range.getValues')).toBe(1);
    expect(judged.problems).toBe(1);
    expect(judged.list.map((p) => [p.row, p.rule])).toEqual([[4, 'women_men_exceed_participants']]);
    const column = (judged.list[0]?.columnIndex ?? 0) - 1;
    expect(judged.notes[0]?.[column]).toContain(MARK);
    // Nothing written by the check itself: the marks go in the closing batch.
    expect(s.counter.cells.written).toBe(0);
  });

  test('a check that fails leaves the row in, saying why, with no marks', () => {
    const { submission, reading, to, keys, below } = prepare({ Participants: '5' });
    const written = writeRows(submission, reading, to, keys, below, { written: false });
    if ('pending' in written) throw new Error(written.pending.status);
    const failing = Object.create(written.range, {
      getValues: {
        value: () => {
          throw new Error('Service Spreadsheets timed out');
        },
      },
    });
    const judged = judgeWritten(reading, to, keys, below, { ...written, range: failing }, 'en');
    expect(judged.problems).toBe(
      text('notValidated', 'en', { message: 'Service Spreadsheets timed out' }),
    );
    expect(judged.list).toEqual([]);
    expect(judged.notes).toEqual(below.notes);
  });
});
