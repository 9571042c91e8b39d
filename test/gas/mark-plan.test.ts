/**
 * Where Validate now looks for each data sheet's marks: the columns the record says held them
 * and those that hold them now, over the data rows and rows emptied since; and the next record.
 */
import { analyse } from '../../src/core/analyse';
import type { CellValue, WorkbookSource } from '../../src/core/read/workbook';
import { planMarks } from '../../src/gas/mark-plan';
import { headerLabels, useFakeGlobals } from './fake-globals';

const fakes = useFakeGlobals();
const props = () => fakes().PropertiesService.document.store;

const HEADER = headerLabels('events', 'en');
const PARTICIPANTS = HEADER.indexOf('Participants') + 1;

/** An Events sheet of `rows` rows whose row 3 has a count that is no number. */
function workbook(rows: number): { source: WorkbookSource; analysis: ReturnType<typeof analyse> } {
  const row = (i: number): CellValue[] =>
    HEADER.map((label) => (label === 'Participants' ? (i === 1 ? 'many' : 10) : ''));
  const sheets: Record<string, CellValue[][]> = {
    Events: [HEADER, ...Array.from({ length: rows }, (_, i) => row(i))],
  };
  const source: WorkbookSource = {
    sheetNames: () => Object.keys(sheets),
    values: (name) => sheets[name] ?? [],
  };
  const analysis = analyse(source, { timeZone: 'UTC', dates: 'instant' }, Date.UTC(2026, 5, 1));
  return { source, analysis };
}
const eventsOf = (plan: ReturnType<typeof planMarks>) =>
  plan.sheets.find((s) => s.key === 'events');

test("no record (an earlier version's workbook): every column looked at, once", () => {
  const { source, analysis } = workbook(4);
  const plan = planMarks(analysis, source, () => 1000);
  const events = eventsOf(plan);
  expect(events?.recorded).toEqual(HEADER.map((_, i) => i + 1));
  expect(events?.rows).toBe(4);
  expect(events?.positions).toContain(PARTICIPANTS);
  expect(events?.problems.some((p) => p.row === 3 && p.columnIndex === PARTICIPANTS)).toBe(true);
  // Only sheets the workbook has are planned.
  expect(plan.sheets.map((s) => s.key)).toEqual(['events']);
});

test('with a record: only the recorded columns and the marked ones; the next record kept', () => {
  props().set('korgoo.marks', JSON.stringify({ events: { rows: 4, columns: ['topic'] } }));
  const { source, analysis } = workbook(4);
  const plan = planMarks(analysis, source, () => 1000);
  const events = eventsOf(plan);
  const marked = [...new Set(events?.problems.map((p) => p.columnIndex ?? 1))];
  expect(events?.recorded).toEqual([HEADER.indexOf('Topic') + 1]);
  expect(new Set(events?.positions)).toEqual(new Set([HEADER.indexOf('Topic') + 1, ...marked]));
  expect(plan.records.events?.rows).toBe(4);
  expect(plan.records.events?.columns).toContain('participants');
  expect(plan.records.events?.columns).not.toContain('topic');
});

test('rows emptied at the end since the last run are covered, within the grid', () => {
  props().set('korgoo.marks', JSON.stringify({ events: { rows: 9, columns: ['participants'] } }));
  const { source, analysis } = workbook(3);
  expect(eventsOf(planMarks(analysis, source, () => 1000))?.rows).toBe(9);
  expect(eventsOf(planMarks(analysis, source, () => 6))?.rows).toBe(5);
});

test("no record, an earlier version's rows: those rows are covered", () => {
  props().set('korgoo.markedRows', JSON.stringify({ events: 12 }));
  const { source, analysis } = workbook(3);
  expect(eventsOf(planMarks(analysis, source, () => 1000))?.rows).toBe(12);
});

test('a record for a sheet with no mark left: no column looked at beyond those marked now', () => {
  props().set('korgoo.marks', JSON.stringify({}));
  const { source, analysis } = workbook(2);
  const events = eventsOf(planMarks(analysis, source, () => 1000));
  expect(events?.recorded).toEqual([]);
  expect(new Set(events?.positions)).toEqual(
    new Set(events?.problems.map((p) => p.columnIndex ?? 1)),
  );
});
