/**
 * Marks placed on SpreadsheetApp moving few cells: the notes of the given columns read once
 * per run of columns, colours only of the rows that change, one RangeList call per colour.
 */
import type { Problem } from '../../src/core/validate/problem';
import { ERROR_BACKGROUND, MARK, WARNING_BACKGROUND } from '../../src/gas/marks';
import { columnRuns, markColumnOf, placeMarks } from '../../src/gas/place-marks';
import { useFakeGlobals } from './fake-globals';

const fakes = useFakeGlobals({ spreadsheet: { sheets: ['Events'] } });

const problem = (
  row: number,
  columnIndex: number | null,
  severity: 'error' | 'warning' = 'error',
): Problem => ({
  sheet: 'events',
  sheetName: 'Events',
  row,
  column: 'participants',
  columnIndex,
  severity,
  rule: 'type_int',
  value: 'many',
});

function events() {
  const s = fakes();
  const sheet = s.real.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Events');
  if (!sheet) throw new Error('no Events');
  s.counter.reset();
  return { sheet, grid: s.spreadsheet.sheet('Events').grid };
}

test('column runs: sorted, adjacent positions merged, nonsense left out', () => {
  expect(columnRuns([7, 2, 3, 3, 9, 8, 0, -1])).toEqual([
    [2, 3],
    [7, 9],
  ]);
  expect(markColumnOf(problem(2, 5))).toBe(5);
  expect(markColumnOf(problem(2, null))).toBe(1);
});

test('marks placed: the notes read once, the colours of the changed rows only, one call a colour', () => {
  const { sheet, grid } = events();
  const s = fakes();
  const marked = [problem(3, 6), problem(4, 6), problem(6, 6), problem(8, 6, 'warning')];
  placeMarks(sheet, 2, 10, [6], marked, 'en');
  expect(s.counter.count('Range.getNotes')).toBe(1);
  expect(s.counter.count('Range.getBackgrounds')).toBe(1);
  // Rows 3..8 are the span that changes: 6 colours read, not 10.
  expect(s.counter.cells.read).toBe(10 + 6);
  // F3:F4 and F6 red in one call, F8 yellow in another.
  expect(s.counter.count('RangeList.setBackground')).toBe(2);
  expect(grid.peek(3, 6).note).toMatch(new RegExp(`^${MARK}\\n`));
  expect([3, 4, 5, 8].map((r) => grid.peek(r, 6).background)).toEqual([
    ERROR_BACKGROUND,
    ERROR_BACKGROUND,
    '#ffffff',
    WARNING_BACKGROUND,
  ]);
});

test("fixed: Korgoo's mark cleared, the user's note and colour kept", () => {
  const { sheet, grid } = events();
  Object.assign(grid.cell(3, 6), { note: 'mine' });
  Object.assign(grid.cell(5, 6), { note: 'theirs', background: '#00ff00' });
  placeMarks(sheet, 2, 5, [6], [problem(3, 6), problem(5, 6)], 'en');
  expect(grid.peek(5, 6).background).toBe('#00ff00');
  expect(grid.peek(3, 6).note).toMatch(new RegExp(`^mine\\n\\n${MARK}`));
  placeMarks(sheet, 2, 5, [6], [], 'en');
  expect([grid.peek(3, 6).note, grid.peek(3, 6).background]).toEqual(['mine', '#ffffff']);
  expect([grid.peek(5, 6).note, grid.peek(5, 6).background]).toEqual(['theirs', '#00ff00']);
});

test('nothing changes: the notes read, nothing else', () => {
  const { sheet } = events();
  const s = fakes();
  placeMarks(sheet, 2, 5, [6], [problem(3, 6)], 'en');
  s.counter.reset();
  placeMarks(sheet, 2, 5, [6], [problem(3, 6)], 'en');
  expect(s.counter.snapshot()).toEqual({ 'Range.getNotes': 1, 'Sheet.getRange': 1 });
});

test('only the columns given are looked at; a problem elsewhere is not marked; no rows: no call', () => {
  const { sheet, grid } = events();
  const s = fakes();
  placeMarks(sheet, 2, 5, [2, 3, 7], [problem(3, 2), problem(3, 6)], 'en');
  expect(s.counter.count('Range.getNotes')).toBe(2);
  expect(grid.peek(3, 2).background).toBe(ERROR_BACKGROUND);
  expect(grid.peek(3, 6).note).toBe('');
  s.counter.reset();
  placeMarks(sheet, 2, 0, [6], [problem(3, 6)], 'en');
  expect(s.counter.total()).toBe(0);
});

test('the note speaks the language asked', () => {
  const { sheet, grid } = events();
  placeMarks(sheet, 2, 2, [6], [problem(2, 6)], 'ru');
  const ru = grid.peek(2, 6).note;
  placeMarks(sheet, 2, 2, [6], [problem(2, 6)], 'ky');
  expect(grid.peek(2, 6).note).not.toBe(ru);
  expect(ru).toMatch(/[а-яё]/);
});
