import type { ApprovalLedger } from '../../../src/core/approval/model';
import { revisionsOf } from '../../../src/core/approval/revisions';
import { wallTime } from '../../../src/core/time/wall-time';
import { entry } from './fixture';

const AT = wallTime(2026, 10, 3, 9, 0);
const ledger = (status: 'approved' | 'reopened' = 'approved'): ApprovalLedger => ({
  approvals: [entry('KANT', status, AT)],
  figures: [
    { month: '2026-09', committeeId: 'KANT', indicator: 'trainings', value: 3, approvedAt: AT },
    {
      month: '2026-09',
      committeeId: 'KANT',
      indicator: 'cases_identified',
      value: 2,
      approvedAt: AT,
    },
  ],
  coordinators: [],
  unreadRows: 0,
});

describe('revisionsOf', () => {
  test('only the figures that differ, `{}` when none do', () => {
    expect(
      revisionsOf(ledger(), '2026-09', { KANT: { trainings: 3, cases_identified: 2 } }),
    ).toEqual({});
    expect(
      revisionsOf(ledger(), '2026-09', { KANT: { trainings: 3, cases_identified: 1 } }),
    ).toEqual({ KANT: { cases_identified: { approved: 2, current: 1 } } });
  });

  test('a committee whose rows were all deleted now counts 0: a revision too', () => {
    expect(revisionsOf(ledger(), '2026-09', {})).toEqual({
      KANT: {
        trainings: { approved: 3, current: 0 },
        cases_identified: { approved: 2, current: 0 },
      },
    });
  });

  test('a month no longer approved (reopened) has no revision, and another month neither', () => {
    expect(revisionsOf(ledger('reopened'), '2026-09', { KANT: { trainings: 9 } })).toEqual({});
    expect(revisionsOf(ledger(), '2026-08', { KANT: { trainings: 9 } })).toEqual({});
  });
});
