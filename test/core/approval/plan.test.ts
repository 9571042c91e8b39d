import { EMPTY_LEDGER } from '../../../src/core/approval/model';
import { committeeMonths } from '../../../src/core/approval/month';
import { type ApprovalRequest, planApproval } from '../../../src/core/approval/plan';
import { revisionsOf } from '../../../src/core/approval/revisions';
import { stateOf } from '../../../src/core/approval/state';
import { INDICATOR_IDS } from '../../../src/core/indicators/seed';
import { wallTime } from '../../../src/core/time/wall-time';
import { applied, closeAnalysis } from './fixture';

const AT = wallTime(2026, 10, 3, 9, 15);
const request = (over: Partial<ApprovalRequest> = {}): ApprovalRequest => ({
  action: 'approve',
  month: '2026-09',
  committeeIds: ['KANT'],
  actor: 'coordinator@example.org',
  note: '',
  at: AT,
  ...over,
});
const september = () => committeeMonths(closeAnalysis(), '2026-09');

describe('approving a month', () => {
  test('appends one Approvals row and one Approved figures row per seed indicator', () => {
    const plan = planApproval(EMPTY_LEDGER, request(), september());
    expect(plan.refusals).toEqual([]);
    expect(plan.approvals).toEqual([
      {
        month: '2026-09',
        committeeId: 'KANT',
        status: 'approved',
        by: 'coordinator@example.org',
        at: AT,
        note: '',
      },
    ]);
    expect(plan.figures.map((f) => f.indicator)).toEqual([...INDICATOR_IDS]);
    // The training of 30.09 23:59 is September's; the one of 01.10 00:00 is not.
    expect(plan.figures.find((f) => f.indicator === 'trainings')?.value).toBe(1);
    expect(plan.figures.find((f) => f.indicator === 'training_participants')?.value).toBe(12);
    expect(plan.figures.every((f) => f.approvedAt === AT && f.committeeId === 'KANT')).toBe(true);
  });

  test('approve → edit → revision: a figure that moves after approval is a revision', () => {
    const ledger = applied(EMPTY_LEDGER, planApproval(EMPTY_LEDGER, request(), september()));
    expect(stateOf(ledger.approvals, '2026-09', 'KANT').status).toBe('approved');
    // Someone adds a training dated in September, after the approval.
    const later = committeeMonths(
      closeAnalysis({
        events: [
          {
            eventId: 'EV-000009',
            committeeId: 'KANT',
            date: '2026-09-12',
            type: 'training',
            participants: 5,
          },
        ],
      }),
      '2026-09',
    );
    const current = Object.fromEntries([...later].map(([id, c]) => [id, c.figures]));
    expect(revisionsOf(ledger, '2026-09', current)).toEqual({
      KANT: {
        trainings: { approved: 1, current: 2 },
        training_participants: { approved: 12, current: 17 },
      },
    });
  });

  test('is not written twice: a second approval of an approved month is refused', () => {
    const ledger = applied(EMPTY_LEDGER, planApproval(EMPTY_LEDGER, request(), september()));
    const again = planApproval(ledger, request(), september());
    expect(again.approvals).toEqual([]);
    expect(again.figures).toEqual([]);
    expect(again.refusals).toEqual([{ committeeId: 'KANT', reason: 'already_approved' }]);
  });

  test('a committee named twice in one request is approved once', () => {
    const plan = planApproval(
      EMPTY_LEDGER,
      request({ committeeIds: ['KANT', 'KANT'] }),
      september(),
    );
    expect(plan.approvals).toHaveLength(1);
    expect(plan.figures).toHaveLength(INDICATOR_IDS.length);
  });

  test('needs a note where the month still has open errors', () => {
    const withError = committeeMonths(
      closeAnalysis({
        events: [
          { eventId: 'EV-000010', committeeId: 'KANT', date: '2026-09-14', type: 'training' },
        ],
      }),
      '2026-09',
    );
    expect(withError.get('KANT')?.openErrors).toBe(1);
    const bare = planApproval(EMPTY_LEDGER, request(), withError);
    expect(bare.refusals).toEqual([
      { committeeId: 'KANT', reason: 'note_required_errors', errors: 1 },
    ]);
    const noted = planApproval(
      EMPTY_LEDGER,
      request({ note: 'the row without participants is being checked' }),
      withError,
    );
    expect(noted.approvals[0]?.note).toBe('the row without participants is being checked');
  });

  test('refuses a committee the workbook does not know', () => {
    const plan = planApproval(EMPTY_LEDGER, request({ committeeIds: ['NOPE'] }), september());
    expect(plan.refusals).toEqual([{ committeeId: 'NOPE', reason: 'unknown_committee' }]);
  });
});

describe('returning a month', () => {
  test('needs a note saying what to fix, and then records it', () => {
    const bare = planApproval(EMPTY_LEDGER, request({ action: 'return' }), september());
    expect(bare.refusals).toEqual([{ committeeId: 'KANT', reason: 'note_required' }]);
    expect(bare.approvals).toEqual([]);
    const plan = planApproval(
      EMPTY_LEDGER,
      request({ action: 'return', note: '  Participants of 05.09 missing  ' }),
      september(),
    );
    expect(plan.approvals).toEqual([
      expect.objectContaining({ status: 'returned', note: 'Participants of 05.09 missing' }),
    ]);
    // A return writes no figures: nothing was approved.
    expect(plan.figures).toEqual([]);
    const ledger = applied(EMPTY_LEDGER, plan);
    expect(stateOf(ledger.approvals, '2026-09', 'KANT')).toEqual({
      status: 'returned',
      by: 'coordinator@example.org',
      at: AT,
      note: 'Participants of 05.09 missing',
    });
  });

  test('an approved month must be reopened before it is returned', () => {
    const ledger = applied(EMPTY_LEDGER, planApproval(EMPTY_LEDGER, request(), september()));
    const plan = planApproval(ledger, request({ action: 'return', note: 'fix' }), september());
    expect(plan.refusals).toEqual([{ committeeId: 'KANT', reason: 'reopen_first' }]);
  });
});

describe('reopening and approving again', () => {
  test('the later snapshot counts', () => {
    let ledger = applied(EMPTY_LEDGER, planApproval(EMPTY_LEDGER, request(), september()));
    const reopenAt = wallTime(2026, 10, 10, 14, 0);
    const reopen = planApproval(
      ledger,
      request({ action: 'reopen', note: 'a late training report', at: reopenAt }),
      september(),
    );
    expect(reopen.approvals[0]?.status).toBe('reopened');
    ledger = applied(ledger, reopen);
    // Reopened: no longer approved, so nothing is a revision.
    const grown = committeeMonths(
      closeAnalysis({
        events: [
          {
            eventId: 'EV-000009',
            committeeId: 'KANT',
            date: '2026-09-12',
            type: 'training',
            participants: 5,
          },
        ],
      }),
      '2026-09',
    );
    const current = Object.fromEntries([...grown].map(([id, c]) => [id, c.figures]));
    expect(revisionsOf(ledger, '2026-09', current)).toEqual({});
    const secondAt = wallTime(2026, 10, 11, 8, 30);
    ledger = applied(ledger, planApproval(ledger, request({ at: secondAt }), grown));
    expect(stateOf(ledger.approvals, '2026-09', 'KANT').at).toBe(secondAt);
    // Approved again on the grown figures: they match the later snapshot, not the first.
    expect(revisionsOf(ledger, '2026-09', current)).toEqual({});
    const first = Object.fromEntries([...september()].map(([id, c]) => [id, c.figures]));
    expect(revisionsOf(ledger, '2026-09', first).KANT?.trainings).toEqual({
      approved: 2,
      current: 1,
    });
  });

  test('a month not approved cannot be reopened, nor without a note', () => {
    expect(
      planApproval(EMPTY_LEDGER, request({ action: 'reopen', note: 'x' }), september()).refusals,
    ).toEqual([{ committeeId: 'KANT', reason: 'not_approved' }]);
    const ledger = applied(EMPTY_LEDGER, planApproval(EMPTY_LEDGER, request(), september()));
    expect(planApproval(ledger, request({ action: 'reopen' }), september()).refusals).toEqual([
      { committeeId: 'KANT', reason: 'note_required' },
    ]);
  });
});

describe('who may decide', () => {
  const coordinators = [
    {
      email: 'chui@example.org',
      role: 'region' as const,
      region: 'chui',
      committees: [],
      active: true,
    },
  ];
  const ledger = { ...EMPTY_LEDGER, coordinators };

  test('approval is refused for a coordinator outside their scope', () => {
    const plan = planApproval(
      ledger,
      request({ actor: 'chui@example.org', committeeIds: ['KANT', 'NARYN'] }),
      september(),
    );
    expect(plan.approvals.map((a) => a.committeeId)).toEqual(['KANT']);
    expect(plan.refusals).toEqual([{ committeeId: 'NARYN', reason: 'not_in_scope' }]);
    expect(plan.figures.every((f) => f.committeeId === 'KANT')).toBe(true);
  });

  test('someone the sheet does not list may not decide at all', () => {
    const plan = planApproval(ledger, request({ actor: 'editor@example.org' }), september());
    expect(plan.refusals).toEqual([{ committeeId: 'KANT', reason: 'not_in_scope' }]);
  });
});
