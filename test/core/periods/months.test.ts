import { monthIndexOf, monthKey, monthStart, parseMonthKey } from '../../../src/core/periods';

test('monthIndexOf agrees with the UTC calendar, every day 1899–2101 and at day edges', () => {
  for (let t = Date.UTC(1899, 0, 1); t < Date.UTC(2101, 0, 1); t += 86_400_000) {
    const d = new Date(t);
    const expected = d.getUTCFullYear() * 12 + d.getUTCMonth();
    if (monthIndexOf(t) !== expected || monthIndexOf(t + 86_399_999) !== expected) {
      throw new Error(`monthIndexOf wrong at ${d.toISOString()}`);
    }
  }
  expect(monthIndexOf(Date.UTC(2026, 9, 31, 23, 30))).toBe(2026 * 12 + 9);
  expect(monthIndexOf(Date.UTC(2026, 10, 1))).toBe(2026 * 12 + 10);
  expect(monthIndexOf(Date.UTC(2028, 1, 29, 12))).toBe(2028 * 12 + 1);
});

test('month keys and starts', () => {
  expect(monthKey(2026 * 12 + 9)).toBe('2026-10');
  expect(monthKey(2026 * 12)).toBe('2026-01');
  expect(parseMonthKey('2026-10')).toBe(2026 * 12 + 9);
  expect(parseMonthKey('2026-13')).toBeNull();
  expect(monthStart(2026 * 12 + 11)).toBe(Date.UTC(2026, 11, 1));
  expect(monthStart(2026 * 12 + 12)).toBe(Date.UTC(2027, 0, 1));
});
