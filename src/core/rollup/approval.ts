/** A committee-month's approval status (DESIGN §9); `open` until a coordinator acts on it. */
export const APPROVAL_STATUSES = ['open', 'submitted', 'approved', 'returned', 'reopened'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** The approval state of a workbook: (month `YYYY-MM`, Committee ID) → status. */
export type ApprovalOf = (month: string, committeeId: string) => ApprovalStatus;

/** A workbook with no Approvals rows: every month of every committee is open (DESIGN §9). */
export const NO_APPROVALS: ApprovalOf = () => 'open';

export function isApprovalStatus(text: string): text is ApprovalStatus {
  return (APPROVAL_STATUSES as readonly string[]).includes(text);
}
