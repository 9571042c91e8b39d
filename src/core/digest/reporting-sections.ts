import { breakdownLabel } from '../indicators';
import type { DigestContext } from './context';
import { formatPercent } from './figures';
import type { Row, Section } from './model';
import { digestText } from './texts';

/** Committees that made no entry in the month, and the reporting rate (DESIGN §4). */
export function reportingSection(ctx: DigestContext): Section {
  const { lang, fig } = ctx;
  const rate = ctx.bd.reporting_rate;
  const silent = ctx.bd.non_reporting_committees[ctx.period.spec] ?? [];
  const lines = [
    rate.rate === null
      ? digestText('reportingNone', lang)
      : digestText('reportingRate', lang, {
          onTime: fig.plain(rate.onTime).text,
          expected: fig.plain(rate.expected).text,
          rate: formatPercent(rate.rate),
        }),
    silent.length === 0
      ? digestText('allReported', lang)
      : digestText('nonReporting', lang, { count: silent.length }),
  ];
  const rows: Row[] = silent.map((id) => ({
    kind: 'item',
    label: id,
    sub: ctx.committees.get(id)?.name ?? '',
    cells: [],
  }));
  return {
    id: 'reporting',
    title: digestText('reporting', lang),
    lines,
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
  const rows: Row[] = Object.entries(ctx.bd.open_errors_by_committee)
    .filter(([, n]) => n > 0)
    .map(([id, n]) => ({
      kind: 'item',
      // IDs only: the names are in the committee table above.
      label: id === '' ? digestText('noCommittee', lang) : id,
      cells: [fig.plain(n)],
    }));
  return {
    id: 'quality',
    title: digestText('quality', lang),
    lines: [
      digestText('excludedRows', lang, {
        count: fig.plain(ctx.analysis.dataset.excludedRows).text,
      }),
      // Only when some are waiting: with none, there is nothing a reader must know.
      ...(ctx.pendingResponses
        ? [digestText('pendingResponses', lang, { count: fig.plain(ctx.pendingResponses).text })]
        : []),
    ],
    table:
      rows.length === 0
        ? null
        : {
            columns: [digestText('committee', lang), digestText('openErrors', lang)],
            rows,
            bars: false,
          },
    empty: digestText('noOpenErrors', lang),
  };
}
