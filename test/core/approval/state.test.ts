import { approvedPairs, monthStates, stateOf } from '../../../src/core/approval/state';
import { wallTime } from '../../../src/core/time/wall-time';
import { entry } from './fixture';

describe('the state of a (month, committee)', () => {
  test('is open without a row, and the last row of the log otherwise', () => {
    const log = [
      entry('KANT', 'approved', wallTime(2026, 10, 3)),
      entry('KANT', 'reopened', wallTime(2026, 10, 5)),
      entry('NARYN', 'returned', wallTime(2026, 10, 4)),
      entry('KANT', 'approved', wallTime(2026, 10, 1), '2026-08'),
    ];
    expect(stateOf(log, '2026-09', 'KANT').status).toBe('reopened');
    expect(stateOf(log, '2026-09', 'NARYN').status).toBe('returned');
    expect(stateOf(log, '2026-09', 'TOKM')).toEqual({ status: 'open', by: '', at: null, note: '' });
    expect([...monthStates(log, '2026-08').keys()]).toEqual(['KANT']);
    expect([...approvedPairs(log)]).toEqual(['2026-08|KANT']);
  });

  test('the log order decides, not the times written in it', () => {
    // A row appended later with an earlier clock (another computer's) is still the last word.
    const log = [
      entry('KANT', 'approved', wallTime(2026, 10, 5)),
      entry('KANT', 'reopened', wallTime(2026, 10, 4)),
    ];
    expect(stateOf(log, '2026-09', 'KANT').status).toBe('reopened');
  });
});
