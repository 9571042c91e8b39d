/**
 * The check of the rows a response adds, through the bundle: it reads the sheets it refers to
 * by their labels, and a workbook that never closed a month (no Approvals sheet) costs no look
 * at every sheet's name.
 */
import { eventAnswers, workbookWithForms } from '../forms-helpers';
import { ensureBuilt } from '../load-bundle';
import { dataRows } from '../workbook-data';

beforeAll(() => ensureBuilt());

test('without an Approvals sheet a response asks for its labels only, never for every sheet', () => {
  const wb = workbookWithForms();
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
