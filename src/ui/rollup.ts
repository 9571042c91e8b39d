import type { Lang } from '../core/i18n/lang';
import type { OverviewResult, ReportingView, RollupView } from '../core/sidebar/api';
import { h, replace, select } from './dom';
import { formatNumber } from './format';
import { t } from './texts';

/**
 * The sources' reporting rate: one item per source, its name on a line of its own and its state
 * and time below, so a long name or reason wraps instead of widening the 300 px panel.
 */
function reporting(view: ReportingView): HTMLElement {
  const items = view.items.map((item) =>
    h(
      'li',
      { class: `source ${item.standing}`, 'data-standing': item.standing },
      h('span', { class: 'source-name' }, item.label),
      h(
        'span',
        { class: 'source-state' },
        h('strong', {}, item.standingLabel),
        ' · ',
        h('span', { class: 'secondary' }, item.readAt),
      ),
      item.detail ? h('span', { class: 'source-detail secondary' }, item.detail) : null,
    ),
  );
  return h(
    'section',
    { class: 'reporting', id: 'overview-reporting' },
    h('h3', {}, view.title),
    h('p', { class: 'note' }, view.summary),
    h('ul', { class: 'sources' }, ...items),
  );
}

/** The figures by source, region or committee, one indicator at a time, as bars. */
function breakdown(view: RollupView, result: OverviewResult, lang: Lang): HTMLElement {
  const by = select(
    t('breakdownBy', lang),
    view.breakdowns.map((b) => ({ value: b.by, label: b.label })),
    'source',
    'overview-breakdown-by',
  );
  const indicator = select(
    t('indicator', lang),
    result.rows.map((row) => ({ value: row.id, label: row.label })),
    'cases_identified',
    'overview-breakdown-indicator',
  );
  const table = h('table', { class: 'figures sectors', id: 'overview-breakdown' });
  const draw = () => {
    const chosen = view.breakdowns.find((b) => b.by === by.select.value) ?? view.breakdowns[0];
    const id = indicator.select.value;
    const items = chosen?.items ?? [];
    const max = Math.max(0, ...items.map((i) => i.values[id] ?? 0));
    replace(
      table,
      h(
        'caption',
        {},
        `${chosen?.label ?? ''}: ${indicator.select.selectedOptions[0]?.text ?? ''}`,
      ),
      h(
        'tbody',
        {},
        ...items.map((item) => {
          const value = item.values[id] ?? 0;
          const share = max === 0 ? 0 : Math.round((value / max) * 100);
          return h(
            'tr',
            { 'data-key': item.key },
            h('th', { scope: 'row' }, item.label),
            h('td', { class: 'num value' }, formatNumber(value, lang)),
            h(
              'td',
              { class: 'bar-cell', 'aria-hidden': 'true' },
              h('span', { class: 'bar', style: `width:${share}%` }),
            ),
          );
        }),
      ),
    );
  };
  by.select.addEventListener('change', draw);
  indicator.select.addEventListener('change', draw);
  draw();
  return h(
    'section',
    { class: 'breakdown' },
    h('h3', {}, t('breakdownTitle', lang)),
    h('div', { class: 'filters' }, by.field, indicator.field),
    table,
  );
}

/** What a regional workbook's Overview adds: reporting rate, breakdowns, what is left out. */
export function rollupSections(result: OverviewResult, lang: Lang): HTMLElement[] {
  const view = result.rollup;
  if (!view) return [];
  return [
    reporting(view.reporting),
    breakdown(view, result, lang),
    ...view.notes.map((note) => h('p', { class: 'secondary note rollup-note' }, note)),
  ];
}
