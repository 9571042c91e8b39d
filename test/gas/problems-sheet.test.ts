/**
 * The Problems sheet's rows: labels in the workbook's language, values back as text; rewritten
 * only from the first chunk that changed since Korgoo last wrote it.
 */
import type { Problem } from '../../src/core/validate/problem';
import { problemRow, writeProblemRows } from '../../src/gas/problems-sheet';
import { putRows, rowsOf, useFakeGlobals } from './fake-globals';

const fakes = useFakeGlobals({ spreadsheet: { sheets: ['Problems'] } });

const problem = (row: number, value = 'many'): Problem => ({
  sheet: 'events',
  sheetName: 'Мероприятия',
  row,
  column: 'participants',
  columnIndex: 6,
  severity: 'error',
  rule: 'type_int',
  value,
});

test('a row in Russian and in Kyrgyz: column, severity and message in that language', () => {
  const ru = problemRow(problem(3), 'ru');
  const ky = problemRow(problem(3), 'ky');
  expect(ru.slice(0, 5)).toEqual(['Мероприятия', 3, expect.any(String), 'Ошибка', 'type_int']);
  expect(ky[3]).toBe('Ката');
  expect(ru[2]).not.toBe(ky[2]);
  expect(ru[5]).not.toBe(ky[5]);
  expect(String(ru[5])).toMatch(/[а-я]/);
  expect(problemRow(problem(3), 'en')[2]).toBe('Participants');
});

test("a cell's text comes back as text, never a formula", () => {
  expect(problemRow(problem(3, '=IMPORTXML("x")'), 'en')[6]).toBe(`'=IMPORTXML("x")`);
  expect(problemRow({ ...problem(3), sheetName: '+Sheet' }, 'en')[0]).toBe(`'+Sheet`);
});

function problemsSheet() {
  const s = fakes();
  putRows(s.spreadsheet.sheet('Problems'), 1, [['Sheet', 'Row', 'Column', 'S', 'R', 'M', 'V']]);
  const sheet = s.real.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Problems');
  if (!sheet) throw new Error('no Problems');
  return sheet;
}
const rows = (n: number) => Array.from({ length: n }, (_, i) => problemRow(problem(i + 2), 'en'));

test('written once; the same list again moves no cell', () => {
  const sheet = problemsSheet();
  const s = fakes();
  writeProblemRows(sheet, rows(3));
  expect(rowsOf(s.spreadsheet.sheet('Problems'), 2)).toEqual(rows(3));
  s.counter.reset();
  writeProblemRows(sheet, rows(3));
  expect(s.counter.cells.written).toBe(0);
  expect(s.counter.count('Range.setValues')).toBe(0);
  expect(s.counter.count('Properties.setProperty')).toBe(0);
});

test('a shorter list: the lines left below are emptied by the same write', () => {
  const sheet = problemsSheet();
  const s = fakes();
  writeProblemRows(sheet, rows(4));
  s.counter.reset();
  writeProblemRows(sheet, rows(1));
  expect(s.counter.count('Range.setValues')).toBe(1);
  expect(rowsOf(s.spreadsheet.sheet('Problems'), 2)).toEqual(rows(1));
});

test('rows added by hand since: the list is written whole again', () => {
  const sheet = problemsSheet();
  const s = fakes();
  writeProblemRows(sheet, rows(2));
  putRows(s.spreadsheet.sheet('Problems'), 4, [['x', 'y']]);
  writeProblemRows(sheet, rows(2));
  expect(rowsOf(s.spreadsheet.sheet('Problems'), 2)).toEqual(rows(2));
});

test('past 500 rows a change is written from its chunk on, not from the top', () => {
  const sheet = problemsSheet();
  const s = fakes();
  const many = rows(520);
  writeProblemRows(sheet, many);
  const changed = [...many];
  changed[510] = problemRow(problem(9999, 'changed'), 'en');
  s.counter.reset();
  writeProblemRows(sheet, changed);
  // Chunks of 500: rows 500..519 of the list written, 20 rows of 7 cells.
  expect(s.counter.cells.written).toBe(20 * 7);
  expect(rowsOf(s.spreadsheet.sheet('Problems'), 512)[0]).toEqual(changed[510]);
});
