import type { WallTime } from '../time/wall-time';
import { DAY_MS, isoDate } from '../time/wall-time';

/**
 * A period of the calendar in the workbook's zone. `range` is a run of whole months (year to
 * date, for instance); `all` runs from the earliest date in the workbook to today.
 */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'range' | 'all';

export interface Period {
  readonly kind: PeriodKind;
  /** First instant inside the period. */
  readonly from: WallTime;
  /** First instant after the period (exclusive end). */
  readonly to: WallTime;
  /** Canonical text of the period: `2026-10`, `2026-Q3`, `2026`, `2026-01..2026-10`, `all`. */
  readonly spec: string;
}

export interface PeriodError {
  /** Not a period at all, or a period before or after the programme's years. */
  readonly error: 'invalid_period' | 'outside_programme_years';
  readonly spec: string;
  readonly message: string;
}

export function isPeriodError(value: Period | PeriodError): value is PeriodError {
  return 'error' in value;
}

/** The period's first and last day (inclusive), as the JSON report writes them. */
export interface PeriodDays {
  readonly from: string;
  readonly to: string;
}

export function periodFromTo(period: Period): PeriodDays {
  return { from: isoDate(period.from), to: isoDate(period.to - DAY_MS) };
}
