import type { Analysis } from '../analyse';
import type { Lang } from '../i18n/lang';
import { monthYearLabel } from '../i18n/months';
import { text } from '../i18n/texts';
import {
  breakdowns,
  computeIndicators,
  type IndicatorFilter,
  IndicatorFilterError,
  indexOf,
  indicatorLabel,
  report,
} from '../indicators';
import {
  earliestDate,
  isPeriodError,
  monthPeriod,
  monthsOf,
  type Period,
  parsePeriod,
  periodFromTo,
  periodLabel,
  previousPeriod,
} from '../periods';
import { parseMonthKey } from '../periods/months';
import { SECTOR_GROUP_LABELS, SECTOR_GROUPS } from '../schema/choices';
import type { WallTime } from '../time/wall-time';
import type { OverviewRequest, OverviewResult, OverviewRow, TrendPoint } from './api';
import { SidebarError } from './texts';

/** The period a spec names, or a SidebarError the coordinator can read. */
export function periodOf(spec: string, analysis: Analysis, today: WallTime, lang: Lang): Period {
  const period = parsePeriod(spec, { today, earliest: earliestDate(analysis.dataset) });
  if (isPeriodError(period)) throw new SidebarError(text('badPeriod', lang, { value: spec }));
  return period;
}

/** A text field of a request that crossed the wire: a string, or absent (''). */
export function textOf(
  value: unknown,
  id: 'badPeriod' | 'unknownCommittee' | 'unknownRegion',
  lang: Lang,
): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new SidebarError(text(id, lang, { value: String(value) }));
  return value.trim();
}

export function filterOf(request: Partial<OverviewRequest>, lang: Lang): IndicatorFilter {
  const committeeId = textOf(request.committee, 'unknownCommittee', lang);
  const region = textOf(request.region, 'unknownRegion', lang);
  return { ...(committeeId ? { committeeId } : {}), ...(region ? { region } : {}) };
}

/** Runs an indicator computation, turning an unknown committee or region into a SidebarError. */
export function withFilter<T>(lang: Lang, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof IndicatorFilterError)) throw error;
    const id = error.detail.error === 'unknown_committee' ? 'unknownCommittee' : 'unknownRegion';
    throw new SidebarError(text(id, lang, { value: error.detail.value }));
  }
}

/** How many months the Overview's trend bars show, the period's last month last. */
export const TREND_MONTHS = 12;

/**
 * The Overview's rows: each indicator's value, its 12-month trend and its change against the
 * period before (null when there is none), for a workbook's figures and a roll-up's alike.
 */
export function overviewRows(
  current: Readonly<Record<string, number>>,
  previous: Readonly<Record<string, number>> | null,
  trends: ReadonlyMap<string, TrendPoint[]>,
  lang: Lang,
): OverviewRow[] {
  return Object.entries(current).map(([id, value]) => {
    const old = previous === null ? null : (previous[id] ?? 0);
    return {
      id,
      label: indicatorLabel(id, lang),
      value,
      trend: trends.get(id) ?? [],
      previous: old,
      change: old === null ? null : value - old,
    };
  });
}

/** Each indicator over the 12 months that end with the period's last month, oldest first. */
function trendsOf(
  analysis: Analysis,
  period: Period,
  filter: IndicatorFilter,
  lang: Lang,
): Map<string, TrendPoint[]> {
  // "Since start" ends today; its trend ends with the last month that holds data.
  const lastWithData = indexOf(analysis.dataset).lastMonth;
  const last =
    period.kind === 'all' && lastWithData !== null
      ? lastWithData
      : (parseMonthKey(monthsOf(period).at(-1) ?? '') ?? 0);
  return trendSeries(
    last,
    lang,
    (month) => computeIndicators(analysis.dataset, month, filter).indicators,
  );
}

/**
 * Each indicator over the 12 months that end with month index `last`, oldest first, from
 * `valuesOf` (a workbook's indicators or a roll-up's).
 */
export function trendSeries(
  last: number,
  lang: Lang,
  valuesOf: (month: Period) => Readonly<Record<string, number>>,
): Map<string, TrendPoint[]> {
  const trends = new Map<string, TrendPoint[]>();
  for (let m = last - TREND_MONTHS + 1; m <= last; m++) {
    const year = Math.floor(m / 12);
    const month = monthPeriod(year, (m % 12) + 1);
    const label = monthYearLabel(year, m % 12, lang);
    for (const [id, value] of Object.entries(valuesOf(month))) {
      const list = trends.get(id) ?? [];
      list.push({ month: month.spec, label, value });
      trends.set(id, list);
    }
  }
  return trends;
}

/** The seed's table for a period and filter, with the change against the period before. */
export function sidebarOverview(
  analysis: Analysis,
  request: OverviewRequest,
  lang: Lang,
  today: WallTime,
): OverviewResult {
  const asked: Partial<OverviewRequest> =
    typeof request === 'object' && request !== null ? request : {};
  const period = periodOf(textOf(asked.period, 'badPeriod', lang), analysis, today, lang);
  const filter = filterOf(asked, lang);
  const dataset = analysis.dataset;
  const current = withFilter(lang, () => report(dataset, period, filter));
  const before = previousPeriod(period);
  const previous = before === null ? null : report(dataset, before, filter);
  const trends = trendsOf(analysis, period, filter, lang);
  const rows = overviewRows(current.indicators, previous?.indicators ?? null, trends, lang);
  const bySector = breakdowns(dataset, period, filter).members_by_sector_group;
  const days = periodFromTo(period);
  return {
    period: period.spec,
    periodLabel: periodLabel(period, lang),
    from: days.from,
    to: days.to,
    previousLabel: before === null ? null : periodLabel(before, lang),
    rows,
    sectorGroups: SECTOR_GROUPS.map((g) => ({
      value: g,
      label: SECTOR_GROUP_LABELS[g][lang],
      count: bySector[g],
    })),
    excludedRows: current.excludedRows,
    committees: Object.keys(current.byCommittee),
  };
}
