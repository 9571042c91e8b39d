import { dayMonthYearLabel, monthName } from '../../../src/core/i18n/months';
import type { Period } from '../../../src/core/periods';
import { isPeriodError, parsePeriod, periodLabel } from '../../../src/core/periods';
import { at } from '../../helpers/dataset';

function parse(spec: string): Period {
  const result = parsePeriod(spec, { today: at('2026-11-15'), earliest: at('2025-01-01') });
  if (isPeriodError(result)) throw new Error(result.message);
  return result;
}

describe('periodLabel', () => {
  test.each([
    ['2026-10', 'Октябрь 2026', '2026-ж., октябрь', 'October 2026'],
    ['2026-01', 'Январь 2026', '2026-ж., январь', 'January 2026'],
    ['2026-05', 'Май 2026', '2026-ж., май', 'May 2026'],
    ['2026-Q3', 'III квартал 2026', '2026-ж., 3-чейрек', 'Q3 2026'],
    ['2026-Q1', 'I квартал 2026', '2026-ж., 1-чейрек', 'Q1 2026'],
    ['2026', '2026 год', '2026-жыл', '2026'],
    ['2026-01..2026-10', 'Январь–октябрь 2026', '2026-ж., январь–октябрь', 'January–October 2026'],
    [
      '2025-11..2026-02',
      'Ноябрь 2025 – февраль 2026',
      '2025-ж., ноябрь – 2026-ж., февраль',
      'November 2025 – February 2026',
    ],
    ['all', 'за всё время', 'башынан бери', 'since start'],
  ])('%s', (spec, ru, ky, en) => {
    const period = parse(spec);
    expect(periodLabel(period, 'ru')).toBe(ru);
    expect(periodLabel(period, 'ky')).toBe(ky);
    expect(periodLabel(period, 'en')).toBe(en);
  });
});

describe('month names', () => {
  test('Kyrgyz names are the CLDR ones, in our table', () => {
    const ky = Array.from({ length: 12 }, (_, m) => monthName(m, 'ky'));
    expect(ky).toEqual([
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
    ]);
  });

  test('Russian has a standalone and a genitive form', () => {
    expect(monthName(9, 'ru')).toBe('октябрь');
    expect(monthName(9, 'ru', 'genitive')).toBe('октября');
    expect(monthName(2, 'ru', 'genitive')).toBe('марта');
  });

  test('dates in each language', () => {
    expect(dayMonthYearLabel(2026, 9, 15, 'ru')).toBe('15 октября 2026');
    expect(dayMonthYearLabel(2026, 9, 15, 'ky')).toBe('2026-ж., 15-октябрь');
    expect(dayMonthYearLabel(2026, 9, 15, 'en')).toBe('15 October 2026');
  });

  test('rejects a month out of range', () => {
    expect(() => monthName(12, 'ru')).toThrow(RangeError);
  });
});
