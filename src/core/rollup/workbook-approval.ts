import type { Analysis } from '../analyse';
import { readApprovalLedger } from '../approval/read';
import { pairKey } from '../approval/state';
import type { ApprovalOf } from './approval';

/**
 * A workbook's approval state for its return and roll-ups, from its Approvals sheet (DESIGN
 * §9): the last row of each (month, committee); no row means open.
 */
export function workbookApprovalOf(analysis: Analysis): ApprovalOf {
  const { approvals } = readApprovalLedger(analysis.source, analysis.workbook.options);
  const last = new Map<string, ReturnType<ApprovalOf>>();
  for (const entry of approvals) last.set(pairKey(entry.month, entry.committeeId), entry.status);
  return (month, committeeId) => last.get(pairKey(month, committeeId)) ?? 'open';
}
