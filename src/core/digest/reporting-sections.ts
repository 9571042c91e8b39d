import { text } from '../i18n/texts';
import { breakdownLabel } from '../indicators';
import type { DigestContext } from './context';
import { formatPercent } from './figures';
import type { Row, Section } from './model';

/** The longest list a section shows; the rest is counted (the spreadsheet lists them all). */
export const LIST_MAX = 25;

/** The rows of a list cut to LIST_MAX, and a line saying how many more there are. */
function capped(rows: Row[], ctx: DigestContext): { rows: Row[]; more: string[] } {
  if (rows.length <= LIST_MAX) return { rows, more: [] };
  return {
    rows: rows.slice(0, LIST_MAX),
    more: [text('moreInSheet', ctx.lang, { count: rows.length - LIST_MAX })],
  };
}

/** Committees that made no entry in the month, and the reporting rate (DESIGN §4). */
export function reportingSection(ctx: DigestContext): Section {
  const { lang, fig } = ctx;
  const rate = ctx.bd.reporting_rate;
  const silent = ctx.bd.non_reporting_committees[ctx.period.spec] ?? [];
  const lines = [
    rate.rate === null
      ? text('reportingNone', lang)
      : text('reportingRate', lang, {
          onTime: fig.plain(rate.onTime).text,
          expected: fig.plain(rate.expected).text,
          rate: formatPercent(rate.rate),
        }),
    silent.length === 0
      ? text('allReported', lang)
      : text('nonReporting', lang, { count: silent.length }),
  ];
  const { rows, more } = capped(
    silent.map((id) => ({
      kind: 'item',
      label: id,
      sub: ctx.committees.get(id)?.name ?? '',
      cells: [],
    })),
    ctx,
  );
  return {
    id: 'reporting',
    title: text('reporting', lang),
    lines: [...lines, ...more],
    table:
      rows.length === 0
        ? null
        : { columns: [breakdownLabel('non_reporting_committees', lang)], rows, bars: false },
  };
}

/**
 * Rows left out for errors, form responses not yet taken in, and the open errors of each
 * committee in scope.
 */
export function qualitySection(ctx: DigestContext): Section {
  const { lang, fig } = ctx;
  const { rows, more } = capped(
    Object.entries(ctx.bd.open_errors_by_committee)
      .filter(([, n]) => n > 0)
      .sort(([, a], [, b]) => b - a)
      .map(([id, n]) => ({
        kind: 'item',
        // IDs only: the names are in the committee table above.
        label: id === '' ? text('noCommittee', lang) : id,
        cells: [fig.plain(n)],
      })),
    ctx,
  );
  return {
    id: 'quality',
    title: text('quality', lang),
    lines: [
      text('excludedRows', lang, {
        count: fig.plain(ctx.analysis.dataset.excludedRows).text,
      }),
      // Only when some are waiting: with none, there is nothing a reader must know.
      ...(ctx.pendingResponses
        ? [text('pendingResponses', lang, { count: fig.plain(ctx.pendingResponses).text })]
        : []),
      ...more,
    ],
    table:
      rows.length === 0
        ? null
        : {
            columns: [text('committee', lang), text('openErrors', lang)],
            rows,
            bars: false,
          },
    empty: text('noOpenErrors', lang),
  };
}
