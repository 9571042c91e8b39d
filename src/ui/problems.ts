import type { Lang } from '../core/i18n/lang';
import type { ProblemGroup, ProblemItem, ProblemsResult } from '../core/sidebar/api';
import { runBusy, statusLine } from './busy';
import type { Server } from './client';
import { h, replace } from './dom';
import { cellPicker } from './select-cell';
import { t } from './texts';

function problemButton(
  id: string,
  group: ProblemGroup,
  item: ProblemItem,
  lang: Lang,
  onPick: (button: HTMLButtonElement) => void,
): HTMLElement {
  // Where, once: the sheet is the group's heading, the message says only what is wrong.
  const where = [t('row', lang, { row: item.row }), item.column].filter(Boolean).join(' · ');
  const button = h(
    'button',
    {
      type: 'button',
      id,
      class: `problem ${item.severity}`,
      'data-sheet': group.sheetName,
      'data-a1': item.a1,
    },
    h(
      'span',
      { class: 'where' },
      h(
        'span',
        { class: 'severity', title: t(item.severity, lang) },
        item.severity === 'error' ? '✖ ' : '! ',
      ),
      where,
    ),
    h('span', { class: 'message' }, item.message),
    item.value === ''
      ? null
      : h('span', { class: 'value secondary' }, t('cellValue', lang, { value: item.value })),
  );
  button.addEventListener('click', () => onPick(button));
  return h('li', {}, button);
}

/** The Problems tab: grouped by sheet with counts; a click selects the cell in the spreadsheet. */
export function problemsTab(panel: HTMLElement, lang: Lang, server: Server): { load(): void } {
  const refresh = h(
    'button',
    { type: 'button', class: 'action', id: 'problems-refresh' },
    t('refresh', lang),
  );
  const status = statusLine();
  const results = h('div', { class: 'results', id: 'problems-results' });
  replace(panel, h('div', { class: 'block' }, refresh), status, results);

  const pick = cellPicker(lang, status, server);

  function render(result: ProblemsResult): void {
    const groups = result.groups.map((group, g) =>
      h(
        'section',
        { class: 'problem-group', 'data-sheet': group.sheetName },
        h(
          'h3',
          {},
          group.sheet,
          ' ',
          h(
            'span',
            { class: 'counts secondary' },
            t('groupCounts', lang, { errors: group.errors, warnings: group.warnings }),
          ),
        ),
        h(
          'ul',
          { class: 'problems' },
          ...group.problems.map((item, i) =>
            problemButton(`problem-${g}-${i}`, group, item, lang, (b) => void pick(b)),
          ),
        ),
        group.more > 0
          ? h('p', { class: 'secondary' }, t('more', lang, { count: group.more }))
          : null,
      ),
    );
    replace(
      results,
      h(
        'p',
        { class: 'summary' },
        t('problemsSummary', lang, { errors: result.errors, warnings: result.warnings }),
      ),
      result.groups.length === 0 ? h('p', {}, t('noProblems', lang)) : null,
      result.note ? h('p', { class: 'secondary note rollup-note' }, result.note) : null,
      ...groups,
      h('p', { class: 'secondary note' }, t('excluded', lang, { count: result.excludedRows })),
    );
  }

  async function load(): Promise<void> {
    const result = await runBusy(lang, status, [refresh], () => server.sidebarProblems());
    if (result) render(result);
  }
  refresh.addEventListener('click', () => void load());
  return { load: () => void load() };
}
