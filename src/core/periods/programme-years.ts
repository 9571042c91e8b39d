import { type MonthIndex, parseMonthKey, yearOfMonth } from './months';

/**
 * The committees work under the Kyrgyz Republic's law «Об охране и защите от семейного насилия»
 * of 27 April 2017: no month or period of the programme lies before 2017.
 */
export const FIRST_PROGRAMME_YEAR = 2017;
/** Years beyond this are typing slips (20026, 2206), not months anyone reports on. */
export const LAST_PROGRAMME_YEAR = 2100;

export function isProgrammeYear(year: number): boolean {
  return year >= FIRST_PROGRAMME_YEAR && year <= LAST_PROGRAMME_YEAR;
}

/** Why a month asked for is refused: not a month at all, or outside the programme's years. */
export type MonthRefusal = 'not_a_month' | 'outside_programme_years';

/** `YYYY-MM` of the programme's years → month index, or why it is refused. */
export function parseProgrammeMonth(text: string): MonthIndex | MonthRefusal {
  const month = parseMonthKey(text);
  if (month === null) return 'not_a_month';
  return isProgrammeYear(yearOfMonth(month)) ? month : 'outside_programme_years';
}
