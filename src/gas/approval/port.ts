import { statusLabel } from '../../core/approval/texts';
import type { Lang } from '../../core/i18n/lang';
import { text } from '../../core/i18n/texts';
import type { ApprovalPort } from '../../core/sidebar/ports';
import { SidebarError } from '../../core/sidebar/texts';

import { wallTimeOfInstant } from '../../core/time/wall-time';
import { withDocumentLock } from '../lock';
import { actor, appendLog } from '../log';
import { appendPlan } from './append';
import { spreadsheetLedger } from './read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The month close over the spreadsheet: the ledger read from its sheets; a decision read,
 * planned and appended holding the document lock (no intake or second click in between), then
 * logged with who, what and the outcome.
 */
export function spreadsheetApprovalPort(spreadsheet: Spreadsheet, lang: () => Lang): ApprovalPort {
  return {
    actor,
    now: () => wallTimeOfInstant(new Date(), spreadsheet.getSpreadsheetTimeZone()),
    ledger: () => spreadsheetLedger(spreadsheet),
    decide: (plan) => {
      let result: ReturnType<typeof plan> | null = null;
      const done = withDocumentLock(() => {
        result = plan(spreadsheetLedger(spreadsheet));
        appendPlan(spreadsheet, result, lang());
      });
      const planned = result as ReturnType<typeof plan> | null;
      if (!done || planned === null) throw new SidebarError(text('busy', lang()));
      const first = planned.approvals[0];
      if (first) {
        appendLog(
          spreadsheet,
          lang(),
          text('logWhat', lang(), {
            month: first.month,
            action: statusLabel(first.status, lang()),
          }),
          planned.approvals.map((a) => `${a.committeeId}${a.note ? `: ${a.note}` : ''}`).join('; '),
        );
      }
      return planned;
    },
  };
}
