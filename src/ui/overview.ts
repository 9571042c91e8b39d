import type { Lang } from '../core/i18n/lang';
import type { InitResult, OverviewResult, PeriodKindOption } from '../core/sidebar/api';
import { runBusy, statusLine } from './busy';
import type { Server } from './client';
import { h, replace, select, setOptions } from './dom';
import { formatChange, formatNumber } from './format';
import { rollupSections } from './rollup';
import { t } from './texts';

const KINDS: readonly PeriodKindOption[] = ['month', 'quarter', 'year', 'all'];
const KIND_LABEL = {
  month: 'kindMonth',
  quarter: 'kindQuarter',
  year: 'kindYear',
  all: 'kindAll',
} as const;
/** The second select says what it chooses: which month, which quarter, which year. */
const WHICH_LABEL = {
  month: 'whichMonth',
  quarter: 'whichQuarter',
  year: 'whichYear',
  all: 'whichYear',
} as const;

/**
 * Each indicator over the last 12 months as bars drawn with CSS (a span per month, its height a
 * share of the largest); read out as one image that names every month's figure.
 */
function trends(result: OverviewResult, lang: Lang): HTMLElement {
  const items = result.rows.map((row) => {
    const max = Math.max(0, ...row.trend.map((p) => p.value));
    const spoken = row.trend.map((p) => `${p.label}: ${formatNumber(p.value, lang)}`).join('; ');
    const bars = row.trend.map((p) =>
      h('span', {
        class: 'spark-bar',
        style: `height:${max === 0 || p.value <= 0 ? 0 : Math.max(8, Math.round((p.value / max) * 100))}%`,
        title: `${p.label}: ${formatNumber(p.value, lang)}`,
      }),
    );
    return h(
      'li',
      { 'data-indicator': row.id },
      h('span', { class: 'trend-label' }, row.label),
      h(
        'span',
        {
          class: 'spark',
          role: 'img',
          'aria-label': t('trendSpoken', lang, { label: row.label, values: spoken }),
        },
        ...bars,
      ),
    );
  });
  return h(
    'section',
    { class: 'trends', id: 'overview-trends' },
    h('h3', {}, t('trendsTitle', lang)),
    h('ul', { class: 'trend-list' }, ...items),
  );
}

function table(result: OverviewResult, lang: Lang): HTMLTableElement {
  const body = h('tbody');
  for (const row of result.rows) {
    const change = row.change === null ? '—' : formatChange(row.change, lang);
    const trend = row.change === null || row.change === 0 ? 'same' : row.change > 0 ? 'up' : 'down';
    body.appendChild(
      h(
        'tr',
        { 'data-indicator': row.id },
        h('th', { scope: 'row' }, row.label),
        h('td', { class: 'num value' }, formatNumber(row.value, lang)),
        h(
          'td',
          {
            class: `num change ${trend}`,
            title: row.previous === null ? undefined : formatNumber(row.previous, lang),
          },
          change,
        ),
      ),
    );
  }
  return h(
    'table',
    { class: 'figures', id: 'overview-table' },
    h('caption', {}, `${result.periodLabel} (${result.from} – ${result.to})`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('indicator', lang)),
        h('th', { scope: 'col', class: 'num' }, t('value', lang)),
        h('th', { scope: 'col', class: 'num' }, t('change', lang)),
      ),
    ),
    body,
  );
}

function sectors(result: OverviewResult, lang: Lang): HTMLElement {
  const total = result.sectorGroups.reduce((sum, g) => sum + g.count, 0);
  const rows = result.sectorGroups.map((g) => {
    const share = total === 0 ? 0 : Math.round((g.count / total) * 100);
    return h(
      'tr',
      { 'data-sector': g.value },
      h('th', { scope: 'row' }, g.label),
      h('td', { class: 'num value' }, formatNumber(g.count, lang)),
      h(
        'td',
        { class: 'bar-cell', 'aria-hidden': 'true' },
        h('span', { class: 'bar', style: `width:${share}%` }),
      ),
    );
  });
  return h(
    'table',
    { class: 'figures sectors', id: 'overview-sectors' },
    h('caption', {}, t('membersBySector', lang)),
    h('tbody', {}, ...rows),
  );
}

/** The Overview tab: period, committee and region; the seed's table; members by sector. */
export function overviewTab(
  panel: HTMLElement,
  init: InitResult,
  server: Server,
): { load(): void } {
  const lang = init.lang;
  const kind = select(
    t('periodKind', lang),
    KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k], lang) })),
    'month',
    'overview-kind',
  );
  const which = select(
    t('whichMonth', lang),
    init.periods.month,
    init.defaultMonth,
    'overview-period',
  );
  const committee = select(
    t('committee', lang),
    [{ value: '', label: t('allCommittees', lang) }, ...init.committees],
    '',
    'overview-committee',
  );
  const region = select(
    t('region', lang),
    [{ value: '', label: t('allRegions', lang) }, ...init.regions],
    '',
    'overview-region',
  );
  const show = h(
    'button',
    { type: 'button', class: 'action', id: 'overview-show' },
    t('show', lang),
  );
  const status = statusLine();
  const results = h('div', { class: 'results', id: 'overview-results' });
  replace(
    panel,
    h('div', { class: 'filters' }, kind.field, which.field, committee.field, region.field),
    h('div', { class: 'block' }, show),
    status,
    results,
  );

  let latest = 0;
  async function load(): Promise<void> {
    const ticket = ++latest;
    const spec = kind.select.value === 'all' ? 'all' : which.select.value;
    const result = await runBusy(lang, status, [show], () =>
      server.sidebarOverview({
        period: spec,
        committee: committee.select.value,
        region: region.select.value,
      }),
    );
    // A slower answer to an older choice must not overwrite a newer one.
    if (result === undefined || ticket !== latest) return;
    replace(
      results,
      result.approval ? h('p', { class: 'note', id: 'overview-approval' }, result.approval) : null,
      table(result, lang),
      h(
        'p',
        { class: 'secondary note' },
        result.previousLabel === null
          ? t('noPrevious', lang)
          : t('changeVs', lang, { period: result.previousLabel }),
      ),
      ...rollupSections(result, lang),
      trends(result, lang),
      result.sectorGroups.length > 0 ? sectors(result, lang) : null,
      h('p', { class: 'secondary note' }, t('excluded', lang, { count: result.excludedRows })),
    );
    results.dataset.period = result.period;
  }

  kind.select.addEventListener('change', () => {
    const k = kind.select.value as PeriodKindOption;
    which.field.hidden = k === 'all';
    const label = which.field.querySelector('label');
    if (label) label.textContent = t(WHICH_LABEL[k], lang);
    const options = init.periods[k];
    setOptions(
      which.select,
      options,
      k === 'month' ? init.defaultMonth : (options[0]?.value ?? ''),
    );
    void load();
  });
  for (const control of [which.select, committee.select, region.select])
    control.addEventListener('change', () => void load());
  show.addEventListener('click', () => void load());
  return { load: () => void load() };
}
