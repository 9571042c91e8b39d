import { INDICATOR_IDS } from '../indicators/seed';
import type { WallTime } from '../time/wall-time';
import type {
  ApprovalAction,
  ApprovalEntry,
  ApprovalLedger,
  ApprovalStatus,
  ApprovedFigure,
} from './model';
import { type CommitteeRef, mayDecide } from './scope';
import { monthStates, OPEN } from './state';

/** A committee's month as the plan needs it: where it is, its figures now, its open errors. */
export interface CommitteeMonth extends CommitteeRef {
  /** The seed indicators of the month as computed now. */
  readonly figures: Readonly<Record<string, number>>;
  readonly openErrors: number;
}

export interface ApprovalRequest {
  readonly action: ApprovalAction;
  /** YYYY-MM. */
  readonly month: string;
  readonly committeeIds: readonly string[];
  /** The signed-in user's e-mail (or the name given on the command line). */
  readonly actor: string;
  readonly note: string;
  /** Now, on the workbook's wall clock. */
  readonly at: WallTime;
}

export type RefusalReason =
  | 'unknown_committee'
  | 'not_in_scope'
  | 'note_required'
  | 'note_required_errors'
  | 'already_approved'
  | 'not_approved'
  | 'reopen_first';

export interface Refusal {
  readonly committeeId: string;
  readonly reason: RefusalReason;
  /** The open errors, for `note_required_errors`. */
  readonly errors?: number;
}

/** What to append (Approvals rows, Approved figures rows), and what was refused and why. */
export interface ApprovalPlan {
  readonly approvals: readonly ApprovalEntry[];
  readonly figures: readonly ApprovedFigure[];
  readonly refusals: readonly Refusal[];
}

const STATUS_OF: Readonly<Record<ApprovalAction, ApprovalStatus>> = {
  approve: 'approved',
  return: 'returned',
  reopen: 'reopened',
};

/**
 * The month close as a pure plan: given the log, the request and the committees' figures now,
 * the rows to append or a refusal per committee. Nothing is ever changed or removed; an
 * approval already standing is never written twice (a retried click appends nothing).
 */
export function planApproval(
  ledger: ApprovalLedger,
  request: ApprovalRequest,
  committees: ReadonlyMap<string, CommitteeMonth>,
): ApprovalPlan {
  const states = monthStates(ledger.approvals, request.month);
  const note = request.note.trim();
  const approvals: ApprovalEntry[] = [];
  const figures: ApprovedFigure[] = [];
  const refusals: Refusal[] = [];
  for (const committeeId of new Set(request.committeeIds)) {
    const committee = committees.get(committeeId);
    const status = (states.get(committeeId) ?? OPEN).status;
    const reason = refusalOf(request, committee, status, note, ledger);
    if (reason !== null || committee === undefined) {
      const errors = reason === 'note_required_errors' ? { errors: committee?.openErrors } : {};
      refusals.push({ committeeId, reason: reason ?? 'unknown_committee', ...errors });
      continue;
    }
    approvals.push({
      month: request.month,
      committeeId,
      status: STATUS_OF[request.action],
      by: request.actor,
      at: request.at,
      note,
    });
    if (request.action !== 'approve') continue;
    for (const indicator of INDICATOR_IDS) {
      figures.push({
        month: request.month,
        committeeId,
        indicator,
        value: committee.figures[indicator] ?? 0,
        approvedAt: request.at,
      });
    }
  }
  return { approvals, figures, refusals };
}

function refusalOf(
  request: ApprovalRequest,
  committee: CommitteeMonth | undefined,
  status: string,
  note: string,
  ledger: ApprovalLedger,
): RefusalReason | null {
  if (committee === undefined) return 'unknown_committee';
  if (!mayDecide(ledger.coordinators, request.actor, committee)) return 'not_in_scope';
  switch (request.action) {
    case 'approve':
      if (status === 'approved') return 'already_approved';
      return committee.openErrors > 0 && note === '' ? 'note_required_errors' : null;
    case 'return':
      if (status === 'approved') return 'reopen_first';
      return note === '' ? 'note_required' : null;
    case 'reopen':
      if (status !== 'approved') return 'not_approved';
      return note === '' ? 'note_required' : null;
  }
}
