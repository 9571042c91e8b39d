import { monthIndicesBetween, monthKey, monthStart } from '../periods/months';
import type { Period } from '../periods/period';
import { value } from './bucket';
import type { IndicatorIndex } from './indicator-index';
import { M } from './measures';
import { isActiveBy } from './stock';

/**
 * Reporting over the whole months of a period (a month still running, as at the end of
 * "since start", is not judged yet). Committees count as expected in a month when active by
 * its end.
 */
export interface Reporting {
  /** (committee, month) pairs expected to report. */
  readonly expected: number;
  /** Of those, pairs with an event entered by the 5th of the next month. */
  readonly onTime: number;
  /** `YYYY-MM` → active committees with no event, case, referral or assistance row dated in it. */
  readonly nonReporting: Record<string, string[]>;
}

export function reportingOf(
  index: IndicatorIndex,
  period: Period,
  slots: readonly number[],
): Reporting {
  let expected = 0;
  let onTime = 0;
  const nonReporting: Record<string, string[]> = {};
  for (const month of monthIndicesBetween(period.from, period.to)) {
    const end = monthStart(month + 1);
    if (end > period.to) continue;
    const silent: string[] = [];
    for (const slot of slots) {
      const committee = index.committees[slot];
      if (!committee || !isActiveBy(committee, end)) continue;
      expected++;
      const bucket = index.buckets[slot]?.get(month);
      if (bucket && value(bucket, M.eventsOnTime) > 0) onTime++;
      if (!bucket || value(bucket, M.anyRow) === 0) silent.push(committee.id);
    }
    nonReporting[monthKey(month)] = silent;
  }
  return { expected, onTime, nonReporting };
}
