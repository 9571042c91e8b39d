import type { Analysis } from '../analyse';
import type { Period } from '../periods/period';
import { isoDate } from '../time/wall-time';
import type { MonthStatus } from './model';
import { readApprovalLedger } from './read';
import { type Revisions, revisionsOf } from './revisions';
import { monthStates, OPEN } from './state';

export interface ApprovalJson {
  readonly status: MonthStatus;
  readonly by: string;
  /** YYYY-MM-DDTHH:mm on the workbook's wall clock; '' while open. */
  readonly at: string;
}

/** What `korgoo report` adds for a one-month period (DESIGN §9). */
export interface MonthClose {
  readonly approval: Record<string, ApprovalJson>;
  readonly revisions: Revisions;
}

export function wallIso(wall: number): string {
  return `${isoDate(wall)}T${new Date(wall).toISOString().slice(11, 16)}`;
}

/**
 * The approval state of every committee counted and the revisions of its figures, for a
 * month; null for any other period (approval is by month).
 */
export function monthClose(
  analysis: Analysis,
  period: Period,
  byCommittee: Readonly<Record<string, Readonly<Record<string, number>>>>,
): MonthClose | null {
  if (period.kind !== 'month') return null;
  const ledger = readApprovalLedger(analysis.source, analysis.workbook.options);
  const states = monthStates(ledger.approvals, period.spec);
  const approval: Record<string, ApprovalJson> = {};
  for (const committeeId of Object.keys(byCommittee)) {
    const state = states.get(committeeId) ?? OPEN;
    approval[committeeId] = {
      status: state.status,
      by: state.by,
      at: state.at === null ? '' : wallIso(state.at),
    };
  }
  const revisions = revisionsOf(ledger, period.spec, byCommittee);
  // Only the committees the report counts (a --committee or --region report stays cut).
  for (const id of Object.keys(revisions)) if (!(id in byCommittee)) delete revisions[id];
  return { approval, revisions };
}
