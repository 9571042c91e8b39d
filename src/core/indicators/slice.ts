import type { MonthIndex } from '../periods/months';
import { monthIndexOf, monthIndicesBetween, monthStart } from '../periods/months';
import type { Period } from '../periods/period';
import type { Bucket } from './bucket';
import { addBucket, emptyBucket } from './bucket';
import { forEachFact } from './facts';
import type { IndicatorIndex } from './indicator-index';
import type { Stock } from './stock';
import { addStock, emptyStock, stockOf } from './stock';

/** What a set of committees adds up to over a period: rows dated in it, and stock at its end. */
export interface Slice {
  readonly flow: Bucket;
  readonly stock: Stock;
}

/**
 * How a period reads the index: whole months straight from the buckets; a month the period
 * only partly covers ("since start" ends today) from its rows, filtered by date.
 */
export interface PeriodPlan {
  readonly period: Period;
  readonly fullMonths: readonly MonthIndex[];
  /** slot → month → bucket of that month's rows inside the period. */
  readonly partial: ReadonlyMap<number, ReadonlyMap<MonthIndex, Bucket>>;
}

export function planPeriod(
  index: IndicatorIndex,
  period: Period,
  slots: readonly number[],
): PeriodPlan {
  const fullMonths: MonthIndex[] = [];
  const partialMonths = new Set<MonthIndex>();
  for (const m of monthIndicesBetween(period.from, period.to)) {
    if (monthStart(m) >= period.from && monthStart(m + 1) <= period.to) fullMonths.push(m);
    else partialMonths.add(m);
  }
  const partial = new Map<number, Map<MonthIndex, Bucket>>();
  if (partialMonths.size > 0) {
    const wanted = new Set(slots);
    // One pass over the rows for the (at most two) edge months, with the same fact definitions.
    forEachFact(index.dataset, (committeeId, at, apply, wholeMonth) => {
      const slot = index.slotOf.get(committeeId);
      if (slot === undefined || !wanted.has(slot)) return;
      const month = monthIndexOf(at);
      if (!partialMonths.has(month)) return;
      if (!wholeMonth && (at < period.from || at >= period.to)) return;
      let months = partial.get(slot);
      if (!months) {
        months = new Map();
        partial.set(slot, months);
      }
      let bucket = months.get(month);
      if (!bucket) {
        bucket = emptyBucket();
        months.set(month, bucket);
      }
      apply(bucket);
    });
  }
  return { period, fullMonths, partial };
}

export function sliceOfSlot(index: IndicatorIndex, plan: PeriodPlan, slot: number): Slice {
  const flow = emptyBucket();
  const buckets = index.buckets[slot];
  if (buckets) {
    for (const m of plan.fullMonths) {
      const bucket = buckets.get(m);
      if (bucket) addBucket(flow, bucket);
    }
  }
  for (const bucket of plan.partial.get(slot)?.values() ?? []) addBucket(flow, bucket);
  return { flow, stock: stockOf(index, slot, plan.period.to) };
}

export function mergeSlices(slices: readonly Slice[]): Slice {
  const flow = emptyBucket();
  const stock = emptyStock();
  for (const s of slices) {
    addBucket(flow, s.flow);
    addStock(stock, s.stock);
  }
  return { flow, stock };
}
