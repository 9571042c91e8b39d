import type { Analysis } from '../analyse';
import type { Lang } from '../i18n/lang';
import { monthName } from '../i18n/months';
import { text } from '../i18n/texts';
import { periodLabel } from '../periods';
import { CHOICES } from '../schema/choices';
import { revisionsSections } from './approval-sections';
import {
  assistanceSection,
  eventsSection,
  membersSection,
  planSection,
  referralDestinationSection,
  referralOutcomeSection,
} from './breakdown-sections';
import { committeesSection } from './committees';
import { type DigestContext, type DigestRequest, digestContext } from './context';
import { headlineSection } from './headline';
import type { DigestContent } from './model';
import { qualitySection, reportingSection } from './reporting-sections';
import { trendsSection } from './trends';

/** The month inside a subject line: «октябрь 2026» (lower case in a Russian phrase). */
function subjectMonth(ctx: DigestContext): string {
  const [year, month] = ctx.period.spec.split('-').map(Number) as [number, number];
  if (ctx.lang === 'ru') return `${monthName(month - 1, 'ru')} ${year}`;
  return periodLabel(ctx.period, ctx.lang);
}

function regionLabel(region: string | null, lang: Lang): string | null {
  return CHOICES.region.find((r) => r.key === region)?.labels[lang] ?? null;
}

/** Only an https address becomes a link; anything else is left out (the CLI says so). */
export function safeUrl(url: string | null | undefined): string | null {
  return url && /^https:\/\/[^\s"'<>]+$/.test(url) ? url : null;
}

/**
 * The digest of one month for one recipient: aggregates only, in the recipient's language, cut
 * to the recipient's region, small counts hidden. Used by the add-on and the command line alike.
 */
export function buildDigestContent(analysis: Analysis, request: DigestRequest): DigestContent {
  const ctx = digestContext(analysis, request);
  const { lang } = ctx;
  const region = regionLabel(ctx.region, lang);
  const subject = text('subject', lang, { month: subjectMonth(ctx) });
  const threshold = ctx.fig.active;
  return {
    lang,
    month: ctx.period.spec,
    subject: region ? `${subject} — ${region}` : subject,
    title: text('title', lang),
    monthLabel: periodLabel(ctx.period, lang),
    scopeLabel: region ?? text('allRegions', lang),
    sections: [
      headlineSection(ctx),
      trendsSection(ctx),
      committeesSection(ctx),
      ...revisionsSections(ctx),
      eventsSection(ctx),
      membersSection(ctx),
      referralDestinationSection(ctx),
      referralOutcomeSection(ctx),
      assistanceSection(ctx),
      planSection(ctx),
      reportingSection(ctx),
      qualitySection(ctx),
    ],
    link: { url: safeUrl(request.spreadsheetUrl), text: text('openSpreadsheet', lang) },
    notes: [
      ...(threshold === null ? [] : [text('thresholdNote', lang, { n: threshold })]),
      text('aggregatesNote', lang),
      text('sentBy', lang),
    ],
  };
}
