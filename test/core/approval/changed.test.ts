import { approvedChangeProblems, approvedMonthOf } from '../../../src/core/approval/changed';
import { wallTime } from '../../../src/core/time/wall-time';
import { problemMessage } from '../../../src/core/validate';
import { closeAnalysis } from './fixture';

const approved = new Set(['2026-09|KANT']);

describe('approvedMonthOf', () => {
  test('the last minute of an approved month is in it; the first minute after is not', () => {
    expect(approvedMonthOf(approved, 'KANT', wallTime(2026, 9, 30, 23, 59))).toBe('2026-09');
    expect(approvedMonthOf(approved, 'KANT', wallTime(2026, 10, 1, 0, 0))).toBeNull();
    expect(approvedMonthOf(approved, 'NARYN', wallTime(2026, 9, 10))).toBeNull();
    expect(approvedMonthOf(approved, 'KANT', '2026-09')).toBe('2026-09');
    expect(approvedMonthOf(approved, null, wallTime(2026, 9, 10))).toBeNull();
  });
});

describe('approvedChangeProblems', () => {
  test('marks the rows that land in an approved month, with the month and the committee', () => {
    const sheets = closeAnalysis({
      referrals: [{ caseCode: 'KANT-2026-0001', date: '2026-09-20', referredTo: 'police' }],
      cases: [
        {
          caseCode: 'KANT-2026-0001',
          committeeId: 'KANT',
          identifiedOn: '2026-08-20',
          source: 'police',
          affectedPerson: 'woman',
          status: 'open',
        },
      ],
    }).workbook.sheets;
    const events = approvedChangeProblems(sheets, 'events', 2, 4, approved);
    expect(events.map((p) => [p.row, p.rule, p.severity, p.column])).toEqual([
      [2, 'approved_month_changed', 'warning', 'date'],
    ]);
    expect(events[0]?.params).toEqual({ month: '2026-09', committee: 'KANT' });
    // A referral belongs to its case's committee.
    expect(approvedChangeProblems(sheets, 'referrals', 2, 2, approved)).toHaveLength(1);
    // An August case is not in the approved month.
    expect(approvedChangeProblems(sheets, 'cases', 2, 2, approved)).toEqual([]);
    // Rows outside the range asked for are not looked at.
    expect(approvedChangeProblems(sheets, 'events', 3, 4, approved)).toEqual([]);
  });

  test('says so in every language', () => {
    const [problem] = approvedChangeProblems(
      closeAnalysis().workbook.sheets,
      'events',
      2,
      2,
      approved,
    );
    if (!problem) throw new Error('no problem');
    expect(problemMessage(problem, 'en')).toBe(
      'Sheet "Events", row 2, column "Date": Month 2026-09 of KANT is approved: the change is taken in and shown as a revision.',
    );
    expect(problemMessage(problem, 'ru')).toContain('уже утверждён');
    expect(problemMessage(problem, 'ky')).toContain('бекитилген');
  });
});
