import type { Lang } from '../core/i18n/lang';
import { runBusy, showStatus } from './busy';
import type { Server } from './client';
import { t } from './texts';

/**
 * A click on a card that names a cell (`data-sheet`, `data-a1`): the server selects it in the
 * spreadsheet and the status line says which; the card is busy meanwhile.
 */
export function cellPicker(
  lang: Lang,
  status: HTMLElement,
  server: Server,
): (button: HTMLButtonElement) => Promise<void> {
  return async (button) => {
    const sheet = button.dataset.sheet ?? '';
    const a1 = button.dataset.a1 ?? '';
    const done = await runBusy(
      lang,
      status,
      [button],
      () => server.sidebarSelectCell({ sheet, a1 }),
      t('working', lang),
    );
    if (done) showStatus(status, t('selected', lang, { a1: done.a1, sheet: done.sheet }), 'done');
  };
}
