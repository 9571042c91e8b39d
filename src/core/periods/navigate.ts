import { monthPeriod, monthRangePeriod, quarterPeriod, yearPeriod } from './make';
import type { MonthIndex } from './months';
import { month0OfMonth, monthIndexOf, monthIndicesBetween, monthKey, yearOfMonth } from './months';
import type { Period } from './period';

/** The months (`YYYY-MM`) that overlap the period, in order. */
export function monthsOf(period: Period): string[] {
  return monthIndicesBetween(period.from, period.to).map(monthKey);
}

/** The month, quarter or year before; a range of as many months just before; null for "all". */
export function previousPeriod(period: Period): Period | null {
  const first = monthIndexOf(period.from);
  const year = yearOfMonth(first);
  switch (period.kind) {
    case 'month':
      return monthPeriod(yearOfMonth(first - 1), month0OfMonth(first - 1) + 1);
    case 'quarter': {
      const quarter = Math.floor(month0OfMonth(first) / 3) + 1;
      return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
    }
    case 'year':
      return yearPeriod(year - 1);
    case 'range': {
      const last: MonthIndex = monthIndexOf(period.to - 1);
      const length = last - first + 1;
      return monthRangePeriod(first - length, first - 1);
    }
    case 'all':
      return null;
  }
}

/** January of the period's last month's year through that month (the digest's "year to date"). */
export function yearToDate(period: Period): Period {
  const last = monthIndexOf(period.to - 1);
  return monthRangePeriod(yearOfMonth(last) * 12, last);
}
