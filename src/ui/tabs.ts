import type { Lang } from '../core/i18n/lang';
import { h } from './dom';
import { t } from './texts';

export type TabId = 'overview' | 'todo' | 'problems' | 'month' | 'digest' | 'setup';
export const TAB_IDS: readonly TabId[] = [
  'overview',
  'todo',
  'problems',
  'month',
  'digest',
  'setup',
];
const LABEL = {
  overview: 'tabOverview',
  todo: 'tabTodo',
  problems: 'tabProblems',
  month: 'tabMonth',
  digest: 'tabDigest',
  setup: 'tabSetup',
} as const;

export interface Tabs {
  readonly bar: HTMLElement;
  readonly panels: Readonly<Record<TabId, HTMLElement>>;
  select(id: TabId): void;
  /** Puts a count on a tab's label ("To do (3)"), for what waits there. */
  setCount(id: 'todo', count: number): void;
}

/**
 * Tabs as real buttons with aria-selected, each in the Tab order (a coordinator tabbing
 * through reaches every one), arrows moving between them too; one panel shown at a time.
 */
export function createTabs(lang: Lang, onSelect: (id: TabId) => void): Tabs {
  const buttons = {} as Record<TabId, HTMLButtonElement>;
  const panels = {} as Record<TabId, HTMLElement>;
  const bar = h('div', { class: 'tabs', role: 'tablist', 'aria-label': t('tabsLabel', lang) });
  for (const id of TAB_IDS) {
    const button = h(
      'button',
      {
        type: 'button',
        class: 'tab',
        role: 'tab',
        id: `tab-${id}`,
        'aria-controls': `panel-${id}`,
        'aria-selected': 'false',
      },
      t(LABEL[id], lang),
    );
    button.addEventListener('click', () => select(id));
    button.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step === 0) return;
      event.preventDefault();
      const next = TAB_IDS[(TAB_IDS.indexOf(id) + step + TAB_IDS.length) % TAB_IDS.length] as TabId;
      buttons[next].focus();
      select(next);
    });
    buttons[id] = button;
    bar.appendChild(button);
    panels[id] = h('section', {
      class: 'panel',
      role: 'tabpanel',
      id: `panel-${id}`,
      'aria-labelledby': `tab-${id}`,
      hidden: true,
    });
  }
  function select(id: TabId): void {
    for (const other of TAB_IDS) {
      buttons[other].setAttribute('aria-selected', String(other === id));
      panels[other].hidden = other !== id;
    }
    onSelect(id);
  }
  function setCount(id: 'todo', count: number): void {
    buttons[id].textContent = t('tabTodoCount', lang, { count });
  }
  return { bar, panels, select, setCount };
}
