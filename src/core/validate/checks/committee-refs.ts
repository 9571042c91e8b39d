import type { ReadSheet } from '../../read/read-workbook';
import type { CheckContext } from './context';

type CommitteeSheet = 'members' | 'events' | 'cases' | 'plan';

/**
 * Rows must name a committee of the Committees sheet (error). Events and cases of a committee
 * that is no longer active are kept and flagged (warning): a late form response is still data.
 */
function checkSheet<S extends CommitteeSheet>(
  context: CheckContext,
  sheet: ReadSheet<S>,
  warnInactive: boolean,
): void {
  for (const row of sheet.rows) {
    const committeeId = (row.rec as { committeeId: string | null }).committeeId;
    if (committeeId === null) continue;
    const committee = context.committees.get(committeeId);
    if (!committee) {
      context.sink.add(sheet, row, 'unknown_committee', 'committeeId', { committee: committeeId });
    } else if (warnInactive && committee.status !== null && committee.status !== 'active') {
      context.sink.add(sheet, row, 'committee_not_active', 'committeeId', {
        committee: committeeId,
        status: committee.status,
      });
    }
  }
}

export function checkCommitteeRefs(context: CheckContext): void {
  const { sheets } = context;
  checkSheet(context, sheets.members, false);
  checkSheet(context, sheets.events, true);
  checkSheet(context, sheets.cases, true);
  checkSheet(context, sheets.plan, false);
}
