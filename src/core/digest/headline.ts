import { text } from '../i18n/texts';
import type { Breakdowns, IndicatorId, IndicatorValues } from '../indicators';
import { indicatorLabel, SEED_INDICATORS } from '../indicators';
import { periodLabel } from '../periods';
import type { DigestContext } from './context';
import type { Row, Section } from './model';
import { figureOf, STOCKS } from './series';

/** The count a figure tells: itself, or for the cash total the number of cash aids. */
function basisOf(id: IndicatorId, values: IndicatorValues, bd: Breakdowns): number {
  return id === 'cash_aid_kgs' ? bd.assistance_by_type.cash_aid.count : values[id];
}

/** The seed's indicators: the month, the change against the month before, the year to date. */
export function headlineSection(ctx: DigestContext): Section {
  const { lang, fig } = ctx;
  const year = ctx.period.spec.slice(0, 4);
  const yearMonths = ctx.series.filter((m) => m.month.startsWith(year));
  const rows: Row[] = SEED_INDICATORS.map(({ id }) => {
    // The month and the one before as those months' own digests show them (see series.ts).
    const month = ctx.headline[id];
    const before = ctx.headlinePrior[id];
    // Stocks (committees, members) have no year-to-date sum: the month's figure is the figure.
    const stock = STOCKS.has(id);
    let ytd = stock ? month : figureOf(fig, id, ctx.ytd.indicators, ctx.bdYtd);
    // The year minus a visible month is the months before it: hidden when that count is small.
    const earlier =
      basisOf(id, ctx.ytd.indicators, ctx.bdYtd) - basisOf(id, ctx.current.indicators, ctx.bd);
    if (!stock && month.value !== null && fig.hides(earlier)) ytd = fig.text('…');
    // The year minus its visible months of the trend would give a single hidden month away.
    const hiddenMonths = yearMonths.filter((m) => m.figures[id].value === null).length;
    if (!stock && ytd.value !== null && hiddenMonths === 1) ytd = fig.text('…');
    return {
      kind: 'item',
      label: indicatorLabel(id, lang),
      cells: [month, fig.change(month, before), ytd],
    };
  });
  return {
    id: 'headline',
    title: text('headline', lang),
    lines: [
      text('ytdNote', lang, {
        period: periodLabel(ctx.ytdPeriod, lang),
        previous: periodLabel(ctx.previous, lang),
      }),
    ],
    table: {
      columns: [
        text('indicator', lang),
        text('month', lang),
        text('change', lang),
        text('ytd', lang),
      ],
      rows,
      bars: false,
    },
  };
}
