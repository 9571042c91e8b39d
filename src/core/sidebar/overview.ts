import type { Analysis } from '../analyse';
import type { Lang } from '../i18n/lang';
import {
  breakdowns,
  type IndicatorFilter,
  IndicatorFilterError,
  indicatorLabel,
  report,
} from '../indicators';
import {
  earliestDate,
  isPeriodError,
  type Period,
  parsePeriod,
  periodFromTo,
  periodLabel,
  previousPeriod,
} from '../periods';
import { SECTOR_GROUP_LABELS, SECTOR_GROUPS } from '../schema/choices';
import type { WallTime } from '../time/wall-time';
import type { OverviewRequest, OverviewResult, OverviewRow } from './api';
import { SidebarError, sidebarText } from './texts';

/** The period a spec names, or a SidebarError the coordinator can read. */
export function periodOf(spec: string, analysis: Analysis, today: WallTime, lang: Lang): Period {
  const period = parsePeriod(spec, { today, earliest: earliestDate(analysis.dataset) });
  if (isPeriodError(period))
    throw new SidebarError(sidebarText('badPeriod', lang, { value: spec }));
  return period;
}

/** A text field of a request that crossed the wire: a string, or absent (''). */
function textOf(
  value: unknown,
  id: 'badPeriod' | 'unknownCommittee' | 'unknownRegion',
  lang: Lang,
): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string')
    throw new SidebarError(sidebarText(id, lang, { value: String(value) }));
  return value.trim();
}

function filterOf(request: Partial<OverviewRequest>, lang: Lang): IndicatorFilter {
  const committeeId = textOf(request.committee, 'unknownCommittee', lang);
  const region = textOf(request.region, 'unknownRegion', lang);
  return { ...(committeeId ? { committeeId } : {}), ...(region ? { region } : {}) };
}

/** Runs an indicator computation, turning an unknown committee or region into a SidebarError. */
function withFilter<T>(lang: Lang, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof IndicatorFilterError)) throw error;
    const id = error.detail.error === 'unknown_committee' ? 'unknownCommittee' : 'unknownRegion';
    throw new SidebarError(sidebarText(id, lang, { value: error.detail.value }));
  }
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
  const rows: OverviewRow[] = Object.entries(current.indicators).map(([id, value]) => {
    const old =
      previous === null ? null : (previous.indicators[id as keyof typeof previous.indicators] ?? 0);
    return {
      id,
      label: indicatorLabel(id, lang),
      value,
      previous: old,
      change: old === null ? null : value - old,
    };
  });
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
