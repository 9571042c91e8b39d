import type { Analysis } from '../analyse';
import { type ApprovalOf, NO_APPROVALS } from './approval';

/**
 * A workbook's approval state for its return and roll-ups. Month close (DESIGN §9) keeps it in
 * the Approvals sheet; until that is read here, no row means open, as §9 says.
 */
export function workbookApprovalOf(_analysis: Analysis): ApprovalOf {
  return NO_APPROVALS;
}
