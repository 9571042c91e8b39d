import type { MonthClose } from '../../../core/approval/report';
import { statusLabel } from '../../../core/approval/texts';
import type { Lang } from '../../../core/i18n/lang';
import { indicatorLabel } from '../../../core/indicators';
import { formatNumber, formatTable } from '../table';
import { text } from '../texts';

/** The report table's month close: each committee's status, then what moved since approval. */
export function monthCloseTable(close: MonthClose, lang: Lang): string[] {
  const statuses = Object.entries(close.approval).map(([id, a]) => [
    id,
    statusLabel(a.status, lang),
    a.by,
    a.at.replace('T', ' '),
  ]);
  const revised = Object.entries(close.revisions).flatMap(([id, byIndicator]) =>
    Object.entries(byIndicator).map(([indicator, r]) => [
      id,
      indicatorLabel(indicator, lang),
      `${formatNumber(r.approved)} → ${formatNumber(r.current)}`,
    ]),
  );
  return [
    '',
    formatTable(
      [
        text('committee', lang),
        text('approvalStatus', lang),
        text('approvedBy', lang),
        text('approvedAt', lang),
      ],
      statuses,
    ),
    '',
    revised.length === 0
      ? text('noRevisions', lang)
      : formatTable(
          [text('committee', lang), text('indicator', lang), text('approvedToCurrent', lang)],
          revised,
        ),
  ];
}
