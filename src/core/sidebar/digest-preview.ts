import type { Analysis } from '../analyse';
import { activeRecipients } from '../digest';
import { isLang, type Lang } from '../i18n/lang';
import { dayMonthYearLabel } from '../i18n/months';
import { text } from '../i18n/texts';
import { earliestDate } from '../periods';
import {
  month0OfMonth,
  monthIndexOf,
  monthKey,
  parseMonthKey,
  yearOfMonth,
} from '../periods/months';
import type { WallTime } from '../time/wall-time';
import type { DigestPreviewResult, DigestRequest, ScheduleStatus } from './api';
import { monthOption, monthRange } from './period-options';
import type { DigestPort } from './ports';
import { SidebarError } from './texts';

/** The month and language of a request that crossed the wire, checked. */
export function digestRequestOf(request: DigestRequest, lang: Lang): { month: string; lang: Lang } {
  const month = typeof request?.month === 'string' ? request.month.trim() : '';
  const index = parseMonthKey(month);
  if (index === null) throw new SidebarError(text('badMonth', lang, { value: month }));
  if (!isLang(request.lang))
    throw new SidebarError(text('unsupportedLanguage', lang, { value: String(request.lang) }));
  return { month: monthKey(index), lang: request.lang };
}

/** Installed or not, and when the next digest goes out: the 1st of next month at 08:00. */
export function scheduleStatus(installed: boolean, today: WallTime, lang: Lang): ScheduleStatus {
  if (!installed) return { installed, next: '' };
  const next = monthIndexOf(today) + 1;
  const date = dayMonthYearLabel(yearOfMonth(next), month0OfMonth(next), 1, lang);
  return { installed, next: text('nextDigest', lang, { date }) };
}

export interface DigestPreviewContext {
  readonly lang: Lang;
  readonly today: WallTime;
  readonly installedTriggers: readonly string[];
  readonly digest: DigestPort | undefined;
  /** A roll-up's first day, where its sources reach further back than the workbook's rows. */
  readonly earliest?: WallTime | null | undefined;
}

/** The digest of a month in a language exactly as it is sent, with its recipients and schedule. */
export function sidebarDigestPreview(
  analysis: Analysis,
  request: DigestRequest,
  context: DigestPreviewContext,
): DigestPreviewResult {
  const { lang, today, digest } = context;
  const asked = digestRequestOf(request, lang);
  const rendered = digest?.render(analysis, asked.month, asked.lang);
  const index = parseMonthKey(asked.month) as number;
  return {
    available: rendered !== undefined,
    month: asked.month,
    monthLabel: monthOption(index, lang).label,
    subject: rendered?.subject ?? '',
    html: rendered?.html ?? '',
    recipients: activeRecipients(analysis.dataset).length,
    schedule: scheduleStatus(
      digest !== undefined && context.installedTriggers.includes(digest.triggerHandler),
      today,
      lang,
    ),
    canSend: rendered !== undefined && digest?.sendPreviewToMe !== undefined,
    canSchedule: digest?.schedule !== undefined,
    months: monthRange(context.earliest ?? earliestDate(analysis.dataset), today).map((m) =>
      monthOption(m, lang),
    ),
  };
}
