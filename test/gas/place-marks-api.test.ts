/**
 * placeMarksThroughApi on the fakes (the Sheets API fake as the global `Sheets`): the notes of
 * the looked-at cells in one read, the colours of the changing cells in a second, every change
 * in one write whose mask names the colour only where it changes.
 */
import type { Problem } from '../../src/core/validate/problem';
import { ERROR_BACKGROUND, MARK } from '../../src/gas/marks';
import { placeMarksThroughApi } from '../../src/gas/place-marks-api';
import { createFakeServices, type FakeServices, type FakeSheet } from '../fakes';

const problem = (row: number, columnIndex: number): Problem => ({
  sheet: 'events',
  sheetName: 'Events',
  row,
  column: 'participants',
  columnIndex,
  severity: 'error',
  rule: 'type_int',
  value: 'many',
});

let s: FakeServices;
let events: FakeSheet;
let requests: GoogleAppsScript.Sheets.Schema.Request[];
beforeEach(() => {
  s = createFakeServices({ spreadsheet: { sheets: ['Events', 'Cases'] } });
  events = s.spreadsheet.sheet('Events');
  (globalThis as { Sheets?: unknown }).Sheets = s.Sheets;
  requests = [];
  const api = s.Sheets.Spreadsheets;
  const batchUpdate = api.batchUpdate.bind(api);
  api.batchUpdate = (resource, id) => {
    requests.push(...(resource.requests ?? []));
    return batchUpdate(resource, id);
  };
});
afterEach(() => {
  delete (globalThis as { Sheets?: unknown }).Sheets;
});

const target = (problems: Problem[], positions: number[] = []) => ({
  sheetId: events.getSheetIdUncounted(),
  firstRow: 2,
  rows: 20,
  positions,
  problems,
});

test('adjacent marked cells of a column go in one updateCells; two reads and one write in all', () => {
  placeMarksThroughApi(
    s.spreadsheet.id,
    [target([problem(3, 6), problem(4, 6), problem(9, 6)])],
    'en',
  );
  expect(s.counter.count('Sheets.Spreadsheets.getByDataFilter')).toBe(2);
  expect(s.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
  expect(
    requests.map((r) => [r.updateCells?.start?.rowIndex, r.updateCells?.rows?.length]),
  ).toEqual([
    [2, 2],
    [8, 1],
  ]);
  for (const row of [3, 4, 9]) {
    expect(events.grid.peek(row, 6).note).toMatch(new RegExp(`^${MARK}\\n`));
    expect(events.grid.peek(row, 6).background).toBe(ERROR_BACKGROUND);
  }
  // Each marked cell's note and colour written, no other cell.
  expect(s.counter.cells.written).toBe(3 * 2);
});

test("the user's note stays above Korgoo's part; the user's colour is not in the mask", () => {
  Object.assign(events.grid.cell(3, 6), { note: 'mine', background: '#00ff00' });
  placeMarksThroughApi(s.spreadsheet.id, [target([problem(3, 6)])], 'en');
  expect(requests[0]?.updateCells?.fields).toBe('note');
  expect(events.grid.peek(3, 6).note).toMatch(new RegExp(`^mine\\n\\n${MARK}\\n`));
  expect(events.grid.peek(3, 6).background).toBe('#00ff00');
  // Fixed: the user's note comes back as it was, the colour never touched.
  placeMarksThroughApi(s.spreadsheet.id, [target([], [6])], 'en');
  expect([events.grid.peek(3, 6).note, events.grid.peek(3, 6).background]).toEqual([
    'mine',
    '#00ff00',
  ]);
});

test('nothing to change: one read of the notes, no write', () => {
  placeMarksThroughApi(s.spreadsheet.id, [target([problem(3, 6)])], 'en');
  s.counter.reset();
  placeMarksThroughApi(s.spreadsheet.id, [target([problem(3, 6)], [6])], 'en');
  expect(s.counter.snapshot()).toEqual({ 'Sheets.Spreadsheets.getByDataFilter': 1 });
});

test('several sheets, still two reads and one write', () => {
  const cases = s.spreadsheet.sheet('Cases');
  placeMarksThroughApi(
    s.spreadsheet.id,
    [target([problem(3, 6)]), { ...target([problem(5, 2)]), sheetId: cases.getSheetIdUncounted() }],
    'en',
  );
  expect(s.counter.sheetsCalls()).toBe(3);
  expect(cases.grid.peek(5, 2).background).toBe(ERROR_BACKGROUND);
  expect(events.grid.peek(3, 6).background).toBe(ERROR_BACKGROUND);
});
