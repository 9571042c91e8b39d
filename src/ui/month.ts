import type { Lang } from '../core/i18n/lang';
import type { InitResult, MonthAction, MonthCommittee, MonthResult } from '../core/sidebar/api';
import { runBusy, showStatus, statusLine } from './busy';
import type { Server } from './client';
import { h, replace, select } from './dom';
import { formatNumber } from './format';
import { t } from './texts';

const ACTION_LABEL = { approve: 'approve', return: 'returnMonth', reopen: 'reopen' } as const;

/** One committee's month: where it stands, what moved since approval, and what may be done. */
function committeeCard(
  item: MonthCommittee,
  lang: Lang,
  onAction: (
    item: MonthCommittee,
    action: MonthAction,
    note: string,
    button: HTMLButtonElement[],
  ) => void,
): HTMLElement {
  const id = item.committeeId;
  const who = [item.by, item.at].filter(Boolean).join(' · ');
  const note = h('textarea', { id: `month-note-${id}`, rows: '2', class: 'month-note' });
  const buttons = item.actions.map((action) =>
    h(
      'button',
      {
        type: 'button',
        id: `month-${action}-${id}`,
        class: action === 'approve' ? 'action' : '',
        'data-action': action,
      },
      t(ACTION_LABEL[action], lang),
    ),
  );
  for (const button of buttons) {
    button.addEventListener('click', () =>
      onAction(item, button.dataset.action as MonthAction, note.value, buttons),
    );
  }
  return h(
    'section',
    { class: `month-committee ${item.status}`, 'data-committee': id, 'data-status': item.status },
    h('h3', {}, `${id} · `, item.name),
    h(
      'p',
      { class: 'secondary' },
      [item.region, t('monthCounts', lang, { rows: item.rows, errors: item.openErrors })]
        .filter(Boolean)
        .join(' · '),
    ),
    h(
      'p',
      { class: 'month-status' },
      h('strong', {}, item.statusLabel),
      who ? h('span', { class: 'secondary' }, ` · ${who}`) : null,
    ),
    item.note ? h('p', { class: 'note' }, t('noteShown', lang, { note: item.note })) : null,
    item.revisions.length > 0
      ? h(
          'div',
          { class: 'revisions' },
          h('p', { class: 'note' }, t('revisedSince', lang)),
          h(
            'ul',
            {},
            ...item.revisions.map((r) =>
              h(
                'li',
                {},
                `${r.label}: ${formatNumber(r.approved, lang)} → ${formatNumber(r.current, lang)}`,
              ),
            ),
          ),
        )
      : null,
    buttons.length > 0
      ? h(
          'div',
          { class: 'form-group' },
          h(
            'label',
            { for: note.id },
            t(item.status === 'approved' ? 'noteReopen' : 'noteHint', lang),
          ),
          note,
        )
      : h('p', { class: 'secondary note' }, item.why),
    buttons.length > 0 ? h('div', { class: 'buttons' }, ...buttons) : null,
  );
}

/** The Month tab: a month, every committee's rows, errors and status; approve, return, reopen. */
export function monthTab(panel: HTMLElement, init: InitResult, server: Server): { load(): void } {
  const lang = init.lang;
  const which = select(t('whichMonth', lang), init.periods.month, init.defaultMonth, 'month-month');
  const show = h('button', { type: 'button', class: 'action', id: 'month-show' }, t('show', lang));
  const status = statusLine();
  const results = h('div', { class: 'results', id: 'month-results' });
  replace(panel, h('div', { class: 'block' }, which.field, show), status, results);

  function render(result: MonthResult): void {
    replace(
      results,
      h('p', { class: 'summary' }, `${result.monthLabel}: ${result.summary}`),
      result.committees.length === 0 ? h('p', {}, t('noCommittees', lang)) : null,
      result.note ? h('p', { class: 'secondary note rollup-note' }, result.note) : null,
      ...result.committees.map((item) =>
        committeeCard(item, lang, (i, a, n, b) => void act(i, a, n, b)),
      ),
    );
    results.dataset.month = result.month;
  }

  async function act(
    item: MonthCommittee,
    action: MonthAction,
    note: string,
    buttons: HTMLButtonElement[],
  ): Promise<void> {
    const month = results.dataset.month ?? which.select.value;
    const done = await runBusy(
      lang,
      status,
      [...buttons, show],
      () => server.sidebarMonthAction({ month, committeeId: item.committeeId, action, note }),
      t('working', lang),
    );
    if (!done) return;
    render(done.month);
    showStatus(status, done.message, 'done');
  }

  let latest = 0;
  async function load(): Promise<void> {
    const ticket = ++latest;
    const result = await runBusy(lang, status, [show], () =>
      server.sidebarMonth({ month: which.select.value }),
    );
    if (result === undefined || ticket !== latest) return;
    render(result);
  }
  which.select.addEventListener('change', () => void load());
  show.addEventListener('click', () => void load());
  return { load: () => void load() };
}
