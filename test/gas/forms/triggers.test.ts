/** The one form-submit trigger of a spreadsheet: checked before creating, never two. */
import { INTAKE_HANDLER, installIntakeTrigger } from '../../../src/gas/forms/triggers';
import { useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals();
const book = () => fakes().real.SpreadsheetApp.getActiveSpreadsheet();
const described = () => fakes().ScriptApp.triggers.map((t) => t.describe());

test('installed once for this spreadsheet, calling onFormSubmitted', () => {
  expect(installIntakeTrigger(book())).toBe(true);
  expect(installIntakeTrigger(book())).toBe(false);
  expect(described().map((t) => [t.handler, t.eventType, t.documentId])).toEqual([
    [INTAKE_HANDLER, 'ON_FORM_SUBMIT', fakes().spreadsheet.id],
  ]);
  expect(INTAKE_HANDLER).toBe('onFormSubmitted');
});

test("another workbook's trigger does not count; this one's other triggers are left alone", () => {
  const s = fakes();
  const other = s.addSpreadsheet({ id: 'other-book' });
  s.openDocument(other);
  installIntakeTrigger(s.real.SpreadsheetApp.getActiveSpreadsheet());
  s.openDocument(s.spreadsheet);
  s.ScriptApp.newTrigger('runSchedule').timeBased().everyHours(1).create();
  expect(installIntakeTrigger(book())).toBe(true);
  expect(described().map((t) => [t.handler, t.documentId])).toEqual([
    [INTAKE_HANDLER, 'other-book'],
    ['runSchedule', s.spreadsheet.id],
    [INTAKE_HANDLER, s.spreadsheet.id],
  ]);
});
