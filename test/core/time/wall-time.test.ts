import { instantOfWallTime, wallTime, wallTimeOfInstant } from '../../../src/core/time/wall-time';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of an instant worked out afresh, without the kept results. */
function formatted(instant: Date, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const field = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
}

describe('wallTimeOfInstant', () => {
  test('an instant asked again is not formatted again', () => {
    const formatToParts = jest.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    try {
      const instant = new Date(Date.UTC(2031, 2, 4, 18, 0));
      const first = wallTimeOfInstant(instant, 'Asia/Bishkek');
      const calls = formatToParts.mock.calls.length;
      expect(wallTimeOfInstant(new Date(instant.getTime()), 'Asia/Bishkek')).toBe(first);
      expect(formatToParts.mock.calls.length).toBe(calls);
      expect(first).toBe(wallTime(2031, 3, 5, 0, 0));
      // Another zone is its own result.
      expect(wallTimeOfInstant(instant, 'Europe/Berlin')).toBe(wallTime(2031, 3, 4, 19, 0));
      expect(formatToParts.mock.calls.length).toBe(calls + 1);
    } finally {
      formatToParts.mockRestore();
    }
  });

  test('kept results are the formatted ones, on both sides of DST changes, asked twice', () => {
    const zones = ['Asia/Bishkek', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe'];
    const start = Date.UTC(2026, 2, 1);
    for (let round = 0; round < 2; round++) {
      for (const zone of zones) {
        const kept: number[] = [];
        const fresh: number[] = [];
        for (let ms = start; ms < start + 400 * 86_400_000; ms += 13 * 3_600_000 + 60_000) {
          kept.push(wallTimeOfInstant(new Date(ms), zone));
          fresh.push(formatted(new Date(ms), zone));
        }
        expect([zone, kept]).toEqual([zone, fresh]);
      }
    }
  });

  test('many instants of the same days, across DST changes, are the formatted ones', () => {
    // About a minute apart around a change, with each hour's first second and a later one:
    // what is kept of a day serves them all, or Intl does.
    const changes = [
      ['Europe/Berlin', Date.UTC(2026, 2, 29, 1)],
      ['Europe/Berlin', Date.UTC(2026, 9, 25, 1)],
      ['America/New_York', Date.UTC(2026, 2, 8, 7)],
      ['Australia/Lord_Howe', Date.UTC(2026, 3, 5, 15)],
      ['Asia/Kathmandu', Date.UTC(1985, 11, 31, 18, 30)],
    ] as const;
    for (const [zone, change] of changes) {
      const kept: number[] = [];
      const fresh: number[] = [];
      for (let ms = change - 2 * 3_600_000; ms < change + 2 * 3_600_000; ms += 59_999) {
        const seconds = [ms, Math.floor(ms / 3_600_000) * 3_600_000, ms + 1_234];
        for (const t of seconds) {
          kept.push(wallTimeOfInstant(new Date(t), zone));
          fresh.push(formatted(new Date(t), zone));
        }
      }
      expect([zone, kept]).toEqual([zone, fresh]);
    }
  });

  test('more instants than are kept: still right after the store is cleared', () => {
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 12_000; i += 997) {
      const instant = new Date(start + i * 60_000);
      expect(wallTimeOfInstant(instant, 'Asia/Bishkek')).toBe(instant.getTime() + 6 * 3_600_000);
    }
    for (let i = 0; i < 12_000; i++) wallTimeOfInstant(new Date(start + i * 60_000), 'UTC');
    expect(wallTimeOfInstant(new Date(start), 'UTC')).toBe(start);
    expect(instantOfWallTime(wallTime(2026, 1, 1, 6, 0), 'Asia/Bishkek').getTime()).toBe(start);
  });
});
