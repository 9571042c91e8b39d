/** The SheetWriter port on SpreadsheetApp: each write one getRange and one set call. */
import { gasSheetWriter } from '../../src/gas/sheet-writer';
import { rowsOf, useFakeGlobals } from './fake-globals';

const fakes = useFakeGlobals({ spreadsheet: { sheets: ['Events'] } });
const writer = () => {
  const sheet = fakes().real.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Events');
  if (!sheet) throw new Error('no Events');
  fakes().counter.reset();
  return gasSheetWriter((name) => {
    if (name !== 'Events') throw new Error(`asked for ${name}`);
    return sheet;
  });
};

test('appended rows: one range, one write; text the plan marked as text stays text', () => {
  const w = writer();
  const s = fakes();
  w.appendRows('Events', 3, [
    ['EV-1', 12, `'=HYPERLINK("x")`],
    ['EV-2', 7, 'ok'],
  ]);
  expect(s.counter.count('Sheet.getRange')).toBe(1);
  expect(s.counter.cells.written).toBe(6);
  const events = s.spreadsheet.sheet('Events');
  expect(rowsOf(events, 3)).toEqual([
    ['EV-1', 12, '=HYPERLINK("x")'],
    ['EV-2', 7, 'ok'],
  ]);
  events.grid.forEachCell((cell) => expect(cell.formula).toBe(''));
});

test('nothing to write: no call', () => {
  const w = writer();
  w.appendRows('Events', 2, []);
  w.appendRows('Events', 2, [[]]);
  w.replaceRange('Events', 2, 1, []);
  w.setMarks('Events', []);
  expect(fakes().counter.total()).toBe(0);
});

test('replaceRange writes the block at its place', () => {
  const w = writer();
  w.replaceRange('Events', 2, 3, [['a'], ['b']]);
  expect(rowsOf(fakes().spreadsheet.sheet('Events'), 2)).toEqual([
    ['', '', 'a'],
    ['', '', 'b'],
  ]);
});

test('marks on consecutive rows of a column: one setNotes (and one setBackgrounds) per run', () => {
  const w = writer();
  const s = fakes();
  w.setMarks('Events', [
    { row: 4, column: 2, note: 'n4', background: '#f4cccc' },
    { row: 3, column: 2, note: 'n3', background: '#f4cccc' },
    { row: 7, column: 2, note: 'n7', background: '#fff2cc' },
    { row: 3, column: 5, note: 'e3' },
  ]);
  expect(s.counter.count('Range.setNotes')).toBe(3);
  expect(s.counter.count('Range.setBackgrounds')).toBe(2);
  const events = s.spreadsheet.sheet('Events');
  expect(
    [3, 4, 7].map((r) => [events.grid.peek(r, 2).note, events.grid.peek(r, 2).background]),
  ).toEqual([
    ['n3', '#f4cccc'],
    ['n4', '#f4cccc'],
    ['n7', '#fff2cc'],
  ]);
  // A mark without a colour leaves the cell's colour as the user made it.
  expect(events.grid.peek(3, 5).note).toBe('e3');
  expect(events.grid.peek(3, 5).background).toBe('#ffffff');
});

test('the block last written is handed back without a call; another block is asked for', () => {
  const w = writer();
  const s = fakes();
  w.replaceRange('Events', 5, 4, [['✓']]);
  w.setMarks('Events', [{ row: 5, column: 4, note: '' }]);
  expect(s.counter.count('Sheet.getRange')).toBe(1);
  const range = w.range('Events', 5, 4, 1, 1);
  expect(s.counter.count('Sheet.getRange')).toBe(1);
  expect(range.getA1Notation()).toBe('D5');
  w.range('Events', 6, 4, 1, 1);
  expect(s.counter.count('Sheet.getRange')).toBe(2);
});
