import type { Dataset } from '../dataset';
import { monthPeriod } from '../periods/make';
import { monthKey } from '../periods/months';
import type { Period, PeriodDays } from '../periods/period';
import { periodFromTo } from '../periods/period';
import type { Breakdowns } from './breakdowns';
import { computeBreakdowns } from './breakdowns';
import type { IndicatorIndex } from './indicator-index';
import { indexOf } from './indicator-index';
import type { Reporting } from './reporting';
import { reportingOf } from './reporting';
import type { IndicatorFilter, Scope } from './scope';
import { scopeOrThrow } from './scope';
import type { IndicatorValues } from './seed';
import { seedValues } from './seed';
import type { Slice } from './slice';
import { mergeSlices, planPeriod, sliceOfSlot } from './slice';

export interface IndicatorResult {
  readonly period: PeriodDays;
  readonly indicators: IndicatorValues;
  /** The committees the figures cover. */
  readonly committees: readonly string[];
  readonly excludedRows: number;
}

/** The JSON report: `{period, indicators, byCommittee, excludedRows}`, in that key order. */
export interface Report {
  readonly period: PeriodDays;
  readonly indicators: IndicatorValues;
  readonly byCommittee: Record<string, IndicatorValues>;
  readonly excludedRows: number;
}

/** The report as read back from its JSON: ids are plain strings there. Report is one. */
export interface ReportJson {
  readonly period: PeriodDays;
  readonly indicators: Readonly<Record<string, number>>;
  readonly byCommittee: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly excludedRows: number;
}

export interface MonthFigures {
  readonly month: string;
  readonly report: Report;
  readonly breakdowns: Breakdowns;
}

/** Everything a period and scope need, computed once and shared by the outputs. */
interface Figures {
  readonly scope: Scope;
  readonly bySlot: readonly Slice[];
  readonly total: Slice;
}

function figuresOf(index: IndicatorIndex, period: Period, scope: Scope): Figures {
  const plan = planPeriod(index, period, scope.slots);
  const bySlot = scope.slots.map((slot) => sliceOfSlot(index, plan, slot));
  return { scope, bySlot, total: mergeSlices(bySlot) };
}

function reportOf(index: IndicatorIndex, period: Period, f: Figures): Report {
  const byCommittee: Record<string, IndicatorValues> = {};
  f.scope.committeeIds.forEach((id, i) => {
    byCommittee[id] = seedValues(f.bySlot[i] as Slice);
  });
  return {
    period: periodFromTo(period),
    indicators: seedValues(f.total),
    byCommittee,
    excludedRows: index.dataset.excludedRows,
  };
}

function breakdownsOf(index: IndicatorIndex, period: Period, f: Figures): Breakdowns {
  const reporting: Reporting = reportingOf(index, period, f.scope.slots);
  return computeBreakdowns({ dataset: index.dataset, scope: f.scope, slice: f.total, reporting });
}

/**
 * The seed's indicators for a period, optionally cut to a committee or a region. Throws
 * IndicatorFilterError for a committee or region it doesn't know (check with resolveScope).
 */
export function computeIndicators(
  dataset: Dataset,
  period: Period,
  filter?: IndicatorFilter,
): IndicatorResult {
  const index = indexOf(dataset);
  const scope = scopeOrThrow(index, filter);
  const plan = planPeriod(index, period, scope.slots);
  const total = mergeSlices(scope.slots.map((slot) => sliceOfSlot(index, plan, slot)));
  return {
    period: periodFromTo(period),
    indicators: seedValues(total),
    committees: scope.committeeIds,
    excludedRows: dataset.excludedRows,
  };
}

/** The JSON report, with figures for every committee in the filtered set. */
export function report(dataset: Dataset, period: Period, filter?: IndicatorFilter): Report {
  const index = indexOf(dataset);
  return reportOf(index, period, figuresOf(index, period, scopeOrThrow(index, filter)));
}

/** The indicators beyond the seed's (see BREAKDOWN_DEFS), as plain JSON-able objects. */
export function breakdowns(dataset: Dataset, period: Period, filter?: IndicatorFilter): Breakdowns {
  const index = indexOf(dataset);
  return breakdownsOf(index, period, figuresOf(index, period, scopeOrThrow(index, filter)));
}

/** Report and breakdowns of every month from the first to the last month holding data. */
export function computeAllMonths(dataset: Dataset, filter?: IndicatorFilter): MonthFigures[] {
  const index = indexOf(dataset);
  const scope = scopeOrThrow(index, filter);
  const result: MonthFigures[] = [];
  if (index.firstMonth === null || index.lastMonth === null) return result;
  for (let m = index.firstMonth; m <= index.lastMonth; m++) {
    const key = monthKey(m);
    const period = monthPeriod(Math.floor(m / 12), (m % 12) + 1);
    const f = figuresOf(index, period, scope);
    result.push({
      month: key,
      report: reportOf(index, period, f),
      breakdowns: breakdownsOf(index, period, f),
    });
  }
  return result;
}
