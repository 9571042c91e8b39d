/**
 * Validate now through the bundle: a constant number of Sheets calls whatever the number of
 * rows, the Problems sheet written in one call, every problem cell marked, a Log row.
 */
import type { Lang } from '../../src/core/i18n/lang';
import { DATA_SHEETS, SHEETS } from '../../src/core/schema/sheets';
import type { CallCounter } from '../fakes';
import { type AddOn, ensureBuilt, loadAddOn } from './load-bundle';
import {
  columnOf,
  committeeRows,
  dataRows,
  EVENT_PROBLEMS,
  eventRows,
  expectSameState,
  headerOf,
  type Row,
  snapshot,
  validEvent,
  workbookWithEvents,
  writeRows,
} from './workbook-data';

beforeAll(() => ensureBuilt());

const ERROR_BACKGROUND = '#f4cccc';
const WARNING_BACKGROUND = '#fff2cc';
const MARK = '— Korgoo —';

/** The counts of every Spreadsheet, Sheet, Range and Sheets API method: the round trips. */
function sheetsCallsByMethod(counter: CallCounter): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counter.snapshot()).filter(([name]) =>
      /^(Spreadsheet|Sheet|Range|RangeList|Sheets)\./.test(name),
    ),
  );
}

/**
 * The cells the values read moves: each data sheet read with one getSheetValues() of its
 * grid's rows (the layout gives no last row) and its header's width.
 */
function valueCells(addOn: AddOn): number {
  let cells = 0;
  for (const key of DATA_SHEETS) {
    const sheet = addOn.s.spreadsheet
      .sheetList()
      .find((s) => s.getNameUncounted() === SHEETS[key].labels.en);
    if (sheet) cells += sheet.grid.maxRows * headerOf(sheet).length;
  }
  return cells;
}

function problemsOf(addOn: AddOn, lang: Lang = 'en'): Row[] {
  return dataRows(addOn.s.spreadsheet.sheet(SHEETS.problems.labels[lang]));
}

/**
 * A workbook of `rows` event rows validated `runs` times, the counter holding the last run's
 * calls. Made once per suite on first use and then only read: several tests look at the same
 * 10,000-row run, and each such workbook takes a large share of the suite's time to make.
 */
const validated = (() => {
  const made = new Map<string, AddOn>();
  return (rows: number, runs: 1 | 2): AddOn => {
    const key = `${rows}x${runs}`;
    let addOn = made.get(key);
    if (!addOn) {
      addOn = workbookWithEvents(rows);
      addOn.run('validateNow');
      if (runs === 2) {
        addOn.s.counter.reset();
        addOn.run('validateNow');
      }
      made.set(key, addOn);
    }
    return addOn;
  };
})();

describe('Validate now makes the same Sheets calls for 10 and for 10,000 rows', () => {
  let small: AddOn;
  let large: AddOn;
  beforeAll(() => {
    small = validated(10, 1);
    large = validated(10_000, 1);
  });

  test('both workbooks hold problems, the large one more', () => {
    expect(problemsOf(small)).toHaveLength(EVENT_PROBLEMS.length);
    expect(problemsOf(large)).toHaveLength(EVENT_PROBLEMS.length + Math.floor(10_001 / 997));
  });

  test('the number of Sheets calls is exactly equal, method by method', () => {
    expect(large.s.counter.sheetsCalls()).toBe(small.s.counter.sheetsCalls());
    expect(sheetsCallsByMethod(large.s.counter)).toEqual(sheetsCallsByMethod(small.s.counter));
  });

  test('one getSheetValues() per data sheet, one setValues() for Problems, the layout and every mark through the Sheets API', () => {
    const counter = large.s.counter;
    // The layout (titles, ids, sizes, zone) in one read; the header rows in one more; the
    // notes of the marked cells, their colours, and every mark written: one request each.
    expect(counter.count('Sheets.Spreadsheets.get')).toBe(1);
    expect(counter.count('Sheets.Spreadsheets.getByDataFilter')).toBe(3);
    expect(counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
    expect(counter.count('Spreadsheet.getSheets')).toBe(1);
    expect(counter.count('Sheet.getSheetValues')).toBe(DATA_SHEETS.length);
    expect(counter.count('Range.setValues')).toBe(1);
    // No sheet asked its name, no data range, no note or colour through SpreadsheetApp.
    for (const none of [
      'Sheet.getName',
      'Sheet.getDataRange',
      'Range.getValues',
      'Spreadsheet.getSpreadsheetTimeZone',
      'Range.getNotes',
      'Range.getBackgrounds',
      'Range.setNotes',
      'Range.setBackgrounds',
      'RangeList.setBackground',
    ]) {
      expect([none, counter.count(none)]).toEqual([none, 0]);
    }
    expect(counter.sheetsCalls()).toBeLessThanOrEqual(20);
  });

  test('validating again, nothing changed: the layout, the values and the marked columns’ notes, in 16 calls', () => {
    const [smallAgain, largeAgain] = [validated(10, 2), validated(10_000, 2)];
    expect(sheetsCallsByMethod(largeAgain.s.counter)).toEqual(
      sheetsCallsByMethod(smallAgain.s.counter),
    );
    expect(largeAgain.s.counter.count('Sheets.Spreadsheets.getByDataFilter')).toBe(2);
    expect(largeAgain.s.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(0);
    expect(largeAgain.s.counter.sheetsCalls()).toBe(16);
  });
});

describe('Validate now moves few cells: marks only in the columns Korgoo marks', () => {
  const EVENTS_WIDTH = SHEETS.events.columns.length;

  test('the first run reads the values, then only the marked columns: far less than every note and colour', () => {
    const addOn = validated(10_000, 1);
    const { read, written } = addOn.s.counter.cells;
    const values = valueCells(addOn);
    expect(values).toBeGreaterThanOrEqual(10_001 * EVENTS_WIDTH);
    // Values once, plus notes and colours of the two marked columns (not of all the columns).
    expect(read).toBeGreaterThanOrEqual(values);
    expect(read).toBeLessThan(values + 4 * 10_000 + 1_000);
    // The marked columns' notes and a few colours, the Problems lines, the Log row.
    expect(written).toBeLessThan(2 * 10_000 + 1_000);
  });

  test('validating again, nothing changed: only the values and the marked columns’ notes are read, nothing but the Log is written', () => {
    const addOn = validated(10_000, 2);
    const counter = addOn.s.counter;
    expect(counter.count('Range.getBackgrounds')).toBe(0);
    expect(counter.count('Range.setNotes')).toBe(0);
    expect(counter.count('Range.setValues')).toBe(0);
    expect(counter.cells.read).toBeLessThan(valueCells(addOn) + 2 * 10_000 + 1_000);
    // The Log's one row (who, what, when, outcome).
    expect(counter.cells.written).toBe(4);
  });

  test('a note and a colour of the user in a column Korgoo never marked are not even read', () => {
    const addOn = workbookWithEvents(10);
    const events = addOn.s.spreadsheet.sheet('Events');
    const topic = columnOf('events', 'topic');
    Object.assign(events.grid.cell(4, topic), { note: 'mine', background: '#00ff00' });
    addOn.run('validateNow');
    addOn.run('validateNow');
    expect([events.grid.peek(4, topic).note, events.grid.peek(4, topic).background]).toEqual([
      'mine',
      '#00ff00',
    ]);
  });

  test('a mark the edit check placed in another column is cleared by the next Validate now once fixed', () => {
    const addOn = workbookWithEvents(10);
    addOn.run('validateNow');
    const events = addOn.s.spreadsheet.sheet('Events');
    const topic = columnOf('events', 'topic');
    writeRows(events, 4, [validEvent(2, { topic: 'Call 0555 123 456 after the meeting' })]);
    addOn.run('onEdit', {
      authMode: 'LIMITED',
      range: events.rangeAt(4, topic, 1, 1),
      source: addOn.s.spreadsheet,
      user: { getEmail: () => 'user@example.com' },
    });
    expect(events.grid.peek(4, topic).note).toContain(MARK);
    writeRows(events, 4, [validEvent(2)]);
    addOn.run('validateNow');
    expect([events.grid.peek(4, topic).note, events.grid.peek(4, topic).background]).toEqual([
      '',
      '#ffffff',
    ]);
  });

  test('a workbook an earlier version validated (no record): its marks in any column are cleared once', () => {
    const addOn = workbookWithEvents(10);
    const events = addOn.s.spreadsheet.sheet('Events');
    const topic = columnOf('events', 'topic');
    // As the earlier version left it: a mark on a topic since fixed, and its row count only.
    Object.assign(events.grid.cell(6, topic), {
      note: `${MARK}\nSheet "Events", row 6: an old problem`,
      background: ERROR_BACKGROUND,
    });
    const properties = addOn.s.PropertiesService.document;
    properties.store.delete('korgoo.marks');
    properties.store.set('korgoo.markedRows', JSON.stringify({ events: 10 }));
    addOn.run('validateNow');
    expect([events.grid.peek(6, topic).note, events.grid.peek(6, topic).background]).toEqual([
      '',
      '#ffffff',
    ]);
    expect(properties.store.has('korgoo.markedRows')).toBe(false);
    // From then on, the record: the next run reads only the marked columns.
    addOn.s.counter.reset();
    addOn.run('validateNow');
    expect(addOn.s.counter.cells.read).toBeLessThan(valueCells(addOn) + 3 * 10 + 200);
  });

  test('a Problems sheet changed by hand (a line deleted) is written whole again', () => {
    const addOn = workbookWithEvents(10);
    addOn.run('validateNow');
    const problems = addOn.s.spreadsheet.sheet('Problems');
    const before = dataRows(problems);
    // The second line deleted: the third moves up, the sheet has one line less.
    writeRows(problems, 3, [before[2] ?? []]);
    writeRows(problems, 4, [before[2]?.map(() => '') ?? []]);
    expect(dataRows(problems)).toHaveLength(2);
    addOn.run('validateNow');
    expect(dataRows(problems)).toEqual(before);
  });

  test('a fixed problem in the middle: its line goes, the lines after it move up', () => {
    const addOn = workbookWithEvents(10);
    addOn.run('validateNow');
    const events = addOn.s.spreadsheet.sheet('Events');
    writeRows(events, 5, [validEvent(3)]);
    addOn.run('validateNow');
    expect(problemsOf(addOn).map((row) => [row[1], row[4]])).toEqual([
      [3, 'type_int'],
      [8, 'committee_not_active'],
    ]);
  });
});

describe('Validate now', () => {
  test('lists the problems: sheet, row, column label, severity, rule, message, value', () => {
    const addOn = workbookWithEvents(10);
    addOn.run('validateNow');
    const sheet = addOn.s.spreadsheet.sheet('Problems');
    expect(sheet.rangeAt(1, 1, 1, 7).readValuesUncounted()).toEqual([
      ['Sheet', 'Row', 'Column', 'Severity', 'Rule', 'Message', 'Value'],
    ]);
    const rows = problemsOf(addOn);
    expect(rows.map((row) => [row[0], row[1], row[2], row[3], row[4], row[6]])).toEqual([
      ['Events', 3, 'Participants', 'Error', 'type_int', 'many'],
      ['Events', 5, 'Committee ID', 'Error', 'unknown_committee', 'ZZZ'],
      ['Events', 8, 'Committee ID', 'Warning', 'committee_not_active', 'SUSP'],
    ]);
    rows.forEach((row) => {
      expect(row[5]).toMatch(new RegExp(`^Sheet "Events", row ${row[1]}, column "${row[2]}": `));
    });
    expect(rows[0]?.[5]).toContain('"many"');
    expect(rows[1]?.[5]).toContain('"ZZZ"');
  });

  test('labels columns and severities in the workbook language (Kyrgyz)', () => {
    const addOn = workbookWithEvents(10, 'ky');
    addOn.run('validateNow');
    const rows = problemsOf(addOn, 'ky');
    expect(rows.map((row) => [row[0], row[1], row[2], row[3], row[4]])).toEqual([
      ['Иш-чаралар', 3, 'Катышуучулар', 'Ката', 'type_int'],
      ['Иш-чаралар', 5, 'Комитеттин ID', 'Ката', 'unknown_committee'],
      ['Иш-чаралар', 8, 'Комитеттин ID', 'Эскертүү', 'committee_not_active'],
    ]);
  });

  test('a phone number in a topic is masked in the message, the Value and the cell note', () => {
    const addOn = workbookWithEvents(10);
    const events = addOn.s.spreadsheet.sheet('Events');
    writeRows(events, 4, [validEvent(2, { topic: 'Call 0555 123 456 after the meeting' })]);
    addOn.run('validateNow');
    const row = problemsOf(addOn).find((r) => r[4] === 'phone_number');
    expect(row?.[6]).toBe('Call 0555 *** 456 after the meeting');
    expect(row?.[5]).toContain('"0555 *** 456"');
    const note = events.grid.peek(4, columnOf('events', 'topic')).note;
    expect(note).toContain('0555 *** 456');
    for (const shown of [row?.[5], row?.[6], note]) expect(String(shown)).not.toContain('123');
  });

  test('gives each problem cell a note with its message and a colour, and no other cell', () => {
    const addOn = workbookWithEvents(10);
    addOn.run('validateNow');
    const events = addOn.s.spreadsheet.sheet('Events');
    const messages = new Map(problemsOf(addOn).map((row) => [`${row[1]}:${row[2]}`, row[5]]));
    const width = SHEETS.events.columns.length;
    for (let row = 2; row <= 11; row++) {
      for (let col = 1; col <= width; col++) {
        const cell = events.grid.peek(row, col);
        const problem = EVENT_PROBLEMS.find(
          (p) => p.row === row && columnOf('events', p.column) === col,
        );
        if (problem) {
          const label = SHEETS.events.columns[col - 1]?.labels.en;
          expect(cell.note).toBe(`${MARK}\n${messages.get(`${row}:${label}`)}`);
          expect(cell.background).toBe(
            problem.severity === 'error' ? ERROR_BACKGROUND : WARNING_BACKGROUND,
          );
        } else {
          expect([row, col, cell.note, cell.background]).toEqual([row, col, '', '#ffffff']);
        }
      }
    }
  });

  test('marks the far rows of a large sheet too', () => {
    const addOn = validated(10_000, 1);
    const cell = addOn.s.spreadsheet
      .sheet('Events')
      .grid.peek(9970, columnOf('events', 'participants'));
    expect(cell.note).toMatch(/^— Korgoo —\nSheet "Events", row 9970, column "Participants": /);
    expect(cell.background).toBe(ERROR_BACKGROUND);
  });

  test('after the data is fixed, validating again clears the marks and the Problems lines', () => {
    const addOn = workbookWithEvents(10);
    addOn.run('validateNow');
    const events = addOn.s.spreadsheet.sheet('Events');
    for (const problem of EVENT_PROBLEMS)
      writeRows(events, problem.row, [validEvent(problem.row - 2)]);
    addOn.run('validateNow');
    expect(problemsOf(addOn)).toEqual([]);
    for (const problem of EVENT_PROBLEMS) {
      const cell = events.grid.peek(problem.row, columnOf('events', problem.column));
      expect([cell.note, cell.background]).toEqual(['', '#ffffff']);
    }
    expect(addOn.s.ui.dialogs.at(-1)?.prompt).toBe(
      'Validation finished: 0 errors, 0 warnings. Details on the "Problems" sheet.',
    );
  });

  test('rows emptied at the end of a sheet lose their marks on the next run', () => {
    const addOn = workbookWithEvents(10);
    addOn.run('validateNow');
    const events = addOn.s.spreadsheet.sheet('Events');
    const width = SHEETS.events.columns.length;
    // Rows 8 to 11 cleared (not deleted): row 8 held a warning, and the data now ends at row 7.
    events.rangeAt(8, 1, 4, width).clearContent();
    addOn.run('validateNow');
    const cell = events.grid.peek(8, columnOf('events', 'committeeId'));
    expect([cell.note, cell.background]).toEqual(['', '#ffffff']);
    expect(problemsOf(addOn).some((row) => Number(row[1]) === 8)).toBe(false);
    // A third run has nothing left to clear beyond the data.
    addOn.run('validateNow');
    expect(events.grid.peek(8, columnOf('events', 'committeeId')).note).toBe('');
  });

  test('validating twice without a change leaves the workbook as validating once', () => {
    const once = workbookWithEvents(30);
    once.run('validateNow');
    const twice = workbookWithEvents(30);
    twice.run('validateNow');
    twice.run('validateNow');
    expectSameState(
      snapshot(twice.s.spreadsheet, { Log: 2 }),
      snapshot(once.s.spreadsheet, { Log: 2 }),
    );
  });

  test('writes a Log row and tells the user the counts', () => {
    const addOn = workbookWithEvents(10);
    addOn.run('validateNow');
    const log = dataRows(addOn.s.spreadsheet.sheet('Log'));
    expect(log).toHaveLength(2);
    const [who, what, when, outcome] = log[1] ?? [];
    expect([who, what, outcome]).toEqual([
      'user@example.com',
      'Validation',
      'Validation finished: 2 errors, 1 warnings. Details on the "Problems" sheet.',
    ]);
    expect(Object.prototype.toString.call(when)).toBe('[object Date]');
    expect(addOn.s.ui.dialogs.at(-1)?.prompt).toBe(outcome);
  });

  test('works on a workbook that was never set up, creating the Problems sheet', () => {
    const addOn = loadAddOn({ spreadsheet: { sheets: ['Committees', 'Events'] } });
    const header = (key: 'committees' | 'events') => SHEETS[key].columns.map((c) => c.labels.en);
    writeRows(addOn.s.spreadsheet.sheet('Committees'), 1, [
      header('committees'),
      ...committeeRows(),
    ]);
    writeRows(addOn.s.spreadsheet.sheet('Events'), 1, [header('events'), ...eventRows(10)]);
    addOn.run('validateNow');
    const problems = addOn.s.spreadsheet.sheet('Проблемы');
    expect(dataRows(problems).map((row) => [row[1], row[4]])).toEqual(
      EVENT_PROBLEMS.map((p) => [p.row, p.rule]),
    );
    expect(addOn.s.spreadsheet.sheet('Журнал').grid.lastRow()).toBe(2);
  });

  test('when another execution holds the document, nothing is written and the user is told', () => {
    const addOn = workbookWithEvents(10);
    const before = snapshot(addOn.s.spreadsheet);
    addOn.s.LockService.holdFromAnotherExecution('document');
    addOn.s.counter.reset();
    addOn.run('validateNow');
    expect(addOn.s.counter.sheetsCalls()).toBe(0);
    expectSameState(snapshot(addOn.s.spreadsheet), before);
    expect(addOn.s.ui.dialogs.at(-1)?.prompt).toBe(
      'Korgoo is busy with another action in this workbook. Try again in a minute.',
    );
  });

  test('a clean workbook has no problem and no mark', () => {
    const addOn = workbookWithEvents(0);
    writeRows(
      addOn.s.spreadsheet.sheet('Events'),
      2,
      Array.from({ length: 12 }, (_, i) => validEvent(i)),
    );
    addOn.run('validateNow');
    expect(problemsOf(addOn)).toEqual([]);
    let marked = 0;
    addOn.s.spreadsheet.sheet('Events').grid.forEachCell((cell) => {
      if (cell.note !== '' || cell.background !== '#ffffff') marked++;
    });
    expect(marked).toBe(0);
  });
});

describe('Validate now through the Sheets API', () => {
  test('a run that fixes problems (marks cleared, a shorter Problems list) makes the same calls for 10 and 10,000 rows, at most 20', () => {
    const runs = [10, 10_000].map((rows) => {
      const addOn = workbookWithEvents(rows);
      addOn.run('validateNow');
      const events = addOn.s.spreadsheet.sheet('Events');
      for (const row of [3, 5]) writeRows(events, row, [validEvent(row - 2)]);
      addOn.s.counter.reset();
      addOn.run('validateNow');
      for (const row of [3, 5]) {
        const problem = EVENT_PROBLEMS.find((p) => p.row === row);
        const cell = events.grid.peek(row, columnOf('events', problem?.column ?? ''));
        expect([cell.note, cell.background]).toEqual(['', '#ffffff']);
      }
      return addOn;
    });
    const [small, large] = runs as [AddOn, AddOn];
    expect(problemsOf(small).map((row) => row[1])).toEqual([8]);
    expect(sheetsCallsByMethod(large.s.counter)).toEqual(sheetsCallsByMethod(small.s.counter));
    expect(large.s.counter.sheetsCalls()).toBeLessThanOrEqual(20);
    expect(large.s.counter.count('Range.clearContent')).toBe(0);
  });

  test("a user's note and colour on a cell Korgoo never marked, in a column it marks, are never written", () => {
    const addOn = workbookWithEvents(10);
    const events = addOn.s.spreadsheet.sheet('Events');
    const participants = columnOf('events', 'participants');
    Object.assign(events.grid.cell(4, participants), { note: 'mine', background: '#00ff00' });
    const written: string[] = [];
    const api = addOn.s.Sheets.Spreadsheets;
    const batchUpdate = api.batchUpdate.bind(api);
    api.batchUpdate = (resource, id) => {
      for (const request of resource.requests ?? []) {
        const { start, rows = [] } = request.updateCells ?? {};
        for (let r = 0; r < rows.length; r++)
          written.push(`${(start?.rowIndex ?? 0) + r + 1}:${(start?.columnIndex ?? 0) + 1}`);
      }
      return batchUpdate(resource, id);
    };
    addOn.run('validateNow');
    writeRows(events, 3, [validEvent(1)]);
    addOn.run('validateNow');
    // Row 3's mark placed, then cleared; row 4 (the user's) never in a request.
    // Column by column (Committee ID, then Participants), top to bottom.
    expect(written).toEqual(['5:2', '8:2', `3:${participants}`, `3:${participants}`]);
    expect([
      events.grid.peek(4, participants).note,
      events.grid.peek(4, participants).background,
    ]).toEqual(['mine', '#00ff00']);
  });

  test('a workbook in Kyrgyz: its sheets are found by their Kyrgyz names, its marks placed by sheet id', () => {
    const addOn = workbookWithEvents(10, 'ky');
    addOn.run('validateNow');
    const events = addOn.s.spreadsheet.sheet(SHEETS.events.labels.ky);
    const cell = events.grid.peek(3, columnOf('events', 'participants'));
    expect(cell.note.startsWith(`${MARK}\n`)).toBe(true);
    expect(cell.background).toBe(ERROR_BACKGROUND);
    expect(addOn.s.counter.sheetsCalls()).toBeLessThanOrEqual(20);
    expect(addOn.s.counter.count('Sheet.getName')).toBe(0);
  });

  test('with the service in the manifest but the API off in the Cloud project, the same problems and marks through SpreadsheetApp', () => {
    const withApi = workbookWithEvents(30);
    withApi.run('validateNow');
    const apiOff = workbookWithEvents(30);
    apiOff.s.Sheets.Spreadsheets.projectEnabled = false;
    apiOff.run('validateNow');
    // The first read failed before anything was written; SpreadsheetApp did the rest.
    expect(apiOff.s.counter.count('Sheets.Spreadsheets.get')).toBe(1);
    expect(apiOff.s.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(0);
    expectSameState(
      snapshot(apiOff.s.spreadsheet, { Log: 2 }),
      snapshot(withApi.s.spreadsheet, { Log: 2 }),
    );
  });

  test('without the advanced service in the manifest, the same problems and marks through SpreadsheetApp', () => {
    const withApi = workbookWithEvents(30);
    withApi.run('validateNow');
    const without = loadAddOn({ sheetsApi: false });
    without.s.ui.answerPrompt('en');
    without.run('setUpWorkbook');
    writeRows(without.s.spreadsheet.sheet('Committees'), 2, committeeRows());
    writeRows(without.s.spreadsheet.sheet('Events'), 2, eventRows(30));
    without.run('validateNow');
    expect(without.s.counter.count('Sheets.Spreadsheets.get')).toBe(0);
    expectSameState(
      snapshot(without.s.spreadsheet, { Log: 2 }),
      snapshot(withApi.s.spreadsheet, { Log: 2 }),
    );
  });
});
