/**
 * The check of the rows a response adds, through the bundle: it reads the sheets it refers to
 * by their labels, and a workbook that never closed a month (no Approvals sheet) costs no look
 * at every sheet's name.
 */
import { eventAnswers, workbookWithForms } from '../forms-helpers';
import { ensureBuilt } from '../load-bundle';
import { dataRows } from '../workbook-data';

beforeAll(() => ensureBuilt());

test('without an Approvals sheet a response asks no sheet for its name: the Sheets API lists them', () => {
  const wb = workbookWithForms();
  wb.s.spreadsheet.deleteSheet(wb.sheet('approvals'));
  for (const name of ['Notes', 'Budget', 'Contacts']) wb.s.spreadsheet.insertSheet(name);
  const event = wb.submit('event', eventAnswers(1, { Participants: '5' }));
  wb.s.counter.reset();
  wb.deliver(event);
  expect(wb.s.counter.count('Sheets.Spreadsheets.get')).toBe(1);
  expect(wb.s.counter.count('Spreadsheet.getSheets')).toBe(0);
  expect(wb.s.counter.count('Spreadsheet.getSheetByName')).toBe(0);
  expect(wb.s.counter.count('Sheet.getName')).toBe(0);
  expect(wb.statuses('event')).toEqual(['✓ EV-000001 → "Events", row 2']);
  expect(dataRows(wb.sheet('problems')).map((line) => line[4])).toEqual([
    'women_men_exceed_participants',
  ]);
});

test('without an Approvals sheet a response through SpreadsheetApp asks for its labels only, never for every sheet', () => {
  const wb = workbookWithForms();
  // The Sheets API off in the Cloud project: SpreadsheetApp finds the sheets.
  wb.s.Sheets.Spreadsheets.projectEnabled = false;
  wb.s.spreadsheet.deleteSheet(wb.sheet('approvals'));
  // Sheets a coordinator added: asking each one's name would cost a call per sheet.
  for (const name of ['Notes', 'Budget', 'Contacts']) wb.s.spreadsheet.insertSheet(name);
  const event = wb.submit('event', eventAnswers(1, { Participants: '5' }));
  wb.s.counter.reset();
  wb.deliver(event);
  expect(wb.s.counter.count('Spreadsheet.getSheets')).toBe(0);
  // The response sheet's name, once; no other sheet's.
  expect(wb.s.counter.count('Sheet.getName')).toBeLessThanOrEqual(1);
  // Russian, Kyrgyz and English labels asked, and the other sheets found at the first try.
  const asked = wb.s.counter.count('Spreadsheet.getSheetByName');
  expect(asked).toBe(5 + 3);
  // And the row is checked as before: its problem is listed.
  expect(wb.statuses('event')).toEqual(['✓ EV-000001 → "Events", row 2']);
  expect(dataRows(wb.sheet('problems')).map((line) => line[4])).toEqual([
    'women_men_exceed_participants',
  ]);
});

test('a mark a response placed is cleared by Validate now once the row is fixed by hand', () => {
  const wb = workbookWithForms();
  wb.run('validateNow');
  wb.respond('event', eventAnswers(1, { Participants: '5' }));
  const events = wb.sheet('events');
  const header = events.getRange(1, 1, 1, events.getLastColumn()).getValues()[0] ?? [];
  const marked = events
    .getRange(2, 1, 1, header.length)
    .getNotes()[0]
    ?.findIndex((note) => note !== '');
  expect(marked).toBeGreaterThanOrEqual(0);
  const column = (marked ?? 0) + 1;
  // The coordinator fixes the row: as many participants as women and men together.
  const participants = header.indexOf('Participants') + 1;
  expect(participants).toBeGreaterThan(0);
  events.getRange(2, participants).setValue(1000);
  wb.run('validateNow');
  expect(dataRows(wb.sheet('problems')).map((line) => line[4])).toEqual([]);
  expect(events.getRange(2, column).getNote()).toBe('');
  expect(events.getRange(2, column).getBackground()).toBe('#ffffff');
});
