import type { Lang } from '../i18n/lang';
import { text } from '../i18n/texts';
import {
  isPeriodError,
  monthPeriod,
  monthsOf,
  type Period,
  parsePeriod,
  periodFromTo,
  periodLabel,
  previousPeriod,
} from '../periods';
import { monthIndexOf, monthKey, parseMonthKey } from '../periods/months';
import type { Regional } from '../rollup/regional';
import { type ReportingRate, reportingRate } from '../rollup/reporting-rate';
import { type RollupReport, rollupReport } from '../rollup/rollup';
import { CHOICES } from '../schema/choices';
import { dottedDate, type WallTime } from '../time/wall-time';
import type {
  BreakdownView,
  InitResult,
  OverviewRequest,
  OverviewResult,
  ReportingView,
} from './api';
import { filterOf, overviewRows, textOf, trendSeries, withFilter } from './overview';
import { monthOption, periodOptions } from './period-options';
import { SidebarError } from './texts';

const timeText = (wall: number): string =>
  `${dottedDate(wall)} ${new Date(wall).toISOString().slice(11, 16)}`;

function regionLabel(key: string | null, lang: Lang): string {
  return CHOICES.region.find((r) => r.key === key)?.labels[lang] ?? text('regionUnknown', lang);
}

/** The month the reporting rate is for: the period's own, else last month. */
function reportingMonth(period: Period, today: WallTime): Period {
  const m = period.kind === 'month' ? monthIndexOf(period.from) : monthIndexOf(today) - 1;
  return monthPeriod(Math.floor(m / 12), (m % 12) + 1);
}

/** The reporting rate as the sidebar lists it: one short line per source, 300 px wide. */
export function reportingView(rate: ReportingRate, lang: Lang): ReportingView {
  const index = parseMonthKey(rate.month) as number;
  return {
    title: text('reportingTitle', lang),
    summary: text('reportingSummary', lang, {
      month: monthOption(index, lang).label,
      reported: rate.reported,
      active: rate.active,
      approved: rate.approved,
      months: rate.committeeMonths,
    }),
    items: rate.sources.map((s) => ({
      label: s.label,
      standing: s.standing,
      standingLabel: text(`standing_${s.standing}`, lang),
      readAt:
        s.readAt === null
          ? text('neverRead', lang)
          : text('readOn', lang, { date: timeText(s.readAt) }),
      detail:
        s.standing === 'failing'
          ? s.reason
          : s.standing === 'late' && s.asOf !== null
            ? text('figuresAsOf', lang, { date: dottedDate(s.asOf) })
            : '',
    })),
  };
}

function breakdowns(regional: Regional, current: RollupReport, lang: Lang): BreakdownView[] {
  const add = (
    groups: Map<string, { label: string; values: Record<string, number> }>,
    key: string,
    label: string,
    values: Readonly<Record<string, number>>,
  ) => {
    const group = groups.get(key) ?? { label, values: {} };
    for (const [id, v] of Object.entries(values)) group.values[id] = (group.values[id] ?? 0) + v;
    groups.set(key, group);
  };
  const bySource = new Map<string, { label: string; values: Record<string, number> }>();
  const byRegion = new Map<string, { label: string; values: Record<string, number> }>();
  const byCommittee = new Map<string, { label: string; values: Record<string, number> }>();
  for (const c of regional.rollup.committees) {
    const values = current.byCommittee[c.id];
    if (!values) continue;
    add(bySource, c.source.name, c.source.name, values);
    add(byRegion, c.region ?? '', regionLabel(c.region, lang), values);
    add(byCommittee, c.id, c.name ? `${c.id} · ${c.name}` : c.id, values);
  }
  const view = (by: BreakdownView['by'], groups: typeof bySource): BreakdownView => ({
    by,
    label: text(`by_${by}`, lang),
    items: [...groups].map(([key, g]) => ({ key, label: g.label, values: g.values })),
  });
  return [view('source', bySource), view('region', byRegion), view('committee', byCommittee)];
}

/**
 * The Overview of a workbook that rolls others up: the seed's figures of its own rows and of
 * its sources' returns together, exactly as `korgoo report` adds up the same sources, cut by
 * source, region and committee, with the sources' reporting rate. A source whose return stops
 * before the period is left out and named, never guessed at.
 */
export function rollupOverview(
  regional: Regional,
  request: OverviewRequest,
  lang: Lang,
  today: WallTime,
): OverviewResult {
  const asked: Partial<OverviewRequest> =
    typeof request === 'object' && request !== null ? request : {};
  const spec = textOf(asked.period, 'badPeriod', lang);
  const rollup = regional.rollup;
  const period = parsePeriod(spec, { today, earliest: rollup.earliest });
  if (isPeriodError(period)) throw new SidebarError(text('badPeriod', lang, { value: spec }));
  const filter = filterOf(asked, lang);
  const current = withFilter(lang, () => rollupReport(rollup, period, filter, true));
  const before = previousPeriod(period);
  const previous = before === null ? null : rollupReport(rollup, before, filter, true);
  const last =
    period.kind === 'all'
      ? monthIndexOf(today)
      : (parseMonthKey(monthsOf(period).at(-1) ?? '') ?? monthIndexOf(today));
  const trends = trendSeries(
    last,
    lang,
    (month) => rollupReport(rollup, month, filter, true).indicators,
  );
  const rows = overviewRows(current.indicators, previous?.indicators ?? null, trends, lang);
  const days = periodFromTo(period);
  const committees = Object.keys(current.byCommittee);
  const approval = current.approval
    ? `${monthOption(monthIndexOf(period.from), lang).label}: ${text('monthApprovedSummary', lang, {
        approved: Object.values(current.approval).filter((s) => s === 'approved').length,
        total: Object.keys(current.approval).length,
      })}`
    : null;
  const notes = [
    ...((current.leftOut ?? []).length > 0
      ? [text('leftOutOfPeriod', lang, { sources: (current.leftOut ?? []).join(', ') })]
      : []),
    ...(regional.problems.length > 0
      ? [text('returnsUnreadable', lang, { detail: regional.problems.join('; ') })]
      : []),
    text('noSectorsInReturns', lang),
  ];
  return {
    period: period.spec,
    periodLabel: periodLabel(period, lang),
    from: days.from,
    to: days.to,
    previousLabel: before === null ? null : periodLabel(before, lang),
    rows,
    sectorGroups: [],
    excludedRows: current.excludedRows,
    committees,
    approval,
    rollup: {
      reporting: reportingView(reportingRate(regional, reportingMonth(period, today), today), lang),
      breakdowns: breakdowns(regional, current, lang),
      notes,
    },
  };
}

/** The filter choices of a roll-up: every committee of every source, their regions, periods. */
export function rollupInit(regional: Regional, lang: Lang, today: WallTime): InitResult {
  const committees = regional.rollup.committees;
  const regionKeys = new Set(committees.map((c) => c.region));
  return {
    lang,
    periods: periodOptions(regional.rollup.earliest, today, lang),
    defaultMonth: monthKey(monthIndexOf(today) - 1),
    committees: committees.map((c) => ({
      value: c.id,
      label: c.name ? `${c.id} · ${c.name}` : c.id,
    })),
    regions: CHOICES.region
      .filter((choice) => regionKeys.has(choice.key))
      .map((choice) => ({ value: choice.key, label: choice.labels[lang] })),
  };
}
