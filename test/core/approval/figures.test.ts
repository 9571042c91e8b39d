import { approvedFiguresOf } from '../../../src/core/approval/figures';
import { wallTime } from '../../../src/core/time/wall-time';

describe('approvedFiguresOf', () => {
  const figure = (value: number, at: number, committeeId = 'KANT', month = '2026-09') => ({
    month,
    committeeId,
    indicator: 'trainings',
    value,
    approvedAt: at,
  });

  test('takes each committee’s latest snapshot of the month', () => {
    const first = wallTime(2026, 10, 3, 9, 0);
    const second = wallTime(2026, 10, 9, 9, 0);
    const figures = [
      figure(1, first),
      figure(4, second),
      figure(7, first, 'NARYN'),
      figure(9, second, 'KANT', '2026-10'),
    ];
    expect(Object.fromEntries(approvedFiguresOf(figures, '2026-09'))).toEqual({
      KANT: { trainings: 4 },
      NARYN: { trainings: 7 },
    });
  });
});
