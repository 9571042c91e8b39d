import { choiceKeyOf } from '../read/choices-index';
import type { IndicatorIndex } from './indicator-index';

/** Cut the figures to one committee and/or one region. */
export interface IndicatorFilter {
  /** A Committee ID. */
  readonly committeeId?: string;
  /** A region key or its label in any language («Чуйская область», «Чүй облусу», «chui»). */
  readonly region?: string;
}

/** The committees (index slots) a filter selects. */
export interface Scope {
  readonly slots: readonly number[];
  readonly committeeIds: readonly string[];
  readonly filtered: boolean;
}

export interface ScopeError {
  readonly error: 'unknown_committee' | 'unknown_region';
  readonly value: string;
}

export function isScopeError(value: Scope | ScopeError): value is ScopeError {
  return 'error' in value;
}

export function resolveScope(index: IndicatorIndex, filter?: IndicatorFilter): Scope | ScopeError {
  let slots = index.committees.map((_, slot) => slot);
  const committeeId = filter?.committeeId?.trim();
  const regionText = filter?.region?.trim();
  if (committeeId) {
    const slot = index.slotOf.get(committeeId.toUpperCase());
    if (slot === undefined) return { error: 'unknown_committee', value: committeeId };
    slots = [slot];
  }
  if (regionText) {
    const region = choiceKeyOf('region', regionText);
    if (region === undefined) return { error: 'unknown_region', value: regionText };
    slots = slots.filter((slot) => index.committees[slot]?.region === region);
  }
  return {
    slots,
    committeeIds: slots.map((slot) => index.committees[slot]?.id ?? ''),
    filtered: Boolean(committeeId || regionText),
  };
}

/** A filter that names no committee or region it can find. */
export class IndicatorFilterError extends Error {
  constructor(readonly detail: ScopeError) {
    super(`${detail.error}: ${detail.value}`);
    this.name = 'IndicatorFilterError';
  }
}

/** resolveScope, throwing IndicatorFilterError for a filter that matches no known key. */
export function scopeOrThrow(index: IndicatorIndex, filter?: IndicatorFilter): Scope {
  const scope = resolveScope(index, filter);
  if (isScopeError(scope)) throw new IndicatorFilterError(scope);
  return scope;
}
