/** A change to an approved month: one Log line per row, in the workbook's language. */
import type { Problem } from '../../../src/core/validate/problem';
import { logApprovedChanges } from '../../../src/gas/approval/log-changes';
import { rowsOf, useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals({ spreadsheet: { sheets: ['Events'] } });
const book = () => fakes().real.SpreadsheetApp.getActiveSpreadsheet();

const changed = (row: number): Problem => ({
  sheet: 'events',
  sheetName: 'Мероприятия',
  row,
  column: null,
  columnIndex: null,
  severity: 'warning',
  rule: 'approved_month_changed',
  value: '',
  params: { month: '2026-05', committee: 'KANT' },
});
const logged = (name: string) => rowsOf(fakes().spreadsheet.sheet(name)).slice(1);

test('an edit of one cell: its old and new value, in Russian', () => {
  logApprovedChanges(book(), 'ru', { changed: [changed(7)] }, { oldValue: '5', value: '50' });
  expect(logged('Журнал').map((row) => [row[1], row[3]])).toEqual([
    [
      'Изменение в утверждённом месяце 2026-05 (KANT): лист «Мероприятия», строка 7',
      'было «5», стало «50»',
    ],
  ]);
});

test('a value typed into an empty cell: was empty, now the value', () => {
  logApprovedChanges(book(), 'en', { changed: [changed(4)] }, { value: '7' });
  expect(logged('Log').map((row) => row[3])).toEqual(['was "", now "7"']);
});

test('a paste of many cells, in Kyrgyz; a form response is a new row, in English', () => {
  logApprovedChanges(book(), 'ky', { changed: [changed(3), changed(4)] }, {});
  expect(logged('Журнал').map((row) => row[3])).toEqual([
    'бир нече уяча өзгөртүлдү',
    'бир нече уяча өзгөртүлдү',
  ]);
  logApprovedChanges(book(), 'en', { changed: [changed(9)] });
  expect(logged('Журнал').map((row) => row[3])).toEqual([
    'бир нече уяча өзгөртүлдү',
    'бир нече уяча өзгөртүлдү',
    'new row',
  ]);
});

test('no row in an approved month (or no check at all): no Log, not even the sheet', () => {
  logApprovedChanges(book(), 'en', { changed: [] }, { oldValue: 'a', value: 'b' });
  logApprovedChanges(book(), 'en', null);
  logApprovedChanges(book(), 'en', undefined);
  expect(fakes().spreadsheet.getSheets().length).toBe(1);
});

test('the values typed are written as text', () => {
  logApprovedChanges(book(), 'en', { changed: [changed(2)] }, { oldValue: '1', value: '=A1' });
  expect(logged('Log')[0]?.[3]).toBe('was "1", now "=A1"');
  fakes()
    .spreadsheet.sheet('Log')
    .grid.forEachCell((cell) => expect(cell.formula).toBe(''));
});
