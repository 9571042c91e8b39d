/**
 * Marks on problem cells (a note and a colour): through the bundle, they never destroy what
 * the user set and are cleared once the problem is fixed; computeMarks itself, unit by unit.
 */
import type { Problem } from '../../src/core/validate/problem';
import { computeMarks, ERROR_BACKGROUND, MARK, WARNING_BACKGROUND } from '../../src/gas/marks';
import type { FakeSheet } from '../fakes';
import { type AddOn, ensureBuilt } from './load-bundle';
import { columnOf, validEvent, workbookWithEvents, writeRows } from './workbook-data';

beforeAll(() => ensureBuilt());

const USER_NOTE = 'Checked by Aigul on Monday';
const USER_GREEN = '#00ff00';

/** Sheet cells of the events table that EVENT_PROBLEMS marks. */
const PARTICIPANTS_ROW3 = [3, columnOf('events', 'participants')] as const;
const COMMITTEE_ROW5 = [5, columnOf('events', 'committeeId')] as const;
const COMMITTEE_ROW8 = [8, columnOf('events', 'committeeId')] as const;
const TOPIC_ROW4 = [4, columnOf('events', 'topic')] as const;

function cellAt(sheet: FakeSheet, [row, col]: readonly [number, number]) {
  return sheet.grid.cell(row, col);
}

function fixAll(addOn: AddOn): void {
  const events = addOn.s.spreadsheet.sheet('Events');
  for (const row of [3, 5, 8]) writeRows(events, row, [validEvent(row - 2)]);
}

describe('marks through Validate now', () => {
  let addOn: AddOn;
  let events: FakeSheet;
  beforeEach(() => {
    addOn = workbookWithEvents(10);
    events = addOn.s.spreadsheet.sheet('Events');
    // The user's own note and colour on a problem cell, a note alone on another, and both on a
    // cell with no problem.
    Object.assign(cellAt(events, PARTICIPANTS_ROW3), { note: USER_NOTE, background: USER_GREEN });
    Object.assign(cellAt(events, COMMITTEE_ROW5), { note: USER_NOTE });
    Object.assign(cellAt(events, TOPIC_ROW4), { note: USER_NOTE, background: USER_GREEN });
  });

  test("keep the user's own colour and note on a problem cell, adding Korgoo's part", () => {
    addOn.run('validateNow');
    const cell = cellAt(events, PARTICIPANTS_ROW3);
    expect(cell.background).toBe(USER_GREEN);
    expect(cell.note).toMatch(
      new RegExp(`^${USER_NOTE}\\n\\n${MARK}\\nSheet "Events", row 3, column "Participants": `),
    );
    const noted = cellAt(events, COMMITTEE_ROW5);
    expect(noted.background).toBe(ERROR_BACKGROUND);
    expect(noted.note.startsWith(`${USER_NOTE}\n\n${MARK}\n`)).toBe(true);
    const untouched = cellAt(events, TOPIC_ROW4);
    expect([untouched.note, untouched.background]).toEqual([USER_NOTE, USER_GREEN]);
  });

  test('after the fix, validating again gives the user back their note and colour', () => {
    addOn.run('validateNow');
    fixAll(addOn);
    addOn.run('validateNow');
    const own = cellAt(events, PARTICIPANTS_ROW3);
    expect([own.note, own.background]).toEqual([USER_NOTE, USER_GREEN]);
    const noted = cellAt(events, COMMITTEE_ROW5);
    expect([noted.note, noted.background]).toEqual([USER_NOTE, '#ffffff']);
    const warned = cellAt(events, COMMITTEE_ROW8);
    expect([warned.note, warned.background]).toEqual(['', '#ffffff']);
    const untouched = cellAt(events, TOPIC_ROW4);
    expect([untouched.note, untouched.background]).toEqual([USER_NOTE, USER_GREEN]);
  });

  test('a colour the user gives a marked cell stays after the mark goes', () => {
    addOn.run('validateNow');
    cellAt(events, COMMITTEE_ROW8).background = '#c9daf8';
    fixAll(addOn);
    addOn.run('validateNow');
    const cell = cellAt(events, COMMITTEE_ROW8);
    expect([cell.note, cell.background]).toEqual(['', '#c9daf8']);
  });

  test('a warning that becomes an error changes colour and message, old text gone', () => {
    addOn.run('validateNow');
    expect(cellAt(events, COMMITTEE_ROW8).background).toBe(WARNING_BACKGROUND);
    writeRows(events, 8, [validEvent(6, { committeeId: 'NOPE' })]);
    addOn.run('validateNow');
    const cell = cellAt(events, COMMITTEE_ROW8);
    expect(cell.background).toBe(ERROR_BACKGROUND);
    expect(cell.note).toContain('"NOPE"');
    expect(cell.note).not.toContain('SUSP');
    expect(cell.note.split(MARK)).toHaveLength(2);
  });

  test('touch nothing but notes and backgrounds: values, formats, rules, fonts stay', () => {
    const rest = (): unknown[] => {
      const cells: unknown[] = [];
      events.grid.forEachCell((c, row, col) => {
        const kept = [c.value, c.formula, c.numberFormat, c.validation, c.fontWeight, c.fontColor];
        const plain = c.value === '' && c.numberFormat === 'General' && c.validation === null;
        if (!plain || c.fontWeight !== 'normal') cells.push([row, col, ...kept]);
      });
      // Sorted by their text, each cell's text made once (not at every comparison).
      const collator = new Intl.Collator();
      return cells
        .map((cell) => ({ cell, text: String(cell) }))
        .sort((a, b) => collator.compare(a.text, b.text))
        .map(({ cell }) => cell);
    };
    const before = rest();
    expect(before.length).toBeGreaterThan(1000);
    addOn.run('validateNow');
    expect(rest()).toEqual(before);
    fixAll(addOn);
    const fixed = rest();
    addOn.run('validateNow');
    expect(rest()).toEqual(fixed);
  });
});

describe('computeMarks', () => {
  const problem = (over: Partial<Problem>): Problem => ({
    sheet: 'events',
    sheetName: 'Events',
    row: 2,
    column: 'participants',
    columnIndex: 2,
    severity: 'error',
    rule: 'type_int',
    value: 'many',
    ...over,
  });
  const blank = (rows: number, cols: number) =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, () => ''));
  const white = (rows: number, cols: number) =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, () => '#ffffff'));

  test('an error and a warning on one cell: both messages, the error colour', () => {
    const marks = computeMarks(
      blank(1, 3),
      white(1, 3),
      2,
      [
        problem({ severity: 'warning', rule: 'person_name', params: { found: 'Asel' } }),
        problem({}),
      ],
      'en',
    );
    expect(marks.backgrounds).toEqual([['#ffffff', ERROR_BACKGROUND, '#ffffff']]);
    const note = marks.notes[0]?.[1] ?? '';
    expect(note.startsWith(`${MARK}\n`)).toBe(true);
    expect(note.split('\n')).toHaveLength(3);
    expect(note).toContain('"Asel"');
    expect(note).toContain('"many"');
  });

  test('places a problem by its sheet row relative to the first row of the block', () => {
    const marks = computeMarks(
      blank(3, 2),
      white(3, 2),
      10,
      [problem({ row: 12, columnIndex: 1 })],
      'en',
    );
    expect(marks.backgrounds).toEqual([
      ['#ffffff', '#ffffff'],
      ['#ffffff', '#ffffff'],
      [ERROR_BACKGROUND, '#ffffff'],
    ]);
  });

  test('a problem of the whole row is shown on its first cell', () => {
    const marks = computeMarks(
      blank(1, 2),
      white(1, 2),
      2,
      [problem({ column: null, columnIndex: null })],
      'en',
    );
    expect(marks.backgrounds).toEqual([[ERROR_BACKGROUND, '#ffffff']]);
  });

  test('returns new arrays and leaves its inputs alone', () => {
    const notes = [['old']];
    const backgrounds = [['#ffffff']];
    const marks = computeMarks(notes, backgrounds, 2, [problem({ columnIndex: 1 })], 'en');
    expect(notes).toEqual([['old']]);
    expect(backgrounds).toEqual([['#ffffff']]);
    expect(marks.notes[0]?.[0]).toMatch(new RegExp(`^old\\n\\n${MARK}\\n`));
  });

  test('clears a stale mark of ours, keeping the text the user wrote above it', () => {
    const marks = computeMarks(
      [[`mine\n\n${MARK}\nold message`, `${MARK}\nold`]],
      [[WARNING_BACKGROUND, ERROR_BACKGROUND]],
      2,
      [],
      'en',
    );
    expect(marks).toEqual({ notes: [['mine', '']], backgrounds: [['#ffffff', '#ffffff']] });
  });
});
