import { ledgerOf } from '../approval/ledger-of';
import { revisionsOf } from '../approval/revisions';
import { monthStates, OPEN } from '../approval/state';
import { statusLabel } from '../approval/texts';
import { monthYearLabel } from '../i18n/months';
import { text } from '../i18n/texts';
import { indicatorLabel, report } from '../indicators';
import { monthPeriod } from '../periods';
import { monthKey, parseMonthKey } from '../periods/months';
import { type DigestContext, TREND_MONTHS } from './context';
import type { Figure, Row, Section } from './model';

/** Whether the workbook uses the month close at all: without a single approval, nothing shows. */
export function usesMonthClose(ctx: DigestContext): boolean {
  return ledgerOf(ctx.analysis).approvals.length > 0;
}

/** The digest month's status of a committee, as the last cell of its row. */
export function monthStatusCell(ctx: DigestContext, committeeId: string): Figure {
  const state = monthStates(ledgerOf(ctx.analysis).approvals, ctx.period.spec).get(committeeId);
  return ctx.fig.text(statusLabel((state ?? OPEN).status, ctx.lang));
}

/** A count as the recipient may see it: hidden below their threshold like every other. */
function shown(ctx: DigestContext, value: number): Figure {
  return ctx.fig.hides(value) ? ctx.fig.concealed(value) : ctx.fig.plain(value);
}

/**
 * "Revised since approval": for the 12 months ending with the digest's, each figure of an
 * approved committee-month of the recipient's region that moved since (approved → now).
 * No section where the workbook approves nothing.
 */
export function revisionsSections(ctx: DigestContext): Section[] {
  if (!usesMonthClose(ctx)) return [];
  const { lang } = ctx;
  const ledger = ledgerOf(ctx.analysis);
  const last = parseMonthKey(ctx.period.spec) as number;
  const approvedMonths = new Set(ledger.approvals.map((a) => a.month));
  const rows: Row[] = [];
  for (let m = last; m > last - TREND_MONTHS; m--) {
    const month = monthKey(m);
    if (!approvedMonths.has(month)) continue;
    const period = monthPeriod(Math.floor(m / 12), (m % 12) + 1);
    const byCommittee = report(
      ctx.analysis.dataset,
      period,
      ctx.region ? { region: ctx.region } : undefined,
    ).byCommittee;
    const revisions = revisionsOf(ledger, month, byCommittee);
    const label = monthYearLabel(Math.floor(m / 12), m % 12, lang);
    for (const [committeeId, moved] of Object.entries(revisions)) {
      if (!(committeeId in byCommittee)) continue;
      for (const [indicator, r] of Object.entries(moved)) {
        rows.push({
          kind: 'item',
          label: committeeId,
          sub: label,
          cells: [
            ctx.fig.text(indicatorLabel(indicator, lang)),
            shown(ctx, r.approved),
            shown(ctx, r.current),
          ],
        });
      }
    }
  }
  return [
    {
      id: 'revisions',
      title: text('revised', lang),
      lines: [text('revisedNote', lang)],
      table: {
        columns: [
          text('committee', lang),
          text('indicator', lang),
          text('approved', lang),
          text('current', lang),
        ],
        rows,
        bars: false,
        stacked: true,
      },
      empty: text('noRevisions', lang),
    },
  ];
}
