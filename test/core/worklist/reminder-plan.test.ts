import { planReminders, reminderDay, reminderWeek } from '../../../src/core/worklist';
import { at } from '../../helpers/dataset';

describe('planReminders', () => {
  const week = '2026-W45';

  test('a first run logs every recipient as pending, then sends each once', () => {
    const plan = planReminders({
      log: [],
      recipients: ['A@x.org', 'b@x.org', 'a@x.org '],
      week,
      quota: 10,
      start: true,
    });
    expect(plan.append).toEqual([
      { week, recipient: 'a@x.org' },
      { week, recipient: 'b@x.org' },
    ]);
    expect(plan.sends).toEqual(plan.append);
    expect(plan.left).toBe(0);
  });

  test('a pair already sent is never sent again; a pending or failed one is', () => {
    const plan = planReminders({
      log: [
        { week, recipient: 'a@x.org', status: 'sent' },
        { week, recipient: 'b@x.org', status: 'failed' },
        { week, recipient: 'c@x.org', status: 'pending' },
      ],
      recipients: ['a@x.org', 'b@x.org', 'c@x.org'],
      week,
      quota: 10,
      start: true,
    });
    expect(plan.append).toEqual([]);
    expect(plan.sends.map((s) => s.recipient)).toEqual(['b@x.org', 'c@x.org']);
  });

  test('the quota caps the sends; the rest is logged and left for a later run', () => {
    const plan = planReminders({
      log: [],
      recipients: ['a@x.org', 'b@x.org', 'c@x.org'],
      week,
      quota: 1,
      start: true,
    });
    expect(plan.append).toHaveLength(3);
    expect(plan.sends).toEqual([{ week, recipient: 'a@x.org' }]);
    expect(plan.left).toBe(2);
    expect(
      planReminders({ log: [], recipients: ['a@x.org'], week, quota: 0, start: true }).sends,
    ).toEqual([]);
  });

  test('last week sent does not count for this week; a recipient no longer listed gets nothing', () => {
    const plan = planReminders({
      log: [
        { week: '2026-W44', recipient: 'a@x.org', status: 'sent' },
        { week: '2026-W44', recipient: 'gone@x.org', status: 'pending' },
      ],
      recipients: ['a@x.org'],
      week,
      quota: 5,
      start: true,
    });
    expect(plan.sends).toEqual([{ week, recipient: 'a@x.org' }]);
  });
});

test('a run after Monday finishes the week and adds nobody the log lacks', () => {
  const plan = planReminders({
    log: [
      { week: '2026-W45', recipient: 'a@x.org', status: 'pending' },
      { week: '2026-W45', recipient: 'b@x.org', status: 'sent' },
    ],
    recipients: ['a@x.org', 'b@x.org', 'new@x.org'],
    week: '2026-W45',
    quota: 10,
    start: false,
  });
  expect(plan.append).toEqual([]);
  expect(plan.sends).toEqual([{ week: '2026-W45', recipient: 'a@x.org' }]);
});

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
