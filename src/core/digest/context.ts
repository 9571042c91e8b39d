import type { Analysis } from '../analyse';
import type { Lang } from '../i18n/lang';
import type { Breakdowns, IndicatorFilter, Report } from '../indicators';
import { breakdowns, computeIndicators, report } from '../indicators';
import type { Period } from '../periods';
import { monthPeriod, parseMonthKey, previousPeriod, yearToDate } from '../periods';
import { type MonthIndex, monthKey } from '../periods/months';
import { choiceKeyOf } from '../read/choices-index';
import type { EventType } from '../schema/choices';
import { FigureMaker } from './figures';
import {
  type EventFigures,
  eventFigures,
  type HeadlineFigures,
  monthHeadline,
  type SeriesMonth,
} from './series';

export type { EventFigures };

/** How many months the trends show, the digest's month last. */
export const TREND_MONTHS = 12;

/** Who a digest is for: the Recipients sheet's settings (the address plays no part in it). */
export interface DigestRecipient {
  readonly language: Lang;
  /** A region key (or label); null = every region. */
  readonly region: string | null;
  /** Small-number threshold; null = off. */
  readonly threshold: number | null;
}

export interface DigestRequest {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly recipient: DigestRecipient;
  /** The spreadsheet's address (the add-on's getUrl()); null when there is none (a local file). */
  readonly spreadsheetUrl?: string | null;
  /**
   * Form responses not taken in when the digest was made (so not in its figures); null or
   * absent where there are no forms to ask (a local file).
   */
  readonly pendingResponses?: number | null;
}

export class DigestRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DigestRequestError';
  }
}

export interface CommitteeName {
  readonly name: string;
  readonly region: string | null;
}

/** Everything the sections read, computed once per digest. */
export interface DigestContext {
  readonly lang: Lang;
  readonly fig: FigureMaker;
  readonly analysis: Analysis;
  readonly period: Period;
  readonly previous: Period;
  readonly ytdPeriod: Period;
  readonly region: string | null;
  readonly current: Report;
  readonly prior: Report;
  readonly ytd: Report;
  readonly bd: Breakdowns;
  readonly bdPrior: Breakdowns;
  readonly bdYtd: Breakdowns;
  /** The month's figures by event type, small ones hidden and protected. */
  readonly events: Readonly<Record<EventType, EventFigures>>;
  /** The headline figures of the digest's month and the month before, as shown. */
  readonly headline: HeadlineFigures;
  readonly headlinePrior: HeadlineFigures;
  /** The last TREND_MONTHS months, oldest first, each as its own digest shows it. */
  readonly series: readonly SeriesMonth[];
  readonly committees: ReadonlyMap<string, CommitteeName>;
  /** Form responses still waiting to be taken in; null when unknown. */
  readonly pendingResponses: number | null;
  /** Per-committee breakdowns of the month (events, referrals), by Committee ID. */
  committeeBreakdowns(id: string): Breakdowns;
}

export function digestContext(analysis: Analysis, request: DigestRequest): DigestContext {
  const month = parseMonthKey(request.month);
  if (month === null) throw new DigestRequestError(`not a month (YYYY-MM): ${request.month}`);
  const { recipient } = request;
  const region = recipient.region ? (choiceKeyOf('region', recipient.region) ?? null) : null;
  if (recipient.region && region === null) {
    throw new DigestRequestError(`unknown region: ${recipient.region}`);
  }
  const period = monthPeriod(Math.floor(month / 12), (month % 12) + 1);
  const previous = previousPeriod(period) as Period;
  const ytdPeriod = yearToDate(period);
  const filter: IndicatorFilter | undefined = region ? { region } : undefined;
  const { dataset } = analysis;
  const committees = new Map<string, CommitteeName>();
  for (const c of dataset.committees)
    committees.set(c.committeeId, { name: c.name, region: c.region });
  const perCommittee = new Map<string, Breakdowns>();
  const fig = new FigureMaker(recipient.language, recipient.threshold);
  const current = report(dataset, period, filter);
  const prior = report(dataset, previous, filter);
  const bd = breakdowns(dataset, period, filter);
  const bdPrior = breakdowns(dataset, previous, filter);
  const events = eventFigures(fig, bd);
  const headline = monthHeadline(fig, current.indicators, bd, events);
  const headlinePrior = monthHeadline(fig, prior.indicators, bdPrior);
  const series: SeriesMonth[] = [];
  for (let m: MonthIndex = month - TREND_MONTHS + 1; m <= month; m++) {
    let figures = m === month ? headline : m === month - 1 ? headlinePrior : null;
    if (figures === null) {
      const p = monthPeriod(Math.floor(m / 12), (m % 12) + 1);
      figures = monthHeadline(
        fig,
        computeIndicators(dataset, p, filter).indicators,
        breakdowns(dataset, p, filter),
      );
    }
    series.push({ month: monthKey(m), figures });
  }
  return {
    lang: recipient.language,
    fig,
    analysis,
    period,
    previous,
    ytdPeriod,
    region,
    current,
    prior,
    ytd: report(dataset, ytdPeriod, filter),
    bd,
    bdPrior,
    bdYtd: breakdowns(dataset, ytdPeriod, filter),
    events,
    headline,
    headlinePrior,
    series,
    committees,
    pendingResponses: request.pendingResponses ?? null,
    committeeBreakdowns(id) {
      let found = perCommittee.get(id);
      if (!found) {
        found = breakdowns(dataset, period, { committeeId: id });
        perCommittee.set(id, found);
      }
      return found;
    },
  };
}
