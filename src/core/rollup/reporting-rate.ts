import type { Period } from '../periods/period';
import { DAY_MS, startOfDay, type WallTime } from '../time/wall-time';
import type { Regional } from './regional';
import type { Return } from './return';

/**
 * The reporting rate of a roll-up's sources for one month (DESIGN §11):
 * - the active sources are the Sources rows with a spreadsheet whose Active is yes (a row whose
 *   Active is neither yes nor no counts as active and failing: it is waiting on a fix);
 * - a source has reported the month when its last good return in Returns holds that month and
 *   was made on the month's last day or later, so the month is whole in it (for the month still
 *   under way: made today);
 * - it is failing when the last "Update roll-up" could not read it (Checked at later than Read
 *   at; Sources' State says why), late when it was read but its return stops before the month
 *   (its own workbook's Return is not kept up to date), missing when Returns holds nothing of
 *   it yet. A failing source may still have reported the month from its last good return;
 * - of the reporting sources' committee-months, how many are approved (DESIGN §9).
 * The workbook's own rows are not a source: they are counted as they stand.
 */
export type SourceStanding = 'reported' | 'late' | 'failing' | 'missing';

export interface SourceReporting {
  readonly label: string;
  readonly standing: SourceStanding;
  /** Whether its return covers the month (a failing source's last good one may). */
  readonly covers: boolean;
  /** The last day its figures run to (its return's Updated at), or null without a return. */
  readonly asOf: WallTime | null;
  readonly readAt: WallTime | null;
  /** Why it failed, as Sources' State says (empty unless failing). */
  readonly reason: string;
  readonly committees: number;
  /** Of its committees, those whose month is approved (0 when its return lacks the month). */
  readonly approved: number;
}

export interface ReportingRate {
  /** YYYY-MM. */
  readonly month: string;
  readonly active: number;
  /** Active sources whose return covers the month. */
  readonly reported: number;
  /** Committee-months of the reporting sources, and how many of them are approved. */
  readonly committeeMonths: number;
  readonly approved: number;
  /** Every active source, in Sources' order. */
  readonly sources: readonly SourceReporting[];
}

function covers(ret: Return, month: Period, today: WallTime): boolean {
  if (!ret.periods.some((p) => p.spec === month.spec)) return false;
  const lastDay = month.to - DAY_MS;
  return startOfDay(ret.updatedAt) >= Math.min(lastDay, startOfDay(today));
}

/** The reporting rate of a month (a month period) on `today`'s wall clock. */
export function reportingRate(regional: Regional, month: Period, today: WallTime): ReportingRate {
  const sources: SourceReporting[] = [];
  for (const row of regional.sources) {
    if (row.active === false) continue;
    const ret = regional.returns.get(row.label);
    const failing =
      row.active === null ||
      (row.checkedAt !== null && (row.readAt === null || row.readAt < row.checkedAt));
    const covered = ret !== undefined && covers(ret, month, today);
    const standing: SourceStanding = failing
      ? 'failing'
      : covered
        ? 'reported'
        : ret === undefined
          ? 'missing'
          : 'late';
    const approved = covered
      ? ret.committees.filter((c) => ret.approval.get(c.id)?.get(month.spec) === 'approved').length
      : 0;
    sources.push({
      label: row.label,
      standing,
      covers: covered,
      asOf: ret?.updatedAt ?? null,
      readAt: row.readAt,
      reason: failing ? row.state : '',
      committees: ret?.committees.length ?? 0,
      approved,
    });
  }
  const reporting = sources.filter((s) => s.covers);
  return {
    month: month.spec,
    active: sources.length,
    reported: reporting.length,
    committeeMonths: reporting.reduce((n, s) => n + s.committees, 0),
    approved: reporting.reduce((n, s) => n + s.approved, 0),
    sources,
  };
}
