/** What Range.getDisplayValues shows for a stored value under a cell's number format. */
import { formatDate } from './utilities';
import type { CellValue } from './values';
import { isDate } from './values';

/**
 * Sheets date formats use 'm' for both months and minutes (minutes next to h or s);
 * SimpleDateFormat, which formatDate implements, uses 'M' for months.
 */
const simpleOf = new Map<string, string>();

export function sheetsDateFormatToSimple(pattern: string): string {
  let simple = simpleOf.get(pattern);
  if (simple === undefined) {
    simple = toSimple(pattern);
    simpleOf.set(pattern, simple);
  }
  return simple;
}

function toSimple(pattern: string): string {
  const tokens = pattern.match(/(y+|m+|d+|h+|s+|[^ymdhs]+)/gi) ?? [];
  return tokens
    .map((t, i) => {
      const lower = t.toLowerCase();
      if (lower[0] === 'm') {
        const prev = tokens
          .slice(0, i)
          .reverse()
          .find((x) => /^[a-z]/i.test(x));
        const next = tokens.slice(i + 1).find((x) => /^[a-z]/i.test(x));
        const minutes = prev?.[0]?.toLowerCase() === 'h' || next?.[0]?.toLowerCase() === 's';
        return minutes ? lower : lower.toUpperCase();
      }
      if (lower[0] === 'h') return lower.toUpperCase();
      return lower[0] === 'y' || lower[0] === 'd' || lower[0] === 's' ? lower : t;
    })
    .join('');
}

const DATE_LIKE = /[ydh]/i;

export function displayValue(v: CellValue, numberFormat: string, timeZone: string): string {
  if (isDate(v)) {
    if (numberFormat !== 'General' && numberFormat !== '@' && DATE_LIKE.test(numberFormat)) {
      return formatDate(v, timeZone, sheetsDateFormatToSimple(numberFormat));
    }
    const time = formatDate(v, timeZone, 'H:mm:ss');
    const day = formatDate(v, timeZone, 'M/d/yyyy');
    return time === '0:00:00' ? day : `${day} ${time}`;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    const fixed = /^0(?:\.(0+))?$/.exec(numberFormat);
    if (fixed) return v.toFixed(fixed[1]?.length ?? 0);
    return String(v);
  }
  return v;
}
