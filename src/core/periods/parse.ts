import type { WallTime } from '../time/wall-time';
import { monthPeriod, monthRangePeriod, quarterPeriod, sinceStartPeriod, yearPeriod } from './make';
import { parseMonthKey } from './months';
import type { Period, PeriodError } from './period';
import { FIRST_PROGRAMME_YEAR, isProgrammeYear, LAST_PROGRAMME_YEAR } from './programme-years';

export interface PeriodContext {
  /** Today in the workbook's zone (only "since start" needs it). */
  readonly today: WallTime;
  /** The earliest date in the workbook (see earliestDate), or null for an empty one. */
  readonly earliest: WallTime | null;
}

function invalid(spec: string): PeriodError {
  return {
    error: 'invalid_period',
    spec,
    message: `"${spec}" is not a period: expected YYYY-MM, YYYY-Qn, YYYY, YYYY-MM..YYYY-MM or all`,
  };
}

function outsideYears(spec: string): PeriodError {
  return {
    error: 'outside_programme_years',
    spec,
    message: `"${spec}" is outside the programme's years (${FIRST_PROGRAMME_YEAR}–${LAST_PROGRAMME_YEAR})`,
  };
}

/** `2026-10` · `2026-Q3` · `2026` · `2026-01..2026-10` · `all` (case and spaces don't matter). */
export function parsePeriod(spec: string, context: PeriodContext): Period | PeriodError {
  const text = spec.trim().toUpperCase();
  if (text === 'ALL') return sinceStartPeriod(context.today, context.earliest);

  const year = /^(\d{4})$/.exec(text);
  if (year)
    return isProgrammeYear(Number(year[1])) ? yearPeriod(Number(year[1])) : outsideYears(spec);

  const quarter = /^(\d{4})-?Q([1-4])$/.exec(text);
  if (quarter) {
    const y = Number(quarter[1]);
    return isProgrammeYear(y) ? quarterPeriod(y, Number(quarter[2])) : outsideYears(spec);
  }

  const range = /^(\d{4}-\d{2})\s*\.\.\s*(\d{4}-\d{2})$/.exec(text);
  if (range) {
    const first = parseMonthKey(range[1] as string);
    const last = parseMonthKey(range[2] as string);
    if (first === null || last === null || last < first) return invalid(spec);
    if (!isProgrammeYear(Math.floor(first / 12)) || !isProgrammeYear(Math.floor(last / 12)))
      return outsideYears(spec);
    return monthRangePeriod(first, last);
  }

  const month = parseMonthKey(text);
  if (month !== null) {
    const y = Math.floor(month / 12);
    return isProgrammeYear(y) ? monthPeriod(y, month - y * 12 + 1) : outsideYears(spec);
  }
  return invalid(spec);
}
