import type { Analysis } from '../analyse';
import type { Lang } from '../i18n/lang';
import { earliestDate } from '../periods';
import { monthIndexOf, monthKey } from '../periods/months';
import { CHOICES } from '../schema/choices';
import type { WallTime } from '../time/wall-time';
import type { InitResult, Option } from './api';
import { periodOptions } from './period-options';

/** The language and the filter choices the sidebar draws before any figure. */
export function sidebarInit(analysis: Analysis, lang: Lang, today: WallTime): InitResult {
  const committees = analysis.dataset.committees;
  const regionKeys = new Set(committees.map((c) => c.region));
  const regions: Option[] = CHOICES.region
    .filter((choice) => regionKeys.has(choice.key))
    .map((choice) => ({ value: choice.key, label: choice.labels[lang] }));
  return {
    lang,
    periods: periodOptions(earliestDate(analysis.dataset), today, lang),
    defaultMonth: monthKey(monthIndexOf(today) - 1),
    committees: committees.map((c) => ({
      value: c.committeeId,
      label: `${c.committeeId} · ${c.name}`,
    })),
    regions,
  };
}
