/** The Log sheet: who, what, when, outcome; made in the workbook's language when missing. */
import { actor, appendLog, appendLogs } from '../../src/gas/log';
import { headerLabels, rowsOf, useFakeGlobals } from './fake-globals';

const fakes = useFakeGlobals({
  spreadsheet: { sheets: ['Events'] },
  session: { activeUserEmail: 'anna@example.org', effectiveUserEmail: 'owner@example.org' },
});
const AT = Date.UTC(2026, 2, 1, 6);
beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(AT));
afterEach(() => jest.restoreAllMocks());

const book = () => fakes().real.SpreadsheetApp.getActiveSpreadsheet();

test('who: the active user, else the effective user, else "?" (never a failure)', () => {
  const { Session } = fakes();
  expect(actor()).toBe('anna@example.org');
  Session.activeUserEmail = '';
  expect(actor()).toBe('owner@example.org');
  Session.effectiveUserEmail = '';
  expect(actor()).toBe('?');
  Session.getActiveUser = () => {
    throw new Error('no permission');
  };
  expect(actor()).toBe('?');
});

test('a Log row: the sheet made at the end with its header in the language given', () => {
  const s = fakes();
  appendLog(book(), 'ky', 'Текшерүү', 'Даяр');
  const log = s.spreadsheet.sheet('Журнал');
  expect(s.spreadsheet.getSheets().map((sheet) => sheet.getNameUncounted())).toEqual([
    'Events',
    'Журнал',
  ]);
  expect(rowsOf(log)).toEqual([
    headerLabels('log', 'ky'),
    ['anna@example.org', 'Текшерүү', new Date(AT), 'Даяр'],
  ]);
  expect(log.getFrozenRows()).toBe(1);
});

test('text from outside is written as text, never a formula', () => {
  const s = fakes();
  s.Session.activeUserEmail = '=IMPORTXML("http://x","//a")';
  appendLog(book(), 'en', 'What', '+1+1');
  appendLogs(book(), 'en', [
    ['a', '=SUM(A1)'],
    ['b', '@x'],
  ]);
  const log = s.spreadsheet.sheet('Log');
  log.grid.forEachCell((cell) => expect(cell.formula).toBe(''));
  expect(rowsOf(log, 2).map((row) => [row[0], row[3]])).toEqual([
    ['=IMPORTXML("http://x","//a")', '+1+1'],
    ['=IMPORTXML("http://x","//a")', '=SUM(A1)'],
    ['=IMPORTXML("http://x","//a")', '@x'],
  ]);
});

test('several rows in one write, after the last row; none: no call at all', () => {
  const s = fakes();
  const spreadsheet = book();
  appendLog(spreadsheet, 'en', 'first', 'ok');
  s.counter.reset();
  appendLogs(spreadsheet, 'en', []);
  expect(s.counter.total()).toBe(0);
  appendLogs(spreadsheet, 'en', [
    ['one', 'a'],
    ['two', 'b'],
    ['three', 'c'],
  ]);
  expect(s.counter.count('Range.setValues')).toBe(1);
  expect(s.counter.count('Sheet.appendRow')).toBe(0);
  expect(rowsOf(s.spreadsheet.sheet('Log'), 2).map((row) => row[1])).toEqual([
    'first',
    'one',
    'two',
    'three',
  ]);
  expect(rowsOf(s.spreadsheet.sheet('Log'), 3).map((row) => row[2])).toEqual([
    new Date(AT),
    new Date(AT),
    new Date(AT),
  ]);
});

test('the Log found under its name in another language is used, not made twice', () => {
  const s = fakes();
  s.spreadsheet.insertSheet('Журнал');
  appendLog(book(), 'en', 'x', 'y');
  expect(s.spreadsheet.getSheets().length).toBe(2);
  expect(rowsOf(s.spreadsheet.sheet('Журнал'))).toEqual([
    ['anna@example.org', 'x', new Date(AT), 'y'],
  ]);
});
