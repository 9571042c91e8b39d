import type { Lang } from '../i18n/lang';
import { capitalize, monthName, monthYearLabel } from '../i18n/months';
import { month0OfMonth, monthIndexOf, yearOfMonth } from './months';
import type { Period } from './period';

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;
const SINCE_START = { ru: 'за всё время', ky: 'башынан бери', en: 'since start' } as const;

function quarterLabel(year: number, quarter: number, lang: Lang): string {
  if (lang === 'ru') return `${ROMAN_QUARTERS[quarter - 1]} квартал ${year}`;
  // CLDR ky: quarters «1-чейрек»…, in the year-first pattern «y-'ж'., QQQQ».
  if (lang === 'ky') return `${year}-ж., ${quarter}-чейрек`;
  return `Q${quarter} ${year}`;
}

function yearLabel(year: number, lang: Lang): string {
  if (lang === 'ru') return `${year} год`;
  if (lang === 'ky') return `${year}-жыл`;
  return String(year);
}

/** «Январь–октябрь 2026» within a year; «Ноябрь 2025 – февраль 2026» across years. */
function rangeLabel(period: Period, lang: Lang): string {
  const first = monthIndexOf(period.from);
  const last = monthIndexOf(period.to - 1);
  const [y1, m1, y2, m2] = [
    yearOfMonth(first),
    month0OfMonth(first),
    yearOfMonth(last),
    month0OfMonth(last),
  ];
  if (y1 === y2) {
    const span = `${monthName(m1, lang)}–${monthName(m2, lang)}`;
    return lang === 'ky' ? `${y1}-ж., ${span}` : `${capitalize(span)} ${y1}`;
  }
  const tail = monthYearLabel(y2, m2, lang);
  return `${monthYearLabel(y1, m1, lang)} – ${lang === 'ru' ? tail.toLocaleLowerCase('ru') : tail}`;
}

/** ru «Октябрь 2026», «III квартал 2026», «2026 год», «за всё время»; ky «2026-ж., октябрь»; en «October 2026». */
export function periodLabel(period: Period, lang: Lang): string {
  const first = monthIndexOf(period.from);
  const year = yearOfMonth(first);
  switch (period.kind) {
    case 'month':
      return monthYearLabel(year, month0OfMonth(first), lang);
    case 'quarter':
      return quarterLabel(year, Math.floor(month0OfMonth(first) / 3) + 1, lang);
    case 'year':
      return yearLabel(year, lang);
    case 'range':
      return rangeLabel(period, lang);
    case 'all':
      return SINCE_START[lang];
  }
}
