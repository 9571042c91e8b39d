/**
 * The Sheets advanced service, on its fake: the layout in one read, scattered blocks in one,
 * every change in one write; dates as serial numbers on the spreadsheet's wall clock.
 */
import {
  appendRequest,
  backgroundOf,
  batchUpdate,
  dateOfSerial,
  enteredCell,
  formatOfBackground,
  hasSheetsApi,
  isQuotaError,
  notesRequest,
  readBlocks,
  readLayout,
  serialOfDate,
  valueOfCell,
} from '../../src/gas/sheets-api';
import { putRows, rowsOf, useFakeGlobals } from './fake-globals';

const fakes = useFakeGlobals({
  spreadsheet: { sheets: ['Events', 'Cases'], timeZone: 'Asia/Bishkek' },
});
const id = () => fakes().spreadsheet.id;

test('absent when the manifest does not enable it: a clear error, no call', () => {
  expect(hasSheetsApi()).toBe(true);
  delete (globalThis as { Sheets?: unknown }).Sheets;
  expect(hasSheetsApi()).toBe(false);
  expect(() => readLayout(id())).toThrow('Sheets advanced service is not enabled');
  expect(() => batchUpdate(id(), [{}])).toThrow('not enabled');
  // Nothing to do needs no service.
  expect(readBlocks(id(), [], 'note', (c) => c.note, '')).toEqual([]);
  batchUpdate(id(), []);
});

test("every sheet's id, title, place and size, and the zone: one call, no cell", () => {
  const s = fakes();
  const layout = readLayout(id());
  expect(s.counter.sheetsCalls()).toBe(1);
  expect(s.counter.cells.read).toBe(0);
  expect(layout.timeZone).toBe('Asia/Bishkek');
  expect(layout.sheets.map((sheet) => [sheet.title, sheet.index])).toEqual([
    ['Events', 0],
    ['Cases', 1],
  ]);
  const events = s.spreadsheet.sheet('Events');
  expect(layout.sheets[0]).toMatchObject({
    sheetId: events.getSheetIdUncounted(),
    rowCount: events.getMaxRows(),
    columnCount: events.getMaxColumns(),
  });
});

test('blocks of two sheets in one read, each a grid of its size, blank where empty', () => {
  const s = fakes();
  const events = s.spreadsheet.sheet('Events');
  const cases = s.spreadsheet.sheet('Cases');
  events.grid.cell(2, 2).note = 'n';
  cases.grid.cell(4, 1).note = 'm';
  const [a, b] = readBlocks(
    id(),
    [
      { sheetId: events.getSheetIdUncounted(), top: 1, left: 1, rows: 2, columns: 2 },
      { sheetId: cases.getSheetIdUncounted(), top: 2, left: 0, rows: 3, columns: 1 },
    ],
    'note',
    (cell) => cell.note,
    '',
  );
  expect(a).toEqual([
    ['n', ''],
    ['', ''],
  ]);
  expect(b).toEqual([[''], ['m'], ['']]);
  expect(s.counter.count('Sheets.Spreadsheets.getByDataFilter')).toBe(1);
});

test('requests go in one write; notes and, only when given, colours in the mask', () => {
  const s = fakes();
  const events = s.spreadsheet.sheet('Events');
  events.grid.cell(3, 2).background = '#00ff00';
  const sheetId = events.getSheetIdUncounted();
  expect(notesRequest(sheetId, 3, 2, [['x']], null).updateCells?.fields).toBe('note');
  batchUpdate(id(), [
    notesRequest(sheetId, 3, 2, [['only a note']], null),
    notesRequest(sheetId, 5, 1, [['a'], ['b']], [['#f4cccc'], ['#ffffff']]),
  ]);
  expect(s.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
  expect([events.grid.peek(3, 2).note, events.grid.peek(3, 2).background]).toEqual([
    'only a note',
    '#00ff00',
  ]);
  expect([events.grid.peek(5, 1).background, events.grid.peek(6, 1).background]).toEqual([
    '#f4cccc',
    '#ffffff',
  ]);
});

test('colours as SpreadsheetApp names them, and back; white is no colour', () => {
  expect(backgroundOf(formatOfBackground('#f4cccc'))).toBe('#f4cccc');
  expect(formatOfBackground('#FFFFFF')).toEqual({});
  expect(backgroundOf(undefined)).toBe('#ffffff');
  expect(backgroundOf({ backgroundColor: { red: 1, green: 0.8, blue: 0 } })).toBe('#ffcc00');
  expect(backgroundOf({ backgroundColorStyle: { themeColor: 'ACCENT1' } })).toBe('theme');
});

test("serial numbers are days since 30 Dec 1899 on the spreadsheet's wall clock", () => {
  // 1 January 2025, 00:00 in Bishkek (UTC+6) is 31 December 2024, 18:00 UTC.
  expect(dateOfSerial(45658, 'Asia/Bishkek').toISOString()).toBe('2024-12-31T18:00:00.000Z');
  expect(dateOfSerial(45658.5, 'UTC').toISOString()).toBe('2025-01-01T12:00:00.000Z');
  const instant = new Date(Date.UTC(2026, 2, 8, 9, 15, 30, 250));
  expect(dateOfSerial(serialOfDate(instant, 'Asia/Bishkek'), 'Asia/Bishkek')).toEqual(instant);
  expect(serialOfDate(instant, 'Asia/Bishkek')).not.toBe(serialOfDate(instant, 'UTC'));
});

test('a cell read as getValues hands it over: dates where formatted as dates', () => {
  const zone = 'UTC';
  expect(valueOfCell({}, zone)).toBe('');
  expect(valueOfCell({ effectiveValue: { numberValue: 12 } }, zone)).toBe(12);
  expect(
    valueOfCell(
      {
        effectiveValue: { numberValue: 45658 },
        effectiveFormat: { numberFormat: { type: 'DATE' } },
      },
      zone,
    ),
  ).toEqual(new Date(Date.UTC(2025, 0, 1)));
  expect(valueOfCell({ effectiveValue: { numberValue: 45658 } }, zone, true)).toEqual(
    new Date(Date.UTC(2025, 0, 1)),
  );
  expect(valueOfCell({ effectiveValue: { boolValue: false } }, zone)).toBe(false);
  expect(valueOfCell({ effectiveValue: { errorValue: { type: 'REF' } } }, zone)).toBe('#ERROR!');
  expect(valueOfCell({ effectiveValue: { stringValue: 'x' } }, zone)).toBe('x');
});

test('appended rows are typed: text never a formula, a date a date, other formats kept', () => {
  const s = fakes();
  const events = s.spreadsheet.sheet('Events');
  putRows(events, 1, [['Event ID', 'Date', 'Topic']]);
  const when = new Date(Date.UTC(2026, 2, 8, 18));
  expect(enteredCell('=A1', 'UTC')).toEqual({ userEnteredValue: { stringValue: '=A1' } });
  const plain = appendRequest(events.getSheetIdUncounted(), [['EV-1', 3, '=A1']], 'Asia/Bishkek');
  expect(plain.appendCells?.fields).toBe('userEnteredValue');
  batchUpdate(id(), [
    plain,
    appendRequest(events.getSheetIdUncounted(), [['EV-2', when, true]], 'Asia/Bishkek'),
  ]);
  expect(rowsOf(events, 2)).toEqual([
    ['EV-1', 3, '=A1'],
    ['EV-2', when, true],
  ]);
  events.grid.forEachCell((cell) => expect(cell.formula).toBe(''));
});

test("Google's refusals for a quota are told apart from bugs", () => {
  expect(isQuotaError(new Error('Quota exceeded for quota metric Read requests'))).toBe(true);
  expect(isQuotaError('HTTP 429 Too Many Requests')).toBe(true);
  expect(isQuotaError(new Error('Rate Limit Exceeded'))).toBe(true);
  expect(isQuotaError(new TypeError('x is undefined'))).toBe(false);
});
