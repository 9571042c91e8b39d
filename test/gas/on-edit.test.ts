/**
 * The onEdit simple trigger of the bundle: it re-validates only the edited rows, updates their
 * marks and their lines on the Problems sheet, in as many Sheets calls for 10 rows as for 10,000.
 */
import type { CallCounter, FakeSheet } from '../fakes';
import { type AddOn, ensureBuilt, loadAddOn } from './load-bundle';
import {
  columnOf,
  dataRows,
  expectSameState,
  type Row,
  snapshot,
  validEvent,
  workbookWithEvents,
  writeRows,
} from './workbook-data';

beforeAll(() => ensureBuilt());

const PARTICIPANTS = columnOf('events', 'participants');
const ERROR_BACKGROUND = '#f4cccc';

/** The event Apps Script passes to onEdit for a range the user changed. */
function editEvent(
  addOn: AddOn,
  sheet: FakeSheet,
  row: number,
  col: number,
  rows = 1,
  value?: unknown,
) {
  return {
    authMode: 'LIMITED',
    range: sheet.rangeAt(row, col, rows, 1),
    source: addOn.s.spreadsheet,
    value,
    user: { getEmail: () => 'user@example.com' },
  };
}

/** A validated workbook; the counter starts from zero. */
function validated(events: number): AddOn {
  const addOn = workbookWithEvents(events);
  addOn.run('validateNow');
  addOn.s.counter.reset();
  return addOn;
}

function eventsSheet(addOn: AddOn): FakeSheet {
  return addOn.s.spreadsheet.sheet('Events');
}

/** Problems lines as [row, rule, value]. */
function problemLines(addOn: AddOn): Row[] {
  return dataRows(addOn.s.spreadsheet.sheet('Problems')).map(
    (row) => [row[1], row[4], row[6]] as Row,
  );
}

function sheetsCallsByMethod(counter: CallCounter): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counter.snapshot()).filter(([name]) =>
      /^(Spreadsheet|Sheet|Range)\./.test(name),
    ),
  );
}

function writes(counter: CallCounter): number {
  return Object.entries(counter.snapshot())
    .filter(([name]) =>
      /^(Range\.(set|clear)|Sheet\.(appendRow|insert|set|clear|delete)|Spreadsheet\.insert)/.test(
        name,
      ),
    )
    .reduce((sum, [, n]) => sum + n, 0);
}

describe('onEdit on 10 and on 10,000 rows', () => {
  let small: AddOn;
  let large: AddOn;
  beforeAll(() => {
    small = validated(10);
    large = validated(10_000);
    for (const addOn of [small, large]) {
      // The user corrects the participants of row 3 ("many" → 10).
      writeRows(eventsSheet(addOn), 3, [validEvent(1)]);
      addOn.run('onEdit', editEvent(addOn, eventsSheet(addOn), 3, PARTICIPANTS, 1, 10));
    }
  });

  test('makes exactly the same Sheets calls, method by method', () => {
    expect(large.s.counter.sheetsCalls()).toBe(small.s.counter.sheetsCalls());
    expect(sheetsCallsByMethod(large.s.counter)).toEqual(sheetsCallsByMethod(small.s.counter));
    // Marks are read and written once, for the edited block only.
    expect(large.s.counter.count('Range.getNotes')).toBe(1);
    expect(large.s.counter.count('Range.setNotes')).toBe(1);
  });

  test.each([
    ['10', () => small],
    ['10,000', () => large],
  ])(
    'on %s rows clears the mark and the Problems line of the fixed row, keeping the others',
    (_, get) => {
      const addOn = get();
      const cell = eventsSheet(addOn).grid.peek(3, PARTICIPANTS);
      expect([cell.note, cell.background]).toEqual(['', '#ffffff']);
      const lines = problemLines(addOn);
      expect(lines.map((line) => line[0])).not.toContain(3);
      expect(lines.slice(0, 2)).toEqual([
        [5, 'unknown_committee', 'ZZZ'],
        [8, 'committee_not_active', 'SUSP'],
      ]);
      // Rows the edit did not touch keep their marks.
      expect(eventsSheet(addOn).grid.peek(5, columnOf('events', 'committeeId')).background).toBe(
        ERROR_BACKGROUND,
      );
    },
  );
});

describe('onEdit', () => {
  test('marks a row the edit broke and adds its line to Problems', () => {
    const addOn = validated(10);
    const events = eventsSheet(addOn);
    writeRows(events, 6, [validEvent(4, { participants: 'lots' })]);
    addOn.run('onEdit', editEvent(addOn, events, 6, PARTICIPANTS, 1, 'lots'));
    const cell = events.grid.peek(6, PARTICIPANTS);
    expect(cell.note).toMatch(/^— Korgoo —\nSheet "Events", row 6, column "Participants": "lots"/);
    expect(cell.background).toBe(ERROR_BACKGROUND);
    expect(problemLines(addOn)).toEqual([
      [3, 'type_int', 'many'],
      [5, 'unknown_committee', 'ZZZ'],
      [8, 'committee_not_active', 'SUSP'],
      [6, 'type_int', 'lots'],
    ]);
  });

  test('re-validates only the edited rows: a row changed without an edit event is left alone', () => {
    const addOn = validated(10);
    const events = eventsSheet(addOn);
    writeRows(events, 7, [validEvent(5, { participants: 'unseen' })]);
    writeRows(events, 6, [validEvent(4, { participants: 'lots' })]);
    addOn.run('onEdit', editEvent(addOn, events, 6, PARTICIPANTS));
    expect(events.grid.peek(7, PARTICIPANTS).note).toBe('');
    expect(problemLines(addOn).map((line) => line[2])).not.toContain('unseen');
    expect(problemLines(addOn).map((line) => line[2])).toContain('lots');
  });

  test('an edit of a row that repeats another keeps its warning and its mark', () => {
    const addOn = workbookWithEvents(10);
    const events = eventsSheet(addOn);
    writeRows(events, 10, [validEvent(0)]); // the same committee, date and type as row 2
    addOn.run('validateNow');
    const date = columnOf('events', 'date');
    expect(problemLines(addOn)).toContainEqual([10, 'duplicate_event', expect.any(String)]);
    // The user fixes a typo in the topic: the row still repeats row 2.
    writeRows(events, 10, [validEvent(0, { topic: 'Prevention of early marriage (2)' })]);
    addOn.run('onEdit', editEvent(addOn, events, 10, columnOf('events', 'topic')));
    expect(problemLines(addOn)).toContainEqual([10, 'duplicate_event', expect.any(String)]);
    expect(events.grid.peek(10, date).background).toBe('#fff2cc');
    expect(events.grid.peek(10, date).note).toContain('row 2');
    // Made different, the row loses the warning at once.
    writeRows(events, 10, [validEvent(0, { type: 'Consultation' })]);
    addOn.run('onEdit', editEvent(addOn, events, 10, columnOf('events', 'type')));
    expect(problemLines(addOn).map((line) => line[0])).not.toContain(10);
    expect(events.grid.peek(10, date).background).toBe('#ffffff');
  });

  test('a paste over several rows re-validates each of them', () => {
    const addOn = validated(10);
    const events = eventsSheet(addOn);
    writeRows(events, 3, [
      validEvent(1),
      validEvent(2, { participants: 'x' }),
      validEvent(3, { committeeId: 'ZZZ' }),
      validEvent(4),
    ]);
    addOn.run('onEdit', editEvent(addOn, events, 3, 1, 4));
    expect(problemLines(addOn)).toEqual([
      [8, 'committee_not_active', 'SUSP'],
      [4, 'type_int', 'x'],
      [5, 'unknown_committee', 'ZZZ'],
    ]);
    expect(events.grid.peek(3, PARTICIPANTS).background).toBe('#ffffff');
    expect(events.grid.peek(4, PARTICIPANTS).background).toBe(ERROR_BACKGROUND);
  });

  test('writes a Log row for a check that found or fixed something', () => {
    const addOn = validated(10);
    const events = eventsSheet(addOn);
    writeRows(events, 3, [validEvent(1)]);
    addOn.run('onEdit', editEvent(addOn, events, 3, PARTICIPANTS));
    const log = dataRows(addOn.s.spreadsheet.sheet('Log'));
    expect(log.at(-1)?.[1]).toBe('Check of edited rows');
    expect(log.at(-1)?.[3]).toBe('Sheet "Events", rows 3–3: 0 problems, 1 fixed.');
  });

  test('an edit that leaves a valid row valid writes no Log row', () => {
    const addOn = validated(10);
    const events = eventsSheet(addOn);
    const logRows = events.parent.sheet('Log').grid.lastRow();
    addOn.run('onEdit', editEvent(addOn, events, 9, PARTICIPANTS));
    expect(events.parent.sheet('Log').grid.lastRow()).toBe(logRows);
  });

  test.each([
    ['the header row', 'Events', 1],
    ['a row below the data', 'Events', 40],
    ['the Problems sheet', 'Problems', 2],
    ["a sheet of the user's own", 'Budget', 2],
  ])('an edit of %s changes nothing', (_, name, row) => {
    const addOn = validated(10);
    const { spreadsheet } = addOn.s;
    if (name === 'Budget') {
      const budget = spreadsheet.insertSheet('Budget');
      writeRows(budget, 1, [
        ['Item', 'Som'],
        ['Tea', 300],
      ]);
    }
    const before = snapshot(spreadsheet);
    addOn.s.counter.reset();
    addOn.run('onEdit', editEvent(addOn, spreadsheet.sheet(name), row, 2));
    expect(writes(addOn.s.counter)).toBe(0);
    expectSameState(snapshot(spreadsheet), before);
  });

  test('when another execution holds the document, the edit is left for the next Validate now', () => {
    const addOn = validated(10);
    const events = eventsSheet(addOn);
    writeRows(events, 3, [validEvent(1)]);
    addOn.s.LockService.holdFromAnotherExecution('document');
    const before = snapshot(addOn.s.spreadsheet);
    addOn.s.counter.reset();
    expect(() => addOn.run('onEdit', editEvent(addOn, events, 3, PARTICIPANTS))).not.toThrow();
    expect(writes(addOn.s.counter)).toBe(0);
    expectSameState(snapshot(addOn.s.spreadsheet), before);
    // It waited at most the 5 seconds it allows itself (a simple trigger has 30).
    expect(addOn.s.LockService.nowMs).toBeLessThanOrEqual(5_000);
  });

  test('on a workbook never validated, creates the Problems sheet for the edited rows', () => {
    const addOn = loadAddOn({ spreadsheet: { sheets: ['Events'] } });
    const events = addOn.s.spreadsheet.sheet('Events');
    writeRows(events, 1, [
      ['Event ID', 'Committee ID', 'Date', 'Type', 'Participants'],
      ['', 'KANT', new Date(Date.UTC(2012, 0, 1)), 'Training / seminar', 'ten'],
    ]);
    addOn.run('onEdit', editEvent(addOn, events, 2, 5));
    const problems = addOn.s.spreadsheet.sheet('Проблемы');
    expect(dataRows(problems).map((row) => [row[1], row[4], row[6]])).toContainEqual([
      2,
      'type_int',
      'ten',
    ]);
  });
});
