import { reminderDay, reminderWeek } from '../../../src/core/worklist';
import { at } from '../../helpers/dataset';

describe('the week', () => {
  test('is the ISO week, Monday to Sunday', () => {
    expect(reminderWeek(at('2026-11-02'))).toBe('2026-W45');
    expect(reminderWeek(at('2026-11-08 23:30'))).toBe('2026-W45');
    expect(reminderWeek(at('2026-11-09'))).toBe('2026-W46');
    expect(reminderWeek(at('2027-01-01'))).toBe('2026-W53');
    expect(reminderWeek(at('2026-01-01'))).toBe('2026-W01');
  });

  test('starts on Monday at 08:00; the other days only finish it', () => {
    expect(reminderDay(at('2026-11-02 07:59'))).toBe('closed');
    expect(reminderDay(at('2026-11-02 08:00'))).toBe('start');
    expect(reminderDay(at('2026-11-04 03:00'))).toBe('finish');
    expect(reminderDay(at('2026-11-08 23:00'))).toBe('finish');
  });
});
