import { DEFAULT_LANG } from '../core/i18n/lang';
import { runBusy, statusLine } from './busy';
import { createServer, type Server } from './client';
import { digestTab } from './digest';
import { h, replace } from './dom';
import { monthTab } from './month';
import { overviewTab } from './overview';
import { problemsTab } from './problems';
import { setupTab } from './setup';
import { createTabs, type TabId } from './tabs';
import { todoTab } from './todo';

/**
 * Draws the whole sidebar in the workbook's language, opening on `first`; `notice` is the
 * answer to the language just saved, which the Set-up tab shows once drawn again.
 */
async function start(
  root: HTMLElement,
  server: Server,
  first: TabId,
  notice?: string,
): Promise<void> {
  const status = statusLine();
  replace(root, status);
  const init = await runBusy(DEFAULT_LANG, status, [], () => server.sidebarInit());
  if (!init) return;
  document.documentElement.lang = init.lang;
  const loaded = new Set<TabId>();
  const tabs = createTabs(init.lang, (id) => {
    // Each tab asks the server the first time it is opened; its button refreshes it later.
    if (loaded.has(id)) return;
    loaded.add(id);
    loaders[id].load();
  });
  const loaders = {
    overview: overviewTab(tabs.panels.overview, init, server),
    todo: todoTab(tabs.panels.todo, init.lang, server, (count) => tabs.setCount('todo', count)),
    problems: problemsTab(tabs.panels.problems, init.lang, server),
    month: monthTab(tabs.panels.month, init, server),
    digest: digestTab(tabs.panels.digest, init, server),
    setup: setupTab(
      tabs.panels.setup,
      init.lang,
      server,
      (message) => void start(root, server, 'setup', message),
      notice,
    ),
  };
  replace(
    root,
    h('nav', {}, tabs.bar),
    tabs.panels.overview,
    tabs.panels.todo,
    tabs.panels.problems,
    tabs.panels.month,
    tabs.panels.digest,
    tabs.panels.setup,
  );
  tabs.select(first);
  // The To do list loads at once, so its tab shows how many items wait.
  if (!loaded.has('todo')) {
    loaded.add('todo');
    loaders.todo.load();
  }
}

const root = document.getElementById('app');
if (root) void start(root, createServer(), 'overview');
