import type { Breakdowns, IndicatorId, IndicatorValues } from '../indicators';
import { indicatorLabel, SEED_INDICATORS } from '../indicators';
import { periodLabel } from '../periods';
import type { DigestContext } from './context';
import type { FigureMaker } from './figures';
import type { Figure, Row, Section } from './model';
import { digestText } from './texts';

/** Committees are no families: their count is never hidden. */
const PLAIN: ReadonlySet<IndicatorId> = new Set(['committees_active']);

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
    const month = figureOf(fig, id, ctx.current.indicators, ctx.bd);
    const before = figureOf(fig, id, ctx.prior.indicators, ctx.bdPrior);
    const ytd = figureOf(fig, id, ctx.ytd.indicators, ctx.bdYtd);
    // Stocks (committees, members) have no year-to-date sum: the month's figure is the figure.
    const stock = id === 'committees_active' || id === 'members_active';
    return {
      kind: 'item',
      label: indicatorLabel(id, lang),
      cells: [month, fig.change(month, before), stock ? month : ytd],
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
