import { ledgerOf } from '../approval/ledger-of';
import { revisionsOf } from '../approval/revisions';
import { monthStates, OPEN } from '../approval/state';
import { statusLabel } from '../approval/texts';
import { type Lang, textLookup } from '../i18n/lang';
import { monthYearLabel } from '../i18n/months';
import { indicatorLabel, report } from '../indicators';
import { monthPeriod } from '../periods';
import { monthKey, parseMonthKey } from '../periods/months';
import { type DigestContext, TREND_MONTHS } from './context';
import type { Figure, Row, Section } from './model';

const TEXTS = {
  monthStatus: { ru: 'Месяц', ky: 'Ай', en: 'Month' },
  revised: {
    ru: 'Пересмотрено после утверждения',
    ky: 'Бекитилгенден кийин кайра каралды',
    en: 'Revised since approval',
  },
  revisedNote: {
    ru: 'Показатели утверждённых месяцев (за 12 месяцев), которые изменились после утверждения: поздние или исправленные записи.',
    ky: 'Бекитилген айлардын (12 ай ичинде) бекитилгенден кийин өзгөргөн көрсөткүчтөрү: кеч же оңдолгон жазуулар.',
    en: 'Figures of approved months (the last 12) that changed after approval: late or corrected entries.',
  },
  noRevisions: {
    ru: 'После утверждения ни один показатель не изменился.',
    ky: 'Бекитилгенден кийин бир да көрсөткүч өзгөргөн жок.',
    en: 'No figure changed after approval.',
  },
  committee: { ru: 'Комитет', ky: 'Комитет', en: 'Committee' },
  month: { ru: 'Месяц', ky: 'Ай', en: 'Month' },
  indicator: { ru: 'Показатель', ky: 'Көрсөткүч', en: 'Indicator' },
  approved: { ru: 'Утверждено', ky: 'Бекитилген', en: 'Approved' },
  current: { ru: 'Сейчас', ky: 'Азыр', en: 'Now' },
} as const satisfies Record<string, Record<Lang, string>>;

export const approvalDigestText = textLookup(TEXTS);

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
      title: approvalDigestText('revised', lang),
      lines: [approvalDigestText('revisedNote', lang)],
      table: {
        columns: [
          approvalDigestText('committee', lang),
          approvalDigestText('indicator', lang),
          approvalDigestText('approved', lang),
          approvalDigestText('current', lang),
        ],
        rows,
        bars: false,
        stacked: true,
      },
      empty: approvalDigestText('noRevisions', lang),
    },
  ];
}
