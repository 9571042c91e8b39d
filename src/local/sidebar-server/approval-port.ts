import type { ApprovalEntry, ApprovedFigure } from '../../core/approval/model';
import { readApprovalLedger } from '../../core/approval/read';
import { DEFAULT_TIME_ZONE } from '../../core/read/workbook';
import type { ApprovalPort } from '../../core/sidebar/ports';
import { wallTimeOfInstant } from '../../core/time/wall-time';
import type { LocalWorkbook } from './workbook';

/** What the preview appended to the month close: kept in memory, never written to the file. */
export interface PreviewApprovals {
  readonly approvals: ApprovalEntry[];
  readonly figures: ApprovedFigure[];
}

/** Who the preview acts as: nobody signs in here, so the Coordinators sheet decides by this name. */
export const PREVIEW_ACTOR = 'preview';

/** The month close over the preview's file plus what was decided in this session. */
export function previewApprovalPort(
  workbook: LocalWorkbook,
  added: PreviewApprovals,
): ApprovalPort {
  const ledger = () => {
    const analysis = workbook.analysis();
    const file = readApprovalLedger(analysis.source, analysis.workbook.options);
    return {
      ...file,
      approvals: [...file.approvals, ...added.approvals],
      figures: [...file.figures, ...added.figures],
    };
  };
  return {
    actor: () => PREVIEW_ACTOR,
    now: () => wallTimeOfInstant(new Date(), DEFAULT_TIME_ZONE),
    ledger,
    // One request at a time reaches the port (Node runs it to the end): that is the lock here.
    decide: (plan) => {
      const planned = plan(ledger());
      added.approvals.push(...planned.approvals);
      added.figures.push(...planned.figures);
      return planned;
    },
  };
}
