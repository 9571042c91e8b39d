/** The month close read from its sheets: one getValues per sheet, the last status of a pair wins. */
import {
  approvedPairsOf,
  approvedPairsOfSheet,
  approvedPairsOfValues,
  spreadsheetLedger,
} from '../../../src/gas/approval/read';
import { headerLabels, putRows, useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals({
  spreadsheet: { sheets: ['Утверждения', 'Утверждённые показатели', 'Events'] },
});
const at = new Date(Date.UTC(2026, 5, 2, 4));

function approvals() {
  const s = fakes();
  putRows(s.spreadsheet.sheet('Утверждения'), 1, [
    headerLabels('approvals', 'ru'),
    ['2026-05', 'KANT', 'Утверждён', 'a@x.org', at, ''],
    ['2026-05', 'TOKM', 'Approved', 'a@x.org', at, ''],
    ['2026-05', 'TOKM', 'Returned', 'b@x.org', at, 'fix it'],
    ['2026-04', 'NARYN', 'Бекитилди', 'a@x.org', at, ''],
  ]);
  const spreadsheet = s.real.SpreadsheetApp.getActiveSpreadsheet();
  s.counter.reset();
  return spreadsheet;
}

test('approved pairs: the last status of each; labels of any language', () => {
  const spreadsheet = approvals();
  expect([...approvedPairsOf(spreadsheet)].sort()).toEqual(['2026-04|NARYN', '2026-05|KANT']);
  // The Approvals sheet alone is read, in one call.
  expect(fakes().counter.count('Range.getValues')).toBe(1);
});

test('the ledger: each month-close sheet that exists read once, the missing ones not made', () => {
  const spreadsheet = approvals();
  const ledger = spreadsheetLedger(spreadsheet);
  expect(ledger.approvals.map((e) => [e.month, e.committeeId, e.status])).toEqual([
    ['2026-05', 'KANT', 'approved'],
    ['2026-05', 'TOKM', 'approved'],
    ['2026-05', 'TOKM', 'returned'],
    ['2026-04', 'NARYN', 'approved'],
  ]);
  expect(ledger.approvals[2]?.note).toBe('fix it');
  expect(fakes().counter.count('Range.getValues')).toBe(2);
  expect(spreadsheetLedger(spreadsheet, ['approvals']).figures).toEqual([]);
  // The sheets missing (none here) are not made.
  expect(fakes().spreadsheet.getSheets().length).toBe(3);
});

test('from the sheet, or from its values already read: the same pairs', () => {
  const spreadsheet = approvals();
  const sheet = spreadsheet.getSheetByName('Утверждения');
  if (!sheet) throw new Error('no Approvals');
  const fromSheet = approvedPairsOfSheet(sheet, 'Asia/Bishkek');
  const values = sheet.getDataRange().getValues();
  expect(approvedPairsOfValues(values, 'Asia/Bishkek', 'Утверждения')).toEqual(fromSheet);
  expect(fromSheet.size).toBe(2);
});

test('no Approvals sheet: nothing approved', () => {
  const s = fakes();
  s.spreadsheet.deleteSheet(s.spreadsheet.sheet('Утверждения'));
  expect(approvedPairsOf(s.real.SpreadsheetApp.getActiveSpreadsheet()).size).toBe(0);
});
