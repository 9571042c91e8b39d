import { approvedFiguresOf } from './figures';
import type { ApprovalLedger } from './model';
import { monthStates } from './state';

export interface Revision {
  readonly approved: number;
  readonly current: number;
}

/** By committee, by indicator id: only the figures that moved since approval. */
export type Revisions = Record<string, Record<string, Revision>>;

/**
 * The revisions of a month: for each committee whose month stands approved, every seed
 * indicator whose current value differs from its approved one. A committee absent from the
 * current figures now counts 0 everywhere (its rows were deleted, which is a revision too).
 */
export function revisionsOf(
  ledger: ApprovalLedger,
  month: string,
  current: Readonly<Record<string, Readonly<Record<string, number>>>>,
): Revisions {
  const approved = approvedFiguresOf(ledger.figures, month);
  const result: Revisions = {};
  for (const [committeeId, state] of monthStates(ledger.approvals, month)) {
    if (state.status !== 'approved') continue;
    const snapshot = approved.get(committeeId);
    if (!snapshot) continue;
    const now = current[committeeId] ?? {};
    const moved: Record<string, Revision> = {};
    for (const [indicator, value] of Object.entries(snapshot)) {
      const currentValue = now[indicator] ?? 0;
      if (currentValue !== value) moved[indicator] = { approved: value, current: currentValue };
    }
    if (Object.keys(moved).length > 0) result[committeeId] = moved;
  }
  return result;
}
