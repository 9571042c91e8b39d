import type { Lang } from '../i18n/lang';
import { text } from '../i18n/texts';
import type { Report } from '../indicators/compute';
import { type IndicatorFilter, IndicatorFilterError } from '../indicators/scope';
import { INDICATOR_IDS, type IndicatorValues } from '../indicators/seed';
import { type Period, periodFromTo } from '../periods/period';
import { choiceKeyOf } from '../read/choices-index';
import { isoDate, type WallTime } from '../time/wall-time';
import type { ApprovalStatus } from './approval';
import type { ReturnCommittee } from './return';
import type { FigureSource } from './sources';

export type RollupProblem =
  | {
      readonly kind: 'duplicate_committee';
      readonly id: string;
      readonly first: string;
      readonly second: string;
    }
  | {
      readonly kind: 'period_not_in_return';
      readonly period: string;
      readonly source: string;
      readonly asOf: WallTime | null;
    };

/** A roll-up that cannot be made as asked: two sources of one committee, a period a return lacks. */
export class RollupError extends Error {
  constructor(readonly detail: RollupProblem) {
    super(`${detail.kind}: ${detail.kind === 'duplicate_committee' ? detail.id : detail.period}`);
    this.name = 'RollupError';
  }

  text(lang: Lang): string {
    const d = this.detail;
    return d.kind === 'duplicate_committee'
      ? text('duplicateCommittee', lang, d)
      : text('periodNotInReturn', lang, {
          period: d.period,
          source: d.source,
          date: d.asOf === null ? '' : isoDate(d.asOf),
        });
  }
}

export interface RollupCommittee extends ReturnCommittee {
  readonly source: FigureSource;
}

/** Several sources read as one programme: each committee from exactly one of them. */
export interface Rollup {
  readonly sources: readonly FigureSource[];
  readonly committees: readonly RollupCommittee[];
  /** The earliest first day of any source ("since start" of the whole). */
  readonly earliest: WallTime | null;
  readonly excludedRows: number;
}

/** Throws RollupError when a Committee ID is in two sources, naming it and both. */
export function combineSources(sources: readonly FigureSource[]): Rollup {
  const owner = new Map<string, FigureSource>();
  const committees: RollupCommittee[] = [];
  let earliest: WallTime | null = null;
  let excludedRows = 0;
  for (const source of sources) {
    for (const c of source.committees) {
      const first = owner.get(c.id);
      if (first) {
        throw new RollupError({
          kind: 'duplicate_committee',
          id: c.id,
          first: first.name,
          second: source.name,
        });
      }
      owner.set(c.id, source);
      committees.push({ ...c, source });
    }
    if (source.earliest !== null && (earliest === null || source.earliest < earliest)) {
      earliest = source.earliest;
    }
    excludedRows += source.excludedRows;
  }
  return { sources, committees, earliest, excludedRows };
}

/** The report of a roll-up; for a month, with each committee's approval status (DESIGN §9). */
export interface RollupReport extends Report {
  readonly approval?: Record<string, ApprovalStatus>;
  /** With `leaveOut`: the sources whose figures stop before the period, left out. */
  readonly leftOut?: readonly string[];
}

function selected(rollup: Rollup, filter?: IndicatorFilter): RollupCommittee[] {
  let chosen = [...rollup.committees];
  const committeeId = filter?.committeeId?.trim().toUpperCase();
  const regionText = filter?.region?.trim();
  if (committeeId) {
    chosen = chosen.filter((c) => c.id === committeeId);
    if (chosen.length === 0) {
      throw new IndicatorFilterError({ error: 'unknown_committee', value: committeeId });
    }
  }
  if (regionText) {
    const region = choiceKeyOf('region', regionText);
    if (region === undefined) {
      throw new IndicatorFilterError({ error: 'unknown_region', value: regionText });
    }
    chosen = chosen.filter((c) => c.region === region);
  }
  return chosen;
}

/**
 * The seed indicators of a period over every source, as one workbook holding all the rows
 * would give them: each committee's figures come from its one source, and every seed indicator
 * adds up across committees (a case, and so a distinct-case count, belongs to one committee).
 */
export function rollupReport(
  rollup: Rollup,
  period: Period,
  filter?: IndicatorFilter,
  leaveOut = false,
): RollupReport {
  const chosen = selected(rollup, filter);
  const bySource = new Map<FigureSource, ReadonlyMap<string, IndicatorValues>>();
  const leftOut: string[] = [];
  for (const source of new Set(chosen.map((c) => c.source))) {
    const figures = source.figures(period);
    if (figures === null && leaveOut) {
      // The sidebar shows what the other sources give, and names the ones left out.
      leftOut.push(source.name);
      continue;
    }
    if (figures === null) {
      throw new RollupError({
        kind: 'period_not_in_return',
        period: period.spec,
        source: source.name,
        asOf: source.asOf,
      });
    }
    bySource.set(source, figures);
  }
  const indicators = {} as IndicatorValues;
  for (const id of INDICATOR_IDS) indicators[id] = 0;
  const byCommittee: Record<string, IndicatorValues> = {};
  for (const c of chosen) {
    const values = bySource.get(c.source)?.get(c.id);
    if (!values) continue;
    byCommittee[c.id] = values;
    for (const id of INDICATOR_IDS) indicators[id] += values[id];
  }
  const base: Report = {
    period: periodFromTo(period),
    indicators,
    byCommittee,
    excludedRows: rollup.excludedRows,
    ...(leaveOut ? { leftOut } : {}),
  };
  if (period.kind !== 'month') return base;
  const approval: Record<string, ApprovalStatus> = {};
  for (const c of chosen) {
    if (bySource.has(c.source)) approval[c.id] = c.source.approvalOf(period.spec, c.id);
  }
  return { ...base, approval };
}
