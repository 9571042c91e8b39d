/**
 * When the hourly clock has digest work: from the 1st at 08:00 (the spreadsheet's wall clock)
 * until last month went to everyone; a dozen idle runs in a row pause it for a day.
 */

import type { DeliveryResult } from '../../../src/gas/digest/delivery';
import {
  digestDue,
  IDLE_PAUSE_MS,
  MAX_IDLE_RUNS,
  recordDelivery,
} from '../../../src/gas/digest/due';
import { useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals();
const props = () => fakes().PropertiesService.document.store;
const wall = (d: number, h: number) => Date.UTC(2026, 5, d, h);
const NOW = Date.UTC(2026, 5, 2, 3);

const result = (over: Partial<DeliveryResult>): DeliveryResult => ({
  month: '2026-05',
  sent: 0,
  failed: 0,
  pending: 0,
  stoppedFor: null,
  pendingResponses: 0,
  ...over,
});

test('not before 08:00 on the 1st; from then on, due', () => {
  expect(digestDue(wall(1, 7), NOW)).toBe(false);
  expect(digestDue(wall(1, 8), NOW)).toBe(true);
  expect(digestDue(wall(2, 0), NOW)).toBe(true);
  expect(digestDue(wall(15, 3), NOW)).toBe(true);
});

test('a month complete is remembered: its other runs are not due, the next month is', () => {
  recordDelivery(result({ sent: 4, pending: 0 }), NOW);
  expect(props().get('korgoo.digest.doneMonth')).toBe('2026-05');
  expect(digestDue(wall(20, 9), NOW)).toBe(false);
  expect(digestDue(Date.UTC(2026, 6, 1, 9), NOW)).toBe(true);
});

test('runs that send nothing while mail waits count; the twelfth pauses a day', () => {
  for (let run = 1; run < MAX_IDLE_RUNS; run++) {
    recordDelivery(result({ pending: 3 }), NOW);
    expect(props().get('korgoo.digest.idleRuns')).toBe(String(run));
  }
  expect(digestDue(wall(2, 9), NOW)).toBe(true);
  recordDelivery(result({ pending: 3 }), NOW);
  expect(props().get('korgoo.digest.idleRuns')).toBe('0');
  expect(props().get('korgoo.digest.pausedUntil')).toBe(String(NOW + IDLE_PAUSE_MS));
  expect(digestDue(wall(2, 9), NOW + IDLE_PAUSE_MS - 1)).toBe(false);
  expect(digestDue(wall(3, 9), NOW + IDLE_PAUSE_MS)).toBe(true);
});

test('a run that sends something starts the idle count again; completion clears it all', () => {
  recordDelivery(result({ pending: 3 }), NOW);
  recordDelivery(result({ pending: 3 }), NOW);
  recordDelivery(result({ sent: 1, pending: 2 }), NOW);
  expect(props().get('korgoo.digest.idleRuns')).toBe('0');
  props().set('korgoo.digest.pausedUntil', String(NOW));
  recordDelivery(result({ sent: 2, pending: 0 }), NOW);
  expect(props().has('korgoo.digest.idleRuns')).toBe(false);
  expect(props().has('korgoo.digest.pausedUntil')).toBe(false);
});
