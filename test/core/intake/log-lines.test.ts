/** The Log lines of pending responses: the same for the submission, the menu and the digest. */
import { pendingLogLines } from '../../../src/core/intake/log-lines';
import { pendingOutcome } from '../../../src/core/intake/plan';

const candidate = {
  kind: 'followup' as const,
  sheetName: 'Responses',
  row: 7,
  statusColumn: 5,
  header: [],
  values: [],
  fingerprint: 'f',
};
const left = pendingOutcome(candidate, 'en', 'the response says neither referral nor assistance');
const taken = { ...left, takenIn: true, log: 'sheet "Referrals", row 2; problems: 0' };

test('one line per response left pending, then the summary', () => {
  expect(
    pendingLogLines({ taken: 1, left: 1, outcomes: [taken, left] }, 'en', {
      byForm: false,
      summary: true,
    }),
  ).toEqual([
    [
      'Pending form responses',
      'pending: the response says neither referral nor assistance. The response stays on "Responses", row 7; the next form response or "Process pending responses" takes it in.',
    ],
    ['Pending form responses', 'Pending responses: 1 taken in, 1 still pending.'],
  ]);
});

test('by form and without the summary, as a submission and the menu say it', () => {
  const lines = pendingLogLines({ taken: 0, left: 1, outcomes: [left] }, 'ru', {
    byForm: true,
    summary: false,
  });
  expect(lines).toHaveLength(1);
  expect(lines[0]?.[0]).toMatch(/^Ответ формы «Korgoo/);
});

test('nothing to say: no line', () => {
  expect(
    pendingLogLines({ taken: 0, left: 0, outcomes: [] }, 'en', { byForm: false, summary: true }),
  ).toEqual([]);
});
