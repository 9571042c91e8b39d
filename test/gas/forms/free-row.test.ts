/** Where a response's row goes: after the last row with an entry, unticked checkboxes free. */
import { firstFreeRow } from '../../../src/gas/forms/free-row';
import { putRows, useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals({ spreadsheet: { sheets: ['Events'] } });

function events(rows: unknown[][]) {
  const s = fakes();
  putRows(s.spreadsheet.sheet('Events'), 1, [['Event ID', 'Date', 'Reviewed'], ...rows]);
  const sheet = s.real.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Events');
  if (!sheet) throw new Error('no Events');
  s.counter.reset();
  return { sheet, lastRow: sheet.getLastRow() };
}

test('the key column filled to the last row: the row below, nothing read', () => {
  const { sheet, lastRow } = events([
    ['EV-1', 'd', false],
    ['EV-2', 'd', true],
  ]);
  expect(firstFreeRow(sheet, lastRow, 3, ['EV-1', 'EV-2'])).toBe(4);
  expect(fakes().counter.count('Sheet.getSheetValues')).toBe(0);
});

test('rows holding only unticked checkboxes are free: the response lands on the first', () => {
  const { sheet, lastRow } = events([
    ['EV-1', 'd', false],
    ['', '', false],
    ['', '', false],
  ]);
  expect(lastRow).toBe(4);
  expect(firstFreeRow(sheet, lastRow, 3, ['EV-1', '', ''])).toBe(3);
  // Only the rows below the last key are read.
  expect(fakes().counter.cells.read).toBe(2 * 3);
});

test('a row typed by hand without a key is an entry: the response goes below it', () => {
  const { sheet, lastRow } = events([
    ['EV-1', 'd', false],
    ['', 'typed', false],
    ['', '', false],
  ]);
  expect(firstFreeRow(sheet, lastRow, 3, ['EV-1', '', ''])).toBe(4);
});
