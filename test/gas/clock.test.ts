/** The one clock of the add-on: Date.now() (movable by a test), and the spreadsheet's zone. */
import { instantNow, nowMs, spreadsheetClock } from '../../src/gas/clock';
import { useFakeGlobals } from './fake-globals';

const fakes = useFakeGlobals({ spreadsheet: { timeZone: 'Asia/Bishkek' } });
afterEach(() => jest.restoreAllMocks());

const AT = Date.UTC(2026, 4, 31, 19, 30);

test('now is Date.now(): a test that moves it moves every reading', () => {
  jest.spyOn(Date, 'now').mockReturnValue(AT);
  expect(nowMs()).toBe(AT);
  expect(instantNow()).toEqual(new Date(AT));
  // A Date of the Date class in use (the cells are made of it), not a frozen copy.
  expect(instantNow()).toBeInstanceOf(Date);
  jest.spyOn(Date, 'now').mockReturnValue(AT + 1000);
  expect(instantNow().getTime()).toBe(AT + 1000);
});

test("a workbook's clock has the spreadsheet's zone, asked once and only when needed", () => {
  const s = fakes();
  s.spreadsheet.timeZone = 'Asia/Bishkek';
  const clock = spreadsheetClock(s.real.SpreadsheetApp.getActiveSpreadsheet());
  expect(s.counter.count('Spreadsheet.getSpreadsheetTimeZone')).toBe(0);
  expect(clock.timeZone()).toBe('Asia/Bishkek');
  expect(clock.timeZone()).toBe('Asia/Bishkek');
  expect(s.counter.count('Spreadsheet.getSpreadsheetTimeZone')).toBe(1);
  jest.spyOn(Date, 'now').mockReturnValue(AT);
  expect(clock.nowMs()).toBe(AT);
});

test("the zone is the spreadsheet's, not the script's (Node's) zone", () => {
  const s = fakes();
  s.spreadsheet.timeZone = 'America/New_York';
  expect(spreadsheetClock(s.real.SpreadsheetApp.getActiveSpreadsheet()).timeZone()).toBe(
    'America/New_York',
  );
});
