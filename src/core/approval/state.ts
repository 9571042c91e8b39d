import type { WallTime } from '../time/wall-time';
import type { ApprovalEntry, MonthStatus } from './model';

/** Where a (month, committee) stands: its last Approvals row, or open. */
export interface MonthState {
  readonly status: MonthStatus;
  readonly by: string;
  readonly at: WallTime | null;
  readonly note: string;
}

export const OPEN: MonthState = { status: 'open', by: '', at: null, note: '' };

/** Every committee's state in a month: the last row of each (month, committee) in the log. */
export function monthStates(
  approvals: readonly ApprovalEntry[],
  month: string,
): ReadonlyMap<string, MonthState> {
  const states = new Map<string, MonthState>();
  for (const entry of approvals) {
    if (entry.month !== month) continue;
    const { status, by, at, note } = entry;
    states.set(entry.committeeId, { status, by, at, note });
  }
  return states;
}

export function stateOf(
  approvals: readonly ApprovalEntry[],
  month: string,
  committeeId: string,
): MonthState {
  return monthStates(approvals, month).get(committeeId) ?? OPEN;
}

/** The (month, committee) pairs whose state is approved, as `month|committee` keys. */
export function approvedPairs(approvals: readonly ApprovalEntry[]): ReadonlySet<string> {
  const last = new Map<string, string>();
  for (const entry of approvals) last.set(pairKey(entry.month, entry.committeeId), entry.status);
  return new Set([...last].filter(([, status]) => status === 'approved').map(([key]) => key));
}

export const pairKey = (month: string, committeeId: string): string => `${month}|${committeeId}`;
