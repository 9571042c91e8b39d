/** What Korgoo marked last, kept in a document property: per data sheet, its rows and columns. */
import type { Problem } from '../../src/core/validate/problem';
import {
  columnIds,
  legacyMarkedRows,
  positionsOf,
  readMarkRecords,
  recordMarks,
  startMarkRecords,
  writeMarkRecords,
} from '../../src/gas/mark-record';
import { useFakeGlobals } from './fake-globals';

const fakes = useFakeGlobals();
const props = () => fakes().PropertiesService.document.store;
const HEADER = ['Event ID', 'My notes', 'Date', 'Participants'];
const at = (columnIndex: number | null): Problem => ({
  sheet: 'events',
  sheetName: 'Events',
  row: 3,
  column: null,
  columnIndex,
  severity: 'error',
  rule: 'type_int',
  value: '',
});

test('columns known by schema key, the others by position; a moved column keeps its key', () => {
  expect(columnIds('events', HEADER)).toEqual(['eventId', '#2', 'date', 'participants']);
  const moved = columnIds('events', ['Participants', 'Event ID']);
  expect(positionsOf({ rows: 5, columns: ['eventId', 'participants', 'topic'] }, moved)).toEqual([
    2, 1,
  ]);
});

test('no record: null (an earlier version may have marked any column); bad entries dropped', () => {
  expect(readMarkRecords()).toBeNull();
  props().set(
    'korgoo.marks',
    JSON.stringify({ events: { rows: 4, columns: ['date'] }, cases: { rows: 'x' }, nope: {} }),
  );
  expect(readMarkRecords()).toEqual({ events: { rows: 4, columns: ['date'] } });
});

test("writing the record drops the earlier version's; a fresh workbook starts with none", () => {
  props().set('korgoo.markedRows', JSON.stringify({ events: 12, cases: 'x' }));
  expect(legacyMarkedRows()).toEqual({ events: 12 });
  startMarkRecords();
  // An earlier version's workbook is not taken for a fresh one.
  expect(readMarkRecords()).toBeNull();
  writeMarkRecords({ events: { rows: 2, columns: [] } });
  expect(props().has('korgoo.markedRows')).toBe(false);
  expect(legacyMarkedRows()).toEqual({});
});

test('startMarkRecords: an empty record, so the first Validate now reads no column', () => {
  startMarkRecords();
  expect(readMarkRecords()).toEqual({});
});

test("an edit's marks are added to the record, written only when it grows", () => {
  startMarkRecords();
  recordMarks('events', HEADER, 2, []);
  expect(readMarkRecords()).toEqual({ events: { rows: 2, columns: [] } });
  recordMarks('events', HEADER, 5, [at(4), at(2), at(null)]);
  expect(readMarkRecords()).toEqual({
    events: { rows: 5, columns: ['participants', '#2', 'eventId'] },
  });
  const s = fakes();
  s.counter.reset();
  recordMarks('events', HEADER, 3, [at(4)]);
  expect(s.counter.count('Properties.setProperty')).toBe(0);
  expect(readMarkRecords()?.events?.rows).toBe(5);
});

test('no record (an earlier version): nothing recorded, Validate now looks everywhere', () => {
  recordMarks('events', HEADER, 5, [at(4)]);
  expect(props().has('korgoo.marks')).toBe(false);
});
