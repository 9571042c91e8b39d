/** One execution's sheets, each found once: every look-up by name is a round trip. */
import { SheetsOnce } from '../../../src/gas/forms/sheets-once';
import { useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals({ spreadsheet: { sheets: ['Events', 'Cases', 'Case notes'] } });
const once = () => {
  const sheets = new SheetsOnce(fakes().real.SpreadsheetApp.getActiveSpreadsheet(), 'en');
  fakes().counter.reset();
  return sheets;
};

test('found by its label once, however often asked; its name known without asking', () => {
  const sheets = once();
  const s = fakes();
  const events = sheets.find('events');
  expect(sheets.find('events')).toBe(events);
  expect(sheets.nameOf(events as GoogleAppsScript.Spreadsheet.Sheet)).toBe('Events');
  expect(s.counter.count('Spreadsheet.getSheetByName')).toBe(1);
  expect(s.counter.count('Sheet.getName')).toBe(0);
});

test('a sheet absent is looked for once, and stays absent for the run', () => {
  const sheets = once();
  const s = fakes();
  expect(sheets.find('referrals')).toBeNull();
  const calls = s.counter.total();
  expect(sheets.find('referrals')).toBeNull();
  expect(s.counter.total()).toBe(calls);
});

test('findByLabel never lists every sheet; a sheet renamed by hand is not found by it', () => {
  const sheets = once();
  const s = fakes();
  s.spreadsheet.sheet('Case notes').setName('approvals ');
  expect(sheets.findByLabel('approvals')).toBeNull();
  expect(s.counter.count('Spreadsheet.getSheets')).toBe(0);
  // By its labels in the three languages (en twice: asked once).
  expect(s.counter.count('Spreadsheet.getSheetByName')).toBe(3);
  expect(sheets.findByLabel('cases')?.getName()).toBe('Cases');
});

test('ensure makes a missing sheet once, and it is then found without a call', () => {
  const sheets = once();
  const s = fakes();
  const made = sheets.ensure('referrals', 'ru');
  expect(s.spreadsheet.sheet('Перенаправления').getIndex()).toBe(4);
  const calls = s.counter.total();
  expect(sheets.find('referrals')).toBe(made);
  expect(s.counter.total()).toBe(calls);
});

test('a sheet found another way has its name asked once', () => {
  const sheets = once();
  const s = fakes();
  s.spreadsheet.sheet('Cases').setName(' cases');
  const cases = sheets.find('cases') as GoogleAppsScript.Spreadsheet.Sheet;
  s.counter.reset();
  expect(sheets.nameOf(cases)).toBe(' cases');
  expect(sheets.nameOf(cases)).toBe(' cases');
  expect(s.counter.count('Sheet.getName')).toBe(1);
});
