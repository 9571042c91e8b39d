import type { Lang } from '../core/i18n/lang';
import { replace } from './dom';
import { t } from './texts';

/** A status line of a tab: progress and errors are announced to screen readers too. */
export function statusLine(): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'status';
  p.setAttribute('role', 'status');
  p.setAttribute('aria-live', 'polite');
  return p;
}

export function showStatus(
  status: HTMLElement,
  text: string,
  kind: 'progress' | 'error' | 'done' | 'idle',
): void {
  status.dataset.kind = kind;
  status.classList.toggle('error', kind === 'error');
  replace(status, text);
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return String(error);
}

/**
 * Runs one server call: its buttons disabled and the status line saying so while it runs, the
 * error shown when it fails. Focus comes back to the button that started it, so a keyboard
 * user keeps their place. Resolves to undefined on failure.
 */
export async function runBusy<T>(
  lang: Lang,
  status: HTMLElement,
  buttons: readonly HTMLButtonElement[],
  work: () => Promise<T>,
  progress = t('loading', lang),
): Promise<T | undefined> {
  const focused = document.activeElement;
  for (const button of buttons) {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
  }
  showStatus(status, progress, 'progress');
  try {
    const result = await work();
    showStatus(status, '', 'idle');
    return result;
  } catch (error) {
    showStatus(status, t('failed', lang, { message: messageOf(error) }), 'error');
    return undefined;
  } finally {
    for (const button of buttons) {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
    if (focused instanceof HTMLElement && buttons.includes(focused as HTMLButtonElement))
      focused.focus();
  }
}
