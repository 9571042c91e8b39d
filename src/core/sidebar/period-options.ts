import type { Lang } from '../i18n/lang';
import { monthYearLabel } from '../i18n/months';
import { periodLabel, quarterPeriod, sinceStartPeriod, yearPeriod } from '../periods';
import {
  type MonthIndex,
  month0OfMonth,
  monthIndexOf,
  monthKey,
  yearOfMonth,
} from '../periods/months';
import type { WallTime } from '../time/wall-time';
import type { Option, PeriodKindOption } from './api';

/**
 * The months from the earliest date in the workbook to this month, newest first. Last month is
 * always among them: the sidebar opens on it (and its digest goes out), data or not.
 */
export function monthRange(earliest: WallTime | null, today: WallTime): MonthIndex[] {
  const last = monthIndexOf(today);
  const first = Math.min(earliest === null ? last : monthIndexOf(earliest), last - 1);
  const months: MonthIndex[] = [];
  for (let m = last; m >= first; m--) months.push(m);
  return months;
}

export function monthOption(m: MonthIndex, lang: Lang): Option {
  return { value: monthKey(m), label: monthYearLabel(yearOfMonth(m), month0OfMonth(m), lang) };
}

/** Every month, quarter and year that holds data (up to today), and "since start". */
export function periodOptions(
  earliest: WallTime | null,
  today: WallTime,
  lang: Lang,
): Record<PeriodKindOption, Option[]> {
  const months = monthRange(earliest, today);
  const quarters: Option[] = [];
  const years: Option[] = [];
  for (const m of months) {
    const year = yearOfMonth(m);
    const quarter = Math.floor(month0OfMonth(m) / 3) + 1;
    const q = quarterPeriod(year, quarter);
    if (!quarters.some((o) => o.value === q.spec))
      quarters.push({ value: q.spec, label: periodLabel(q, lang) });
    const y = yearPeriod(year);
    if (!years.some((o) => o.value === y.spec))
      years.push({ value: y.spec, label: periodLabel(y, lang) });
  }
  return {
    month: months.map((m) => monthOption(m, lang)),
    quarter: quarters,
    year: years,
    all: [{ value: 'all', label: periodLabel(sinceStartPeriod(today, earliest), lang) }],
  };
}
