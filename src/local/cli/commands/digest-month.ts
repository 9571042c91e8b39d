import { digestMonthOf } from '../../../core/digest/recipients';
import type { Lang } from '../../../core/i18n/lang';
import { parseProgrammeMonth } from '../../../core/periods';
import type { WallTime } from '../../../core/time/wall-time';
import { text } from '../texts';
import { UsageError } from '../usage-error';
import { outsideProgrammeYears } from './report';

/**
 * The month asked (`YYYY-MM`), or last month in Bishkek. On its own, so that `korgoo approve`,
 * which takes a month too, loads none of the digest's mail composing.
 */
export function digestMonth(spec: string | undefined, today: WallTime, lang: Lang): string {
  if (spec === undefined) return digestMonthOf(today);
  const month = parseProgrammeMonth(spec);
  if (month === 'not_a_month') throw new UsageError(text('badMonth', lang, { value: spec }));
  if (month === 'outside_programme_years') throw outsideProgrammeYears(spec, lang);
  return spec.trim();
}
