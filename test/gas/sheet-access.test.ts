/** The schema's sheets found by name in any language, in as few calls as the workbook allows. */
import { ensureSheet, findSheet } from '../../src/gas/sheet-access';
import { headerLabels, rowsOf, useFakeGlobals } from './fake-globals';

const fakes = useFakeGlobals({ spreadsheet: { sheets: ['Мероприятия', 'Notes'] } });
const book = () => fakes().real.SpreadsheetApp.getActiveSpreadsheet();

test("named as set up, in the workbook's language: one call", () => {
  const spreadsheet = book();
  const s = fakes();
  s.counter.reset();
  expect(findSheet(spreadsheet, 'events', 'ru')?.getName()).toBe('Мероприятия');
  expect(s.counter.count('Spreadsheet.getSheetByName')).toBe(1);
  expect(s.counter.count('Spreadsheet.getSheets')).toBe(0);
});

test('named in another language: each label asked, no listing of every sheet', () => {
  const spreadsheet = book();
  const s = fakes();
  s.counter.reset();
  expect(findSheet(spreadsheet, 'events', 'en')?.getName()).toBe('Мероприятия');
  expect(s.counter.count('Spreadsheet.getSheets')).toBe(0);
});

test('renamed in another case or spacing: found by a look at every name, each asked once', () => {
  const s = fakes();
  s.spreadsheet.sheet('Мероприятия').setName('  мероприятия ');
  const spreadsheet = book();
  s.counter.reset();
  expect(findSheet(spreadsheet, 'events', 'ru')?.getName()).toBe('  мероприятия ');
  expect(s.counter.count('Spreadsheet.getSheets')).toBe(1);
  expect(s.counter.count('Sheet.getName')).toBe(2 + 1);
});

test('missing: null, nothing made', () => {
  expect(findSheet(book(), 'cases')).toBeNull();
  expect(fakes().spreadsheet.getSheets().length).toBe(2);
});

test('ensureSheet makes a missing sheet at the end, its header in the language, frozen', () => {
  const s = fakes();
  const sheet = ensureSheet(book(), 'cases', 'ky');
  expect(sheet.getName()).toBe('Учурлар');
  const made = s.spreadsheet.sheet('Учурлар');
  expect(made.getIndex()).toBe(3);
  expect(rowsOf(made)).toEqual([headerLabels('cases', 'ky')]);
  expect(made.getFrozenRows()).toBe(1);
});

test('ensureSheet hands back a sheet that exists, untouched', () => {
  const s = fakes();
  const spreadsheet = book();
  s.counter.reset();
  expect(ensureSheet(spreadsheet, 'events', 'en').getName()).toBe('Мероприятия');
  expect(s.counter.count('Spreadsheet.insertSheet')).toBe(0);
  expect(s.counter.cells.written).toBe(0);
});
