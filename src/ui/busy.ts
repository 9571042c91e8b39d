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

/** Calls in flight, per button and per status line: calls may overlap (a newer choice). */
const running = new WeakMap<HTMLElement, number>();

function count(element: HTMLElement, step: 1 | -1): number {
  const n = Math.max(0, (running.get(element) ?? 0) + step);
  running.set(element, n);
  return n;
}

/**
 * Runs one server call: its buttons disabled and the status line saying so while it runs, the
 * error shown when it fails. Calls may overlap (a newer choice while an older call runs): a
 * button comes back, and progress leaves the status line, only when none of them runs any
 * more; an error stays until the coordinator starts another call. Focus comes back to the
 * button that started it, so a keyboard user keeps their place. Resolves to undefined on
 * failure.
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
    count(button, 1);
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
  }
  count(status, 1);
  showStatus(status, progress, 'progress');
  let failed = false;
  try {
    return await work();
  } catch (error) {
    failed = true;
    showStatus(status, t('failed', lang, { message: messageOf(error) }), 'error');
    return undefined;
  } finally {
    const others = count(status, -1);
    if (!failed && others === 0 && status.dataset.kind === 'progress')
      showStatus(status, '', 'idle');
    for (const button of buttons) {
      if (count(button, -1) > 0) continue;
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
    if (focused instanceof HTMLElement && buttons.includes(focused as HTMLButtonElement))
      focused.focus();
  }
}
