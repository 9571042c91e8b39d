import type { Lang } from './lang';

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Russian month names, standalone («октябрь», a heading) and genitive («октября», in a date).
 * Ours rather than date-fns's `ru` locale: that object brings 18 KB of formatters into the Apps
 * Script bundle for these 24 words.
 */
const RU_MONTHS = {
  standalone: [
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
  ],
  genitive: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
} as const;

/**
 * Kyrgyz month names as the Unicode CLDR writes them (GLOSSARY): the same words as the Russian
 * standalone ones. date-fns has no Kyrgyz locale and Apps Script's `Intl` can't be trusted with
 * `ky`, so they are ours. Lower case: they sit inside a phrase («2026-ж., октябрь»).
 */
const KY_MONTHS = RU_MONTHS.standalone;

type Month = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;

/** Russian has two forms: standalone «октябрь» (a heading) and genitive «октября» (a date). */
export type MonthForm = 'standalone' | 'genitive';

function checkMonth(month0: number): Month {
  if (!Number.isInteger(month0) || month0 < 0 || month0 > 11) {
    throw new RangeError(`month index out of range: ${month0}`);
  }
  return month0 as Month;
}

/**
 * The month's name as written inside a sentence: lower case in ru and ky, capitalised in en.
 * Kyrgyz has no genitive form here: «15-октябрь».
 */
export function monthName(month0: number, lang: Lang, form: MonthForm = 'standalone'): string {
  const month = checkMonth(month0);
  if (lang === 'en') return EN_MONTHS[month];
  if (lang === 'ky') return KY_MONTHS[month];
  return RU_MONTHS[form][month];
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('ru') + text.slice(1);
}

/** «Октябрь 2026» · «2026-ж., октябрь» · «October 2026». */
export function monthYearLabel(year: number, month0: number, lang: Lang): string {
  const name = monthName(month0, lang);
  if (lang === 'ky') return `${year}-ж., ${name}`;
  return `${capitalize(name)} ${year}`;
}

/** «15 октября 2026» · «2026-ж., 15-октябрь» · «15 October 2026». */
export function dayMonthYearLabel(year: number, month0: number, day: number, lang: Lang): string {
  if (lang === 'ky') return `${year}-ж., ${day}-${monthName(month0, 'ky')}`;
  return `${day} ${monthName(month0, lang, 'genitive')} ${year}`;
}
