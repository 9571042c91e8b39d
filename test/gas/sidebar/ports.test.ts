/** The sidebar's ports over the active spreadsheet: the workbook read once, writes under the lock. */
import { text } from '../../../src/core/i18n/texts';
import { SidebarError } from '../../../src/core/sidebar/texts';
import { workbookLang } from '../../../src/gas/settings';
import { spreadsheetPorts } from '../../../src/gas/sidebar/ports';
import { rowsOf, useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals({ spreadsheet: { sheets: ['Events', 'Notes'] } });

test('the analysis is read once, however often asked', () => {
  const ports = spreadsheetPorts();
  const s = fakes();
  s.counter.reset();
  const first = ports.analysis();
  const reads = s.counter.total();
  expect(ports.analysis()).toBe(first);
  expect(s.counter.total()).toBe(reads);
  expect(ports.sheetNames()).toEqual(['Events', 'Notes']);
});

test('a new language: kept, and the menu rebuilt in it', () => {
  const ports = spreadsheetPorts();
  ports.setLang('ky');
  expect(ports.lang()).toBe('ky');
  expect(workbookLang()).toBe('ky');
  expect(fakes().ui.menuShapes()[0]?.items[0]).toMatchObject({
    caption: text('menuOpenSidebar', 'ky'),
  });
});

test('select a range: that sheet and cell made active; an unknown sheet told in the language', () => {
  const ports = spreadsheetPorts();
  ports.selectRange('Notes', 'C4');
  const s = fakes();
  expect(s.spreadsheet.getActiveSheet().getNameUncounted()).toBe('Notes');
  expect(s.spreadsheet.getActiveRange()?.getA1Notation()).toBe('C4');
  ports.setLang('ru');
  expect(() => ports.selectRange('Gone', 'A1')).toThrow(SidebarError);
  expect(() => ports.selectRange('Gone', 'A1')).toThrow(
    text('unknownSheet', 'ru', { value: 'Gone' }),
  );
});

test('set-up under the lock, logged; busy: told, nothing made', () => {
  const ports = spreadsheetPorts();
  const s = fakes();
  s.LockService.holdFromAnotherExecution('document');
  expect(() => ports.setUpWorkbook('en')).toThrow(text('busy', 'en'));
  expect(s.spreadsheet.getSheets()).toHaveLength(2);
  s.LockService.releaseFromAnotherExecution('document');
  const result = ports.setUpWorkbook('en');
  expect(result?.sheetsCreated).toBeGreaterThan(5);
  expect(rowsOf(s.spreadsheet.sheet('Log'), 2).map((row) => row[1])).toEqual(['Workbook set-up']);
});

test("only this spreadsheet's triggers are listed", () => {
  const s = fakes();
  const other = s.addSpreadsheet({ id: 'other' });
  s.openDocument(other);
  s.ScriptApp.newTrigger('runSchedule').timeBased().everyHours(1).create();
  s.openDocument(s.spreadsheet);
  s.ScriptApp.newTrigger('onFormSubmitted')
    .forSpreadsheet(s.spreadsheet.id)
    .onFormSubmit()
    .create();
  expect(spreadsheetPorts().installedTriggers()).toEqual(['onFormSubmitted']);
});
