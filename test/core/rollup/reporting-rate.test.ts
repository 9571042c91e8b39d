import { monthPeriod } from '../../../src/core/periods/make';
import { regionalOf, type SourceRow } from '../../../src/core/rollup/regional';
import { reportingRate } from '../../../src/core/rollup/reporting-rate';
import { DAY_MS } from '../../../src/core/time/wall-time';
import { analyseRows, REGIONAL_TODAY, regionalFixture } from '../../helpers/regional';

const fixture = regionalFixture('en');
const regional = regionalOf(analyseRows(fixture.rows), 'en');
if (!regional) throw new Error('the fixture has Returns rows');
const october = monthPeriod(2026, 10);

test('of the active sources, those whose good return covers the month; inactive ones not counted', () => {
  const rate = reportingRate(regional, october, REGIONAL_TODAY);
  expect(rate.active).toBe(4);
  expect(rate.reported).toBe(3);
  expect(rate.sources.map((s) => [s.label, s.standing, s.covers])).toEqual([
    ['Chui', 'reported', true],
    ['Issyk-Kul', 'reported', true],
    ['Naryn', 'failing', true],
    ['Talas', 'missing', false],
  ]);
});

test('a failing source says why, from Sources’ State; the others say nothing', () => {
  const rate = reportingRate(regional, october, REGIONAL_TODAY);
  expect(rate.sources[2]?.reason).toContain('cannot be opened: no access');
  expect(rate.sources[0]?.reason).toBe('');
});

test('committee-months approved: those of the reporting sources', () => {
  const rate = reportingRate(regional, october, REGIONAL_TODAY);
  const sizes = fixture.parts.map((p) => p.dataset.committees.length);
  expect(rate.committeeMonths).toBe(sizes.reduce((a, b) => a + b, 0));
  expect(rate.approved).toBe(sizes[0]);
  expect(reportingRate(regional, monthPeriod(2026, 9), REGIONAL_TODAY).approved).toBe(0);
});

test('a return made before the month ended is late for it; for the month under way, today counts', () => {
  const november = monthPeriod(2026, 11);
  const rate = reportingRate(regional, november, REGIONAL_TODAY);
  // Made today: the month under way is covered; Naryn's, from yesterday, is not.
  expect(rate.sources.map((s) => s.covers)).toEqual([true, true, false, false]);
  const later = reportingRate(regional, november, REGIONAL_TODAY + 10 * DAY_MS);
  expect(later.reported).toBe(0);
  const rows: SourceRow[] = regional.sources.map((s) => ({ ...s, checkedAt: s.readAt }));
  const healed = reportingRate(
    { ...regional, sources: rows },
    november,
    REGIONAL_TODAY + 10 * DAY_MS,
  );
  expect(healed.sources.slice(0, 3).map((s) => s.standing)).toEqual(['late', 'late', 'late']);
});

test('an Active cell neither yes nor no counts as active and failing', () => {
  const rows: SourceRow[] = regional.sources.map((s, i) => (i === 0 ? { ...s, active: null } : s));
  const rate = reportingRate({ ...regional, sources: rows }, october, REGIONAL_TODAY);
  expect(rate.active).toBe(4);
  expect(rate.sources[0]?.standing).toBe('failing');
});
