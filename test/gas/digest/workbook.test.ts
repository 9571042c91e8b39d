/** The digest's day and figures follow the SPREADSHEET's zone, the workbook read once. */
import { analyseSpreadsheet, todayInSpreadsheet } from '../../../src/gas/digest/workbook';
import { headerLabels, putRows, useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals({ spreadsheet: { sheets: ['Committees'], timeZone: 'Asia/Bishkek' } });
afterEach(() => jest.restoreAllMocks());

// 31 May 20:30 UTC is 1 June 02:30 in Bishkek (UTC+6): a new month there, not yet in UTC.
const AT = Date.UTC(2026, 4, 31, 20, 30);
const book = () => fakes().real.SpreadsheetApp.getActiveSpreadsheet();

test("today is the spreadsheet's wall clock, not the script's", () => {
  jest.spyOn(Date, 'now').mockReturnValue(AT);
  expect(new Date(todayInSpreadsheet(book())).toISOString()).toBe('2026-06-01T02:30:00.000Z');
  fakes().spreadsheet.timeZone = 'Europe/London';
  expect(new Date(todayInSpreadsheet(book())).toISOString()).toBe('2026-05-31T21:30:00.000Z');
});

test('the workbook is read with one getValues per sheet, its dates in its zone', () => {
  jest.spyOn(Date, 'now').mockReturnValue(AT);
  const s = fakes();
  // Midnight of 1 March 2010 in Bishkek, as Sheets holds a date typed there.
  const established = new Date(Date.UTC(2010, 1, 28, 18));
  putRows(s.spreadsheet.sheet('Committees'), 1, [
    headerLabels('committees', 'en'),
    ['KANT', 'Kant', 'Chui', 'Ysyk-Ata', 'Kant', established, '', '', 'Active', ''],
  ]);
  const spreadsheet = book();
  s.counter.reset();
  const analysis = analyseSpreadsheet(spreadsheet);
  expect(s.counter.count('Range.getValues')).toBe(1);
  const rows = analysis.workbook.sheets.committees.rows;
  expect(rows.map((row) => row.rec.committeeId)).toEqual(['KANT']);
  expect(new Date(rows[0]?.rec.establishedOn as number).toISOString()).toBe(
    '2010-03-01T00:00:00.000Z',
  );
});
