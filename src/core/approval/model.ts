import type { ChoiceKey } from '../schema/choices';
import type { WallTime } from '../time/wall-time';

/** A row's status on the Approvals sheet (DESIGN §9). */
export type ApprovalStatus = ChoiceKey<'approvalStatus'>;
/** A (month, committee)'s state: its last Approvals row's status, or open when it has none. */
export type MonthStatus = ApprovalStatus | 'open';
export type ApprovalAction = 'approve' | 'return' | 'reopen';
export type CoordinatorRole = ChoiceKey<'coordinatorRole'>;

/** One row of the Approvals log: rows are only ever appended. */
export interface ApprovalEntry {
  /** YYYY-MM. */
  readonly month: string;
  readonly committeeId: string;
  readonly status: ApprovalStatus;
  readonly by: string;
  /** Wall clock of the workbook's zone. */
  readonly at: WallTime;
  readonly note: string;
}

/** One row of Approved figures: a seed indicator's value at one approval. */
export interface ApprovedFigure {
  readonly month: string;
  readonly committeeId: string;
  readonly indicator: string;
  readonly value: number;
  readonly approvedAt: WallTime;
}

export interface Coordinator {
  /** Normalized (lower case, trimmed). */
  readonly email: string;
  readonly role: CoordinatorRole;
  readonly region: string | null;
  /** Committee IDs; empty = every committee of the region. */
  readonly committees: readonly string[];
  readonly active: boolean;
}

/** The three sheets of the month close as read, in sheet order. */
export interface ApprovalLedger {
  readonly approvals: readonly ApprovalEntry[];
  readonly figures: readonly ApprovedFigure[];
  readonly coordinators: readonly Coordinator[];
  /** Rows of those sheets that could not be read (a damaged cell): never taken for a state. */
  readonly unreadRows: number;
}

export const EMPTY_LEDGER: ApprovalLedger = {
  approvals: [],
  figures: [],
  coordinators: [],
  unreadRows: 0,
};
