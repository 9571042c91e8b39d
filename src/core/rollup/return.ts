import type { Dataset } from '../dataset';
import { report } from '../indicators/compute';
import { indexOf } from '../indicators/indicator-index';
import type { IndicatorValues } from '../indicators/seed';
import { earliestDate } from '../periods/earliest';
import type { Period } from '../periods/period';
import type { WallTime } from '../time/wall-time';
import type { ApprovalOf, ApprovalStatus } from './approval';
import { NO_APPROVALS } from './approval';
import { returnPeriods } from './periods';

/** A committee as a return names it: what a roll-up needs to cut by region, nothing more. */
export interface ReturnCommittee {
  readonly id: string;
  readonly name: string;
  /** A region key, or null for a committee met only in other sheets' rows. */
  readonly region: string | null;
  readonly district: string | null;
}

/** A period of a return: its spec (`2026-10`, `2026-Q3`, `2026`, `all`) and its bounds. */
export interface ReturnPeriod {
  readonly spec: string;
  readonly kind: Period['kind'];
  readonly from: WallTime;
  /** Exclusive end. */
  readonly to: WallTime;
}

/**
 * One workbook's aggregate figures (DESIGN §11): every committee × period × seed indicator, and
 * each committee-month's approval status. No case code, name of a person, free text or row.
 */
export interface Return {
  readonly updatedAt: WallTime;
  readonly committees: readonly ReturnCommittee[];
  readonly periods: readonly ReturnPeriod[];
  /** Committee ID → period spec → the seed indicators. */
  readonly figures: ReadonlyMap<string, ReadonlyMap<string, IndicatorValues>>;
  /** Committee ID → month `YYYY-MM` → approval status. */
  readonly approval: ReadonlyMap<string, ReadonlyMap<string, ApprovalStatus>>;
}

/** The committees a dataset's figures are reported for, in the report's order. */
export function buildReturnCommittees(dataset: Dataset): ReturnCommittee[] {
  const rows = new Map(dataset.committees.map((c) => [c.committeeId, c]));
  return indexOf(dataset).committees.map((info) => {
    const row = info.known ? rows.get(info.id) : undefined;
    return {
      id: info.id,
      name: row?.name ?? '',
      region: info.region,
      district: row?.district ?? null,
    };
  });
}

/** The return of a workbook's clean rows as of `now` (its wall clock). */
export function buildReturn(
  dataset: Dataset,
  now: WallTime,
  approvalOf: ApprovalOf = NO_APPROVALS,
): Return {
  const committees = buildReturnCommittees(dataset);
  const periods = returnPeriods(earliestDate(dataset), now);
  const figures = new Map<string, Map<string, IndicatorValues>>();
  const approval = new Map<string, Map<string, ApprovalStatus>>();
  for (const c of committees) {
    figures.set(c.id, new Map());
    approval.set(c.id, new Map());
  }
  for (const period of periods) {
    const byCommittee = report(dataset, period).byCommittee;
    for (const c of committees) {
      const values = byCommittee[c.id];
      if (values) figures.get(c.id)?.set(period.spec, values);
      if (period.kind === 'month')
        approval.get(c.id)?.set(period.spec, approvalOf(period.spec, c.id));
    }
  }
  return {
    updatedAt: now,
    committees,
    periods: periods.map(({ spec, kind, from, to }) => ({ spec, kind, from, to })),
    figures,
    approval,
  };
}
