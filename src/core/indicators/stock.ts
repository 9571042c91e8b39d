import type { SectorGroup } from '../schema/choices';
import { SECTOR_GROUP_OF, SECTOR_GROUPS } from '../schema/choices';
import type { WallTime } from '../time/wall-time';
import { startOfDay } from '../time/wall-time';
import type { CommitteeInfo, IndicatorIndex } from './indicator-index';
import type { Sex } from './keys';
import { SEXES } from './keys';

/** Figures as of the period's end (not summed over time). */
export interface Stock {
  committeesActive: number;
  membersActive: number;
  readonly bySectorGroup: Record<SectorGroup, number>;
  readonly bySex: Record<Sex, number>;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  const result = {} as Record<K, number>;
  for (const key of keys) result[key] = 0;
  return result;
}

export function emptyStock(): Stock {
  return {
    committeesActive: 0,
    membersActive: 0,
    bySectorGroup: zeros(SECTOR_GROUPS),
    bySex: zeros(SEXES),
  };
}

/** Status active and established on or before the last day before `end` (exclusive). */
export function isActiveBy(committee: CommitteeInfo | undefined, end: WallTime): boolean {
  return (
    committee?.known === true &&
    committee.status === 'active' &&
    committee.establishedOn !== null &&
    committee.establishedOn < end
  );
}

/** One committee's active count and members as of the day before `end` (exclusive). */
export function stockOf(index: IndicatorIndex, slot: number, end: WallTime): Stock {
  const stock = emptyStock();
  if (!isActiveBy(index.committees[slot], end)) return stock;
  stock.committeesActive = 1;
  for (const m of index.members[slot] ?? []) {
    // "Left on empty or after the period's end": leaving on the last day means gone by then.
    if (m.joinedOn >= end || (m.leftOn !== null && startOfDay(m.leftOn) < end)) continue;
    stock.membersActive++;
    stock.bySectorGroup[SECTOR_GROUP_OF[m.sector]]++;
    stock.bySex[m.sex]++;
  }
  return stock;
}

export function addStock(target: Stock, source: Stock): void {
  target.committeesActive += source.committeesActive;
  target.membersActive += source.membersActive;
  for (const g of SECTOR_GROUPS) target.bySectorGroup[g] += source.bySectorGroup[g];
  for (const s of SEXES) target.bySex[s] += source.bySex[s];
}
