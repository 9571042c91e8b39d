import { monthClose, wallIso } from '../../../src/core/approval/report';
import { report } from '../../../src/core/indicators';
import { monthPeriod, quarterPeriod } from '../../../src/core/periods/make';
import { wallTime } from '../../../src/core/time/wall-time';
import { closeAnalysis } from './fixture';

const AT = new Date(Date.UTC(2026, 9, 3, 9, 15));
const analysis = closeAnalysis(
  {},
  {
    approvals: [
      { month: '2026-09', committeeId: 'KANT', status: 'approved', by: 'aida@example.org', at: AT },
    ],
    approvedFigures: [
      { month: '2026-09', committeeId: 'KANT', indicator: 'trainings', value: 2, approvedAt: AT },
      {
        month: '2026-09',
        committeeId: 'KANT',
        indicator: 'training_participants',
        value: 12,
        approvedAt: AT,
      },
    ],
  },
);
const september = monthPeriod(2026, 9);

describe('monthClose (korgoo report for one month)', () => {
  test('approval for every committee counted, revisions only where figures moved', () => {
    const close = monthClose(analysis, september, report(analysis.dataset, september).byCommittee);
    expect(close).toEqual({
      approval: {
        KANT: { status: 'approved', by: 'aida@example.org', at: '2026-10-03T09:15' },
        NARYN: { status: 'open', by: '', at: '' },
      },
      revisions: { KANT: { trainings: { approved: 2, current: 1 } } },
    });
  });

  test('a report cut to one committee keeps to it', () => {
    const only = report(analysis.dataset, september, { committeeId: 'NARYN' }).byCommittee;
    expect(monthClose(analysis, september, only)).toEqual({
      approval: { NARYN: { status: 'open', by: '', at: '' } },
      revisions: {},
    });
  });

  test('no month close for a period that is not one month', () => {
    const q3 = quarterPeriod(2026, 3);
    expect(monthClose(analysis, q3, report(analysis.dataset, q3).byCommittee)).toBeNull();
  });

  test('times are the workbook’s wall clock, to the minute', () => {
    expect(wallIso(wallTime(2026, 9, 30, 23, 59))).toBe('2026-09-30T23:59');
  });
});
