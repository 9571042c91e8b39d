import type { Analysis } from '../analyse';
import type { Lang } from '../i18n/lang';
import type { Breakdowns, IndicatorFilter, Report } from '../indicators';
import { breakdowns, report } from '../indicators';
import type { Period } from '../periods';
import { monthPeriod, parseMonthKey, previousPeriod, yearToDate } from '../periods';
import { choiceKeyOf } from '../read/choices-index';
import type { EventType } from '../schema/choices';
import { FigureMaker } from './figures';
import type { Figure } from './model';
import { protectedCounts } from './protect';

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

/** The month's events and participants of one type, as every section shows them. */
export interface EventFigures {
  readonly events: Figure;
  readonly participants: Figure;
}

/**
 * Events and participants by type, protected once: the events table, the headline and the plan
 * all show these, so a count hidden in one place is hidden in every place.
 */
function eventFigures(fig: FigureMaker, bd: Breakdowns): Record<EventType, EventFigures> {
  const entries = Object.entries(bd.events_by_type) as [
    EventType,
    (typeof bd.events_by_type)[EventType],
  ][];
  const events = protectedCounts(
    fig,
    entries.map(([, v]) => v.events),
  );
  const participants = protectedCounts(
    fig,
    entries.map(([, v]) => v.participants),
  );
  return Object.fromEntries(
    entries.map(([type], i) => [
      type,
      { events: events[i] as Figure, participants: participants[i] as Figure },
    ]),
  ) as Record<EventType, EventFigures>;
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
  const bd = breakdowns(dataset, period, filter);
  return {
    lang: recipient.language,
    fig,
    analysis,
    period,
    previous,
    ytdPeriod,
    region,
    current: report(dataset, period, filter),
    prior: report(dataset, previous, filter),
    ytd: report(dataset, ytdPeriod, filter),
    bd,
    bdPrior: breakdowns(dataset, previous, filter),
    bdYtd: breakdowns(dataset, ytdPeriod, filter),
    events: eventFigures(fig, bd),
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
