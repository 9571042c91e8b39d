import { wallTime } from '../../../../src/core/time/wall-time';
import { digestMonth } from '../../../../src/local/cli/commands/digest-month';
import { UsageError } from '../../../../src/local/cli/usage-error';

describe('digestMonth: the month of --month, or last month', () => {
  test('the month asked, its spaces trimmed', () => {
    expect(digestMonth(' 2026-10 ', wallTime(2026, 11, 26), 'en')).toBe('2026-10');
  });

  test('without --month, the month before today, across a new year too', () => {
    expect(digestMonth(undefined, wallTime(2026, 11, 26), 'en')).toBe('2026-10');
    expect(digestMonth(undefined, wallTime(2027, 1, 3), 'en')).toBe('2026-12');
  });

  test('a month that means nothing, or one outside the programme’s years, is a usage error', () => {
    expect(() => digestMonth('2026-13', 0, 'en')).toThrow(
      new UsageError('Unknown month "2026-13". Example: 2026-10'),
    );
    expect(() => digestMonth('1990-01', 0, 'en')).toThrow(UsageError);
    expect(() => digestMonth('1990-01', 0, 'en')).toThrow(/outside the programme’s years/);
  });
});
