import {
  FIRST_PROGRAMME_YEAR,
  isProgrammeYear,
  LAST_PROGRAMME_YEAR,
  parseProgrammeMonth,
} from '../../../src/core/periods';
import { monthIndex } from '../../../src/core/periods/months';

describe('the programme’s years', () => {
  test('start with the 2017 law on protection from family violence', () => {
    expect([FIRST_PROGRAMME_YEAR, LAST_PROGRAMME_YEAR]).toEqual([2017, 2100]);
    expect([2016, 2017, 2100, 2101].map(isProgrammeYear)).toEqual([false, true, true, false]);
  });

  test.each([
    ['2026-10', monthIndex(2026, 9)],
    [' 2017-01 ', monthIndex(2017, 0)],
    ['2100-12', monthIndex(2100, 11)],
    ['0050-12', 'outside_programme_years'],
    ['2016-12', 'outside_programme_years'],
    ['2101-01', 'outside_programme_years'],
    ['2026-13', 'not_a_month'],
    ['October', 'not_a_month'],
  ])('parseProgrammeMonth(%j) is %p', (text, expected) => {
    expect(parseProgrammeMonth(text)).toBe(expected);
  });
});
