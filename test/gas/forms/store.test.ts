/** What the forms keep in the document's properties, and how a bad value reads. */
import {
  bilingualForms,
  catchUpDue,
  committeesDirty,
  counters,
  formIds,
  itemIds,
  markCommitteesDirty,
  markPending,
  markScanned,
  saveCounters,
  setBilingualForms,
  setFormIds,
  setItemIds,
} from '../../../src/gas/forms/store';
import { useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals();
const props = () => fakes().PropertiesService.document.store;
afterEach(() => jest.restoreAllMocks());

test('form ids: only known kinds with string ids are kept', () => {
  expect(formIds()).toEqual({});
  setFormIds({ event: 'F1', case: 'F2' });
  expect(formIds()).toEqual({ event: 'F1', case: 'F2' });
  props().set('korgoo.forms.ids', JSON.stringify({ event: 'F1', other: 'X', case: 7 }));
  expect(formIds()).toEqual({ event: 'F1' });
  props().set('korgoo.forms.ids', 'not json');
  expect(formIds()).toEqual({});
});

test("item ids per form; the forms' wording", () => {
  setItemIds('event', { committeeId: 11 });
  expect(itemIds('event')).toEqual({ committeeId: 11 });
  expect(itemIds('case')).toEqual({});
  expect(bilingualForms()).toBe(false);
  setBilingualForms(true);
  expect(bilingualForms()).toBe(true);
});

test('counters: read in one call, saved in one; a bad one counts as 0', () => {
  const s = fakes();
  props().set('korgoo.seq.event', '41');
  props().set('korgoo.seq.case.KANT-2026', 'x');
  s.counter.reset();
  const read = counters();
  expect([read.event, read.cases('KANT-2026'), read.cases('TOKM-2026')]).toEqual([41, 0, 0]);
  expect(s.counter.count('Properties.getProperties')).toBe(1);
  saveCounters(
    42,
    new Map([
      ['KANT-2026', 3],
      ['TOKM-2026', 1],
    ]),
  );
  expect(s.counter.count('Properties.setProperties')).toBe(1);
  expect(counters().event).toBe(42);
  expect(counters().cases('KANT-2026')).toBe(3);
  s.counter.reset();
  saveCounters(null, new Map());
  expect(s.counter.total()).toBe(0);
});

test('a catch-up is due when a response was left pending since the last full scan began', () => {
  const now = jest.spyOn(Date, 'now');
  expect(catchUpDue()).toBe(false);
  now.mockReturnValue(1_000);
  markPending();
  expect(catchUpDue()).toBe(true);
  markScanned(1_000);
  // Pending at the very instant the scan began: the scan may have missed it.
  expect(catchUpDue()).toBe(true);
  markScanned(1_001);
  expect(catchUpDue()).toBe(false);
  now.mockReturnValue(2_000);
  markPending();
  expect(catchUpDue()).toBe(true);
});

test('the Committees sheet marked changed until synced', () => {
  expect(committeesDirty()).toBe(false);
  markCommitteesDirty(true);
  expect(committeesDirty()).toBe(true);
  markCommitteesDirty(false);
  expect(committeesDirty()).toBe(false);
  expect(props().has('korgoo.forms.committeesDirty')).toBe(false);
});
