/** A few columns of a sheet, found by the schema's labels, read in as few blocks as they form. */
import { readColumns, readColumnsInto, readHead, readWholeSheet } from '../../src/gas/read-columns';
import { putRows, useFakeGlobals } from './fake-globals';

const fakes = useFakeGlobals({ spreadsheet: { sheets: ['Events'] } });

/** Events with its columns in the user's order, under labels of two languages. */
function events() {
  const s = fakes();
  putRows(s.spreadsheet.sheet('Events'), 1, [
    ['Event ID', 'ID комитета', 'Notes', 'Date', 'Type'],
    ['EV-1', 'KANT', 'x', 'd1', 'training'],
    ['EV-2', 'TOKM', '', 'd2', 'meeting'],
    ['', '', 'typed by hand', '', ''],
  ]);
  const sheet = s.real.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Events');
  if (!sheet) throw new Error('no Events');
  s.counter.reset();
  return sheet;
}

test('the whole sheet in one read; columns found by label in any language', () => {
  const sheet = events();
  const read = readWholeSheet(sheet, 'events');
  expect(fakes().counter.count('Range.getValues')).toBe(1);
  expect([read.lastRow, read.lastColumn]).toEqual([4, 5]);
  expect(read.indexOf('committeeId')).toBe(1);
  expect(read.column('committeeId')).toEqual(['KANT', 'TOKM', '']);
  expect(read.indexOf('topic')).toBe(-1);
  expect(read.column('topic')).toEqual([]);
});

test('the head: the header and the size, no cell below it', () => {
  const sheet = events();
  const read = readHead(sheet, 'events');
  expect(read.header).toEqual(['Event ID', 'ID комитета', 'Notes', 'Date', 'Type']);
  expect(read.values).toEqual([read.header, [], [], []]);
  expect(fakes().counter.cells.read).toBe(5);
});

test('adjacent columns: one read; apart: one read each; unknown ones: none', () => {
  const sheet = events();
  const s = fakes();
  const read = readColumns(sheet, 'events', ['eventId', 'committeeId', 'type', 'topic']);
  // The header, then A:B and E.
  expect(s.counter.count('Sheet.getSheetValues')).toBe(3);
  expect(read.values).toEqual([
    ['Event ID', 'ID комитета', 'Notes', 'Date', 'Type'],
    ['EV-1', 'KANT', undefined, undefined, 'training'],
    ['EV-2', 'TOKM', undefined, undefined, 'meeting'],
    ['', '', undefined, undefined, ''],
  ]);
  expect(read.column('date')).toEqual(['', '', '']);
  expect(s.counter.cells.read).toBe(5 + 3 * 2 + 3);
});

test('a window of rows: one read of the block from its first to its last column', () => {
  const sheet = events();
  const s = fakes();
  const read = readHead(sheet, 'events');
  readColumnsInto(sheet, read, ['eventId', 'type'], { first: 3, last: 9 });
  expect(s.counter.count('Sheet.getSheetValues')).toBe(2);
  expect(read.column('eventId')).toEqual(['', 'EV-2', '']);
  expect(read.column('type')).toEqual(['', 'meeting', '']);
  expect(s.counter.cells.read).toBe(5 + 2 * 5);
});

test('"all" is the whole sheet; an empty sheet reads as its header only', () => {
  const sheet = events();
  expect(readColumns(sheet, 'events', 'all').values.length).toBe(4);
  const s = fakes();
  const empty = s.real.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Empty');
  s.counter.reset();
  const read = readColumns(empty, 'events', ['eventId']);
  expect([read.header, read.lastRow, read.values]).toEqual([[], 1, [[]]]);
  expect(s.counter.count('Sheet.getSheetValues')).toBe(0);
});
