import type { Dataset } from '../dataset';
import type { MonthIndex } from '../periods/months';
import { monthIndexOf } from '../periods/months';
import type { MemberRecord } from '../schema/records';
import type { WallTime } from '../time/wall-time';
import type { Bucket } from './bucket';
import { emptyBucket } from './bucket';
import { forEachFact } from './facts';

/** A committee as the indicators see it; `known` is false for an ID met only in other sheets. */
export interface CommitteeInfo {
  readonly id: string;
  readonly known: boolean;
  readonly region: string | null;
  readonly status: string | null;
  readonly establishedOn: WallTime | null;
}

/**
 * The dataset bucketed once by (committee, month), so any period is a sum over its months'
 * buckets instead of a rescan of every row.
 */
export interface IndicatorIndex {
  readonly dataset: Dataset;
  /** By slot: the Committees sheet's order, then IDs found only in other rows. */
  readonly committees: readonly CommitteeInfo[];
  readonly slotOf: ReadonlyMap<string, number>;
  /** By slot: month → bucket of the rows dated in it. */
  readonly buckets: readonly ReadonlyMap<MonthIndex, Bucket>[];
  /** By slot: the committee's member rows. */
  readonly members: readonly (readonly MemberRecord[])[];
  /** The first and last month holding any fact, or null for an empty dataset. */
  readonly firstMonth: MonthIndex | null;
  readonly lastMonth: MonthIndex | null;
}

export function buildIndicatorIndex(dataset: Dataset): IndicatorIndex {
  const committees: CommitteeInfo[] = [];
  const slotOf = new Map<string, number>();
  const buckets: Map<MonthIndex, Bucket>[] = [];
  const members: MemberRecord[][] = [];
  const addSlot = (info: CommitteeInfo): number => {
    const slot = committees.length;
    committees.push(info);
    slotOf.set(info.id, slot);
    buckets.push(new Map());
    members.push([]);
    return slot;
  };
  for (const c of dataset.committees) {
    if (slotOf.has(c.committeeId)) continue;
    addSlot({
      id: c.committeeId,
      known: true,
      region: c.region,
      status: c.status,
      establishedOn: c.establishedOn,
    });
  }

  let firstMonth = Number.POSITIVE_INFINITY;
  let lastMonth = Number.NEGATIVE_INFINITY;
  forEachFact(dataset, (committeeId, at, apply) => {
    // A row of a committee whose own row has an error still counts in the totals (it is clean).
    const slot =
      slotOf.get(committeeId) ??
      addSlot({ id: committeeId, known: false, region: null, status: null, establishedOn: null });
    const month = monthIndexOf(at);
    const map = buckets[slot] as Map<MonthIndex, Bucket>;
    let bucket = map.get(month);
    if (!bucket) {
      bucket = emptyBucket();
      map.set(month, bucket);
    }
    apply(bucket);
    if (month < firstMonth) firstMonth = month;
    if (month > lastMonth) lastMonth = month;
  });

  for (const m of dataset.members) {
    const slot = slotOf.get(m.committeeId);
    // Members of a committee not in the sheet can't be active: there is no active committee.
    if (slot !== undefined) (members[slot] as MemberRecord[]).push(m);
  }

  const hasFacts = Number.isFinite(firstMonth);
  return {
    dataset,
    committees,
    slotOf,
    buckets,
    members,
    firstMonth: hasFacts ? firstMonth : null,
    lastMonth: hasFacts ? lastMonth : null,
  };
}

const cache = new WeakMap<Dataset, IndicatorIndex>();

/** The index of a dataset, built on first use (datasets are immutable). */
export function indexOf(dataset: Dataset): IndicatorIndex {
  let index = cache.get(dataset);
  if (!index) {
    index = buildIndicatorIndex(dataset);
    cache.set(dataset, index);
  }
  return index;
}
