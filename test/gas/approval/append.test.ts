/**
 * A month close's rows appended to its sheets: under the header as it stands (missing columns
 * added at its end), the month kept as text, the instant in the spreadsheet's zone.
 */
import type { ApprovalPlan } from '../../../src/core/approval/plan';
import { appendPlan } from '../../../src/gas/approval/append';
import { FakeRange } from '../../fakes';
import { headerLabels, putRows, rowsOf, useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals({ spreadsheet: { sheets: ['Events'], timeZone: 'Asia/Bishkek' } });
afterEach(() => jest.restoreAllMocks());
const book = () => fakes().real.SpreadsheetApp.getActiveSpreadsheet();
// 2 June 2026 10:00 on Bishkek's wall clock is 04:00 UTC.
const WALL = Date.UTC(2026, 5, 2, 10);
const INSTANT = new Date(Date.UTC(2026, 5, 2, 4));

const plan = (note = ''): ApprovalPlan => ({
  approvals: [
    { month: '2026-05', committeeId: 'KANT', status: 'approved', by: 'a@x.org', at: WALL, note },
  ],
  figures: [
    { month: '2026-05', committeeId: 'KANT', indicator: 'events', value: 3, approvedAt: WALL },
    { month: '2026-05', committeeId: 'KANT', indicator: 'cases', value: 1, approvedAt: WALL },
  ],
  refusals: [],
});

test('missing sheets made in the language; the status label in it; the month as text', () => {
  const s = fakes();
  // What goes to Sheets, which would read a bare 2026-05 as a date (the fake stores it as given).
  const written = jest.spyOn(FakeRange.prototype, 'setValues');
  appendPlan(book(), plan(), 'ky');
  const sent = written.mock.calls.map(([values]) => values[0]).filter((row) => row?.[1] === 'KANT');
  expect(sent.map((row) => row?.[0])).toEqual(["'2026-05", "'2026-05"]);
  const approvals = s.spreadsheet.sheet('Бекитүүлөр');
  expect(rowsOf(approvals)).toEqual([
    headerLabels('approvals', 'ky'),
    ['2026-05', 'KANT', 'Бекитилди', 'a@x.org', INSTANT, ''],
  ]);
  expect(rowsOf(s.spreadsheet.sheet('Бекитилген көрсөткүчтөр'), 2)).toEqual([
    ['2026-05', 'KANT', 'events', 3, INSTANT],
    ['2026-05', 'KANT', 'cases', 1, INSTANT],
  ]);
});

test("under the user's column order; a column missing from the header is added at its end", () => {
  const s = fakes();
  const approvals = s.spreadsheet.insertSheet('Approvals');
  putRows(approvals, 1, [
    ['Committee ID', 'Month', 'Remark', 'Status', 'By', 'At'],
    ['TOKM', '2026-04', 'typed', 'Approved', 'b@x.org', INSTANT],
  ]);
  appendPlan(book(), { ...plan(), figures: [] }, 'en');
  expect(rowsOf(approvals)).toEqual([
    ['Committee ID', 'Month', 'Remark', 'Status', 'By', 'At', 'Note'],
    ['TOKM', '2026-04', 'typed', 'Approved', 'b@x.org', INSTANT, ''],
    ['KANT', '2026-05', '', 'Approved', 'a@x.org', INSTANT, ''],
  ]);
  expect(s.spreadsheet.getSheets().map((sheet) => sheet.getNameUncounted())).toEqual([
    'Events',
    'Approvals',
  ]);
});

test('one header read and one write per sheet; a note typed as a formula stays text', () => {
  const s = fakes();
  appendPlan(book(), plan(), 'en');
  s.counter.reset();
  appendPlan(book(), plan('=IMPORTXML("x")'), 'en');
  expect(s.counter.count('Range.setValues')).toBe(2);
  expect(s.counter.count('Range.getValues')).toBe(2);
  const approvals = s.spreadsheet.sheet('Approvals');
  expect(approvals.grid.peek(3, 6).value).toBe('=IMPORTXML("x")');
  approvals.grid.forEachCell((cell) => expect(cell.formula).toBe(''));
});

test('an empty plan writes nothing, makes no sheet', () => {
  appendPlan(book(), { approvals: [], figures: [], refusals: [] }, 'en');
  expect(fakes().spreadsheet.getSheets().length).toBe(1);
});
