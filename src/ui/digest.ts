import type { Lang } from '../core/i18n/lang';
import type { DigestPreviewResult, InitResult, Option } from '../core/sidebar/api';
import { LANGUAGE_OPTIONS } from '../core/sidebar/languages';
import { runBusy, showStatus, statusLine } from './busy';
import type { Server } from './client';
import { h, replace, select } from './dom';
import { t } from './texts';

/**
 * The digest exactly as it is sent, in an iframe sandboxed with no permission at all: no
 * script runs in it and it cannot reach the sidebar, whatever the HTML holds.
 */
function digestFrame(result: DigestPreviewResult, lang: Lang): HTMLIFrameElement {
  const frame = h('iframe', {
    class: 'digest-frame',
    id: 'digest-frame',
    sandbox: '',
    title: t('digestFrame', lang),
  });
  frame.srcdoc = result.html;
  return frame;
}

/** The Digest tab: month and language; the digest as sent; recipients; schedule; a test send. */
export function digestTab(panel: HTMLElement, init: InitResult, server: Server): { load(): void } {
  const lang = init.lang;
  const months: readonly Option[] = init.periods.month;
  const month = select(t('month', lang), months, init.defaultMonth, 'digest-month');
  const language = select(t('language', lang), LANGUAGE_OPTIONS, lang, 'digest-lang');
  const show = h('button', { type: 'button', class: 'action', id: 'digest-show' }, t('show', lang));
  const send = h('button', { type: 'button', id: 'digest-send' }, t('sendPreview', lang));
  const schedule = h(
    'button',
    { type: 'button', id: 'digest-schedule-button', hidden: true },
    t('scheduleDigest', lang),
  );
  const status = statusLine();
  const info = h('div', { class: 'digest-info', id: 'digest-info' });
  const frameBox = h('div', { class: 'digest-box' });
  replace(
    panel,
    h('div', { class: 'filters' }, month.field, language.field),
    h('div', { class: 'block buttons' }, show, send, schedule),
    status,
    info,
    frameBox,
  );

  const request = () => ({ month: month.select.value, lang: language.select.value as Lang });
  let latest = 0;
  async function load(): Promise<void> {
    const ticket = ++latest;
    const result = await runBusy(lang, status, [show], () =>
      server.sidebarDigestPreview(request()),
    );
    if (result === undefined || ticket !== latest) return;
    send.hidden = !result.canSend;
    // Where the digest is not scheduled, the button that schedules it is right there.
    schedule.hidden = result.schedule.installed || !result.canSchedule;
    replace(
      info,
      result.available
        ? h('p', { class: 'subject' }, t('subject', lang, { subject: result.subject }))
        : h('p', {}, t('digestMissing', lang)),
      h('p', { id: 'digest-recipients' }, t('recipients', lang, { count: result.recipients })),
      h(
        'p',
        { id: 'digest-schedule', class: 'secondary' },
        result.schedule.installed
          ? t('scheduled', lang, { next: result.schedule.next })
          : t('notScheduled', lang),
      ),
    );
    replace(frameBox, result.available ? digestFrame(result, lang) : null);
  }
  async function sendPreview(): Promise<void> {
    const result = await runBusy(
      lang,
      status,
      [send, show],
      () => server.sidebarSendPreviewToMe(request()),
      t('working', lang),
    );
    if (result) showStatus(status, result.message, 'done');
  }
  async function scheduleDigest(): Promise<void> {
    const result = await runBusy(
      lang,
      status,
      [schedule, show],
      () => server.sidebarScheduleDigest(),
      t('working', lang),
    );
    if (!result) return;
    await load();
    showStatus(status, result.message, 'done');
  }
  schedule.addEventListener('click', () => void scheduleDigest());
  for (const control of [month.select, language.select])
    control.addEventListener('change', () => void load());
  show.addEventListener('click', () => void load());
  send.addEventListener('click', () => void sendPreview());
  return { load: () => void load() };
}
