import type { Breakdowns, IndicatorId, IndicatorValues } from '../indicators';
import { indicatorLabel, SEED_INDICATORS } from '../indicators';
import { periodLabel } from '../periods';
import type { EventType } from '../schema/choices';
import type { DigestContext } from './context';
import type { FigureMaker } from './figures';
import type { Figure, Row, Section } from './model';
import { digestText } from './texts';

/** Committees are no families: their count is never hidden. */
const PLAIN: ReadonlySet<IndicatorId> = new Set(['committees_active']);

/** Headline figures that are a cell of the events table: shown as that table shows them. */
const EVENT_CELLS: Partial<Record<IndicatorId, readonly [EventType, 'events' | 'participants']>> = {
  district_meetings: ['district_meeting', 'events'],
  district_meeting_participants: ['district_meeting', 'participants'],
  trainings: ['training', 'events'],
  training_participants: ['training', 'participants'],
  preventive_meetings: ['preventive_meeting', 'events'],
  preventive_meeting_participants: ['preventive_meeting', 'participants'],
};

/** The count a figure tells: itself, or for the cash total the number of cash aids. */
function basisOf(id: IndicatorId, values: IndicatorValues, bd: Breakdowns): number {
  return id === 'cash_aid_kgs' ? bd.assistance_by_type.cash_aid.count : values[id];
}

function figureOf(
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

/** The seed's indicators: the month, the change against the month before, the year to date. */
export function headlineSection(ctx: DigestContext): Section {
  const { lang, fig } = ctx;
  const rows: Row[] = SEED_INDICATORS.map(({ id }) => {
    const cell = EVENT_CELLS[id];
    const month = cell
      ? ctx.events[cell[0]][cell[1]]
      : figureOf(fig, id, ctx.current.indicators, ctx.bd);
    const before = figureOf(fig, id, ctx.prior.indicators, ctx.bdPrior);
    // Stocks (committees, members) have no year-to-date sum: the month's figure is the figure.
    const stock = id === 'committees_active' || id === 'members_active';
    let ytd = stock ? month : figureOf(fig, id, ctx.ytd.indicators, ctx.bdYtd);
    // The year minus a visible month is the months before it: hidden when that count is small.
    const earlier =
      basisOf(id, ctx.ytd.indicators, ctx.bdYtd) - basisOf(id, ctx.current.indicators, ctx.bd);
    if (!stock && month.value !== null && fig.hides(earlier)) ytd = fig.text('…');
    return {
      kind: 'item',
      label: indicatorLabel(id, lang),
      cells: [month, fig.change(month, before), ytd],
    };
  });
  return {
    id: 'headline',
    title: digestText('headline', lang),
    lines: [
      digestText('ytdNote', lang, {
        period: periodLabel(ctx.ytdPeriod, lang),
        previous: periodLabel(ctx.previous, lang),
      }),
    ],
    table: {
      columns: [
        digestText('indicator', lang),
        digestText('month', lang),
        digestText('change', lang),
        digestText('ytd', lang),
      ],
      rows,
      bars: false,
    },
  };
}
