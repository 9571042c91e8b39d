import type { WallTime } from '../time/wall-time';
import { DAY_MS, startOfDay } from '../time/wall-time';
import type { MonthIndex } from './months';
import { monthIndex, monthKey, monthStart } from './months';
import type { Period } from './period';

export function monthPeriod(year: number, month1: number): Period {
  const m = monthIndex(year, month1 - 1);
  return { kind: 'month', from: monthStart(m), to: monthStart(m + 1), spec: monthKey(m) };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const first = monthIndex(year, (quarter - 1) * 3);
  return {
    kind: 'quarter',
    from: monthStart(first),
    to: monthStart(first + 3),
    spec: `${year}-Q${quarter}`,
  };
}

export function yearPeriod(year: number): Period {
  const first = monthIndex(year, 0);
  return { kind: 'year', from: monthStart(first), to: monthStart(first + 12), spec: String(year) };
}

/** Whole months `first`..`last` (inclusive); a single month is a `month` period. */
export function monthRangePeriod(first: MonthIndex, last: MonthIndex): Period {
  if (first === last) {
    return {
      kind: 'month',
      from: monthStart(first),
      to: monthStart(first + 1),
      spec: monthKey(first),
    };
  }
  return {
    kind: 'range',
    from: monthStart(first),
    to: monthStart(last + 1),
    spec: `${monthKey(first)}..${monthKey(last)}`,
  };
}

/** "Since start": the day of the earliest date in the workbook through today, inclusive. */
export function sinceStartPeriod(today: WallTime, earliest: WallTime | null): Period {
  const end = startOfDay(today) + DAY_MS;
  const start = startOfDay(earliest === null ? today : Math.min(earliest, today));
  return { kind: 'all', from: start, to: end, spec: 'all' };
}
