import { committeeMonths } from '../../../src/core/approval/month';
import { closeAnalysis } from './fixture';

describe('committeeMonths', () => {
  test('counts the rows dated in the month, to its last minute in the workbook’s zone', () => {
    const months = committeeMonths(closeAnalysis(), '2026-09');
    expect(months.get('KANT')).toMatchObject({
      name: 'Kant',
      region: 'chui',
      rows: 1,
      active: true,
    });
    expect(months.get('NARYN')?.rows).toBe(1);
    expect(committeeMonths(closeAnalysis(), '2026-10').get('KANT')?.rows).toBe(1);
  });

  test('open errors are the month’s rows and the undated ones, not another month’s', () => {
    const analysis = closeAnalysis({
      events: [
        // September, no participants: an error of September.
        { eventId: 'EV-000010', committeeId: 'KANT', date: '2026-09-14', type: 'training' },
        // August, the same error: not September's.
        { eventId: 'EV-000011', committeeId: 'KANT', date: '2026-08-14', type: 'training' },
        // A date nobody can read: it may be September's.
        {
          eventId: 'EV-000012',
          committeeId: 'KANT',
          date: 'soon',
          type: 'training',
          participants: 3,
        },
      ],
    });
    const kant = committeeMonths(analysis, '2026-09').get('KANT');
    expect(kant?.rows).toBe(2);
    expect(kant?.openErrors).toBe(2);
    expect(committeeMonths(analysis, '2026-08').get('KANT')?.openErrors).toBe(2);
  });

  test('holds each committee’s seed figures of the month as computed now', () => {
    const kant = committeeMonths(closeAnalysis(), '2026-09').get('KANT');
    expect(kant?.figures.trainings).toBe(1);
    expect(kant?.figures.training_participants).toBe(12);
  });
});
