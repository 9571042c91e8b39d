import type { Lang } from '../core/i18n/lang';
import type { TodoGroup, TodoItem, TodoResult } from '../core/sidebar/api';
import { runBusy, statusLine } from './busy';
import type { Server } from './client';
import { h, replace } from './dom';
import { cellPicker } from './select-cell';
import { t } from './texts';

function itemButton(
  id: string,
  item: TodoItem,
  lang: Lang,
  onPick: (button: HTMLButtonElement) => void,
): HTMLElement {
  const button = h(
    'button',
    {
      type: 'button',
      id,
      class: `todo-item ${item.overdue ? 'late' : 'soon'}`,
      'data-kind': item.kind,
      'data-sheet': item.sheetName,
      'data-a1': item.a1,
    },
    h('span', { class: 'where' }, item.caseCode),
    h('span', { class: 'message' }, item.text),
    h('span', { class: 'value secondary' }, item.due),
  );
  button.title = t('todoOpenRow', lang);
  button.addEventListener('click', () => onPick(button));
  return h('li', {}, button);
}

/**
 * The To do tab: what needs the coordinator's action today, by committee, in plain words; a
 * click selects the row. `onCount` puts the number of items on the tab's button.
 */
export function todoTab(
  panel: HTMLElement,
  lang: Lang,
  server: Server,
  onCount: (count: number) => void,
): { load(): void } {
  const refresh = h(
    'button',
    { type: 'button', class: 'action', id: 'todo-refresh' },
    t('refresh', lang),
  );
  const status = statusLine();
  const results = h('div', { class: 'results', id: 'todo-results' });
  replace(panel, h('div', { class: 'block' }, refresh), status, results);

  const pick = cellPicker(lang, status, server);

  function group(g: TodoGroup, index: number): HTMLElement {
    return h(
      'section',
      { class: 'todo-group', 'data-committee': g.committee },
      h('h3', {}, g.label, ' ', h('span', { class: 'counts secondary' }, `(${g.items.length})`)),
      h(
        'ul',
        { class: 'todo-items' },
        ...g.items.map((item, i) =>
          itemButton(`todo-${index}-${i}`, item, lang, (b) => void pick(b)),
        ),
      ),
    );
  }

  function render(result: TodoResult): void {
    onCount(result.count);
    results.dataset.count = String(result.count);
    replace(
      results,
      h(
        'p',
        { class: 'summary' },
        result.count === 0
          ? t('todoNothing', lang, { date: result.date })
          : t('todoSummary', lang, { date: result.date, count: result.count }),
      ),
      ...result.groups.map(group),
      result.note ? h('p', { class: 'secondary note rollup-note' }, result.note) : null,
    );
  }

  async function load(): Promise<void> {
    const result = await runBusy(lang, status, [refresh], () => server.sidebarTodo());
    if (result) render(result);
  }
  refresh.addEventListener('click', () => void load());
  return { load: () => void load() };
}
