import type { Breakdowns, IndicatorId, IndicatorValues } from '../indicators';
import { INDICATOR_IDS } from '../indicators';
import type { EventType } from '../schema/choices';
import type { FigureMaker } from './figures';
import type { Figure } from './model';
import { protectedCounts } from './protect';

/** The month's events and participants of one type, as every section shows them. */
export interface EventFigures {
  readonly events: Figure;
  readonly participants: Figure;
}

/**
 * Events and participants by type, protected once: the events table, the headline and the plan
 * all show these, so a count hidden in one place is hidden in every place.
 */
export function eventFigures(fig: FigureMaker, bd: Breakdowns): Record<EventType, EventFigures> {
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

/** Committees are no families: their count is never hidden. */
export const PLAIN: ReadonlySet<IndicatorId> = new Set(['committees_active']);

/** Counts of a moment, not sums over months: no year-to-date total. */
export const STOCKS: ReadonlySet<IndicatorId> = new Set(['committees_active', 'members_active']);

/** Headline figures that are a cell of the events table: shown as that table shows them. */
const EVENT_CELLS: Partial<Record<IndicatorId, readonly [EventType, 'events' | 'participants']>> = {
  district_meetings: ['district_meeting', 'events'],
  district_meeting_participants: ['district_meeting', 'participants'],
  trainings: ['training', 'events'],
  training_participants: ['training', 'participants'],
  preventive_meetings: ['preventive_meeting', 'events'],
  preventive_meeting_participants: ['preventive_meeting', 'participants'],
};

/** One headline figure of a period, small counts hidden (not protected across a table). */
export function figureOf(
  fig: FigureMaker,
  id: IndicatorId,
  values: IndicatorValues,
  bd: Breakdowns,
): Figure {
  const value = values[id];
  if (PLAIN.has(id)) return fig.plain(value);
  // The cash total would tell what a single family received: it hides with the count of cash aid.
  if (id === 'cash_aid_kgs') return fig.amount(value, bd.assistance_by_type.cash_aid.count);
  return fig.count(value);
}

export type HeadlineFigures = Readonly<Record<IndicatorId, Figure>>;

/**
 * Every headline figure of one month exactly as the digest shows that month: the month column,
 * the change against it, and each bar of the twelve-month trends all read these, so a figure
 * hidden in a month's own digest is hidden in every later digest's series too.
 */
export function monthHeadline(
  fig: FigureMaker,
  values: IndicatorValues,
  bd: Breakdowns,
  events: Readonly<Record<EventType, EventFigures>> = eventFigures(fig, bd),
): HeadlineFigures {
  return Object.fromEntries(
    INDICATOR_IDS.map((id) => {
      const cell = EVENT_CELLS[id];
      return [id, cell ? events[cell[0]][cell[1]] : figureOf(fig, id, values, bd)];
    }),
  ) as Record<IndicatorId, Figure>;
}

/** One month of the trends. */
export interface SeriesMonth {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly figures: HeadlineFigures;
}
