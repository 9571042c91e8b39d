import { monthPeriod, quarterPeriod, sinceStartPeriod, yearPeriod } from '../periods/make';
import { monthIndexOf } from '../periods/months';
import type { Period } from '../periods/period';
import type { WallTime } from '../time/wall-time';

/**
 * The periods a return covers (DESIGN §11): each month, quarter and year from the earliest date
 * up to `today`, then `all`. Months first, so a reader meets them in calendar order.
 */
export function returnPeriods(earliest: WallTime | null, today: WallTime): Period[] {
  const all = sinceStartPeriod(today, earliest);
  const first = monthIndexOf(all.from);
  const last = monthIndexOf(today);
  const months: Period[] = [];
  const quarters: Period[] = [];
  const years: Period[] = [];
  for (let m = first; m <= last; m++) {
    const year = Math.floor(m / 12);
    const month0 = m - year * 12;
    months.push(monthPeriod(year, month0 + 1));
    if (m === first || month0 % 3 === 0)
      quarters.push(quarterPeriod(year, Math.floor(month0 / 3) + 1));
    if (m === first || month0 === 0) years.push(yearPeriod(year));
  }
  return [...months, ...quarters, ...years, all];
}
