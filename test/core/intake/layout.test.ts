/** Where each schema column of a canonical sheet is, from its header. */
import { keyColumnOf, sheetLayout } from '../../../src/core/intake/layout';
import { SHEETS } from '../../../src/core/schema/sheets';

test('columns found where the header has them, in another order and language too', () => {
  const labels = SHEETS.cases.columns.map((c) => c.labels.ru);
  const header = ['Пометка секретаря', ...labels.slice().reverse()];
  const layout = sheetLayout('cases', header, header.length, 'en');
  expect(layout.positionOf('caseCode')).toBe(header.length);
  expect(layout.positionOf(SHEETS.cases.columns.at(-1)?.key ?? '')).toBe(2);
  expect(layout.missing).toBeNull();
  expect(layout.width).toBe(header.length);
});

test('missing columns go after the last one with content, labelled in the workbook language', () => {
  const header = ['Case code', 'Date', 'Referred to'];
  const layout = sheetLayout('referrals', header, 5, 'ky');
  expect(layout.missing).toEqual({
    firstColumn: 6,
    labels: [SHEETS.referrals.columns[3]?.labels.ky],
  });
  expect(layout.positionOf('outcome')).toBe(6);
  expect(layout.width).toBe(6);
  expect(() => layout.positionOf('nope')).toThrow('no column nope in referrals');
});

test('the key column: Event ID for events, the case code for the rest', () => {
  expect(keyColumnOf('events')).toBe('eventId');
  expect(['cases', 'referrals', 'assistance'].map((k) => keyColumnOf(k as 'cases'))).toEqual([
    'caseCode',
    'caseCode',
    'caseCode',
  ]);
});
