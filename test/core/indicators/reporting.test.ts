import { breakdowns, reportingDeadline } from '../../../src/core/indicators';
import type { Period } from '../../../src/core/periods';
import { isPeriodError, monthPeriod, parsePeriod, quarterPeriod } from '../../../src/core/periods';
import { assistance, at, caseRow, committee, dataset, event, planRow } from '../../helpers/dataset';

describe('reporting rate and committees that did not report', () => {
  const ds = dataset({
    committees: [
      committee('A'),
      committee('B'),
      committee('C'),
      committee('D', { status: 'suspended' }),
      committee('E'),
      committee('F'),
      committee('G', { establishedOn: at('2026-11-01') }),
    ],
    events: [
      // A: entered at the last minute of the 5th of November: on time.
      event('A', '2026-10-10', 'training', { enteredAt: at('2026-11-05 23:59') }),
      // B: entered on the 6th: reported, but late.
      event('B', '2026-10-20', 'training', { enteredAt: at('2026-11-06 00:00') }),
      // F: no Entered at, so its date counts: on time.
      event('F', '2026-10-31 23:30', 'preventive_meeting'),
      // A again in December, late (entered in February).
      event('A', '2026-12-01', 'training', { enteredAt: at('2027-02-01') }),
    ],
    // C reported only a case in October: it reported, but has no event to be on time with.
    cases: [caseRow('C-2026-0001', 'C', '2026-10-02'), caseRow('E-2026-0001', 'E', '2026-09-02')],
    // E's only October-adjacent row is an assistance row dated in September.
    assistance: [assistance('E-2026-0001', '2026-09-30 23:59', 'in_kind')],
  });

  test('one month', () => {
    const b = breakdowns(ds, monthPeriod(2026, 10));
    // Expected: A, B, C, E, F (D suspended, G not yet established). On time: A, F.
    expect(b.reporting_rate).toEqual({ onTime: 2, expected: 5, rate: 0.4 });
    expect(b.non_reporting_committees).toEqual({ '2026-10': ['E'] });
  });

  test('a quarter judges each month and adds them up', () => {
    const b = breakdowns(ds, quarterPeriod(2026, 4));
    // October 5 expected, 2 on time; November and December 6 each (G established), 0 on time.
    expect(b.reporting_rate).toEqual({ onTime: 2, expected: 17, rate: 2 / 17 });
    expect(b.non_reporting_committees).toEqual({
      '2026-10': ['E'],
      '2026-11': ['A', 'B', 'C', 'E', 'F', 'G'],
      '2026-12': ['B', 'C', 'E', 'F', 'G'],
    });
  });

  test('filtered to a committee', () => {
    const b = breakdowns(ds, monthPeriod(2026, 10), { committeeId: 'B' });
    expect(b.reporting_rate).toEqual({ onTime: 0, expected: 1, rate: 0 });
    expect(b.non_reporting_committees).toEqual({ '2026-10': [] });
  });

  test('no active committee: no rate', () => {
    const b = breakdowns(ds, monthPeriod(2026, 10), { committeeId: 'D' });
    expect(b.reporting_rate).toEqual({ onTime: 0, expected: 0, rate: null });
  });

  test('since start does not judge the month still running', () => {
    const p = parsePeriod('all', { today: at('2026-11-20'), earliest: at('2026-09-02') });
    if (isPeriodError(p)) throw new Error(p.message);
    const b = breakdowns(ds, p);
    // September: A, B, C, E, F active; only E has rows (a case, an assistance row).
    expect(b.non_reporting_committees).toEqual({
      '2026-09': ['A', 'B', 'C', 'F'],
      '2026-10': ['E'],
    });
    expect(b.reporting_rate).toEqual({ onTime: 2, expected: 10, rate: 0.2 });
  });
});

describe('plan fulfilment', () => {
  const ds = dataset({
    committees: [committee('A'), committee('B')],
    plan: [
      planRow('A', '2026-10', 'training', 2),
      planRow('A', '2026-11', 'training', 1),
      planRow('A', '2026-10', 'preventive_meeting', 1),
      planRow('B', '2026-10', 'training', 1),
      planRow('A', '2027-01', 'training', 5), // next year's plan
    ],
    events: [
      event('A', '2026-10-05', 'training'),
      event('A', '2026-11-05', 'training'),
      event('A', '2026-10-06', 'preventive_meeting'),
      event('A', '2026-10-07', 'preventive_meeting'),
      event('B', '2026-12-05', 'training'), // done without a plan
    ],
  });
  const plan = (p: Period, committeeId?: string) =>
    breakdowns(ds, p, committeeId ? { committeeId } : undefined).plan_fulfilment;

  test('done against planned for a month', () => {
    const oct = plan(monthPeriod(2026, 10));
    expect(oct.training).toEqual({ done: 1, planned: 3 });
    expect(oct.preventive_meeting).toEqual({ done: 2, planned: 1 });
    expect(oct.awareness).toEqual({ done: 0, planned: 0 });
  });

  test('a quarter sums its months; a committee filter cuts both', () => {
    expect(plan(quarterPeriod(2026, 4)).training).toEqual({ done: 3, planned: 4 });
    expect(plan(quarterPeriod(2026, 4), 'A').training).toEqual({ done: 2, planned: 3 });
    expect(plan(quarterPeriod(2026, 4), 'B').training).toEqual({ done: 1, planned: 1 });
  });

  test('the plan of a month counts whole even when "since start" covers part of it', () => {
    const p = parsePeriod('all', { today: at('2026-10-05 12:00'), earliest: at('2026-10-05') });
    if (isPeriodError(p)) throw new Error(p.message);
    expect(plan(p).training).toEqual({ done: 1, planned: 3 });
    expect(plan(p).preventive_meeting).toEqual({ done: 0, planned: 1 });
  });

  test('plan rows do not count as reporting', () => {
    const b = breakdowns(ds, monthPeriod(2027, 1));
    expect(b.non_reporting_committees).toEqual({ '2027-01': ['A', 'B'] });
  });
});

test('the reporting deadline is the 6th of the next month, 00:00', () => {
  expect(reportingDeadline(at('2026-10-31 23:30'))).toBe(at('2026-11-06'));
  expect(reportingDeadline(at('2026-12-01'))).toBe(at('2027-01-06'));
});
