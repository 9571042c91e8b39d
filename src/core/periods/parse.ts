import type { WallTime } from '../time/wall-time';
import { monthPeriod, monthRangePeriod, quarterPeriod, sinceStartPeriod, yearPeriod } from './make';
import { parseMonthKey } from './months';
import type { Period, PeriodError } from './period';

export interface PeriodContext {
  /** Today in the workbook's zone (only "since start" needs it). */
  readonly today: WallTime;
  /** The earliest date in the workbook (see earliestDate), or null for an empty one. */
  readonly earliest: WallTime | null;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

function invalid(spec: string): PeriodError {
  return {
    error: 'invalid_period',
    spec,
    message: `"${spec}" is not a period: expected YYYY-MM, YYYY-Qn, YYYY, YYYY-MM..YYYY-MM or all`,
  };
}

function yearOk(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** `2026-10` · `2026-Q3` · `2026` · `2026-01..2026-10` · `all` (case and spaces don't matter). */
export function parsePeriod(spec: string, context: PeriodContext): Period | PeriodError {
  const text = spec.trim().toUpperCase();
  if (text === 'ALL') return sinceStartPeriod(context.today, context.earliest);

  const year = /^(\d{4})$/.exec(text);
  if (year) return yearOk(Number(year[1])) ? yearPeriod(Number(year[1])) : invalid(spec);

  const quarter = /^(\d{4})-?Q([1-4])$/.exec(text);
  if (quarter) {
    const y = Number(quarter[1]);
    return yearOk(y) ? quarterPeriod(y, Number(quarter[2])) : invalid(spec);
  }

  const range = /^(\d{4}-\d{2})\s*\.\.\s*(\d{4}-\d{2})$/.exec(text);
  if (range) {
    const first = parseMonthKey(range[1] as string);
    const last = parseMonthKey(range[2] as string);
    if (first === null || last === null || last < first) return invalid(spec);
    if (!yearOk(Math.floor(first / 12)) || !yearOk(Math.floor(last / 12))) return invalid(spec);
    return monthRangePeriod(first, last);
  }

  const month = parseMonthKey(text);
  if (month !== null) {
    const y = Math.floor(month / 12);
    return yearOk(y) ? monthPeriod(y, month - y * 12 + 1) : invalid(spec);
  }
  return invalid(spec);
}
