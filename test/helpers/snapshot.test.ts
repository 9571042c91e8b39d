/**
 * The workbook snapshot of the bundle tests (test/gas/workbook-data.ts) tells two states apart
 * whenever one cell differs in anything, wherever it is in a run of alike cells, and only then.
 */
import * as vm from 'node:vm';
import { createFakeServices } from '../fakes';
import type { Cell } from '../fakes/grid';
import { expectSameState, snapshot } from '../gas/workbook-data';

/** A sheet of 300 rows with a dropdown down column B and a number format on column C. */
function workbook(order: 'down' | 'up' = 'down') {
  const s = createFakeServices();
  const sheet = s.spreadsheet.insertSheet('Events');
  const rule = s.SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b'], true).build();
  const rows = Array.from({ length: 299 }, (_, i) => i + 2);
  for (const row of order === 'down' ? rows : rows.reverse()) {
    sheet.getRange(row, 2).setDataValidation(rule);
    sheet.getRange(row, 3).setNumberFormat('dd.mm.yyyy');
  }
  sheet.getRange(1, 1, 1, 3).setValues([['ID', 'Type', 'Date']]);
  return s;
}

const edits: [string, Partial<Cell>][] = [
  ['a value', { value: 'x' }],
  ['a number for the text of it', { value: 1 }],
  ['a formula', { formula: '=A1' }],
  ['a note', { note: 'n' }],
  ['a background', { background: '#ff0000' }],
  ['a number format', { numberFormat: '@' }],
  ['no dropdown', { validation: null }],
  ['bold', { fontWeight: 'bold' }],
  ['a font colour', { fontColor: '#ff0000' }],
  ['no wrap', { wrap: false }],
];

describe('snapshot', () => {
  test('the same cells made in another order are the same state', () => {
    expectSameState(snapshot(workbook('up').spreadsheet), snapshot(workbook('down').spreadsheet));
  });

  test.each(edits)('one cell in the middle of a run with %s is another state', (_, edit) => {
    const expected = snapshot(workbook().spreadsheet);
    const changed = workbook();
    Object.assign(changed.spreadsheet.sheet('Events').grid.cell(150, 2), edit);
    expect(() => expectSameState(snapshot(changed.spreadsheet), expected)).toThrow();
  });

  test('values differ by type and sign; dates by time, not by realm', () => {
    const state = (value: Cell['value']) => {
      const s = workbook();
      s.spreadsheet.sheet('Events').grid.cell(5, 1).value = value;
      return snapshot(s.spreadsheet);
    };
    expect(() => expectSameState(state('1'), state(1))).toThrow();
    expect(() => expectSameState(state(-0), state(0))).toThrow();
    expect(() => expectSameState(state(true), state('true'))).toThrow();
    const otherRealm = vm.runInNewContext('Date') as DateConstructor;
    expectSameState(
      state(new otherRealm(Date.UTC(2026, 0, 1))),
      state(new Date(Date.UTC(2026, 0, 1))),
    );
    expect(() =>
      expectSameState(state(new Date(Date.UTC(2026, 0, 2))), state(new Date(Date.UTC(2026, 0, 1)))),
    ).toThrow();
  });

  test('rows from skipRowsFrom are left out, the rows above kept', () => {
    const s = workbook();
    const before = snapshot(s.spreadsheet, { Events: 200 });
    s.spreadsheet.sheet('Events').grid.cell(250, 1).value = 'below';
    expectSameState(snapshot(s.spreadsheet, { Events: 200 }), before);
    s.spreadsheet.sheet('Events').grid.cell(199, 1).value = 'above';
    expect(() => expectSameState(snapshot(s.spreadsheet, { Events: 200 }), before)).toThrow();
  });
});
