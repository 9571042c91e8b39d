export { earliestDate } from './earliest';
export { periodLabel } from './label';
export {
  monthPeriod,
  monthRangePeriod,
  quarterPeriod,
  sinceStartPeriod,
  yearPeriod,
} from './make';
export type { MonthIndex } from './months';
export { monthIndexOf, monthKey, monthStart, parseMonthKey } from './months';
export { monthsOf, previousPeriod, yearToDate } from './navigate';
export type { PeriodContext } from './parse';
export { parsePeriod } from './parse';
export type { Period, PeriodDays, PeriodError, PeriodKind } from './period';
export { isPeriodError, periodFromTo } from './period';
export type { MonthRefusal } from './programme-years';
export {
  FIRST_PROGRAMME_YEAR,
  isProgrammeYear,
  LAST_PROGRAMME_YEAR,
  parseProgrammeMonth,
} from './programme-years';
