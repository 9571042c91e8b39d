import { monthYearLabel } from '../i18n/months';
import { text } from '../i18n/texts';
import { indicatorLabel, SEED_INDICATORS } from '../indicators';
import { parseMonthKey } from '../periods/months';
import type { DigestContext } from './context';
import { barsOf } from './figures';
import type { Section, Trend } from './model';

function monthLabel(month: string, ctx: DigestContext): string {
  const m = parseMonthKey(month) as number;
  return monthYearLabel(Math.floor(m / 12), m % 12, ctx.lang);
}

/**
 * Each headline indicator over the last twelve months as bars. Every month is the figure that
 * month's own digest shows (ctx.series): a month hidden there is hidden here, never drawn.
 */
export function trendsSection(ctx: DigestContext): Section {
  const { lang, series } = ctx;
  const labels = series.map((m) => monthLabel(m.month, ctx));
  const trends: Trend[] = SEED_INDICATORS.map(({ id }) => {
    const figures = series.map((m) => m.figures[id]);
    const bars = barsOf(figures);
    return {
      label: indicatorLabel(id, lang),
      points: figures.map((figure, i) => ({
        label: labels[i] ?? '',
        figure,
        bar: bars[i] ?? null,
      })),
    };
  });
  return {
    id: 'trends',
    title: text('trends', lang),
    lines: [
      text('trendsNote', lang, {
        from: labels[0] ?? '',
        to: labels[labels.length - 1] ?? '',
      }),
    ],
    table: null,
    trends,
  };
}
