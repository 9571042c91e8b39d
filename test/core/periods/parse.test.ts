import type { Period } from '../../../src/core/periods';
import {
  earliestDate,
  isPeriodError,
  monthsOf,
  parsePeriod,
  periodFromTo,
  previousPeriod,
  yearToDate,
} from '../../../src/core/periods';
import { at, caseRow, committee, dataset, event, member, referral } from '../../helpers/dataset';

const context = { today: at('2026-11-15 10:00'), earliest: at('2025-03-10') };

function parse(spec: string): Period {
  const result = parsePeriod(spec, context);
  if (isPeriodError(result)) throw new Error(result.message);
  return result;
}

describe('parsePeriod', () => {
  test('a month runs from its first day 00:00 to the next month’s first day', () => {
    const p = parse('2026-10');
    expect(p).toEqual({
      kind: 'month',
      from: at('2026-10-01'),
      to: at('2026-11-01'),
      spec: '2026-10',
    });
  });

  test('a quarter covers three months', () => {
    const p = parse('2026-Q3');
    expect(p).toEqual({
      kind: 'quarter',
      from: at('2026-07-01'),
      to: at('2026-10-01'),
      spec: '2026-Q3',
    });
    expect(parse(' 2026-q4 ').spec).toBe('2026-Q4');
    expect(parse('2026-Q4').to).toBe(at('2027-01-01'));
  });

  test('a year', () => {
    expect(parse('2026')).toEqual({
      kind: 'year',
      from: at('2026-01-01'),
      to: at('2027-01-01'),
      spec: '2026',
    });
  });

  test('a range of months', () => {
    const p = parse('2025-11..2026-02');
    expect(p).toEqual({
      kind: 'range',
      from: at('2025-11-01'),
      to: at('2026-03-01'),
      spec: '2025-11..2026-02',
    });
  });

  test('"all" runs from the earliest date’s day through today, inclusive', () => {
    const p = parse('ALL');
    expect(p).toEqual({ kind: 'all', from: at('2025-03-10'), to: at('2026-11-16'), spec: 'all' });
    expect(periodFromTo(p)).toEqual({ from: '2025-03-10', to: '2026-11-15' });
  });

  test('"all" of an empty workbook is today', () => {
    const p = parsePeriod('all', { today: at('2026-11-15 10:00'), earliest: null });
    expect(p).toEqual({ kind: 'all', from: at('2026-11-15'), to: at('2026-11-16'), spec: 'all' });
  });

  test.each(['2026-13', '2026-00', '2026-Q5', '26-10', 'October', '', '2026-10..2026-09'])(
    'rejects %p',
    (spec) => {
      const result = parsePeriod(spec, context);
      expect(isPeriodError(result)).toBe(true);
      expect(result).toMatchObject({ error: 'invalid_period', spec });
    },
  );
});

test.each(['0999', '0050-12', '2016', '2016-Q4', '2016-12', '2016-12..2017-01', '2101', '2999-12'])(
  'refuses %p: outside the programme’s years (2017–2100)',
  (spec) => {
    expect(parsePeriod(spec, context)).toMatchObject({ error: 'outside_programme_years', spec });
  },
);

describe('period helpers', () => {
  test('periodFromTo gives the last day inclusive', () => {
    expect(periodFromTo(parse('2026-10'))).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(periodFromTo(parse('2026-Q3'))).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodFromTo(parse('2028-02'))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodFromTo(parse('2026'))).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  test('previousPeriod steps back one month, quarter or year, across year ends', () => {
    expect(previousPeriod(parse('2026-10'))?.spec).toBe('2026-09');
    expect(previousPeriod(parse('2026-01'))?.spec).toBe('2025-12');
    expect(previousPeriod(parse('2026-Q3'))?.spec).toBe('2026-Q2');
    expect(previousPeriod(parse('2026-Q1'))).toEqual(parse('2025-Q4'));
    expect(previousPeriod(parse('2026'))).toEqual(parse('2025'));
    expect(previousPeriod(parse('2026-01..2026-03'))?.spec).toBe('2025-10..2025-12');
    expect(previousPeriod(parse('all'))).toBeNull();
  });

  test('yearToDate runs from January to the month', () => {
    const ytd = yearToDate(parse('2026-10'));
    expect(ytd.kind).toBe('range');
    expect(ytd.spec).toBe('2026-01..2026-10');
    expect(periodFromTo(ytd)).toEqual({ from: '2026-01-01', to: '2026-10-31' });
    // January's year to date is January itself.
    expect(yearToDate(parse('2026-01'))).toEqual(parse('2026-01'));
  });

  test('monthsOf lists the months a period covers', () => {
    expect(monthsOf(parse('2026-Q3'))).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(monthsOf(parse('2026-10'))).toEqual(['2026-10']);
    expect(monthsOf(parse('2025-11..2026-02'))).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsOf(parse('2026'))).toHaveLength(12);
    expect(monthsOf(parse('all'))).toHaveLength(21); // 2025-03 … 2026-11
  });
});

describe('earliestDate', () => {
  test('is the earliest date of any clean row', () => {
    const ds = dataset({
      committees: [committee('A', { establishedOn: at('2025-02-01') })],
      members: [member('A', { joinedOn: at('2025-01-20') })],
      events: [event('A', '2025-03-01', 'training')],
      cases: [caseRow('A-2025-0001', 'A', '2025-04-01')],
      referrals: [referral('A-2025-0001', '2025-04-02', 'shelter')],
    });
    expect(earliestDate(ds)).toBe(at('2025-01-20'));
  });

  test('is null for an empty workbook', () => {
    expect(earliestDate(dataset())).toBeNull();
  });
});
