import type { Analysis } from '../analyse';
import type { ApprovalLedger } from '../approval/model';
import { type CommitteeMonthView, committeeMonths } from '../approval/month';
import { planApproval } from '../approval/plan';
import { revisionsOf } from '../approval/revisions';
import { mayDecide } from '../approval/scope';
import { monthStates, OPEN } from '../approval/state';
import { refusalText, statusLabel } from '../approval/texts';
import type { Lang } from '../i18n/lang';
import { text } from '../i18n/texts';
import { indicatorLabel } from '../indicators/seed';
import { parseProgrammeMonth } from '../periods/programme-years';
import { CHOICES } from '../schema/choices';
import { dottedDate } from '../time/wall-time';
import type {
  MonthAction,
  MonthActionRequest,
  MonthActionResult,
  MonthCommittee,
  MonthRequest,
  MonthResult,
} from './api';
import { monthOption } from './period-options';
import type { ApprovalPort } from './ports';
import { SidebarError } from './texts';

const ACTIONS: readonly MonthAction[] = ['approve', 'return', 'reopen'];

function monthOf(request: unknown, lang: Lang): { key: string; index: number } {
  const asked = (request as Partial<MonthRequest> | null)?.month;
  const typed = typeof asked === 'string' ? asked.trim() : '';
  const index = parseProgrammeMonth(typed);
  if (typeof index !== 'number')
    throw new SidebarError(text('badMonth', lang, { value: String(asked ?? '') }));
  return { key: typed, index };
}

const timeText = (wall: number): string =>
  `${dottedDate(wall)} ${new Date(wall).toISOString().slice(11, 16)}`;

/** A committee shows when it is active or has rows in the month (a closed one may still report). */
const shown = (c: CommitteeMonthView): boolean => c.active || c.rows > 0;

/** The Month tab: each committee's rows, open errors, status, who and when, and what may be done. */
export function sidebarMonth(
  analysis: Analysis,
  ledger: ApprovalLedger,
  actor: string,
  request: MonthRequest,
  lang: Lang,
): MonthResult {
  const month = monthOf(request, lang);
  const views = committeeMonths(analysis, month.key);
  const states = monthStates(ledger.approvals, month.key);
  const current = Object.fromEntries([...views].map(([id, view]) => [id, view.figures]));
  const revisions = revisionsOf(ledger, month.key, current);
  const committees: MonthCommittee[] = [...views.values()].filter(shown).map((view) => {
    const state = states.get(view.committeeId) ?? OPEN;
    const allowed = mayDecide(ledger.coordinators, actor, view);
    const actions = allowed
      ? ACTIONS.filter((a) => (state.status === 'approved') === (a === 'reopen'))
      : [];
    return {
      committeeId: view.committeeId,
      name: view.name,
      region: CHOICES.region.find((r) => r.key === view.region)?.labels[lang] ?? '',
      rows: view.rows,
      openErrors: view.openErrors,
      status: state.status,
      statusLabel: statusLabel(state.status, lang),
      by: state.by,
      at: state.at === null ? '' : timeText(state.at),
      note: state.note,
      actions,
      why: allowed ? '' : text('notYours', lang, { actor: actor || '?' }),
      revisions: Object.entries(revisions[view.committeeId] ?? {}).map(([id, r]) => ({
        label: indicatorLabel(id, lang),
        ...r,
      })),
    };
  });
  const approved = committees.filter((c) => c.status === 'approved').length;
  return {
    month: month.key,
    monthLabel: monthOption(month.index, lang).label,
    committees,
    summary: text('monthApprovedSummary', lang, { approved, total: committees.length }),
  };
}

/** One action on one committee's month, planned and written under the document lock. */
export function sidebarMonthAction(
  analysis: () => Analysis,
  port: ApprovalPort | undefined,
  request: MonthActionRequest,
  lang: Lang,
): MonthActionResult {
  if (!port) throw new SidebarError(text('notAvailable', lang));
  const asked = (request ?? {}) as Partial<MonthActionRequest>;
  const month = monthOf(asked, lang);
  const action = ACTIONS.find((a) => a === asked.action);
  if (!action) throw new SidebarError(text('badAction', lang));
  const committeeId = String(asked.committeeId ?? '')
    .trim()
    .toUpperCase();
  const actor = port.actor();
  const plan = port.decide((ledger) =>
    planApproval(
      ledger,
      {
        action,
        month: month.key,
        committeeIds: [committeeId],
        actor,
        note: typeof asked.note === 'string' ? asked.note : '',
        at: port.now(),
      },
      // Read inside the lock: the approved figures are the ones the sheets hold as written.
      committeeMonths(analysis(), month.key),
    ),
  );
  const [refusal] = plan.refusals;
  if (refusal) throw new SidebarError(refusalText(refusal, actor, lang));
  const status = plan.approvals[0]?.status ?? 'approved';
  return {
    message: text('monthCloseDone', lang, {
      month: monthOption(month.index, lang).label,
      status: statusLabel(status, lang),
      committees: committeeId,
    }),
    month: sidebarMonth(analysis(), port.ledger(), actor, { month: month.key }, lang),
  };
}

/**
 * The Overview's line on the month close, for a month period: the one committee's status, or
 * how many of the committees shown are approved; null for other periods.
 */
export function overviewApproval(
  analysis: Analysis,
  ledger: ApprovalLedger,
  period: string,
  committees: readonly string[],
  lang: Lang,
): string | null {
  if (typeof parseProgrammeMonth(period) !== 'number') return null;
  const month = sidebarMonth(analysis, ledger, '', { month: period }, lang);
  const shown = month.committees.filter((c) => committees.includes(c.committeeId));
  if (shown.length === 1 && committees.length === 1) {
    const [only] = shown as [MonthCommittee];
    return text('oneStatus', lang, { month: month.monthLabel, status: only.statusLabel });
  }
  const approved = shown.filter((c) => c.status === 'approved').length;
  return `${month.monthLabel}: ${text('monthApprovedSummary', lang, { approved, total: shown.length })}`;
}
