import { MEASURE_COUNT } from './measures';

/**
 * What one committee's rows add up to over some time (a month, or a period). Distinct-case
 * figures keep the case codes, so a case met in two months of a quarter counts once.
 */
export interface Bucket {
  readonly m: Float64Array;
  /** Women's cases referred to a crisis centre or a shelter. */
  readonly womenReferred: Set<string>;
  /** Women's cases that received cash aid. */
  readonly womenCash: Set<string>;
}

export function emptyBucket(): Bucket {
  return { m: new Float64Array(MEASURE_COUNT), womenReferred: new Set(), womenCash: new Set() };
}

/** target += source. */
export function addBucket(target: Bucket, source: Bucket): void {
  const t = target.m;
  const s = source.m;
  for (let i = 0; i < MEASURE_COUNT; i++) t[i] = (t[i] as number) + (s[i] as number);
  for (const code of source.womenReferred) target.womenReferred.add(code);
  for (const code of source.womenCash) target.womenCash.add(code);
}

/** Adds `by` to one measure of the bucket (slots are always in range: MEASURE_COUNT). */
export function add(bucket: Bucket, slot: number, by = 1): void {
  bucket.m[slot] = (bucket.m[slot] as number) + by;
}

export function value(bucket: Bucket, slot: number): number {
  return bucket.m[slot] as number;
}
