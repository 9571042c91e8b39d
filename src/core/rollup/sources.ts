import type { Dataset } from '../dataset';
import { report } from '../indicators/compute';
import { INDICATOR_IDS, type IndicatorValues } from '../indicators/seed';
import { earliestDate } from '../periods/earliest';
import type { Period } from '../periods/period';
import type { WallTime } from '../time/wall-time';
import { type ApprovalOf, type ApprovalStatus, NO_APPROVALS } from './approval';
import type { Return, ReturnCommittee } from './return';
import { buildReturnCommittees } from './return';

/**
 * Where a roll-up takes a committee's figures from: a workbook (computed from its rows) or a
 * return (read from its lines). Every source answers the same questions, so the two mix.
 */
export interface FigureSource {
  /** The file or spreadsheet it came from, as errors name it. */
  readonly name: string;
  readonly kind: 'workbook' | 'return';
  readonly committees: readonly ReturnCommittee[];
  /** The first day "since start" counts from, or null when the source holds nothing. */
  readonly earliest: WallTime | null;
  /** Rows left out for errors (a return carries none: its source counted them). */
  readonly excludedRows: number;
  /** The figures of each committee for the period; null when the source cannot give them. */
  figures(period: Period): ReadonlyMap<string, IndicatorValues> | null;
  approvalOf(month: string, committeeId: string): ApprovalStatus;
  /** The last day a return's figures cover (null for a workbook: computed now). */
  readonly asOf: WallTime | null;
}

export function workbookSource(
  name: string,
  dataset: Dataset,
  approvalOf: ApprovalOf = NO_APPROVALS,
): FigureSource {
  return {
    name,
    kind: 'workbook',
    committees: buildReturnCommittees(dataset),
    earliest: earliestDate(dataset),
    excludedRows: dataset.excludedRows,
    figures: (period) => new Map(Object.entries(report(dataset, period).byCommittee)),
    approvalOf,
    asOf: null,
  };
}

function zeros(): IndicatorValues {
  const values = {} as IndicatorValues;
  for (const id of INDICATOR_IDS) values[id] = 0;
  return values;
}

/**
 * A return as a source. It gives exactly the periods it holds; a period that ends before its
 * first day holds nothing (every figure, active committees included, is 0 there); any other
 * period (a run of months, a month after its date) it cannot give.
 */
export function returnSource(name: string, ret: Return): FigureSource {
  const all = ret.periods.find((p) => p.kind === 'all');
  const start = all?.from ?? null;
  return {
    name,
    kind: 'return',
    committees: ret.committees,
    earliest: start,
    excludedRows: 0,
    figures(period) {
      const spec = period.kind === 'all' ? 'all' : period.spec;
      const held = period.kind !== 'range' && ret.periods.some((p) => p.spec === spec);
      const before = start === null || period.to <= start;
      if (!held && !(before && period.kind !== 'all')) return null;
      const result = new Map<string, IndicatorValues>();
      for (const c of ret.committees) {
        result.set(c.id, (held ? ret.figures.get(c.id)?.get(spec) : undefined) ?? zeros());
      }
      return result;
    },
    approvalOf: (month, committeeId) => ret.approval.get(committeeId)?.get(month) ?? 'open',
    asOf: ret.updatedAt,
  };
}
