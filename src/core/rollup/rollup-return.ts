import type { IndicatorValues } from '../indicators/seed';
import type { WallTime } from '../time/wall-time';
import type { ApprovalStatus } from './approval';
import { returnPeriods } from './periods';
import type { Return } from './return';
import { type Rollup, rollupReport } from './rollup';

/**
 * The return of a roll-up: what a regional workbook's Return sheet holds, so a national
 * workbook adds up regions as a region adds up districts (DESIGN §11). Every committee of every
 * source, every period from the earliest source's first day to `now`; a source whose figures
 * stop before a period gives no lines for it, never zeros it did not report.
 */
export function buildRollupReturn(rollup: Rollup, now: WallTime): Return {
  const periods = returnPeriods(rollup.earliest, now);
  const figures = new Map<string, Map<string, IndicatorValues>>();
  const approval = new Map<string, Map<string, ApprovalStatus>>();
  for (const c of rollup.committees) {
    figures.set(c.id, new Map());
    approval.set(c.id, new Map());
  }
  for (const period of periods) {
    const report = rollupReport(rollup, period, undefined, true);
    for (const [id, values] of Object.entries(report.byCommittee)) {
      figures.get(id)?.set(period.spec, values);
      const status = report.approval?.[id];
      if (status !== undefined) approval.get(id)?.set(period.spec, status);
    }
  }
  return {
    updatedAt: now,
    committees: rollup.committees.map(({ id, name, region, district }) => ({
      id,
      name,
      region,
      district,
    })),
    periods: periods.map(({ spec, kind, from, to }) => ({ spec, kind, from, to })),
    figures,
    approval,
  };
}
